package agreement

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// FuzzLookupPlace checks that LookupPlace and SearchPlaces never panic,
// that a name LookupPlace finds resolves to the same place after changes
// of case, width and normal form and with an invisible character inside,
// and that Search ranks it first.
func FuzzLookupPlace(f *testing.F) {
	for p := range Places() {
		for n := range p.Names.Values() {
			f.Add(n.Text)
		}
	}
	for _, s := range misspeltPlaces {
		f.Add(s)
	}
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, s string) {
		ms := SearchPlaces(s)
		for i, m := range ms {
			if m.Score <= 0 || m.Score > 1 || !ExistsPlace(m.ID) || i > 0 && m.Score > ms[i-1].Score {
				t.Fatalf("SearchPlaces(%q) = %+v", s, ms)
			}
		}
		id, ok := LookupPlace(s)
		if !ok || !utf8.ValidString(s) {
			return
		}
		if len(ms) == 0 || ms[0].ID != id {
			t.Fatalf("LookupPlace(%q) = %q but SearchPlaces ranks %+v first", s, id, ms)
		}
		_, first := utf8.DecodeRuneInString(s)
		for _, v := range []string{strings.ToUpper(s), strings.ToLower(s), width.Widen.String(s), norm.NFD.String(s), s[:first] + "\u2060" + s[first:]} {
			if got, ok := LookupPlace(v); !ok || got != id {
				t.Errorf("LookupPlace(%q) = %q, %v; LookupPlace(%q) = %q", v, got, ok, s, id)
			}
		}
	})
}
