package actors

import (
	"iter"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/table"
)

// data holds the actors, built on first use: nothing is built at import.
var data = table.NewLazy(func() *table.Table[ID, Actor] {
	return table.New(records(), func(a Actor) ID { return a.ID })
})

// Get returns the actor with the given ID. It allocates nothing.
func Get(id ID) (Actor, bool) {
	a, ok := data.Get().ByID[id]
	return a, ok
}

// Exists reports whether id names an actor.
func Exists(id ID) bool {
	return data.Get().Has(id)
}

// All returns every actor, in the order of the dataset.
func All() iter.Seq[Actor] {
	return func(yield func(Actor) bool) {
		for _, a := range data.Get().All {
			if !yield(a) {
				return
			}
		}
	}
}

// Len returns the number of actors.
func Len() int { return len(data.Get().All) }

// OfficesOn returns the offices actor id held on day d.
func OfficesOn(id ID, d karabakh.Date) []Office {
	a, ok := Get(id)
	if !ok {
		return nil
	}
	var out []Office
	for o := range a.Offices.All() {
		if o.Holds(d) {
			out = append(out, o)
		}
	}
	return out
}
