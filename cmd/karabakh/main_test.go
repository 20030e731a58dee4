package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
)

// exec runs the command with args and returns its exit code and output.
func exec(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestMisuse checks that every misuse exits 2 with one line saying what is
// wrong and what would be right, then a pointer to -h.
func TestMisuse(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "no command given; want one of version, validate, export, site, annotate, check"},
		{[]string{"xls"}, `unknown command "xls"; want one of version, validate, export, site, annotate, check`},
		{[]string{"version", "extra"}, `unexpected argument "extra"`},
		{[]string{"version", "-bogus"}, "bogus"},
		{[]string{"validate"}, "want 1 argument(s) after the flags, got 0"},
		{[]string{"validate", "a.json", "b.json"}, `unexpected argument "b.json"`},
		{[]string{"site"}, "-out is missing"},
		{[]string{"site", "-out", "a", "b"}, `unexpected argument "b"`},
		{[]string{"site", "-out", "a", "-out", "b"}, "-out"},
	} {
		code, out, errs := exec("", c.args...)
		lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if code != 2 || out != "" || len(lines) != 2 || !strings.Contains(lines[0], c.want) || !strings.Contains(lines[1], "-h' for usage") {
			t.Errorf("karabakh %q = %d, stdout %q, stderr %q; want 2 and one line containing %q, then the pointer to -h", c.args, code, out, errs, c.want)
		}
	}
}

// TestHelp checks that -h of the command and of each subcommand prints its
// usage, with an example, on stdout and exits 0.
func TestHelp(t *testing.T) {
	code, out, _ := exec("", "-h")
	if code != 0 || !strings.Contains(out, "version") || !strings.Contains(out, "validate") {
		t.Errorf("karabakh -h = %d, %q", code, out)
	}
	for _, c := range commands() {
		code, out, errs := exec("", c.name, "-h")
		if code != 0 || !strings.Contains(out, "usage: karabakh "+c.name) || !strings.Contains(out, "Example:") || errs != "" {
			t.Errorf("karabakh %s -h = %d, stdout %q, stderr %q", c.name, code, out, errs)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := exec("", "version")
	if code != 0 || !strings.Contains(out, karabakh.DatasetVersion) || !strings.Contains(out, karabakh.DatasetUpdated) {
		t.Errorf("karabakh version = %d, %q", code, out)
	}
}

func TestValidate(t *testing.T) {
	code, out, errs := exec("", "validate", "../../schema/json/dataset.json")
	if code != 0 || !strings.Contains(out, "valid:") {
		t.Errorf("validate dataset.json = %d, %q, %q", code, out, errs)
	}
	code, _, errs = exec(`{"version": "0.1.0", "actors": [{"colour": "red"}]}`, "validate", "-")
	if code != 1 || !strings.Contains(errs, "/actors/0") {
		t.Errorf("validate of a broken document = %d, %q; want 1 and the path of the problem", code, errs)
	}
	code, _, errs = exec("", "validate", "no/such/file.json")
	if code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("validate of a missing file = %d, %q", code, errs)
	}
}

// TestSite writes the site and checks what the command says; a directory
// in the way of a page makes it fail with status 1 and write nothing.
func TestSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	code, out, errs := exec("", "site", "-out", dir)
	if code != 0 || errs != "" || !strings.Contains(out, "wrote ") || !strings.Contains(out, filepath.Join(dir, "index.html")) {
		t.Fatalf("site = %d, %q, %q", code, out, errs)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) < 20 || !strings.Contains(out, fmt.Sprintf("wrote %d files", len(entries))) {
		t.Errorf("site wrote %d files (%v); it said %q", len(entries), err, out)
	}
	blocked := t.TempDir()
	if err := os.Mkdir(filepath.Join(blocked, "index.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, errs = exec("", "site", "-out", blocked)
	if entries, _ := os.ReadDir(blocked); code != 1 || out != "" || !strings.Contains(errs, "index.html") || len(entries) != 1 {
		t.Errorf("site into a directory with index.html a directory = %d, %q, %q, %d entries; want 1, an error naming it, nothing written", code, out, errs, len(entries))
	}
}
