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

	"github.com/caucasus-data/karabakh"
	gold "github.com/caucasus-data/karabakh/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// everything compares every field, the unexported ones of List, Date and
// language.Tag included; time.Time compares with its Equal method.
var everything = cmp.Exporter(func(reflect.Type) bool { return true })

func committedDataset(t testing.TB) []byte {
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
		t.Errorf("JSON → Go → JSON differs at byte %d", gold.FirstDiff(b, again))
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
		{"bad version", first(`"version": "`, `"version": "v`), "/version", "not a valid version"},
		{"trailing data", func(b []byte) []byte { return append(b, "{}"...) }, "(document)", "after the end"},
		{"not JSON", func(b []byte) []byte { return b[:len(b)/2] }, "(document)", "invalid JSON"},
		{"language tag", first(`"lang": "ru"`, `"lang": "RU"`), "/lang", "want \"ru\""},
		{"level off the scale", first(`"level": 3`, `"level": 4`), "/observations/0/level", "unknown implementation.Level 4; want one of 0, 1, 2, 3"},
		{"negative level", first(`"level": 3`, `"level": -1`), "/observations/0/level", "unknown implementation.Level -1"},
		{"level as a string", first(`"level": 3`, `"level": "full"`), "/observations/0/level", "is a string, want a number"},
		{"level with a fraction", first(`"level": 3`, `"level": 3.0`), "/observations/0/level", "not an integer"},
		{"unknown state", first(`"state": "overtaken"`, `"state": "paused"`), "/observations/1/state", "unknown implementation.State"},
		{"empty state", first(`"state": "overtaken"`, `"state": ""`), "/observations/1/state", "unknown implementation.State"},
		{"unknown field in observation", first(`"level": 3`, `"level": 3, "colour": "red"`), "/observations/0/colour", "unknown field"},
		{"dangling point", first(`"point": "statement-2020-11-10#1"`, `"point": "statement-2020-11-10#99"`), "/observations/0/point", "which the document does not hold"},
		{"dangling evidence", first(`"evidence": \[\s*"`, `"evidence": ["no-such-`), "/observations/0/evidence/0", "which the document does not hold"},
		{"dangling obligation", first(`"obligation": "`, `"obligation": "no-such-`), "/deadlineChanges/0/obligation", "which the document does not hold"},
		{"dangling event", first(`"event": "`, `"event": "no-such-`), "/deadlineChanges/0/event", "which the document does not hold"},
		// Values the package never writes: the zero value of a field it
		// leaves out when zero, and numbers not as Go writes them.
		{"point 0", first(`"point": [1-9]`, `"point": 0`), "/point", `0 is the value that leaves the field out`},
		{"point -0", first(`"point": [1-9]`, `"point": -0`), "/point", `-0 is not written as the dataset writes it: want 0`},
		{"level -0", first(`"level": 0`, `"level": -0`), "/level", `-0 is not written as the dataset writes it: want 0`},
		{"empty required title", first(`"title": "President"`, `"title": ""`), "/actors/0/offices/0/title", `is empty`},
		{"empty source title", first(`"publisher": "([^"]*)"`, `"publisher": "$1", "title": ""`), "/sources/0/title", `"" is the value that leaves the field out`},
		{"empty part of", first(`"partOf": "[a-z-]+"`, `"partOf": ""`), "/partOf", `"" is the value that leaves the field out`},
		{"no places", first(`"places": \[`, `"places": [], "x": [`), "/places", `[] is the value that leaves the field out`},
		{"not authentic", first(`"authentic": true`, `"authentic": false`), "/authentic", `false is the value that leaves the field out`},
		{"zero moment", first(`"moment": "[^"]*"`, `"moment": "0001-01-01T00:00:00Z"`), "/events/", `is the value that leaves the field out`},
		{"empty state", first(`"level": 3,`, `"level": 3, "state": "",`), "/observations/0/state", `"" is the value that leaves the field out`},
		// Text the package never writes either: not UTF-8, or holding
		// invisible characters.
		{"not UTF-8", first(`"kind": "person"`, "\"kind\": \"pers\xffon\""), "/actors/0/kind", "is not valid UTF-8: byte 0xff at offset"},
		{"bidirectional override in a name", first(`"text": "`, `"text": "\u202e`), "/actors/0/names/0/text", "invisible character U+202E"},
		{"zero-width joiner in a title", first(`"title": "President`, `"title": "Pres\u200dident`), "/actors/0/offices/0/title", "invisible character U+200D"},
		{"soft hyphen in a publisher", first(`"publisher": "`, "\"publisher\": \"\u00ad"), "/sources/0/publisher", "invisible character U+00AD"},
		{"missing summary", first(`"summary": "[^"]*",\s*"evidence"`, `"evidence"`), "/observations/0", `missing required field "summary"`},
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

// TestDecodeBlamesTheCopy decodes the dataset with /observations/3
// repeated as /observations/4: the copy is at fault, and only it.
func TestDecodeBlamesTheCopy(t *testing.T) {
	ds := Export()
	ds.Observations = slices.Insert(ds.Observations, 4, ds.Observations[3])
	b, err := Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Decode(bytes.NewReader(b))
	var de *DecodeError
	if !errors.As(err, &de) || len(de.Problems) != 1 || de.Problems[0].Path != "/observations/4/date" {
		t.Errorf("want one problem, at /observations/4/date; got:\n%v", err)
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
	err := ds.validate(DefaultMaxProblems)
	if err == nil || !strings.Contains(err.Error(), "/actors/0/note: ") {
		t.Errorf("want a problem at /actors/0/note, got:\n%v", err)
	}
}

// TestProblemPathImplementation checks the paths of problems that
// implementation.ValidateRecords finds, whose records are named by point
// and date or by index rather than by ID.
func TestProblemPathImplementation(t *testing.T) {
	if len(Export().Observations) < 2 || len(Export().DeadlineChanges) == 0 || len(Export().Fulfilments) < 2 {
		t.Skip("too few implementation records")
	}
	tests := []struct {
		name  string
		spoil func(*Dataset)
		path  string
	}{
		{"observation level", func(ds *Dataset) { ds.Observations[1].Level = 7 }, "/observations/1/level: "},
		{"observation evidence", func(ds *Dataset) {
			ds.Observations[1].Evidence = karabakh.ListOf(ds.Observations[1].Evidence.At(0), "no-such-event")
		}, "/observations/1/evidence/1: "},
		{"observation sources", func(ds *Dataset) { ds.Observations[1].Sources = karabakh.Sources{} }, "/observations/1/sources: "},
		{"deadline change note", func(ds *Dataset) { ds.DeadlineChanges[0].Note = "Ã©" }, "/deadlineChanges/0/note: "},
		{"deadline change from", func(ds *Dataset) { ds.DeadlineChanges[0].From = karabakh.Year(2019) }, "/deadlineChanges/0/from: "},
		{"fulfilment event", func(ds *Dataset) { ds.Fulfilments[1].Event = "no-such-event" }, "/fulfilments/1/event: "},
		{"fulfilment twice", func(ds *Dataset) { ds.Fulfilments[1].Obligation = ds.Fulfilments[0].Obligation }, "/fulfilments/1/obligation: "},
		// The copy is at fault, not the record it copies, though both have
		// the same point and date.
		{"observation twice", func(ds *Dataset) {
			ds.Observations = slices.Insert(ds.Observations, 4, ds.Observations[3])
		}, "/observations/4/date: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Export()
			tt.spoil(&ds)
			err := ds.validate(DefaultMaxProblems)
			if err == nil || !strings.Contains(err.Error(), tt.path) {
				t.Errorf("want a problem at %s got:\n%v", tt.path, err)
			}
		})
	}
}
