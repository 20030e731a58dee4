package agreement

import "testing"

var (
	sinkPlace     Place
	sinkAgreement Agreement
	sinkPoint     Point
	sinkID        PlaceID
	sinkOK        bool
	sinkN         int
)

func placeIDs(b *testing.B) []PlaceID {
	var ids []PlaceID
	for p := range Places() {
		ids = append(ids, p.ID)
	}
	if len(ids) == 0 {
		b.Skip("no places")
	}
	return ids
}

// BenchmarkGetPlace looks up every place by ID in turn.
func BenchmarkGetPlace(b *testing.B) {
	ids := placeIDs(b)
	i := 0
	for b.Loop() {
		sinkPlace, sinkOK = GetPlace(ids[i])
		if i++; i == len(ids) {
			i = 0
		}
	}
}

// BenchmarkGetPlaceMapBaseline is the bare map[PlaceID]Place lookup that
// GetPlace is measured against.
func BenchmarkGetPlaceMapBaseline(b *testing.B) {
	ids := placeIDs(b)
	m := make(map[PlaceID]Place)
	for p := range Places() {
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

// BenchmarkGet looks up every agreement by ID in turn.
func BenchmarkGet(b *testing.B) {
	var ids []ID
	m := make(map[ID]Agreement)
	for a := range All() {
		ids = append(ids, a.ID)
		m[a.ID] = a
	}
	if len(ids) == 0 {
		b.Skip("no agreements")
	}
	b.Run("Get", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkAgreement, sinkOK = Get(ids[i])
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
	b.Run("map-baseline", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkAgreement, sinkOK = m[ids[i]]
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
}

// BenchmarkGetPoint looks up every point by ID in turn.
func BenchmarkGetPoint(b *testing.B) {
	var ids []PointID
	m := make(map[PointID]Point)
	for a := range All() {
		for p := range a.Points.All() {
			ids = append(ids, p.ID)
			m[p.ID] = p
		}
	}
	if len(ids) == 0 {
		b.Skip("no points")
	}
	b.Run("GetPoint", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkPoint, sinkOK = GetPoint(ids[i])
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
	b.Run("map-baseline", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkPoint, sinkOK = m[ids[i]]
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
}

// BenchmarkLookupPlace looks up every stored place name in turn, and, as
// the worst case, the longest in bytes.
func BenchmarkLookupPlace(b *testing.B) {
	var names []string
	longest := ""
	for p := range Places() {
		for n := range p.Names.All() {
			if _, ok := LookupPlace(n.Text); ok {
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
			sinkID, sinkOK = LookupPlace(names[i])
			if i++; i == len(names) {
				i = 0
			}
		}
	})
	b.Run("longest-name", func(b *testing.B) {
		b.Logf("%q, %d bytes", longest, len(longest))
		b.ReportAllocs()
		for b.Loop() {
			sinkID, sinkOK = LookupPlace(longest)
		}
	})
}

var misspeltPlaces = []string{"Kelbadjar", "Stepanakrt", "Ханкенди", "KÉ™lbÉ™cÉ™r", "Shushi", "Lachyn", "Aghdham", "Nakhichevan", "Zangezour", "Berdsor"}

// BenchmarkSearchPlaces searches for misspelt and mangled place names.
func BenchmarkSearchPlaces(b *testing.B) {
	placeIDs(b)
	placeNames()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkN = len(SearchPlaces(misspeltPlaces[i]))
		if i++; i == len(misspeltPlaces) {
			i = 0
		}
	}
}
