package places

import (
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/nametest"
)

var lookups = nametest.Lookup[ID]{Lookup: Lookup, LookupAll: LookupAll, Search: Search, Exists: Exists}

// storedNames yields every stored name of every place.
func storedNames(yield func(ID, karabakh.Name) bool) {
	for p := range All() {
		for n := range p.Names.All() {
			if !yield(p.ID, n) {
				return
			}
		}
	}
}

// FuzzLookup checks that Lookup and Search never panic, that Search ranks
// its matches and puts what Lookup finds first, and that a name Lookup
// finds resolves to the same place after changes of case, width, normal
// form and diacritics and with an invisible character inside.
func FuzzLookup(f *testing.F) {
	for _, n := range storedNames {
		f.Add(n.Text)
	}
	for _, s := range misspeltPlaces {
		f.Add(s)
	}
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, s string) { lookups.Check(t, s) })
}
