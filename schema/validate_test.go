package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"

	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileAll compiles every schema Files generates with
// santhosh-tekuri/jsonschema, formats asserted, keyed by file name.
func compileAll(t *testing.T, files []File) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	var names []string
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".schema.json") {
			continue
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := c.AddResource(BaseID+f.Name, doc); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
	}
	out := map[string]*jsonschema.Schema{}
	for _, n := range names {
		s, err := c.Compile(BaseID + n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out[n] = s
	}
	return out
}

func instance(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDocumentsValidate validates every exported document against its
// schema, and every record of every collection against its model's schema.
func TestDocumentsValidate(t *testing.T) {
	files := allFiles(t)
	schemas := compileAll(t, files)
	model := map[string]string{"actors": "actor", "agreements": "agreement", "places": "place", "events": "event",
		"observations": "observation", "deadline-changes": "deadline-change", "fulfilments": "fulfilment", "misses": "miss", "corrections": "correction"}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f.Name, ".schema.json") {
			continue
		}
		stem := strings.TrimSuffix(f.Name, ".json")
		s := schemas[stem+".schema.json"]
		if s == nil {
			t.Fatalf("%s has no schema beside it", f.Name)
		}
		v := instance(t, f.Data)
		if err := s.Validate(v); err != nil {
			t.Errorf("%s does not validate against %s.schema.json:\n%v", f.Name, stem, err)
		}
		n++
		if m, ok := model[stem]; ok {
			for i, rec := range v.([]any) {
				if err := schemas[m+".schema.json"].Validate(rec); err != nil {
					t.Errorf("%s[%d] does not validate against %s.schema.json:\n%v", f.Name, i, m, err)
				}
			}
		}
	}
	if n != 10 {
		t.Errorf("validated %d data files, want 10", n)
	}
}

// leafLocations returns the instance locations of the innermost errors.
func leafLocations(err *jsonschema.ValidationError) []string {
	if len(err.Causes) == 0 {
		p := ""
		for _, tok := range err.InstanceLocation {
			p += "/" + escapePointer(tok)
		}
		return []string{p}
	}
	var out []string
	for _, c := range err.Causes {
		out = append(out, leafLocations(c)...)
	}
	return out
}

// TestBrokenRejected checks that the committed broken records are rejected
// by the schema validator at the place the manifest names, and that Decode
// rejects a dataset holding each of them with an error naming its path.
func TestBrokenRejected(t *testing.T) {
	files := allFiles(t)
	schemas := compileAll(t, files)
	var cases []brokenCase
	manifest, err := os.ReadFile(filepath.Join("testdata", "broken", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(manifest, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(brokenCases) {
		t.Fatalf("manifest lists %d cases, the code %d; run go generate ./...", len(cases), len(brokenCases))
	}
	dataset, err := Marshal(Export())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.File, ".json"), func(t *testing.T) {
			t.Parallel()
			b, err := os.ReadFile(filepath.Join("testdata", "broken", c.File))
			if err != nil {
				t.Fatal(err)
			}
			s := schemas[c.Schema]
			if s == nil {
				t.Fatalf("no schema %s", c.Schema)
			}
			err = s.Validate(instance(t, b))
			var ve *jsonschema.ValidationError
			if err == nil {
				t.Errorf("%s validates against %s; want it rejected (%s)", c.File, c.Schema, c.Why)
			} else if !errorsAs(err, &ve) {
				t.Errorf("%s: %v", c.File, err)
			} else {
				for _, loc := range leafLocations(ve) {
					if loc != c.At {
						t.Errorf("schema error at %q, want every error at %q:\n%v", loc, c.At, err)
					}
				}
			}

			// The same record in the whole dataset must fail Decode.
			var rec any
			if err := json.Unmarshal(b, &rec); err != nil {
				t.Fatal(err)
			}
			doc := replace(t, dataset, c.Record, rec)
			_, err = Decode(bytes.NewReader(doc))
			if err == nil {
				t.Fatalf("Decode accepts the dataset with %s at %s", c.File, c.Record)
			}
			if !strings.Contains(err.Error(), c.Decode+":") {
				t.Errorf("Decode error does not name %s:\n%v", c.Decode, err)
			}
		})
	}
}

func errorsAs(err error, ve **jsonschema.ValidationError) bool {
	v, ok := err.(*jsonschema.ValidationError)
	*ve = v
	return ok
}

// replace returns the JSON document b with the value at pointer p replaced
// by v.
func replace(t *testing.T, b []byte, p string, v any) []byte {
	t.Helper()
	var doc any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	i := strings.LastIndexByte(p, '/')
	parent, last := pointer(doc, p[:i]), p[i+1:]
	switch x := parent.(type) {
	case map[string]any:
		x[last] = v
	case []any:
		x[int(pointerIndex(last))] = v
	default:
		t.Fatalf("no container at %s", p[:i])
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func pointerIndex(s string) int {
	i := 0
	for _, c := range s {
		i = i*10 + int(c-'0')
	}
	return i
}
