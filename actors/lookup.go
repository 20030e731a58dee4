package actors

import (
	"github.com/caucasus-data/karabakh"
	"iter"
	"sync"
)

type table struct {
	all  []Actor
	byID map[ID]int
}

// data builds the table on first use: nothing is built at import.
var data = sync.OnceValue(func() *table {
	all := records()
	t := &table{all: all, byID: make(map[ID]int, len(all))}
	for i, a := range all {
		if _, dup := t.byID[a.ID]; !dup {
			t.byID[a.ID] = i
		}
	}
	return t
})

// Get returns the actor with the given ID. It allocates nothing.
func Get(id ID) (Actor, bool) {
	t := data()
	i, ok := t.byID[id]
	if !ok {
		return Actor{}, false
	}
	return t.all[i], true
}

// Exists reports whether id names an actor.
func Exists(id ID) bool {
	_, ok := data().byID[id]
	return ok
}

// All returns every actor, in the order of the dataset.
func All() iter.Seq[Actor] {
	return func(yield func(Actor) bool) {
		for _, a := range data().all {
			if !yield(a) {
				return
			}
		}
	}
}

// Len returns the number of actors.
func Len() int { return len(data().all) }

// OfficesOn returns the offices actor id held on day d.
func OfficesOn(id ID, d karabakh.Date) []Office {
	a, ok := Get(id)
	if !ok {
		return nil
	}
	var out []Office
	for o := range a.Offices.Values() {
		if o.Holds(d) {
			out = append(out, o)
		}
	}
	return out
}
