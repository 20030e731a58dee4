package charts

import (
	"fmt"
	"strings"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// The layout of PeacekeepingTerm.
const (
	pkWidth = 960.0
	pkX0    = 196.0
	pkX1    = 936.0
	pkTop   = 118.0
	pkRowH  = 64.0
	pkBarH  = 20.0
)

// peacekeepingTerm draws PeacekeepingTerm: the first term of point 4 and
// the renewal it implied, each with its notice deadline, and below them
// what happened: the deployment and the withdrawal.
func (d *drawing) peacekeepingTerm() error {
	var terms []agreement.Term
	for t := range agreement.PeacekeepingTerms() {
		if terms = append(terms, t); len(terms) == 2 {
			break
		}
	}
	if len(terms) == 0 {
		return agreement.ErrNoTerm
	}
	first, last := terms[0].Days(), terms[len(terms)-1].Days()
	sc := newScale(first.Start, last.End, pkX0, pkX1)
	deployed, withdrawn := d.presence(agreement.Point4)
	rows := len(terms) + 1
	bottom := pkTop + float64(rows)*pkRowH
	height := bottom + 44
	notices := d.outcomesOf(func(dl agreement.Deadline) bool {
		return dl.Point == agreement.Point4 && dl.Obligation == ""
	})

	d.begin(pkWidth, height, d.peacekeepingDesc(terms, notices, deployed, withdrawn))
	d.label(16, 28, "kc-title", "", d.chart.Title())
	t := terms[0]
	d.label(16, 47, "kc-muted", "", fmt.Sprintf("Point 4: %s from %s, renewed unless a party gives notice %s before the end.",
		plural(monthsBetween(t.Start, t.End)/12, "year"), t.Start.Format("2 Jan 2006 15:04 MST"), plural(monthsBetween(t.NoticeBy, t.End), "month")))
	d.markLegend(16, 72, []markKind{markDeadline, markEvent})
	d.yearTicks(sc, pkTop-8, bottom)
	l := d.links()
	for i, t := range terms {
		y := pkTop + float64(i)*pkRowH
		name, note, class := fmt.Sprintf("Term %d", t.Number), "the first five years", "kc-band kc-l2"
		if t.Number > 1 {
			note, class = "the renewal the text implied", "kc-band kc-l1 kc-implied"
		}
		d.label(16, y+26, "kc-strong", "", name)
		d.label(16, y+41, "kc-small kc-muted", "", note)
		days := t.Days()
		d.mark(l.Point(agreement.Point4), fmt.Sprintf("%s of point 4, %s: %s to %s; notice by %s.", name, note, human(days.Start), human(days.End), human(t.NoticeDay())), "", func() {
			d.rect(sc.x(days.Start), y+24, sc.end(days.End)-sc.x(days.Start), pkBarH, class, "")
		})
		d.label(sc.x(days.Start)+6, y+38, "kc-small", "", fmt.Sprintf("%s – %s", human(days.Start), human(days.End)))
		for _, o := range notices {
			if o.Deadline.Due == t.NoticeDay() && sc.covers(o.Deadline.Due) {
				x := sc.mid(o.Deadline.Due)
				head, _ := statusParts(o)
				d.note(sc, x, y+10, "kc-small", "notice by "+human(o.Deadline.Due))
				d.note(sc, x, y+58, "kc-small kc-muted", head)
				d.deadlineMarks(sc, y+16, o)
			}
		}
	}
	d.whatHappened(sc, pkTop+float64(len(terms))*pkRowH, deployed, withdrawn)
	d.asOfLine(sc, pkTop-8, bottom)
	d.credit(16, height-12)
	d.end()
	return nil
}

// monthsBetween counts the whole months from a to b.
func monthsBetween(a, b time.Time) int {
	n := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		n--
	}
	return n
}

// presence returns the events bearing on point p in which forces
// deployed and withdrew, by the chart's day, in chronological order.
func (d *drawing) presence(p agreement.PointID) (deployed, withdrawn []timeline.Event) {
	for e := range timeline.Query(timeline.Point(p), timeline.AnyOf(timeline.OfKind(timeline.Deployment), timeline.OfKind(timeline.Withdrawal))) {
		if e.When.Start.IsZero() || e.When.Start.First().After(d.cfg.asOf) {
			continue
		}
		if e.Kind == timeline.Deployment {
			deployed = append(deployed, e)
		} else {
			withdrawn = append(withdrawn, e)
		}
	}
	return deployed, withdrawn
}

// whatHappened draws the row of what happened: a band from the first
// deployment to the end of the last withdrawal (or the chart's day), the
// withdrawal in orange, and a dot for each event.
func (d *drawing) whatHappened(sc scale, y float64, deployed, withdrawn []timeline.Event) {
	d.label(16, y+26, "kc-strong", "", "What happened")
	d.label(16, y+41, "kc-small kc-muted", "", "deployment and withdrawal")
	if len(deployed) == 0 {
		d.label(sc.x0, y+38, "kc-small kc-muted", "", "No deployment is recorded.")
		return
	}
	from := deployed[0].When.Start
	until := d.cfg.asOf
	if n := len(withdrawn); n > 0 {
		until = lastDay(withdrawn[n-1].When)
	}
	x0, x1 := sc.x(from), sc.clamp(sc.end(until))
	d.rect(x0, y+24, x1-x0, pkBarH, "kc-band kc-l3", "")
	label := "on the ground from " + human(from)
	if len(withdrawn) > 0 {
		wx := sc.x(withdrawn[0].When.Start)
		d.rect(wx, y+24, x1-wx, pkBarH, "kc-span", "")
		label += fmt.Sprintf("; withdrawal %s – %s", human(withdrawn[0].When.Start), human(until))
		d.label(x1+8, y+38, "kc-small", "", label)
	} else {
		d.label(x0+6, y+38, "kc-small", "", label)
	}
	l := d.links()
	for i, e := range append(deployed, withdrawn...) {
		row := y + 16
		if i%2 == 1 {
			row = y + 52
		}
		d.mark(l.Event(e.ID), fmt.Sprintf("%s, %s.", strings.TrimSuffix(e.Title, "."), human(e.When.Start)), "", func() {
			d.shape(markEvent, sc.mid(e.When.Start), row)
		})
	}
}

// lastDay returns the last day an interval is known to reach: its end, or
// its start if the end is open.
func lastDay(iv karabakh.Interval) karabakh.Date {
	if iv.End.IsZero() {
		return iv.Start.Last()
	}
	return iv.End.Last()
}

// peacekeepingDesc says in words what PeacekeepingTerm shows.
func (d *drawing) peacekeepingDesc(terms []agreement.Term, notices []implementation.Outcome, deployed, withdrawn []timeline.Event) string {
	var b strings.Builder
	if p, ok := agreement.GetPoint(agreement.Point4); ok {
		fmt.Fprintf(&b, "Point 4 of the statement: %s ", p.Summary)
	}
	for _, t := range terms {
		days := t.Days()
		fmt.Fprintf(&b, "Term %d: %s to %s, notice by %s", t.Number, human(days.Start), human(days.End), human(t.NoticeDay()))
		for _, o := range notices {
			if o.Deadline.Due == t.NoticeDay() {
				fmt.Fprintf(&b, " (%s as of %s)", status(o), human(d.cfg.asOf))
			}
		}
		b.WriteString(". ")
	}
	b.WriteString("What happened:")
	for _, e := range append(deployed, withdrawn...) {
		fmt.Fprintf(&b, " %s, %s;", strings.TrimSuffix(e.Title, "."), human(e.When.Start))
	}
	return strings.TrimSuffix(b.String(), ";") + "."
}
