package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh/internal/gocomments"
	gold "github.com/caucasus-data/karabakh/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the generated files under json/, testdata/ and comments_gen.go")

// allFiles returns every file Files yields.
func allFiles(t *testing.T) []File {
	t.Helper()
	var out []File
	for f, err := range Files() {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return out
}

// TestGolden fails when the committed files differ from what the code
// generates, so that they never drift. Run go generate ./... or
// go test ./schema -run TestGolden -update to refresh them.
func TestGolden(t *testing.T) {
	cases, err := brokenFiles()
	if err != nil {
		t.Fatal(err)
	}
	golden := map[string][]byte{}
	for _, f := range allFiles(t) {
		golden[filepath.Join("json", f.Name)] = f.Data
	}
	for _, f := range cases {
		golden[filepath.Join("testdata", "broken", f.Name)] = f.Data
	}
	gold.Check(t, golden, []string{"json", filepath.Join("testdata", "broken")}, *update)
}

// TestComments fails when comments_gen.go differs from the doc comments of
// the dataset's types. With -update it rewrites the file; go generate runs
// it before TestGolden, which builds the schemas with those comments.
func TestComments(t *testing.T) {
	src, err := gocomments.ForTypes("schema", modelTypes())
	if err != nil {
		t.Fatal(err)
	}
	gold.Check(t, map[string][]byte{"comments_gen.go": src}, nil, *update)
}

// A brokenCase is a record of the dataset spoiled in one way, which every
// validator must reject at the same place: the Go schema validator, ajv
// (in .ci/run) and Decode.
type brokenCase struct {
	// File holds the spoiled record, under testdata/broken/.
	File string `json:"file"`
	// Schema is the model schema the record is checked against.
	Schema string `json:"schema"`
	// Record is where the record sits in dataset.json.
	Record string `json:"record"`
	// At is the JSON Pointer within the record where the schema
	// validators must place every error.
	At string `json:"at"`
	// Decode is the JSON Pointer within dataset.json that Decode's error
	// must name.
	Decode string `json:"decode"`
	Why    string `json:"why"`
	// spoil changes the record.
	spoil func(rec map[string]any)
}

var brokenCases = []brokenCase{
	{File: "unknown-field.json", Schema: "event.schema.json", Record: "/events/0", At: "", Decode: "/events/0/colour",
		Why:   "a field the model does not have",
		spoil: func(r map[string]any) { r["colour"] = "red" }},
	{File: "wrong-enum.json", Schema: "actor.schema.json", Record: "/actors/0", At: "/kind", Decode: "/actors/0/kind",
		Why:   "a kind that is not one of the enum's values",
		spoil: func(r map[string]any) { r["kind"] = "emperor" }},
	{File: "malformed-date.json", Schema: "agreement.schema.json", Record: "/agreements/0", At: "/signed", Decode: "/agreements/0/signed",
		Why:   "a date not in EDTF form",
		spoil: func(r map[string]any) { r["signed"] = "10.11.2020" }},
	{File: "impossible-date.json", Schema: "event.schema.json", Record: "/events/0", At: "/when", Decode: "/events/0/when",
		Why:   "a day that November does not have",
		spoil: func(r map[string]any) { r["when"] = "2020-11-31" }},
	{File: "moment-without-offset.json", Schema: "agreement.schema.json", Record: "/agreements/0", At: "/effective", Decode: "/agreements/0/effective",
		Why:   "an instant without its offset from UTC (format date-time)",
		spoil: func(r map[string]any) { r["effective"] = "2020-11-10T00:00:00" }},
	{File: "missing-required.json", Schema: "place.schema.json", Record: "/places/0", At: "", Decode: "/places/0",
		Why:   "a required field left out",
		spoil: func(r map[string]any) { delete(r, "names") }},
	{File: "malformed-id.json", Schema: "event.schema.json", Record: "/events/0", At: "/id", Decode: "/events/0/id",
		Why:   "an ID that is not lower-case words joined by hyphens",
		spoil: func(r map[string]any) { r["id"] = "War of 2020" }},
	{File: "wrong-type.json", Schema: "agreement.schema.json", Record: "/agreements/0", At: "/points/0/number", Decode: "/agreements/0/points/0/number",
		Why: "a number written as a string",
		spoil: func(r map[string]any) {
			r["points"].([]any)[0].(map[string]any)["number"] = "1"
		}},
	{File: "non-canonical-language.json", Schema: "actor.schema.json", Record: "/actors/0", At: "/names/0/lang", Decode: "/actors/0/names/0/lang",
		Why: "a language tag not in canonical case",
		spoil: func(r map[string]any) {
			n := r["names"].([]any)[0].(map[string]any)
			n["lang"] = strings.ToUpper(n["lang"].(string))
		}},
	{File: "level-off-scale.json", Schema: "observation.schema.json", Record: "/observations/0", At: "/level", Decode: "/observations/0/level",
		Why:   "a level beyond the 0–3 scale of an integer enum",
		spoil: func(r map[string]any) { r["level"] = 4 }},
	{File: "latitude-off-globe.json", Schema: "place.schema.json", Record: "/places/1", At: "/coordinates/0/lat", Decode: "/places/1/coordinates/0/lat",
		Why: "a latitude beyond 90 degrees",
		spoil: func(r map[string]any) {
			r["coordinates"].([]any)[0].(map[string]any)["lat"] = 91.5
		}},
}

// brokenFiles returns the broken records and their manifest, made from the
// shipped data.
func brokenFiles() ([]File, error) {
	b, err := Marshal(Export())
	if err != nil {
		return nil, err
	}
	var out []File
	for _, c := range brokenCases {
		rec, err := spoiled(b, c)
		if err != nil {
			return nil, err
		}
		data, err := Marshal(rec)
		if err != nil {
			return nil, err
		}
		out = append(out, File{c.File, data})
	}
	manifest, err := Marshal(brokenCases)
	if err != nil {
		return nil, err
	}
	return append(out, File{"manifest.json", manifest}), nil
}

// spoiled returns c's record from the dataset JSON b, spoiled.
func spoiled(b []byte, c brokenCase) (map[string]any, error) {
	var ds any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&ds); err != nil {
		return nil, err
	}
	rec := pointer(ds, c.Record).(map[string]any)
	c.spoil(rec)
	return rec, nil
}

// pointer returns the value at JSON Pointer p in v, which must exist.
func pointer(v any, p string) any {
	for _, tok := range strings.Split(p, "/")[1:] {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i := 0
			for _, c := range tok {
				i = i*10 + int(c-'0')
			}
			v = x[i]
		}
	}
	return v
}
