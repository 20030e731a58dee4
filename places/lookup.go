package places

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/table"
)

// data holds the places, built on first use: nothing is built at import.
var data = table.NewLazy(func() *table.Table[ID, Place] {
	return table.New(records(), func(p Place) ID { return p.ID })
})

// records returns every place: Nagorno-Karabakh and the districts around
// it, then Armenia, Azerbaijan and the places elsewhere.
// Each gets its coordinates from coordinates().
func records() []Place {
	all := slices.Concat(karabakhPlaces(), armeniaPlaces(), azerbaijanPlaces(), otherPlaces())
	coords := coordinates()
	for i := range all {
		all[i].Coordinates = karabakh.ListOf(coords[all[i].ID]...)
	}
	return all
}

// Get returns the place with the given ID. It allocates nothing.
func Get(id ID) (Place, bool) {
	p, ok := data.Get().ByID[id]
	return p, ok
}

// Exists reports whether id names a place.
func Exists(id ID) bool { return data.Get().Has(id) }

// All returns every place, in the order of the dataset.
func All() iter.Seq[Place] { return slices.Values(data.Get().All) }

// Len returns the number of places.
func Len() int { return len(data.Get().All) }
