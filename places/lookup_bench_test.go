package places

import (
	"testing"

	"github.com/caucasus-data/karabakh/internal/nametest"
)

var (
	sinkPlace Place
	sinkOK    bool
)

func placeIDs(b *testing.B) []ID {
	var ids []ID
	for p := range All() {
		ids = append(ids, p.ID)
	}
	if len(ids) == 0 {
		b.Skip("no places")
	}
	return ids
}

// BenchmarkGet looks up every place by ID in turn.
func BenchmarkGet(b *testing.B) {
	ids := placeIDs(b)
	i := 0
	for b.Loop() {
		sinkPlace, sinkOK = Get(ids[i])
		if i++; i == len(ids) {
			i = 0
		}
	}
}

// BenchmarkGetMapBaseline is the bare map[ID]Place lookup that
// Get is measured against.
func BenchmarkGetMapBaseline(b *testing.B) {
	ids := placeIDs(b)
	m := make(map[ID]Place)
	for p := range All() {
		m[p.ID] = p
	}
	i := 0
	for b.Loop() {
		sinkPlace, sinkOK = m[ids[i]]
		if i++; i == len(ids) {
			i = 0
		}
	}
}

// BenchmarkLookup looks up every stored place name in turn, and, as the
// worst case, the longest in bytes.
func BenchmarkLookup(b *testing.B) {
	var ns []string
	for _, n := range storedNames {
		if _, ok := Lookup(n.Text); ok {
			ns = append(ns, n.Text)
		}
	}
	nametest.BenchLookup(b, ns, Lookup)
}

var misspeltPlaces = []string{"Kelbadjar", "Stepanakrt", "Ханкенди", "KÉ™lbÉ™cÉ™r", "Shushi", "Lachyn", "Aghdham", "Nakhichevan", "Zangezour", "Berdsor"}

// BenchmarkSearch searches for misspelt and mangled place names.
func BenchmarkSearch(b *testing.B) { nametest.BenchSearch(b, misspeltPlaces, Search) }
