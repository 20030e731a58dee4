package actors

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func seedNames(f *testing.F) {
	for a := range All() {
		for n := range a.Names.All() {
			f.Add(n.Text)
		}
	}
	for _, s := range misspelt {
		f.Add(s)
	}
	f.Add("")
	f.Add("\xff\xfe\xfd")
	f.Add(strings.Repeat("ə", 300))
	f.Add("Ä\u0308\u0308\u0308")
}

// FuzzLookup checks that Lookup never panics and that a name it finds
// resolves to the same actor after changes of case, width and diacritics,
// and with an invisible character inside.
func FuzzLookup(f *testing.F) {
	seedNames(f)
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := Lookup(s)
		all := slices.Collect(LookupAll(s))
		if ok != (len(all) == 1) || ok && all[0] != id {
			t.Fatalf("Lookup(%q) = %q, %v but LookupAll = %q", s, id, ok, all)
		}
		if !ok || !utf8.ValidString(s) {
			return
		}
		stripped, _, _ := transform.String(strip, s)
		// An invisible character, of a kind picked by the input, after its
		// first character.
		_, first := utf8.DecodeRuneInString(s)
		c := invisible[len(s)%len(invisible)]
		for _, v := range []string{strings.ToUpper(s), strings.ToLower(s), width.Widen.String(s), width.Narrow.String(s), norm.NFD.String(s), norm.NFKC.String(s), stripped,
			s[:first] + c + s[first:]} {
			if got, ok := Lookup(v); !ok || got != id {
				t.Errorf("Lookup(%q) = %q, %v; Lookup(%q) = %q", v, got, ok, s, id)
			}
		}
	})
}

// FuzzSearch checks that Search never panics and returns ranked matches.
func FuzzSearch(f *testing.F) {
	seedNames(f)
	f.Fuzz(func(t *testing.T, s string) {
		ms := slices.Collect(Search(s))
		for i, m := range ms {
			if m.Score <= 0 || m.Score > 1 || !Exists(m.ID) {
				t.Fatalf("slices.Collect(Search(%q))[%d] = %+v", s, i, m)
			}
			if i > 0 && m.Score > ms[i-1].Score {
				t.Fatalf("slices.Collect(Search(%q)) not ranked: %+v", s, ms)
			}
		}
		if id, ok := Lookup(s); ok && (len(ms) == 0 || ms[0].ID != id) {
			t.Fatalf("Lookup(%q) = %q but Search ranks %+v first", s, id, ms)
		}
	})
}
