package timeline

import (
	"iter"
	"sync"
	"sync/atomic"
)

type table struct {
	events []Event
	byID   map[ID]int
	// rec holds each event by ID, so that Get costs one map lookup, as a
	// plain map[ID]Event would (see BENCHMARKS.md).
	rec map[ID]Event
}

// data builds the table on first use: nothing is built at import.
var data = sync.OnceValue(func() *table {
	ev := records()
	t := &table{events: ev, byID: make(map[ID]int, len(ev)), rec: make(map[ID]Event, len(ev))}
	for i, e := range ev {
		if _, dup := t.byID[e.ID]; !dup {
			t.byID[e.ID] = i
			t.rec[e.ID] = e
		}
	}
	loaded.Store(t)
	return t
})

// loaded is the table once built: an atomic load is cheaper than calling
// through sync.OnceValue on every Get.
var loaded atomic.Pointer[table]

// built returns the table, building it on first use. It is kept out of
// line so that Get is small enough to be inlined and copies the event
// once, straight to the caller.
//
//go:noinline
func built() *table {
	if t := loaded.Load(); t != nil {
		return t
	}
	return data()
}

// Get returns the event with the given ID. It allocates nothing.
func Get(id ID) (Event, bool) {
	e, ok := built().rec[id]
	return e, ok
}

// Exists reports whether id names an event.
func Exists(id ID) bool { _, ok := data().byID[id]; return ok }

// All returns every event in chronological order.
func All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range data().events {
			if !yield(e) {
				return
			}
		}
	}
}

// Len returns the number of events.
func Len() int { return len(data().events) }
