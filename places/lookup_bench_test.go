package places

import (
	"slices"
	"testing"
)

var (
	sinkPlace Place
	sinkID    ID
	sinkOK    bool
	sinkN     int
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

// BenchmarkLookup looks up every stored place name in turn, and, as
// the worst case, the longest in bytes.
func BenchmarkLookup(b *testing.B) {
	var names []string
	longest := ""
	for p := range All() {
		for n := range p.Names.All() {
			if _, ok := Lookup(n.Text); ok {
				names = append(names, n.Text)
				if len(n.Text) > len(longest) {
					longest = n.Text
				}
			}
		}
	}
	if len(names) == 0 {
		b.Skip("no names")
	}
	b.Run("every-name", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkID, sinkOK = Lookup(names[i])
			if i++; i == len(names) {
				i = 0
			}
		}
	})
	b.Run("longest-name", func(b *testing.B) {
		b.Logf("%q, %d bytes", longest, len(longest))
		b.ReportAllocs()
		for b.Loop() {
			sinkID, sinkOK = Lookup(longest)
		}
	})
}

var misspeltPlaces = []string{"Kelbadjar", "Stepanakrt", "Ханкенди", "KÉ™lbÉ™cÉ™r", "Shushi", "Lachyn", "Aghdham", "Nakhichevan", "Zangezour", "Berdsor"}

// BenchmarkSearch searches for misspelt and mangled place names.
func BenchmarkSearch(b *testing.B) {
	placeIDs(b)
	names.Lookup("")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkN = len(slices.Collect(Search(misspeltPlaces[i])))
		if i++; i == len(misspeltPlaces) {
			i = 0
		}
	}
}
