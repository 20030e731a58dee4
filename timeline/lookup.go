package timeline

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh/internal/table"
)

// data holds the events in chronological order, built on first use:
// nothing is built at import.
var data = table.NewLazy(func() *table.Table[ID, Event] {
	return table.New(records(), func(e Event) ID { return e.ID })
})

// Get returns the event with the given ID. It allocates nothing.
func Get(id ID) (Event, bool) {
	a, ok := data.Get().ByID[id]
	return a, ok
}

// Exists reports whether id names an event.
func Exists(id ID) bool { return data.Get().Has(id) }

// All returns every event in chronological order.
func All() iter.Seq[Event] { return slices.Values(data.Get().All) }

// Len returns the number of events.
func Len() int { return len(data.Get().All) }
