package actors

import (
	"iter"
	"slices"

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
func All() iter.Seq[Actor] { return slices.Values(data.Get().All) }

// Len returns the number of actors.
func Len() int { return len(data.Get().All) }

// OfficesOn yields the offices actor id held on day d, as far as the
// sources show ([Office.On] reports [TenureHeld]): an office with a sourced
// term that covers d, or one attested on d. An office known only from
// other days is not yielded, since the sources do not say it was held on d.
func OfficesOn(id ID, d karabakh.Date) iter.Seq[Office] {
	return func(yield func(Office) bool) {
		a, ok := Get(id)
		if !ok {
			return
		}
		for o := range a.Offices.All() {
			if o.On(d) == TenureHeld && !yield(o) {
				return
			}
		}
	}
}

// Represents reports whether agent acted for principal on day d: agent is
// principal, or belongs to it through PartOf (a ministry to its state, a
// brigade to its contingent), or held on d an office of principal or of a
// body that belongs to it (the Prime Minister of Armenia acts for Armenia).
// Offices count only where the sources show them held on d; see
// [Office.On]. So Aliyev signing on 9 November 2020 acts for Azerbaijan,
// and Armenia's foreign ministry for Armenia.
func Represents(agent, principal ID, d karabakh.Date) bool {
	if partOf(agent, principal) {
		return true
	}
	a, ok := Get(agent)
	if !ok {
		return false
	}
	for o := range a.Offices.All() {
		if partOf(o.Of, principal) && o.On(d) == TenureHeld {
			return true
		}
	}
	return false
}

// partOf reports whether id is principal or lies within it by PartOf. The
// chain is bounded so that a cycle in data a caller built cannot hang it.
func partOf(id, principal ID) bool {
	for range maxPartOf {
		if id == principal {
			return true
		}
		a, ok := Get(id)
		if !ok || a.PartOf == "" {
			return false
		}
		id = a.PartOf
	}
	return false
}

// maxPartOf bounds a PartOf chain; the dataset's are at most three long.
const maxPartOf = 16
