package implementation

import (
	"iter"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
)

type table struct {
	observations []Observation // by point, then date
	changes      []DeadlineChange
	fulfilments  []Fulfilment
}

var data = sync.OnceValue(func() *table {
	return &table{observations: observations(), changes: deadlineChanges(), fulfilments: fulfilments()}
})

// History returns the observations of point p in date order.
func History(p agreement.PointID) iter.Seq[Observation] {
	return func(yield func(Observation) bool) {
		for _, o := range data().observations {
			if o.Point == p && !yield(o) {
				return
			}
		}
	}
}

// Observations returns every observation, by point and then date.
func Observations() iter.Seq[Observation] {
	return func(yield func(Observation) bool) {
		for _, o := range data().observations {
			if !yield(o) {
				return
			}
		}
	}
}

// StateOn returns the observation of point p that holds on day d: the latest
// whose date begins on or before d. An observation known only to the month
// or year counts from the first day it covers. It reports false if nothing
// was observed of p by d.
func StateOn(p agreement.PointID, d karabakh.Date) (Observation, bool) {
	var best Observation
	found := false
	for o := range History(p) {
		if o.Date.Lower().After(d.Lower()) {
			break
		}
		best, found = o, true
	}
	return best, found
}

// StatesOn returns, for each point of the statement of 10 November 2020 that
// had been observed by day d, the observation that holds on d, in point
// order.
func StatesOn(d karabakh.Date) []Observation {
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return nil
	}
	var out []Observation
	for p := range s.Points.All() {
		if o, ok := StateOn(p.ID, d); ok {
			out = append(out, o)
		}
	}
	return out
}

// DeadlineChanges returns the changes to deadlines, in the order they were
// made.
func DeadlineChanges() iter.Seq[DeadlineChange] {
	return func(yield func(DeadlineChange) bool) {
		for _, c := range data().changes {
			if !yield(c) {
				return
			}
		}
	}
}

// Fulfilments returns when obligations were carried out, in date order.
func Fulfilments() iter.Seq[Fulfilment] {
	return func(yield func(Fulfilment) bool) {
		for _, f := range data().fulfilments {
			if !yield(f) {
				return
			}
		}
	}
}

// An Outcome says whether an obligation's deadline was met.
type Outcome struct {
	Obligation agreement.ObligationID
	// Deadline is the date the text set; Final the date in force after
	// every change (equal to Deadline if none).
	Deadline, Final karabakh.Date
	Changes         []DeadlineChange
	// Done is when the obligation was carried out; zero if it was not.
	Done karabakh.Date
	// Met reports whether Done falls on or before Final. MetOriginal
	// whether it falls on or before the original Deadline.
	Met, MetOriginal bool
	// DaysEarly is how many days before Final the obligation was carried
	// out; negative when late. It is 0 when Done is zero.
	DaysEarly int
	// OriginalDaysEarly is DaysEarly counted against the original
	// Deadline: -10 for Kalbajar, returned on the extended deadline ten
	// days after the text's.
	OriginalDaysEarly int
}

// DeadlineOutcome returns whether obligation id was carried out by its
// deadline. It reports false if the obligation does not exist or sets no
// deadline.
func DeadlineOutcome(id agreement.ObligationID) (Outcome, bool) {
	ob, ok := obligation(id)
	if !ok || ob.Deadline.IsZero() {
		return Outcome{}, false
	}
	out := Outcome{Obligation: id, Deadline: ob.Deadline, Final: ob.Deadline}
	for c := range DeadlineChanges() {
		if c.Obligation == id {
			out.Changes = append(out.Changes, c)
			out.Final = c.To
		}
	}
	for f := range Fulfilments() {
		if f.Obligation == id {
			out.Done = f.Date
			break
		}
	}
	if !out.Done.IsZero() {
		out.DaysEarly = out.Done.Last().DaysUntil(out.Final.Last())
		out.OriginalDaysEarly = out.Done.Last().DaysUntil(out.Deadline.Last())
		out.Met = !out.Done.Upper().After(out.Final.Upper())
		out.MetOriginal = !out.Done.Upper().After(out.Deadline.Upper())
	}
	return out, true
}

func obligation(id agreement.ObligationID) (agreement.Obligation, bool) {
	o, _, ok := obligationPoint(id)
	return o, ok
}

// obligationPoint returns obligation id and the point that sets it.
func obligationPoint(id agreement.ObligationID) (agreement.Obligation, agreement.PointID, bool) {
	for a := range agreement.All() {
		for p := range a.Points.All() {
			for o := range p.Obligations.All() {
				if o.ID == id {
					return o, p.ID, true
				}
			}
		}
	}
	return agreement.Obligation{}, "", false
}
