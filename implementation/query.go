package implementation

import (
	"fmt"
	"iter"
	"slices"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/timeline"
)

type table struct {
	observations []Observation // by point, then date
	changes      []DeadlineChange
	fulfilments  []Fulfilment
	misses       []Miss
}

var data = sync.OnceValue(func() *table {
	return &table{observations: observations(), changes: deadlineChanges(), fulfilments: fulfilments(), misses: misses()}
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
func Observations() iter.Seq[Observation] { return slices.Values(data().observations) }

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

// Misses returns the deadlines that passed unmet, as sources record them,
// in date order.
func Misses() iter.Seq[Miss] { return slices.Values(data().misses) }

// StatesOn yields, for each point of the statement of 10 November 2020
// that had been observed by day d, the observation that holds on d, in
// point order.
func StatesOn(d karabakh.Date) iter.Seq[Observation] {
	return func(yield func(Observation) bool) {
		s, ok := agreement.Get(agreement.Statement2020)
		if !ok {
			return
		}
		for p := range s.Points.All() {
			if o, ok := StateOn(p.ID, d); ok && !yield(o) {
				return
			}
		}
	}
}

// DeadlineChanges returns the changes to deadlines, in the order they were
// made.
func DeadlineChanges() iter.Seq[DeadlineChange] { return slices.Values(data().changes) }

// Fulfilments returns when obligations were carried out, in date order.
func Fulfilments() iter.Seq[Fulfilment] { return slices.Values(data().fulfilments) }

// A Status says how a deadline stands on a day.
type Status string

// The statuses of a deadline.
const (
	// StatusMet: done by the date the text set.
	StatusMet Status = "met"
	// StatusMetExtended: done after the text's date but by a later date
	// the parties agreed (Kalbajar, 25 November 2020).
	StatusMetExtended Status = "met-extended"
	// StatusLate: done after the date in force.
	StatusLate Status = "late"
	// StatusMissed: the date in force passed and a source shows it was
	// not done by then.
	StatusMissed Status = "missed"
	// StatusPending: not done, and the date in force has not come.
	StatusPending Status = "pending"
	// StatusOvertaken: not done, and before it fell due events made it
	// moot: its point was overtaken or lapsed.
	StatusOvertaken Status = "overtaken"
	// StatusUnrecorded: the date in force passed, and the dataset records
	// neither that it was done nor that it was not. No status is claimed
	// that the sources do not show.
	StatusUnrecorded Status = "unrecorded"
)

var statuses = [...]Status{StatusMet, StatusMetExtended, StatusLate, StatusMissed, StatusPending, StatusOvertaken, StatusUnrecorded}

// Statuses lists every Status.
func Statuses() iter.Seq[Status] { return slices.Values(statuses[:]) }

// Valid reports whether s is a known Status.
func (s Status) Valid() bool { return slices.Contains(statuses[:], s) }

// An Outcome says how a deadline stood on a day: whether what it asked was
// done, when, and against which date.
type Outcome struct {
	Deadline agreement.Deadline `json:"deadline"`
	// AsOf is the day the outcome describes: changes, fulfilments and
	// observations after it are not counted.
	AsOf karabakh.Date `json:"asOf"`
	// Final is the date in force on AsOf: the text's date, or the last
	// date the parties moved it to by then.
	Final   karabakh.Date                 `json:"final"`
	Changes karabakh.List[DeadlineChange] `json:"changes,omitzero"`
	// Done is when it was done; zero if it was not, by AsOf.
	Done   karabakh.Date `json:"done,omitzero"`
	Status Status        `json:"status"`
	// DaysEarly is how many days before Final it was done; negative when
	// late, 0 when not done. OriginalDaysEarly counts against the text's
	// own date: -10 for Kalbajar, returned on the extended deadline.
	DaysEarly         int `json:"daysEarly,omitempty"`
	OriginalDaysEarly int `json:"originalDaysEarly,omitempty"`
	// Evidence are the events that show the status: the fulfilment or
	// miss, the changes, or the observation that overtook it.
	Evidence karabakh.List[timeline.ID] `json:"evidence,omitzero"`
}

// String returns the outcome as "statement-2020-11-10-return-kalbajar:
// met-extended (due 2020-11-15, final 2020-11-25, done 2020-11-25)".
func (o Outcome) String() string {
	s := fmt.Sprintf("%s: %s (due %s", o.Deadline.ID, o.Status, o.Deadline.Due)
	if o.Final != o.Deadline.Due {
		s += ", final " + o.Final.String()
	}
	if !o.Done.IsZero() {
		s += ", done " + o.Done.String()
	}
	return s + ")"
}

// OutcomeOf returns how deadline id stood on day asOf. It reports false if
// there is no such deadline.
func OutcomeOf(id agreement.DeadlineID, asOf karabakh.Date) (Outcome, bool) {
	d, ok := agreement.GetDeadline(id)
	if !ok {
		return Outcome{}, false
	}
	return outcome(d, asOf), true
}

// Outcomes yields how every deadline of [agreement.Deadlines] stood on day
// asOf, in the same order. Outcomes(karabakh.MustParseDate(
// karabakh.DatasetUpdated)) is the record as of the dataset's date.
func Outcomes(asOf karabakh.Date) iter.Seq[Outcome] {
	return func(yield func(Outcome) bool) {
		for d := range agreement.Deadlines() {
			if !yield(outcome(d, asOf)) {
				return
			}
		}
	}
}

func outcome(d agreement.Deadline, asOf karabakh.Date) Outcome {
	out := Outcome{Deadline: d, AsOf: asOf, Final: d.Due}
	var evidence []timeline.ID
	by := func(ev timeline.ID, day karabakh.Date) bool {
		if e, ok := timeline.Get(ev); ok {
			day = e.When.Start
		}
		return !day.IsZero() && !day.First().After(asOf.Last())
	}
	var changes []DeadlineChange
	for c := range DeadlineChanges() {
		if d.Obligation != "" && c.Obligation == d.Obligation && by(c.Event, karabakh.Date{}) {
			changes = append(changes, c)
			out.Final = c.To
			evidence = append(evidence, c.Event)
		}
	}
	out.Changes = karabakh.ListOf(changes...)
	for f := range Fulfilments() {
		if d.Obligation != "" && f.Obligation == d.Obligation && !f.Date.First().After(asOf.Last()) {
			out.Done = f.Date
			evidence = append(evidence, f.Event)
			break
		}
	}
	passed := out.Final.Last().Before(asOf.First())
	switch {
	case !out.Done.IsZero():
		out.DaysEarly = out.Done.Last().DaysUntil(out.Final.Last())
		out.OriginalDaysEarly = out.Done.Last().DaysUntil(d.Due.Last())
		switch {
		case !out.Done.Upper().After(d.Due.Upper()):
			out.Status = StatusMet
		case !out.Done.Upper().After(out.Final.Upper()):
			out.Status = StatusMetExtended
		default:
			out.Status = StatusLate
		}
	default:
		// Was the point overtaken or lapsed by the day it fell due (or by
		// asOf, if that is earlier)?
		until := asOf
		if out.Final.Last().Before(until) {
			until = out.Final.Last()
		}
		if o, ok := StateOn(d.Point, until); ok && (o.State == Overtaken || o.State == Lapsed) {
			out.Status = StatusOvertaken
			evidence = append(evidence, o.Evidence.Slice()...)
			break
		}
		if m, ok := missOf(d.ID); ok && passed && by(m.Event, m.Date) {
			out.Status = StatusMissed
			evidence = append(evidence, m.Event)
			break
		}
		if passed {
			out.Status = StatusUnrecorded
		} else {
			out.Status = StatusPending
		}
	}
	out.Evidence = karabakh.ListOf(evidence...)
	return out
}

func missOf(id agreement.DeadlineID) (Miss, bool) {
	for _, m := range data().misses {
		if m.Deadline == id {
			return m, true
		}
	}
	return Miss{}, false
}
