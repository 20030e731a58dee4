package schema

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// everything compares every field, the unexported ones of List, Date and
// language.Tag included; time.Time compares with its Equal method.
var everything = cmp.Exporter(func(reflect.Type) bool { return true })

func committedDataset(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("json", "dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRoundTrip decodes the exported dataset: the result equals the
// original, and encoding it again gives the same bytes.
func TestRoundTrip(t *testing.T) {
	want := Export()
	b, err := Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got, everything); d != "" {
		t.Errorf("dataset → JSON → Go differs from the dataset (-want +got):\n%s", d)
	}
	again, err := Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, again) {
		t.Errorf("JSON → Go → JSON differs at byte %d", firstDiff(b, again))
	}
}

// TestDecodeRejects spoils the dataset in ways encoding/json would let
// pass, and checks that Decode names the path of each problem.
func TestDecodeRejects(t *testing.T) {
	good := committedDataset(t)
	// first replaces the first match of the regular expression old.
	first := func(old, new string) func([]byte) []byte {
		return func(b []byte) []byte {
			re := regexp.MustCompile(old)
			loc := re.FindIndex(b)
			if loc == nil {
				t.Errorf("dataset.json holds no %s", old)
				return b
			}
			return slices.Concat(b[:loc[0]], []byte(new), b[loc[1]:])
		}
	}
	tests := []struct {
		name  string
		spoil func([]byte) []byte
		path  string
		msg   string
	}{
		{"unknown field", first(`"title": "`, `"colour": "red", "title": "`), "/colour", `unknown field "colour"`},
		{"key to escape", first(`"version"`, `"a/b~": 1, "version"`), "/a~1b~0", "unknown field"},
		{"unknown top-level field", first(`"version"`, `"extra": 1, "version"`), "/extra", "unknown field"},
		{"wrong enum", first(`"kind": "person"`, `"kind": "persona"`), "/actors/0/kind", "unknown actors.Kind"},
		{"malformed date", first(`"signed": "2020-11-`, `"signed": "2020-19-`), "/agreements/0/signed", "month"},
		{"leap day", first(`"signed": "[0-9-]+"`, `"signed": "2021-02-29"`), "/agreements/0/signed", "no such day"},
		{"interval backwards", first(`"when": "2020-11-10"`, `"when": "2020-11-10/2020-09-27"`), "/events/", "start is after end"},
		{"empty date", first(`"signed": "[0-9-]+"`, `"signed": ""`), "/agreements/0/signed", "is empty"},
		{"null", first(`"note": "`, `"note": null, "x": "`), "note", "is null"},
		{"fraction", first(`"number": 1`, `"number": 1.5`), "/agreements/0/points/0/number", "not an integer"},
		{"missing field", first(`"version": "`, `"versio": "`), "", `missing required field "version"`},
		{"duplicate key", first(`"version": "`, `"updated": "2020", "version": "`), "/updated", "appears twice"},
		{"dangling reference", first(`"actor": "`, `"actor": "nobody-`), "/agreements/0/parties/0/actor", "which the document does not hold"},
		{"duplicate ID", first(`"id": "nikol-pashinyan"`, `"id": "ilham-aliyev"`), "/actors/", `duplicate actors.ID "ilham-aliyev"`},
		{"bad version", first(`"version": "`, `"version": "v`), "/version", "not a version"},
		{"trailing data", func(b []byte) []byte { return append(b, "{}"...) }, "(document)", "after the end"},
		{"not JSON", func(b []byte) []byte { return b[:len(b)/2] }, "(document)", "invalid JSON"},
		{"language tag", first(`"lang": "ru"`, `"lang": "RU"`), "/lang", "want \"ru\""},
	}
	for _, tt := range tests {
		doc := tt.spoil(bytes.Clone(good))
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Decode(bytes.NewReader(doc))
			if err == nil {
				t.Fatal("Decode accepts it")
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error is %T, want *DecodeError: %v", err, err)
			}
			for _, p := range de.Problems {
				if strings.Contains(p.Error(), tt.path) && strings.Contains(p.Message, tt.msg) {
					return
				}
			}
			t.Errorf("no problem at %q saying %q in:\n%v", tt.path, tt.msg, err)
		})
	}
}

// TestProblemPath checks that problems found by the packages' Validate
// functions are reported at their JSON path.
func TestProblemPath(t *testing.T) {
	ds := Export()
	if len(ds.Actors) == 0 {
		t.Skip("no actors")
	}
	a := ds.Actors[0]
	a.Note = "Ã©"
	ds.Actors[0] = a
	err := ds.validate()
	if err == nil || !strings.Contains(err.Error(), "/actors/0/note: ") {
		t.Errorf("want a problem at /actors/0/note, got:\n%v", err)
	}
}
