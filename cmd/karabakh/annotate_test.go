package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestAnnotateSchema checks that what karabakh annotate prints is valid
// against schema/json/annotation.schema.json, for a text in each
// language of the development set.
func TestAnnotateSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	sch, err := c.Compile(filepath.Join("..", "..", "schema", "json", "annotation.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "annotate", "testdata", "dev", "*.txt"))
	if len(files) < 4 {
		t.Fatalf("found %d development texts", len(files))
	}
	for _, f := range files {
		code, out, errs := exec("", "annotate", "-date", "2020-11-20", f)
		if code != 0 || errs != "" {
			t.Fatalf("karabakh annotate %s = %d, %s", f, code, errs)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("%s: the output is not valid: %v", f, err)
		}
		var ms []struct {
			Start, End int
			Text       string
		}
		json.Unmarshal([]byte(out), &ms)
		text, _ := os.ReadFile(f)
		if len(ms) == 0 {
			t.Errorf("%s: no mentions", f)
		}
		for _, m := range ms {
			if string(text[m.Start:m.End]) != m.Text {
				t.Errorf("%s: %d-%d is %q, not %q", f, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
		}
	}
	// No mention: an empty array, not null.
	if code, out, _ := exec("nothing here", "annotate", "-"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("karabakh annotate on a text without mentions = %d, %q", code, out)
	}
}

func TestAnnotateMisuse(t *testing.T) {
	for _, args := range [][]string{{"annotate", "-date", "2020-11", "-"}, {"annotate", "-date", "yesterday", "-"}, {"check", "-date", "2020", "-"}} {
		code, out, errs := exec("", args...)
		if code != 2 || out != "" || !strings.Contains(errs, "-date") {
			t.Errorf("karabakh %q = %d, %q, %q; want 2 and the flag named", args, code, out, errs)
		}
	}
	if code, out, errs := exec("", "annotate", filepath.Join(t.TempDir(), "absent.txt")); code != 1 || out != "" || errs == "" {
		t.Errorf("karabakh annotate on a missing file = %d, %q, %q; want 1", code, out, errs)
	}
}

func TestCheckCommand(t *testing.T) {
	text := "The trilateral statement was signed by Recep Tayyip Erdoğan. <script>alert(1)</script>"
	code, out, errs := exec(text, "check", "-")
	if code != 0 || errs != "" || !strings.Contains(out, "1:40-1:60 wrong (signatory) signed by Recep Tayyip Erdoğan") {
		t.Errorf("karabakh check = %d, %q, %q", code, out, errs)
	}
	code, out, _ = exec(text, "check", "-json", "-")
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); code != 0 || err != nil || len(fs) != 1 || fs[0]["verdict"] != "wrong" || fs[0]["check"] != "signatory" {
		t.Errorf("karabakh check -json = %d, %q (%v)", code, out, err)
	}
	page := filepath.Join(t.TempDir(), "page.html")
	if code, _, errs := exec(text, "check", "-html", page, "-"); code != 0 {
		t.Fatalf("karabakh check -html = %d, %s", code, errs)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="#r-actor-recep-tayyip-erdogan"`, `<span class="verdict wrong">wrong</span>`, "&lt;script&gt;alert(1)&lt;/script&gt;", `id="r-agreement-statement-2020-11-10"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if bytes.Contains(b, []byte("<script>")) {
		t.Error("the page holds the text's <script> unescaped")
	}
}
