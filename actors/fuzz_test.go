package actors

import (
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/nametest"
)

var lookups = nametest.Lookup[ID]{Lookup: Lookup, LookupAll: LookupAll, Search: Search, Exists: Exists}

// storedNames yields every stored name of every actor.
func storedNames(yield func(ID, karabakh.Name) bool) {
	for a := range All() {
		for n := range a.Names.All() {
			if !yield(a.ID, n) {
				return
			}
		}
	}
}

// FuzzLookup checks that Lookup and Search never panic, that Search ranks
// its matches and puts what Lookup finds first, and that a name Lookup
// finds resolves to the same actor after changes of case, width and
// diacritics and with an invisible character inside.
func FuzzLookup(f *testing.F) {
	for _, n := range storedNames {
		f.Add(n.Text)
	}
	for _, s := range misspelt {
		f.Add(s)
	}
	f.Add("")
	f.Add("\xff\xfe\xfd")
	f.Add(strings.Repeat("ə", 300))
	f.Add("Ä\u0308\u0308\u0308")
	f.Fuzz(func(t *testing.T, s string) { lookups.Check(t, s) })
}
