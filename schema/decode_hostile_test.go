package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestFuzzCorpusHoldsHostile checks that FuzzDecode's corpus holds the
// documents of issue 11 at a hundredth of their size, so that fuzzing
// starts from them; -update writes them.
func TestFuzzCorpusHoldsHostile(t *testing.T) {
	seen := map[string]bool{}
	for _, h := range hostileDocs(100) {
		if seen[string(h.doc)] {
			continue // the same document under other limits
		}
		seen[string(h.doc)] = true
		name := filepath.Join("testdata", "fuzz", "FuzzDecode", "hostile-"+strings.ReplaceAll(strings.ReplaceAll(h.name, ",", ""), " ", "-"))
		want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", h.doc)
		if *update {
			if err := os.WriteFile(name, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(name); err != nil || string(got) != want {
			t.Errorf("%s is missing or differs (%v); run go test ./schema -run TestFuzzCorpusHoldsHostile -update", name, err)
		}
	}
}

// A hostile document is one built to cost Decode far more than its size,
// as issue 11 found them, with a problem Decode must report for it.
type hostile struct {
	name      string
	doc       []byte
	opts      []DecodeOption
	path, msg string // a problem Decode must report: its path's prefix and part of its message
}

// nest wraps inner in n objects, each with the single key k.
func nest(k string, n int, inner string) string {
	return strings.Repeat(`{"`+k+`":`, n) + inner + strings.Repeat("}", n)
}

// repeat writes n copies of elem separated by commas.
func repeat(elem string, n int) string {
	return strings.TrimSuffix(strings.Repeat(elem+",", n), ",")
}

// hostileDocs returns the documents of issue 11 and variants of them that
// make Decode report problems deep inside, scaled down by div (1 for the
// sizes of the issue).
func hostileDocs(div int) []hostile {
	slash := func(n int) string { return strings.Repeat("/", n/div) }
	deep := 4000 / div
	return []hostile{
		// 4 MB: paths at every level, each doubling as "/" is escaped.
		{name: "nested long keys", doc: []byte(`{"actors":` + nest(slash(1000), deep, "1") + "}"),
			path: "(document)", msg: "nesting deeper than 64 levels"},
		{name: "nested long keys, deeper limit", doc: []byte(`{"actors":` + nest(slash(1000), deep, "1") + "}"), opts: []DecodeOption{MaxDepth(10000)},
			path: "/actors", msg: "is an object, want an array"},
		// A problem at the bottom: its path is cut, not 4000 keys long.
		{name: "bad byte under nested long keys", doc: []byte(`{"x":` + nest(slash(1000), deep, "\"\xff\"") + "}"), opts: []DecodeOption{MaxDepth(10000)},
			path: "/x/~1~1~1", msg: "is not valid UTF-8: byte 0xff"},
		// 156 KB, which left 2 GB in the error.
		{name: "duplicate keys under a long key", doc: []byte(`{"actors":{"` + slash(100000) + `":{` + repeat(`"a":1`, 10000/div) + `}}}`),
			path: "/actors", msg: "is an object, want an array"},
		{name: "duplicate keys in a record", doc: []byte(`{"actors":[{` + repeat(`"id":"a"`, 10000/div) + `}]}`),
			path: "/actors/0/id", msg: `key "id" appears twice`},
		// 2.4 MB, which took 49 s and allocated 764 GB.
		{name: "array under a long key", doc: []byte(`{"actors":{"` + slash(2000000) + `":[` + repeat("1", 200000/div) + `]}}`),
			path: "/actors", msg: "is an object, want an array"},
		{name: "bad bytes under a long key", doc: []byte(`{"` + slash(2000000) + `":[` + repeat("\"\xff\"", 200000/div) + `]}`),
			path: "/~1~1~1~1", msg: "is not valid UTF-8"},
		// 3 MB, which gave 4 million problems and a 253 MB error.
		{name: "a million empty records", doc: []byte(`{"actors":[` + repeat("{}", 1000000/div) + `]}`),
			path: "/actors/0", msg: `missing required field "id" of actors.Actor`},
		{name: "unknown fields", doc: []byte(`{` + repeat(`"`+slash(100)+`":1`, 100000/div) + `}`),
			path: "/~1~1~1", msg: "unknown field"},
	}
}

// allocated returns what Decode allocated in all, which bounds its peak
// memory, and its error.
func allocated(doc []byte, opts ...DecodeOption) (uint64, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Decode(bytes.NewReader(doc), opts...)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// maxAllocPerByte bounds what Decode may allocate per byte of a document:
// generous, but far below what a cost out of proportion to the size gives
// (the reproducers of issue 11 allocated from 6,000 to 300,000 bytes per
// byte).
const maxAllocPerByte = 64

// TestDecodeHostile decodes each document of issue 11 at the size the
// issue gives, and checks that Decode allocates at most maxAllocPerByte
// bytes per byte of it, lists at most DefaultMaxProblems problems with
// short paths, and reports the problem it must.
func TestDecodeHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 20 MB of documents")
	}
	for _, h := range hostileDocs(1) {
		t.Run(h.name, func(t *testing.T) {
			total, err := allocated(h.doc, h.opts...)
			if perByte := float64(total) / float64(len(h.doc)); perByte > maxAllocPerByte {
				t.Errorf("Decode of %d bytes allocated %d bytes, %.1f per byte; want at most %d", len(h.doc), total, perByte, maxAllocPerByte)
			}
			de := checkProblem(t, err, h.path, h.msg)
			if de == nil {
				return
			}
			if len(de.Problems) > DefaultMaxProblems {
				t.Errorf("%d problems listed, want at most %d", len(de.Problems), DefaultMaxProblems)
			}
			for _, p := range de.Problems {
				// Each key shown is cut to keyShown bytes, which escaping
				// can double.
				if len(p.Path) > 2*pathShown*(2*keyShown+8)+20 || len(p.Message) > 300 {
					t.Errorf("problem of %d + %d bytes: %.200s", len(p.Path), len(p.Message), p.Error())
				}
			}
		})
	}
}

// checkProblem checks that err is a *DecodeError with a problem whose path
// starts with path ("(document)" for the document) and whose message
// holds msg, and returns it.
func checkProblem(t *testing.T, err error, path, msg string) *DecodeError {
	t.Helper()
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error %v is not a *DecodeError", err)
	}
	for _, p := range de.Problems {
		if strings.HasPrefix(p.Error(), path) && strings.Contains(p.Message, msg) {
			return de
		}
	}
	t.Errorf("no problem at %s saying %q in:\n%.2000s", path, msg, err)
	return de
}

// TestDecodeCountsProblems checks that problems beyond the limit are
// counted, not listed: a million empty actors lack every required field
// of an actor, as actor.schema.json lists them.
func TestDecodeCountsProblems(t *testing.T) {
	const n = 100000
	doc := []byte(`{"actors":[` + repeat("{}", n) + `]}`)
	required := func(file string) int {
		var s struct{ Required []string }
		b, err := os.ReadFile(filepath.Join("json", file))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		return len(s.Required)
	}
	// Every actor lacks the actor's required fields, the document every
	// field of the dataset but actors.
	want := n*required("actor.schema.json") + required("dataset.schema.json") - 1
	for _, limit := range []int{1, 7, DefaultMaxProblems} {
		_, err := Decode(bytes.NewReader(doc), MaxProblems(limit))
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Fatalf("MaxProblems(%d): error %v is not a *DecodeError", limit, err)
		}
		if len(de.Problems) != limit || len(de.Problems)+de.More != want {
			t.Errorf("MaxProblems(%d): %d listed and %d more, want %d and %d", limit, len(de.Problems), de.More, limit, want-limit)
		}
		if suffix := fmt.Sprintf("%d problem(s) in the JSON dataset, and %d more not listed:", limit, want-limit); !strings.Contains(err.Error(), suffix) {
			t.Errorf("MaxProblems(%d): error does not say %q:\n%.300s", limit, suffix, err)
		}
	}
	// The default.
	_, err := Decode(bytes.NewReader(doc))
	if de := checkProblem(t, err, "/actors/0", "missing required"); de != nil && len(de.Problems) != DefaultMaxProblems {
		t.Errorf("listed %d problems by default, want %d", len(de.Problems), DefaultMaxProblems)
	}
}

// TestDecodeLimits checks MaxSize and MaxDepth, and that the defaults hold
// when an option asks for no limit.
func TestDecodeLimits(t *testing.T) {
	doc := committedDataset(t)
	if _, err := Decode(bytes.NewReader(doc), MaxSize(int64(len(doc)))); err != nil {
		t.Errorf("MaxSize(the document's size): %v", err)
	}
	_, err := Decode(bytes.NewReader(doc), MaxSize(int64(len(doc)-1)))
	checkProblem(t, err, "(document)", fmt.Sprintf("larger than %d bytes", len(doc)-1))
	// A reader that never ends is read only to the limit.
	_, err = Decode(endless{}, MaxSize(1000))
	checkProblem(t, err, "(document)", "larger than 1000 bytes")

	// The dataset nests 11 levels deep.
	if _, err := Decode(bytes.NewReader(doc), MaxDepth(11)); err != nil {
		t.Errorf("MaxDepth(11): %v", err)
	}
	_, err = Decode(bytes.NewReader(doc), MaxDepth(10))
	checkProblem(t, err, "(document)", "nesting deeper than 10 levels")
	for _, n := range []int{0, -1} {
		deep := []byte(strings.Repeat("[", DefaultMaxDepth+1))
		_, err = Decode(bytes.NewReader(deep), MaxDepth(n), MaxSize(int64(n)), MaxProblems(n), DecodeOption{})
		checkProblem(t, err, "(document)", fmt.Sprintf("nesting deeper than %d levels", DefaultMaxDepth))
	}
	// MaxDepth is capped: a million levels are refused at 10,000.
	_, err = Decode(bytes.NewReader([]byte(strings.Repeat("[", 1000000))), MaxDepth(1<<40), MaxSize(1<<30))
	checkProblem(t, err, "(document)", "nesting deeper than 10000 levels")
}

// endless is an endless stream of spaces.
type endless struct{}

func (endless) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = ' '
	}
	return len(b), nil
}

// largeDataset returns a valid document of about size bytes: the shipped
// dataset, with observations of its last point repeated a day apart.
func largeDataset(tb testing.TB, size int) []byte {
	tb.Helper()
	ds := Export()
	last := ds.Observations[len(ds.Observations)-1]
	one, err := Marshal(last)
	if err != nil {
		tb.Fatal(err)
	}
	base, err := Marshal(ds)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 1; i <= (size-len(base))/len(one); i++ {
		o := last
		o.Date = last.Date.AddDays(i)
		ds.Observations = append(ds.Observations, o)
	}
	b, err := Marshal(ds)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestDecodeLargeValid checks a valid document of 8 MB: it decodes, with
// the bound on allocation that hostile documents meet.
func TestDecodeLargeValid(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 8 MB")
	}
	doc := largeDataset(t, 8<<20)
	total, err := allocated(doc)
	if err != nil {
		t.Fatalf("%.1000s", err)
	}
	if perByte := float64(total) / float64(len(doc)); perByte > maxAllocPerByte {
		t.Errorf("Decode of %d bytes allocated %d bytes, %.1f per byte; want at most %d", len(doc), total, perByte, maxAllocPerByte)
	}
}
