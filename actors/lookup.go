package actors

import (
	"github.com/caucasus-data/karabakh"
	"iter"
	"sync"
	"sync/atomic"
)

type table struct {
	all  []Actor
	byID map[ID]int
	// rec holds each record by ID, so that Get costs one map lookup, as a
	// plain map[ID]Actor would (see BENCHMARKS.md).
	rec map[ID]Actor
}

// data builds the table on first use: nothing is built at import.
var data = sync.OnceValue(func() *table {
	all := records()
	t := &table{all: all, byID: make(map[ID]int, len(all)), rec: make(map[ID]Actor, len(all))}
	for i, a := range all {
		if _, dup := t.byID[a.ID]; !dup {
			t.byID[a.ID] = i
			t.rec[a.ID] = a
		}
	}
	loaded.Store(t)
	return t
})

// loaded is the table once built: an atomic load is cheaper than calling
// through sync.OnceValue on every Get.
var loaded atomic.Pointer[table]

// built returns the table, building it on first use. It is kept out of
// line so that Get is small enough to be inlined and copies the record
// once, straight to the caller.
//
//go:noinline
func built() *table {
	if t := loaded.Load(); t != nil {
		return t
	}
	return data()
}

// Get returns the actor with the given ID. It allocates nothing.
func Get(id ID) (Actor, bool) {
	a, ok := built().rec[id]
	return a, ok
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
