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
	keep func(*Correction) bool // nil keeps every correction
}

// Actor keeps the corrections that concern actor id.
func Actor(id actors.ID) Option {
	return Option{func(c *Correction) bool { return karabakh.Contains(c.Actors, id) }}
}

// Place keeps the corrections that concern place id.
func Place(id places.ID) Option {
	return Option{func(c *Correction) bool { return karabakh.Contains(c.Places, id) }}
}

// Point keeps the corrections that concern point id, such as
// agreement.Point3.
func Point(id agreement.PointID) Option {
	return Option{func(c *Correction) bool { return karabakh.Contains(c.Points, id) }}
}

// Event keeps the corrections that point to event id.
func Event(id timeline.ID) Option {
	return Option{func(c *Correction) bool { return karabakh.Contains(c.Events, id) }}
}

// WithVerdict keeps the corrections with verdict v.
func WithVerdict(v Verdict) Option {
	return Option{func(c *Correction) bool { return c.Verdict == v }}
}

// AnyOf keeps the corrections that pass at least one of opts. AnyOf() with
// no options keeps none.
func AnyOf(opts ...Option) Option {
	opts = slices.Clone(opts)
	return Option{func(c *Correction) bool { return slices.ContainsFunc(opts, func(o Option) bool { return o.keeps(c) }) }}
}

func (o Option) keeps(c *Correction) bool { return o.keep == nil || o.keep(c) }

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
