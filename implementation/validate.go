package implementation

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/internal/pointtext"
	"github.com/caucasus-data/karabakh/timeline"
)

// Validate checks the shipped records and returns a
// *karabakh.ValidationError listing every problem, or nil.
func Validate() error {
	t := data()
	return ValidateRecords(t.observations, t.changes, t.fulfilments, t.misses)
}

// ValidateRecords checks observations, deadline changes and fulfilments:
// every one sourced and backed by at least one existing event that bears on
// the point concerned, levels and states known, observations of a point in
// date order, none before the agreement was signed and none resting on an
// event that began after it, a deadline's changes chained from the date the
// text sets, each obligation fulfilled once on a date its event covers, and
// every reference resolving; a miss names a deadline that exists and that
// no fulfilment meets. It reports every problem at once.
func ValidateRecords(obs []Observation, changes []DeadlineChange, fuls []Fulfilment, misses []Miss) error {
	var c check.Checker
	// event checks a reference to an event and returns the event, if any.
	event := func(rec, field string, id timeline.ID) (timeline.Event, bool) {
		if id == "" {
			c.Addf(rec, field, "names no event")
			return timeline.Event{}, false
		}
		e, ok := timeline.Get(id)
		if !ok {
			c.Addf(rec, field, "no event %q", id)
		}
		return e, ok
	}
	// bears checks that event e bears on point p, where both are known.
	bears := func(rec, field string, e timeline.Event, p agreement.PointID) {
		if p != "" && !e.BearsOn(p) {
			c.Addf(rec, field, "event %q does not bear on %s", e.ID, p)
		}
	}
	for i, o := range obs {
		// Named by position as well as by point and date, since two
		// records can share the latter: the report must say which.
		rec := fmt.Sprintf("observation #%d (%s@%s)", i, o.Point, o.Date)
		point := o.Point
		if _, ok := agreement.GetPoint(o.Point); !ok {
			c.Addf(rec, "Point", "no point %q", o.Point)
			point = ""
		} else if a, ok := agreement.Get(o.Point.Agreement()); ok && o.Date.Before(a.Signed) {
			c.Addf(rec, "Date", "%s is before the agreement was signed (%s)", o.Date, a.Signed)
		}
		if o.Date.IsZero() {
			c.Addf(rec, "Date", "is not set")
		}
		if i > 0 && obs[i-1].Point == o.Point && o.Date.Compare(obs[i-1].Date) <= 0 {
			c.Addf(rec, "Date", "is not after the previous observation of the point (%s)", obs[i-1].Date)
		}
		if i > 0 && obs[i-1].Point.Agreement() == o.Point.Agreement() && obs[i-1].Point.Number() > o.Point.Number() {
			c.Addf(rec, "Point", "comes after observations of %s: observations go by point, then date", obs[i-1].Point)
		}
		if !o.Level.Valid() {
			c.Addf(rec, "Level", "%d is not on the 0–3 scale", o.Level)
		}
		if !o.State.Valid() {
			c.Addf(rec, "State", "unknown state %q", o.State)
		}
		c.Required(rec, "Summary", o.Summary)
		if o.Evidence.Len() == 0 {
			c.Addf(rec, "Evidence", "cites no event")
		}
		for j := range o.Evidence.Len() {
			id := o.Evidence.At(j)
			f := fmt.Sprintf("Evidence[%d]", j)
			e, ok := event(rec, f, id)
			if !ok {
				continue
			}
			bears(rec, f, e, point)
			// An observation holds from its date: it cannot rest on
			// what had not yet begun by the last day that date covers.
			if !o.Date.IsZero() && e.When.Start.Lower().After(o.Date.Upper()) {
				c.Addf(rec, f, "event %q begins %s, after the observation's date", e.ID, e.When.Start)
			}
			// After the first, the events are in chronological order.
			if j > 1 {
				if p, ok := timeline.Get(o.Evidence.At(j - 1)); ok && e.When.Start.Compare(p.When.Start) < 0 {
					c.Addf(rec, f, "event %q (%s) is listed after %q (%s): after the first, list evidence in chronological order", e.ID, e.When.Start, p.ID, p.When.Start)
				}
			}
		}
		c.Sources(rec, "Sources", o.Sources)
		c.Text(rec, "Note", o.Note)
		c.Figures(rec, []check.Field{{Name: "Summary", Text: o.Summary}, {Name: "Note", Text: o.Note}}, check.Quotes(pointtext.Statement, o.Sources), o.Note)
		if i > 0 && obs[i-1].Point == o.Point {
			stateChange(&c, rec, obs[i-1], o)
		}
	}
	// in force holds, per obligation, the deadline after the changes so far.
	inForce := make(map[agreement.ObligationID]karabakh.Date)
	for i, d := range changes {
		rec := fmt.Sprintf("deadline change #%d (%s)", i, d.Obligation)
		ob, point, ok := obligationPoint(d.Obligation)
		if !ok {
			c.Addf(rec, "Obligation", "no obligation %q", d.Obligation)
		} else if ob.Deadline.IsZero() {
			c.Addf(rec, "Obligation", "the text sets no deadline for %s", d.Obligation)
		}
		if d.From.IsZero() || d.To.IsZero() {
			c.Addf(rec, "From/To", "both dates must be set")
		} else if d.To.Compare(d.From) == 0 {
			c.Addf(rec, "To", "equals From")
		}
		if ok && !ob.Deadline.IsZero() {
			want, changed := inForce[d.Obligation]
			if !changed {
				want = ob.Deadline
			}
			if d.From != want {
				if changed {
					c.Addf(rec, "From", "%s is not the deadline in force after the previous change (%s)", d.From, want)
				} else {
					c.Addf(rec, "From", "%s is not the deadline the text sets (%s)", d.From, want)
				}
			}
			inForce[d.Obligation] = d.To
		}
		if e, found := event(rec, "Event", d.Event); found && ok {
			bears(rec, "Event", e, point)
		}
		c.Text(rec, "Note", d.Note)
		c.Sources(rec, "Sources", d.Sources)
		noteFigures(&c, rec, d.Note, d.Sources)
	}
	done := make(map[agreement.ObligationID]int)
	for i, f := range fuls {
		rec := fmt.Sprintf("fulfilment #%d (%s)", i, f.Obligation)
		_, point, ok := obligationPoint(f.Obligation)
		if !ok {
			c.Addf(rec, "Obligation", "no obligation %q", f.Obligation)
		} else if j, dup := done[f.Obligation]; dup {
			c.Addf(rec, "Obligation", "already fulfilled in fulfilment #%d", j)
		} else {
			done[f.Obligation] = i
		}
		if f.Date.IsZero() {
			c.Addf(rec, "Date", "is not set")
		}
		if i > 0 && f.Date.Compare(fuls[i-1].Date) < 0 {
			c.Addf(rec, "Date", "comes before the fulfilment listed before it (%s)", fuls[i-1].Date)
		}
		if e, found := event(rec, "Event", f.Event); found {
			if ok {
				bears(rec, "Event", e, point)
			}
			if !f.Date.IsZero() && !e.When.Contains(f.Date) {
				c.Addf(rec, "Date", "%s is not within the dates of event %q (%s)", f.Date, e.ID, e.When)
			}
		}
		c.Text(rec, "Note", f.Note)
		c.Sources(rec, "Sources", f.Sources)
		noteFigures(&c, rec, f.Note, f.Sources)
	}
	for i, m := range misses {
		rec := fmt.Sprintf("miss #%d (%s)", i, m.Deadline)
		d, ok := agreement.GetDeadline(m.Deadline)
		if !ok {
			c.Addf(rec, "Deadline", "no deadline %q", m.Deadline)
		} else if _, met := done[d.Obligation]; met && d.Obligation != "" {
			c.Addf(rec, "Deadline", "is met by fulfilment #%d", done[d.Obligation])
		}
		if m.Date.IsZero() {
			c.Addf(rec, "Date", "is not set")
		} else if ok && m.Date.Compare(d.Due) < 0 {
			c.Addf(rec, "Date", "%s is before the deadline, %s", m.Date, d.Due)
		}
		if e, found := event(rec, "Event", m.Event); found && ok {
			bears(rec, "Event", e, d.Point)
		}
		c.Text(rec, "Note", m.Note)
		c.Sources(rec, "Sources", m.Sources)
		noteFigures(&c, rec, m.Note, m.Sources)
	}
	return c.Err()
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

// noteFigures checks the figures rule on the note of a deadline change,
// fulfilment or miss against its own sources.
func noteFigures(c *check.Checker, rec, note string, srcs karabakh.Sources) {
	c.Figures(rec, []check.Field{{Name: "Note", Text: note}}, check.Quotes(pointtext.Statement, srcs), note)
}

// stateChange checks that an observation that changes its point's level or
// state from the previous observation, prev, cites at least one evidence
// event prev did not: a change needs something new to show it. An
// observation that cites no event at all is reported once, by the rule
// that every observation cites one.
func stateChange(c *check.Checker, rec string, prev, o Observation) {
	if prev.Level == o.Level && prev.State == o.State || o.Evidence.Len() == 0 {
		return
	}
	for id := range o.Evidence.All() {
		if !karabakh.Contains(prev.Evidence, id) {
			return
		}
	}
	c.Addf(rec, "Evidence", "changes the point from %s to %s but cites no event that the observation of %s did not", describe(prev), describe(o), prev.Date)
}

// describe writes an observation's level and state: "2", "2 (suspended)".
func describe(o Observation) string {
	if o.State == "" {
		return fmt.Sprintf("level %d", o.Level)
	}
	return fmt.Sprintf("level %d (%s)", o.Level, o.State)
}
