package timeline

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/internal/pointtext"
	"github.com/caucasus-data/karabakh/places"
)

// Validate checks the shipped events and returns a
// *karabakh.ValidationError listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().All) }

// ValidateRecords checks events as a complete set, with references checked
// against the shipped actors and agreements. It reports every problem at
// once: IDs unique and well formed, kinds and roles known, dates set and in
// order, the moment falling on the event's date, text valid, every event
// sourced, and every reference resolving.
func ValidateRecords(events []Event) error {
	var c check.Checker
	seen := make(map[string]bool, len(events))
	for i, e := range events {
		rec := check.Rec("event", string(e.ID), i)
		c.ID(seen, rec, "ID", string(e.ID))
		if !e.Kind.Valid() {
			c.Addf(rec, "Kind", "unknown kind %q", e.Kind)
		}
		if e.When.Start.IsZero() {
			c.Addf(rec, "When", "has no start date")
		}
		c.Interval(rec, "When", e.When)
		if i > 0 {
			prev := events[i-1]
			if compare(prev, e) > 0 {
				c.Addf(rec, "When", "%s comes before the event listed before it (%s, %s): keep events in chronological order", e.When, prev.ID, prev.When)
			}
		}
		if !e.Moment.IsZero() {
			if d := karabakh.DateOf(e.Moment); !e.When.Contains(d) {
				c.Addf(rec, "Moment", "%s falls on %s, outside %s", e.Moment.Format("2006-01-02T15:04Z07:00"), d, e.When)
			}
		}
		c.Required(rec, "Title", e.Title)
		c.Text(rec, "Summary", e.Summary)
		for j := range e.Actors.Len() {
			p := e.Actors.At(j)
			f := fmt.Sprintf("Actors[%d]", j)
			if !actors.Exists(p.Actor) {
				c.Addf(rec, f+".Actor", "no actor %q", p.Actor)
			}
			if !p.Role.Valid() {
				c.Addf(rec, f+".Role", "unknown role %q", p.Role)
			}
		}
		check.Refs(&c, rec, "Places", "place", e.Places, places.Exists)
		check.Refs(&c, rec, "Points", "point", e.Points, agreement.ExistsPoint)
		check.Refs(&c, rec, "Agreements", "agreement", e.Agreements, agreement.Exists)
		if e.ClaimedBy != "" && !actors.Exists(e.ClaimedBy) {
			c.Addf(rec, "ClaimedBy", "no actor %q", e.ClaimedBy)
		}
		c.Text(rec, "Note", e.Note)
		c.Sources(rec, "Sources", e.Sources)
		if _, ok := e.Report(); !ok && e.Sources.Len() > 0 {
			c.Addf(rec, "Sources", "are all background: cite at least one source that reports the event itself")
		}
		c.Figures(rec, []check.Field{{Name: "Title", Text: e.Title}, {Name: "Summary", Text: e.Summary}, {Name: "Note", Text: e.Note}},
			check.Quotes(pointtext.Statement, e.Sources), e.Note)
	}
	return c.Err()
}

// compare orders events by the first day of their start, then by the
// precision of the start (coarser first), then by moment where both have
// one.
func compare(a, b Event) int {
	if c := a.When.Start.Compare(b.When.Start); c != 0 {
		return c
	}
	if !a.Moment.IsZero() && !b.Moment.IsZero() {
		return a.Moment.Compare(b.Moment)
	}
	return 0
}
