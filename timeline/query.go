package timeline

import (
	"iter"
	"slices"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// An Option narrows a [Query]. Options are values made by the functions
// below; the zero Option keeps every event.
//
// Options combine one way only: Query keeps the events that pass every
// option it is given, so Query(Actor(a), Actor(b)) keeps the events in
// which both a and b took part. To keep the events that pass any of
// several options, wrap them in [AnyOf]: Query(AnyOf(Actor(a), Actor(b)))
// keeps those in which a or b took part.
type Option struct {
	op        op
	lo, hi    int32 // the range of Between and Within, in days
	actor     actors.ID
	place     places.ID
	point     agreement.PointID
	agreement agreement.ID
	kind      Kind
	any       []Option
}

type op uint8

const (
	opNone op = iota
	opBetween
	opWithin
	opActor
	opRepresenting
	opPlace
	opPoint
	opAgreement
	opKind
	opAny
)

// Between keeps the events of which some day falls between the first day
// of from and the last day of to, both included: Between(karabakh.Month(2020,
// time.November), karabakh.Month(2020, time.November)) is the whole of
// November 2020. An event known only to the month covers every day of it,
// and one whose end is open is taken to run on. A zero from or to leaves
// that end of the range open.
func Between(from, to karabakh.Date) Option {
	lo, hi := spanOf(karabakh.Span(from, to))
	return Option{op: opBetween, lo: lo, hi: hi}
}

// On keeps the events of which some day falls on day d, or within the
// month or year d: On(d) is Between(d, d).
func On(d karabakh.Date) Option { return Between(d, d) }

// Within keeps the events every day of which falls between the first day
// of from and the last day of to: an event known only to the month
// (2020-11) is not within 15-30 November, and an open-ended event is within
// no range with a closed end.
func Within(from, to karabakh.Date) Option {
	lo, hi := spanOf(karabakh.Span(from, to))
	return Option{op: opWithin, lo: lo, hi: hi}
}

// Actor keeps the events in which actor id itself took part, in any role.
// Events in which only someone acting for id took part (Pashinyan for
// Armenia) are kept by [Representing].
func Actor(id actors.ID) Option { return Option{op: opActor, actor: id} }

// Representing keeps the events in which id took part, or an actor that
// acted for id on the event's first day: a body that belongs to it, or a
// person holding one of its offices that day (see [actors.Represents]).
// Representing(actors.Armenia) keeps what Pashinyan signed and what
// Armenia's defence ministry announced.
func Representing(id actors.ID) Option { return Option{op: opRepresenting, actor: id} }

// Place keeps the events that name place id.
func Place(id places.ID) Option { return Option{op: opPlace, place: id} }

// Point keeps the events that bear on point id, such as agreement.Point8.
func Point(id agreement.PointID) Option { return Option{op: opPoint, point: id} }

// Agreement keeps the events that concern agreement id.
func Agreement(id agreement.ID) Option { return Option{op: opAgreement, agreement: id} }

// OfKind keeps the events of kind k.
func OfKind(k Kind) Option { return Option{op: opKind, kind: k} }

// AnyOf keeps the events that pass at least one of opts. AnyOf() with no
// options keeps no event.
func AnyOf(opts ...Option) Option { return Option{op: opAny, any: slices.Clone(opts)} }

// keeps reports whether e passes o.
func (o *Option) keeps(e *Event) bool {
	switch o.op {
	case opBetween, opWithin:
		lo, hi := spanOf(e.When)
		if o.op == opWithin {
			return lo >= o.lo && hi <= o.hi
		}
		return lo <= o.hi && hi >= o.lo
	case opActor:
		return e.Involves(o.actor)
	case opRepresenting:
		return e.InvolvesFor(o.actor)
	case opPlace:
		return e.At(o.place)
	case opPoint:
		return e.BearsOn(o.point)
	case opAgreement:
		return karabakh.Contains(e.Agreements, o.agreement)
	case opKind:
		return e.Kind == o.kind
	case opAny:
		for i := range o.any {
			if o.any[i].keeps(e) {
				return true
			}
		}
		return false
	}
	return true
}

// Query yields the events that pass every option, in chronological order.
// With no option it yields every event.
//
// A query with a Between or Within range takes O(log n + k) time for k
// events in range, whatever the length of the events (see BENCHMARKS.md);
// without one, a query by actor, place or point walks only the events that
// name it. The events are values the caller may keep and change.
func Query(opts ...Option) iter.Seq[Event] {
	opts = slices.Clone(opts) // the caller may reuse its slice
	return func(yield func(Event) bool) {
		events := data.Get().All
		var ranged *Option
		for i := range opts {
			if opts[i].op == opBetween || opts[i].op == opWithin {
				ranged = &opts[i]
				break
			}
		}
		keep := func(i int) bool {
			e := &events[i]
			for j := range opts {
				if &opts[j] != ranged && !opts[j].keeps(e) {
					return true
				}
			}
			return yield(*e)
		}
		switch {
		case ranged != nil && ranged.op == opWithin:
			indexes().span.within(ranged.lo, ranged.hi, keep)
		case ranged != nil:
			indexes().span.overlapping(ranged.lo, ranged.hi, keep)
		default:
			for _, i := range candidates(opts) {
				if !keep(int(i)) {
					return
				}
			}
		}
	}
}

// candidates returns the shortest list of events that may pass every
// option of a query without a range: the postings of one of its actors,
// places or points, or every event.
func candidates(opts []Option) []int32 {
	ix := indexes()
	best, found := ix.all, false
	try := func(p []int32) {
		if !found || len(p) < len(best) {
			best, found = p, true
		}
	}
	for _, o := range opts {
		switch o.op {
		case opActor:
			try(ix.byActor[o.actor])
		case opRepresenting:
			try(ix.representing(o.actor))
		case opPlace:
			try(ix.byPlace[o.place])
		case opPoint:
			try(ix.byPoint[o.point])
		case opAny:
			if len(o.any) == 0 {
				return nil
			}
		}
	}
	return best
}

type queryIndex struct {
	span    *spanIndex
	all     []int32
	byActor map[actors.ID][]int32
	byPlace map[places.ID][]int32
	byPoint map[agreement.PointID][]int32

	mu     sync.Mutex
	agents map[actors.ID][]int32 // the events that involve the key or someone acting for it
}

// indexes are built on the first query, so that programs that only call
// Get pay nothing for them.
var indexes = sync.OnceValue(func() *queryIndex {
	events := data.Get().All
	ix := &queryIndex{
		span:    newSpanIndex(events),
		all:     make([]int32, len(events)),
		byActor: make(map[actors.ID][]int32),
		byPlace: make(map[places.ID][]int32),
		byPoint: make(map[agreement.PointID][]int32),
		agents:  make(map[actors.ID][]int32),
	}
	for i, e := range events {
		ix.all[i] = int32(i)
		for p := range e.Actors.All() {
			ix.byActor[p.Actor] = appendOnce(ix.byActor[p.Actor], int32(i))
		}
		for p := range e.Places.All() {
			ix.byPlace[p] = appendOnce(ix.byPlace[p], int32(i))
		}
		for p := range e.Points.All() {
			ix.byPoint[p] = appendOnce(ix.byPoint[p], int32(i))
		}
	}
	return ix
})

// representing returns the events Representing(principal) keeps, worked
// out once per actor of the dataset.
func (ix *queryIndex) representing(principal actors.ID) []int32 {
	if !actors.Exists(principal) {
		return nil // and nothing is cached for IDs a caller made up
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if p, ok := ix.agents[principal]; ok {
		return p
	}
	var out []int32
	for i, e := range data.Get().All {
		if e.InvolvesFor(principal) {
			out = append(out, int32(i))
		}
	}
	ix.agents[principal] = out
	return out
}

func appendOnce(s []int32, i int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}
