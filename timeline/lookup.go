package timeline

import (
	"iter"
	"sync"
)

type table struct {
	events []Event
	byID   map[ID]int
}

// data builds the table on first use: nothing is built at import.
var data = sync.OnceValue(func() *table {
	ev := records()
	t := &table{events: ev, byID: make(map[ID]int, len(ev))}
	for i, e := range ev {
		if _, dup := t.byID[e.ID]; !dup {
			t.byID[e.ID] = i
		}
	}
	return t
})

// Get returns the event with the given ID. It allocates nothing.
func Get(id ID) (Event, bool) {
	t := data()
	i, ok := t.byID[id]
	if !ok {
		return Event{}, false
	}
	return t.events[i], true
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
