// Package nametest holds the checks and benchmarks that every package
// looking records up by name (actors, places) runs on its own functions, so
// that the same properties are checked through each package's wiring
// without the tests being written twice.
package nametest

import (
	"iter"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// A Lookup is a package's name lookup functions.
type Lookup[ID comparable] struct {
	Lookup    func(string) (ID, bool)
	LookupAll func(string) iter.Seq[ID]
	Search    func(string, ...karabakh.SearchOption) iter.Seq[karabakh.Match[ID]]
	Exists    func(ID) bool
}

// Invisible are default-ignorable characters of every kind: soft hyphen,
// zero-width space, non-joiner and joiner, left-to-right and right-to-left
// marks and override, word joiner, BOM, variation selector 16, tag space.
var Invisible = []string{"\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2060", "\ufeff", "\ufe0f", "\U000e0020"}

var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// Variants returns forms of s that must find what s finds: other case,
// width and normal form, without diacritics, and with an invisible
// character (chosen by pick) after its first character.
func Variants(s string, pick int) []string {
	stripped, _, _ := transform.String(stripMarks, s)
	_, first := utf8.DecodeRuneInString(s)
	c := Invisible[pick%len(Invisible)]
	return []string{strings.ToUpper(s), strings.ToLower(s), width.Widen.String(s), width.Narrow.String(s),
		norm.NFD.String(s), norm.NFKC.String(s), stripped, s[:first] + c + s[first:]}
}

// Check checks the answers for s: Search never panics and ranks its
// matches, every match exists, Lookup agrees with LookupAll and is ranked
// first by Search, and a name Lookup finds is found again in each of its
// Variants.
func (l Lookup[ID]) Check(t testing.TB, s string) {
	t.Helper()
	ms := slices.Collect(l.Search(s))
	for i, m := range ms {
		if m.Score <= 0 || m.Score > 1 || !l.Exists(m.ID) || i > 0 && m.Score > ms[i-1].Score {
			t.Fatalf("Search(%q) = %v", s, ms)
		}
	}
	id, ok := l.Lookup(s)
	all := slices.Collect(l.LookupAll(s))
	if ok != (len(all) == 1) || ok && all[0] != id {
		t.Fatalf("Lookup(%q) = %v, %v but LookupAll = %v", s, id, ok, all)
	}
	if !ok || !utf8.ValidString(s) {
		return
	}
	if len(ms) == 0 || ms[0].ID != id {
		t.Fatalf("Lookup(%q) = %v but Search ranks %v first", s, id, ms)
	}
	for _, v := range Variants(s, len(s)) {
		if got, ok := l.Lookup(v); !ok || got != id {
			t.Errorf("Lookup(%q) = %v, %v; Lookup(%q) = %v", v, got, ok, s, id)
		}
	}
}

// CheckStored checks every stored name: Lookup finds its record (or
// LookupAll lists several), and Check holds for it. It returns how many
// names it checked.
func (l Lookup[ID]) CheckStored(t *testing.T, names iter.Seq2[ID, karabakh.Name]) int {
	t.Helper()
	n := 0
	for want, nm := range names {
		id, ok := l.Lookup(nm.Text)
		switch {
		case !ok && len(slices.Collect(l.LookupAll(nm.Text))) < 2:
			t.Errorf("%v: Lookup(%q) finds nothing", want, nm.Text)
		case ok && id != want:
			t.Errorf("Lookup(%q) = %v, want %v", nm.Text, id, want)
		case ok:
			l.Check(t, nm.Text)
			n++
		}
	}
	return n
}

// BenchLookup looks up every name in turn and, as the worst case, the
// longest in bytes.
func BenchLookup[ID comparable](b *testing.B, names []string, lookup func(string) (ID, bool)) {
	if len(names) == 0 {
		b.Skip("no names")
	}
	longest := ""
	for _, n := range names {
		if len(n) > len(longest) {
			longest = n
		}
	}
	var sink bool
	b.Run("every-name", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_, sink = lookup(names[i])
			if i++; i == len(names) {
				i = 0
			}
		}
	})
	b.Run("longest-name", func(b *testing.B) {
		b.Logf("%q, %d bytes", longest, len(longest))
		b.ReportAllocs()
		for b.Loop() {
			_, sink = lookup(longest)
		}
	})
	_ = sink
}

// BenchSearch searches for each query in turn.
func BenchSearch[ID comparable](b *testing.B, queries []string, search func(string, ...karabakh.SearchOption) iter.Seq[karabakh.Match[ID]]) {
	for range search("warm up") { // build the index outside the timing
	}
	b.ReportAllocs()
	n, i := 0, 0
	for b.Loop() {
		for range search(queries[i]) {
			n++
		}
		if i++; i == len(queries) {
			i = 0
		}
	}
	if n == 0 {
		b.Fatal("no query matched anything")
	}
}
