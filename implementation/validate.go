package implementation

import (
	"fmt"

	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/timeline"
)

// Validate checks the shipped records and returns a
// *karabakh.ValidationError listing every problem, or nil.
func Validate() error {
	t := data()
	return ValidateRecords(t.observations, t.changes, t.fulfilments)
}

// ValidateRecords checks observations, deadline changes and fulfilments:
// every one sourced and backed by at least one existing event, levels and
// states known, observations of a point in date order and none before the
// agreement was signed, and every reference resolving. It reports every
// problem at once.
func ValidateRecords(obs []Observation, changes []DeadlineChange, fuls []Fulfilment) error {
	var c check.Checker
	event := func(rec, field string, id timeline.ID) {
		if id == "" {
			c.Addf(rec, field, "names no event")
		} else if !timeline.Exists(id) {
			c.Addf(rec, field, "no event %q", id)
		}
	}
	for i, o := range obs {
		rec := fmt.Sprintf("observation %s@%s", o.Point, o.Date)
		p, ok := agreement.GetPoint(o.Point)
		_ = p
		if !ok {
			c.Addf(rec, "Point", "no point %q", o.Point)
		} else if a, ok := agreement.Get(o.Point.Agreement()); ok && o.Date.Before(a.Signed) {
			c.Addf(rec, "Date", "%s is before the agreement was signed (%s)", o.Date, a.Signed)
		}
		if o.Date.IsZero() {
			c.Addf(rec, "Date", "is not set")
		}
		if i > 0 && obs[i-1].Point == o.Point && o.Date.Compare(obs[i-1].Date) <= 0 {
			c.Addf(rec, "Date", "is not after the previous observation of the point (%s)", obs[i-1].Date)
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
		for j, e := range o.Evidence.All() {
			event(rec, fmt.Sprintf("Evidence[%d]", j), e)
		}
		c.Sources(rec, "Sources", o.Sources)
	}
	for i, d := range changes {
		rec := fmt.Sprintf("deadline change #%d (%s)", i, d.Obligation)
		ob, ok := obligation(d.Obligation)
		if !ok {
			c.Addf(rec, "Obligation", "no obligation %q", d.Obligation)
		}
		if d.From.IsZero() || d.To.IsZero() {
			c.Addf(rec, "From/To", "both dates must be set")
		} else if d.To.Compare(d.From) == 0 {
			c.Addf(rec, "To", "equals From")
		}
		if ok && i == 0 || ok && changes[i-1].Obligation != d.Obligation {
			if d.From != ob.Deadline {
				c.Addf(rec, "From", "%s is not the deadline the text sets (%s)", d.From, ob.Deadline)
			}
		}
		event(rec, "Event", d.Event)
		c.Text(rec, "Note", d.Note)
		c.Sources(rec, "Sources", d.Sources)
	}
	for i, f := range fuls {
		rec := fmt.Sprintf("fulfilment #%d (%s)", i, f.Obligation)
		if _, ok := obligation(f.Obligation); !ok {
			c.Addf(rec, "Obligation", "no obligation %q", f.Obligation)
		}
		if f.Date.IsZero() {
			c.Addf(rec, "Date", "is not set")
		}
		if i > 0 && f.Date.Compare(fuls[i-1].Date) < 0 {
			c.Addf(rec, "Date", "comes before the fulfilment listed before it (%s)", fuls[i-1].Date)
		}
		event(rec, "Event", f.Event)
		c.Text(rec, "Note", f.Note)
		c.Sources(rec, "Sources", f.Sources)
	}
	return c.Err()
}
