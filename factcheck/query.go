package factcheck

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// An Option narrows a [Query]. Options are values made by the functions
// below; the zero Option keeps every correction.
//
// As in package timeline, options combine one way only: Query keeps the
// corrections that pass every option it is given. Wrap options in [AnyOf]
// to keep those that pass any of them: the corrections that concern
// Erdoğan, Turkey or point 3 are
//
//	factcheck.Query(factcheck.AnyOf(
//		factcheck.Actor(actors.Erdogan), factcheck.Actor(actors.Turkey), factcheck.Point(agreement.Point3)))
type Option struct {
	op      op
	actor   actors.ID
	place   places.ID
	point   agreement.PointID
	event   timeline.ID
	verdict Verdict
	any     []Option
}

type op uint8

const (
	opNone op = iota
	opActor
	opPlace
	opPoint
	opEvent
	opVerdict
	opAny
)

// Actor keeps the corrections that concern actor id.
func Actor(id actors.ID) Option { return Option{op: opActor, actor: id} }

// Place keeps the corrections that concern place id.
func Place(id places.ID) Option { return Option{op: opPlace, place: id} }

// Point keeps the corrections that concern point id, such as
// agreement.Point3.
func Point(id agreement.PointID) Option { return Option{op: opPoint, point: id} }

// Event keeps the corrections that point to event id.
func Event(id timeline.ID) Option { return Option{op: opEvent, event: id} }

// WithVerdict keeps the corrections with verdict v.
func WithVerdict(v Verdict) Option { return Option{op: opVerdict, verdict: v} }

// AnyOf keeps the corrections that pass at least one of opts. AnyOf() with
// no options keeps none.
func AnyOf(opts ...Option) Option { return Option{op: opAny, any: slices.Clone(opts)} }

func (o *Option) keeps(c *Correction) bool {
	switch o.op {
	case opActor:
		return karabakh.Contains(c.Actors, o.actor)
	case opPlace:
		return karabakh.Contains(c.Places, o.place)
	case opPoint:
		return karabakh.Contains(c.Points, o.point)
	case opEvent:
		return karabakh.Contains(c.Events, o.event)
	case opVerdict:
		return c.Verdict == o.verdict
	case opAny:
		return slices.ContainsFunc(o.any, func(x Option) bool { return x.keeps(c) })
	}
	return true
}

// Query yields the corrections that pass every option, in the order of
// [All]. With no option it yields every correction.
func Query(opts ...Option) iter.Seq[Correction] {
	opts = slices.Clone(opts) // the caller may reuse its slice
	return func(yield func(Correction) bool) {
		all := data.Get().All
		for i := range all {
			c := &all[i]
			if !slices.ContainsFunc(opts, func(o Option) bool { return !o.keeps(c) }) && !yield(*c) {
				return
			}
		}
	}
}
