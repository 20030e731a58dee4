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

// An Option narrows a [Query]. Options of different kinds combine with
// AND: Query(Between(a, b), Actor(x), OfKind(Signing)) gives the signings
// between a and b in which x took part.
type Option func(*query)

type query struct {
	ranged     bool
	lo, hi     int32 // first and last day of the range
	within     bool
	actors     []actors.ID
	places     []places.ID
	points     []agreement.PointID
	agreements []agreement.ID
	kinds      []Kind
}

// Between keeps the events that fall between the first day of from and the
// last day of to, both included: Between(karabakh.Month(2020, time.November),
// karabakh.Month(2020, time.November)) is the whole of November 2020. A zero
// from or to leaves that end open. How an event that lies only partly in
// the range is treated is set by [Overlapping] (the default) or [Within].
func Between(from, to karabakh.Date) Option {
	return func(q *query) {
		q.ranged = true
		q.lo, q.hi = spanOf(karabakh.Span(from, to))
	}
}

// On keeps the events that fall on day or within the month or year d:
// On(d) is Between(d, d).
func On(d karabakh.Date) Option { return Between(d, d) }

// Overlapping, the default, keeps an event if any day it may cover falls in
// the range of [Between]. An event known only to the month (2020-11) covers
// every day of that month, so it is kept by a range of 15-30 November;
// an event whose end is open is taken to run on.
var Overlapping Option = func(q *query) { q.within = false }

// Within keeps an event only if every day it may cover falls in the range:
// an event known only to the month (2020-11) is not within 15-30 November,
// and an open-ended event is within no range with a closed end.
var Within Option = func(q *query) { q.within = true }

// Actor keeps the events in which actor id took part in any role. Given
// several times, every actor must take part.
func Actor(id actors.ID) Option { return func(q *query) { q.actors = append(q.actors, id) } }

// Place keeps the events that name place id. Given several times, every
// place must be named.
func Place(id places.ID) Option { return func(q *query) { q.places = append(q.places, id) } }

// Point keeps the events that bear on point id, such as
// agreement.Point8. Given several times, every point must be borne on.
func Point(id agreement.PointID) Option { return func(q *query) { q.points = append(q.points, id) } }

// Agreement keeps the events that concern agreement id.
func Agreement(id agreement.ID) Option {
	return func(q *query) { q.agreements = append(q.agreements, id) }
}

// OfKind keeps the events of any of the kinds given.
func OfKind(k ...Kind) Option { return func(q *query) { q.kinds = append(q.kinds, k...) } }

// Query returns the events that pass every option, in chronological
// order. With no option it returns every event.
//
// A range query takes O(log n + k) time for k events in range, whatever
// the length of the events (see BENCHMARKS.md); without a range, a query
// by actor, place or point walks only the events that name it. The events
// are values the caller may keep and change.
func Query(opts ...Option) iter.Seq[Event] {
	var q query
	for _, o := range opts {
		o(&q)
	}
	return func(yield func(Event) bool) {
		events := data.Get().All
		keep := func(i int) bool {
			e := events[i]
			if q.matches(e) {
				return yield(e)
			}
			return true
		}
		switch {
		case q.ranged && q.within:
			indexes().span.within(q.lo, q.hi, keep)
		case q.ranged:
			indexes().span.overlapping(q.lo, q.hi, keep)
		default:
			for _, i := range q.candidates() {
				if !keep(int(i)) {
					return
				}
			}
		}
	}
}

// matches checks the options other than the range.
func (q *query) matches(e Event) bool {
	for _, id := range q.actors {
		if !e.Involves(id) {
			return false
		}
	}
	for _, id := range q.places {
		if !e.At(id) {
			return false
		}
	}
	for _, id := range q.points {
		if !e.BearsOn(id) {
			return false
		}
	}
	for _, id := range q.agreements {
		if !e.Agreements.ContainsFunc(func(a agreement.ID) bool { return a == id }) {
			return false
		}
	}
	return len(q.kinds) == 0 || slices.Contains(q.kinds, e.Kind)
}

// candidates returns the shortest list of events that may match, for a
// query without a range: the postings of one of its actors, places or
// points, or every event.
func (q *query) candidates() []int32 {
	ix := indexes()
	var best []int32
	found := false
	try := func(p []int32) {
		if !found || len(p) < len(best) {
			best, found = p, true
		}
	}
	for _, id := range q.actors {
		try(ix.byActor[id])
	}
	for _, id := range q.places {
		try(ix.byPlace[id])
	}
	for _, id := range q.points {
		try(ix.byPoint[id])
	}
	if found {
		return best
	}
	return ix.all
}

type queryIndex struct {
	span    *spanIndex
	all     []int32
	byActor map[actors.ID][]int32
	byPlace map[places.ID][]int32
	byPoint map[agreement.PointID][]int32
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

func appendOnce(s []int32, i int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}
