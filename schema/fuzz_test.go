package schema_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/schema"
	"github.com/google/go-cmp/cmp"
)

const emptyDataset = `{"version":"0.1.0","updated":"2026-11-27","actors":[],"agreements":[],"places":[],"events":[],"corrections":[]}`

// FuzzDecode feeds Decode hostile documents: it must never panic, must
// explain every rejection with at least one JSON path, within the limits
// (at most DefaultMaxProblems problems, each short), and what it accepts
// must survive a Marshal/Decode round trip unchanged. The corpus under
// testdata/fuzz/FuzzDecode holds the documents of issue 11, scaled down.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(emptyDataset))
	f.Add([]byte(strings.Repeat("[", 1000) + strings.Repeat("]", 1000)))
	f.Add([]byte(`{"version":"0.1.0","updated":"2026-11-27","actors":[{"id":"a","kind":"person","names":[{"text":"A","lang":"en","kind":"label"}],"sources":[{"url":"https://x.org/","publisher":"X","point":` + strings.Repeat("9", 400) + `}]}],"agreements":[],"places":[],"events":[],"corrections":[]}`))
	f.Add([]byte(`{"version":"0.1.0","updated":"2021-02-29"}`))
	f.Add([]byte("\x00\xff{\"version\":\"\xff\"}"))
	f.Add([]byte(`{"version":"0.1.0","version":"0.1.0"}`))
	f.Add([]byte(emptyDataset + `{}`))
	broken, _ := filepath.Glob("testdata/broken/*.json")
	for _, p := range broken {
		if b, err := os.ReadFile(p); err == nil && !strings.HasSuffix(p, "manifest.json") {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		d, err := schema.Decode(bytes.NewReader(doc))
		if err != nil {
			var de *schema.DecodeError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("Decode error %T %v lists no problem", err, err)
			}
			if len(de.Problems) > schema.DefaultMaxProblems || de.More < 0 {
				t.Fatalf("Decode lists %d problems and %d more", len(de.Problems), de.More)
			}
			for _, p := range de.Problems {
				if len(p.Path) > 2500 || len(p.Message) > 400 || !utf8.ValidString(p.Error()) {
					t.Fatalf("problem of %d + %d bytes: %.300q", len(p.Path), len(p.Message), p.Error())
				}
			}
			return
		}
		b, err := schema.Marshal(d)
		if err != nil {
			t.Fatalf("Marshal of an accepted document: %v", err)
		}
		back, err := schema.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("re-decoding what Decode accepted failed: %v", err)
		}
		if diff := cmp.Diff(d, back, cmp.Exporter(func(reflect.Type) bool { return true })); diff != "" {
			t.Fatalf("round trip changed the dataset (-first +second):\n%s", diff)
		}
	})
}
