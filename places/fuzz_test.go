package places

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// FuzzLookup checks that Lookup and Search never panic, that a name Lookup
// finds resolves to the same place after changes of case, width and normal
// form and with an invisible character inside, and that Search ranks it
// first.
func FuzzLookup(f *testing.F) {
	for p := range All() {
		for n := range p.Names.All() {
			f.Add(n.Text)
		}
	}
	for _, s := range misspeltPlaces {
		f.Add(s)
	}
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, s string) {
		ms := slices.Collect(Search(s))
		for i, m := range ms {
			if m.Score <= 0 || m.Score > 1 || !Exists(m.ID) || i > 0 && m.Score > ms[i-1].Score {
				t.Fatalf("Search(%q) = %+v", s, ms)
			}
		}
		id, ok := Lookup(s)
		if !ok || !utf8.ValidString(s) {
			return
		}
		if len(ms) == 0 || ms[0].ID != id {
			t.Fatalf("Lookup(%q) = %q but Search ranks %+v first", s, id, ms)
		}
		_, first := utf8.DecodeRuneInString(s)
		for _, v := range []string{strings.ToUpper(s), strings.ToLower(s), width.Widen.String(s), norm.NFD.String(s), s[:first] + "\u2060" + s[first:]} {
			if got, ok := Lookup(v); !ok || got != id {
				t.Errorf("Lookup(%q) = %q, %v; Lookup(%q) = %q", v, got, ok, s, id)
			}
		}
	})
}
