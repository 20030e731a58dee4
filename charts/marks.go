package charts

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// What the charts say about deadlines, and the marks they share.

// outcomesOf returns how the deadlines of the given points stood as of the
// chart's day, in the order of agreement.Deadlines.
func (d *drawing) outcomesOf(keep func(agreement.Deadline) bool) []implementation.Outcome {
	var out []implementation.Outcome
	for o := range implementation.Outcomes(d.cfg.asOf) {
		if keep(o.Deadline) {
			out = append(out, o)
		}
	}
	return out
}

// statusParts says in a few words how a deadline stood, and in a few more
// by how much.
func statusParts(o implementation.Outcome) (head, detail string) {
	switch o.Status {
	case implementation.StatusMet:
		if o.DaysEarly > 0 {
			return "met", plural(o.DaysEarly, "day") + " early"
		}
		return "met", "on the date due"
	case implementation.StatusMetExtended:
		return "met on the extended date", plural(-o.OriginalDaysEarly, "day") + " after the text's date"
	case implementation.StatusLate:
		return "late", plural(-o.DaysEarly, "day") + " after the date in force"
	case implementation.StatusMissed:
		return "missed", ""
	case implementation.StatusPending:
		return "not yet due", ""
	case implementation.StatusOvertaken:
		return "overtaken", "by events before it fell due"
	case implementation.StatusUnrecorded:
		return "passed, unrecorded", "no record that it was done or not"
	}
	return words(string(o.Status)), ""
}

// status says in words how a deadline stood: "met on the extended date
// (done 25 Nov 2020), 10 days after the text's date".
func status(o implementation.Outcome) string {
	head, detail := statusParts(o)
	if !o.Done.IsZero() {
		head += " (done " + human(o.Done) + ")"
	}
	if detail != "" {
		head += ", " + detail
	}
	return head
}

// deadlineTitle is the title of a deadline's mark and its line in a
// chart's description.
func deadlineTitle(o implementation.Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Deadline %s: %s", human(o.Deadline.Due), strings.TrimSuffix(o.Deadline.What, "."))
	for c := range o.Changes.All() {
		fmt.Fprintf(&b, "; moved to %s", human(c.To))
	}
	fmt.Fprintf(&b, "; %s (as of %s).", status(o), human(o.AsOf))
	return b.String()
}

// eventTitle is the title of an event's mark: what the event did to a
// deadline, its date and its headline.
func eventTitle(what string, id timeline.ID) string {
	e, ok := timeline.Get(id)
	if !ok {
		return what + "."
	}
	return fmt.Sprintf("%s: %s, %s.", what, strings.TrimSuffix(e.Title, "."), human(e.When.Start))
}

// eventDay returns the first day of event id, or fallback if there is no
// such event.
func eventDay(id timeline.ID, fallback karabakh.Date) karabakh.Date {
	if e, ok := timeline.Get(id); ok && !e.When.Start.IsZero() {
		return e.When.Start
	}
	return fallback
}

// fulfilment returns the event that carried out the obligation of o on the
// day it was done.
func fulfilment(o implementation.Outcome) (timeline.ID, bool) {
	for f := range implementation.Fulfilments() {
		if f.Obligation == o.Deadline.Obligation && f.Date == o.Done {
			return f.Event, true
		}
	}
	return "", false
}

// miss returns the record that deadline o was missed.
func miss(o implementation.Outcome) (implementation.Miss, bool) {
	for m := range implementation.Misses() {
		if m.Deadline == o.Deadline.ID {
			return m, true
		}
	}
	return implementation.Miss{}, false
}

// deadlineMarks draws the marks of one deadline on a row whose marks sit
// at height y: a diamond on the date due, a dashed line and a diamond on
// each date it was moved to, a triangle below for each event that moved
// it, a dot for the event that met it and a cross for one that showed it
// missed. Each mark links to its record.
func (d *drawing) deadlineMarks(sc scale, y float64, o implementation.Outcome) {
	l := d.links()
	d.mark(l.Deadline(o.Deadline.ID), deadlineTitle(o), "", func() {
		x := sc.mid(o.Deadline.Due)
		for c := range o.Changes.All() {
			if sc.covers(c.To) {
				d.line(sc.clamp(x), y, sc.mid(c.To), y, "kc-moved")
				x = sc.mid(c.To)
				d.shape(markDeadline, x, y)
			}
		}
		if sc.covers(o.Deadline.Due) {
			d.shape(markDeadline, sc.mid(o.Deadline.Due), y)
		}
	})
	for c := range o.Changes.All() {
		if day := eventDay(c.Event, c.From); sc.covers(day) {
			d.mark(l.Event(c.Event), eventTitle(fmt.Sprintf("Deadline moved from %s to %s", human(c.From), human(c.To)), c.Event), "", func() {
				d.shape(markChange, sc.mid(day), y+11)
			})
		}
	}
	if ev, ok := fulfilment(o); ok && sc.covers(o.Done) {
		d.mark(l.Event(ev), eventTitle("Done on "+human(o.Done), ev), "", func() {
			d.shape(markDone, sc.mid(o.Done), y)
		})
	}
	if m, ok := miss(o); ok && o.Status == implementation.StatusMissed && sc.covers(m.Date) {
		d.mark(l.Event(m.Event), eventTitle("Not done by "+human(m.Date), m.Event), "", func() {
			d.shape(markMiss, sc.mid(m.Date), y)
		})
	}
}

// The kinds of mark, for a legend.
type markKind int

const (
	markDeadline markKind = iota
	markMoved
	markChange
	markDone
	markMiss
	markEvent
)

// kindsOf returns the kinds of mark deadlineMarks draws for outcomes.
func kindsOf(outcomes []implementation.Outcome) []markKind {
	kinds := []markKind{markDeadline}
	has := func(f func(implementation.Outcome) bool) bool { return slices.ContainsFunc(outcomes, f) }
	if has(func(o implementation.Outcome) bool { return o.Changes.Len() > 0 }) {
		kinds = append(kinds, markMoved, markChange)
	}
	if has(func(o implementation.Outcome) bool { return !o.Done.IsZero() }) {
		kinds = append(kinds, markDone)
	}
	if has(func(o implementation.Outcome) bool { return o.Status == implementation.StatusMissed }) {
		kinds = append(kinds, markMiss)
	}
	return kinds
}

// String returns what a mark of kind k stands for, as the legend says it.
func (k markKind) String() string {
	switch k {
	case markDeadline:
		return "deadline"
	case markMoved:
		return "date moved to"
	case markChange:
		return "event that moved it"
	case markDone:
		return "event that met it"
	case markMiss:
		return "event that showed it missed"
	}
	return "event"
}

// shape draws a mark of kind k centred on x, y: a diamond for a date due,
// a dashed line into a diamond for a date moved to, a triangle for an event
// that moved a deadline, a dot for one that met it (or any event), a cross
// for one that showed it missed.
func (d *drawing) shape(k markKind, x, y float64) {
	switch k {
	case markDeadline:
		d.diamond(x, y, 5, "kc-due")
	case markMoved:
		d.line(x-12, y, x, y, "kc-moved")
		d.diamond(x, y, 5, "kc-due")
	case markChange:
		d.triangle(x, y, 4.5, "kc-change")
	case markMiss:
		d.cross(x, y, 4, "kc-miss")
	default:
		d.dot(x, y, 3.5, "kc-done")
	}
}

// markLegend draws the key to the given kinds of mark from x, y.
func (d *drawing) markLegend(x, y float64, kinds []markKind) {
	d.label(x, y+4, "kc-small kc-strong", "", "Marks")
	x += 46
	for _, k := range kinds {
		d.shape(k, x+6, y)
		d.label(x+16, y+4, "kc-small", "", k.String())
		x += 16 + textWidth(k.String(), 11) + 18
	}
}

// textWidth estimates the width of text at size px, for laying out a
// legend without measuring fonts: wide enough for the usual sans-serif
// faces.
func textWidth(text string, size float64) float64 {
	return float64(len([]rune(text))) * size * 0.56
}

// yearTicks draws a grid line from y0 to y1 at the first day of each year
// the scale spans after its first, labelled above, and labels the first day
// of the scale below.
func (d *drawing) yearTicks(sc scale, y0, y1 float64) {
	d.label(sc.x0, y1+12, "kc-small kc-muted", "", "from "+human(sc.from))
	last := sc.from.AddDays(sc.days - 1)
	for year := sc.from.Year() + 1; year <= last.Year(); year++ {
		x := sc.x(karabakh.Day(year, 1, 1))
		d.line(x, y0, x, y1, "kc-grid")
		d.label(x, y0-6, "kc-small kc-muted", "middle", fmt.Sprint(year))
	}
}

// note writes a short label centred on x, or ending at x when it would
// run past the right edge of the scale.
func (d *drawing) note(sc scale, x, y float64, class, text string) {
	if x+textWidth(text, 11)/2 > sc.x1+16 {
		d.label(x+6, y, class, "end", text)
		return
	}
	d.label(x, y, class, "middle", text)
}

// asOfLine marks the day the chart is drawn as of, if the scale reaches it.
func (d *drawing) asOfLine(sc scale, y0, y1 float64) {
	if !sc.covers(d.cfg.asOf) {
		return
	}
	x := sc.end(d.cfg.asOf)
	d.line(x, y0, x, y1, "kc-now")
	d.label(x, y1+12, "kc-small kc-muted", "end", "as of "+human(d.cfg.asOf))
}

// credit writes the line that says what the chart was drawn from.
func (d *drawing) credit(x, y float64) {
	d.label(x, y, "kc-small kc-muted", "", fmt.Sprintf("Drawn from the karabakh dataset %s (revised %s) as of %s.", karabakh.DatasetVersion, karabakh.DatasetUpdated, d.cfg.asOf))
}
