package charts

import (
	"errors"
	"fmt"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// The layout of FirstSixtyDays.
const (
	fsdWidth   = 960.0
	fsdX0      = 196.0
	fsdX1      = 676.0
	fsdStatusX = 692.0
	fsdTop     = 104.0
	fsdRowH    = 62.0
	fsdDays    = 60
)

// firstSixtyDays draws FirstSixtyDays: a row for each deadline to hand over
// territory that falls, as the text set it or as moved, within sixty days
// of the moment the statement took effect.
func (d *drawing) firstSixtyDays() error {
	s := d.statement
	start := karabakh.DateOf(s.Effective)
	if s.Effective.IsZero() || start.IsZero() {
		return errors.New("the statement's effective moment is not in the data")
	}
	sc := newScale(start, start.AddDays(fsdDays-1), fsdX0, fsdX1)
	rows := d.outcomesOf(func(dl agreement.Deadline) bool {
		p, ok := agreement.GetPoint(dl.Point)
		return ok && dl.Agreement == s.ID && dl.Obligation != "" && p.Topics.ContainsFunc(func(t agreement.Topic) bool { return t == agreement.TopicTerritorialHandover }) && sc.covers(dl.Due)
	})
	if len(rows) == 0 {
		return errors.New("no handover deadline falls within the first sixty days")
	}
	bottom := fsdTop + float64(len(rows))*fsdRowH
	height := bottom + 56

	d.begin(fsdWidth, height, d.firstDaysDesc(start, rows))
	d.label(16, 28, "kc-title", "", d.chart.Title())
	d.label(16, 47, "kc-muted", "", fmt.Sprintf("The statement took effect on %s. Each row: the days the text allowed, the date due, any later date agreed, and the day it was done.", human(start)))
	d.markLegend(16, 70, kindsOf(rows))
	for day := 0; day < fsdDays; day += 7 {
		x := sc.x(start.AddDays(day))
		d.line(x, fsdTop-8, x, bottom, "kc-grid")
		d.label(x, fsdTop-12, "kc-small kc-muted", "middle", shortDay(start.AddDays(day)))
	}
	d.label(fsdStatusX, fsdTop-12, "kc-small kc-muted", "", "as of "+human(d.cfg.asOf))
	for i, o := range rows {
		d.handoverRow(sc, start, fsdTop+float64(i)*fsdRowH, o)
	}
	d.asOfLine(sc, fsdTop-8, bottom)
	d.credit(16, height-12)
	d.end()
	return nil
}

// handoverRow draws one deadline of FirstSixtyDays.
func (d *drawing) handoverRow(sc scale, start karabakh.Date, y float64, o implementation.Outcome) {
	what, who := obligationLabels(o.Deadline)
	d.label(16, y+22, "kc-strong", "", what)
	d.label(16, y+37, "kc-small kc-muted", "", fmt.Sprintf("point %d · %s", o.Deadline.Point.Number(), who))
	d.line(sc.x0, y+fsdRowH-6, sc.x1, y+fsdRowH-6, "kc-grid")
	ym := y + 26
	d.line(sc.x(start), ym, sc.mid(o.Deadline.Due), ym, "kc-allowed")
	d.label(sc.mid(o.Deadline.Due), ym-10, "kc-small", "middle", "due "+shortDay(o.Deadline.Due))
	for c := range o.Changes.All() {
		if sc.covers(c.To) {
			d.label(sc.mid(c.To), ym-10, "kc-small", "middle", "moved to "+shortDay(c.To))
		}
	}
	if !o.Done.IsZero() && sc.covers(o.Done) {
		d.label(sc.mid(o.Done), ym+27, "kc-small", "middle", "done "+shortDay(o.Done))
	}
	d.deadlineMarks(sc, ym, o)
	head, detail := statusParts(o)
	d.label(fsdStatusX, ym-2, "kc-small kc-strong", "", head)
	d.label(fsdStatusX, ym+12, "kc-small kc-muted", "", detail)
}

// obligationLabels names what a deadline's obligation is about (the
// places it names, or its action) and who owes it, in English.
func obligationLabels(dl agreement.Deadline) (what, who string) {
	p, _ := agreement.GetPoint(dl.Point)
	i := p.Obligations.IndexFunc(func(o agreement.Obligation) bool { return o.ID == dl.Obligation })
	if i < 0 {
		return dl.What, ""
	}
	ob := p.Obligations.At(i)
	var names []string
	for id := range ob.Places.All() {
		if pl, ok := places.Get(id); ok {
			names = append(names, pl.Names.English())
		}
	}
	what = strings.Join(names, ", ")
	if what == "" {
		what = strings.TrimSuffix(ob.Action, ".")
	}
	who = string(ob.Obligor)
	if a, ok := actors.Get(ob.Obligor); ok {
		who = a.Names.English()
	}
	return what, who
}

// firstDaysDesc says in words what FirstSixtyDays shows.
func (d *drawing) firstDaysDesc(start karabakh.Date, rows []implementation.Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Each deadline of the statement to hand over territory within the sixty days from %s, when the statement took effect, as of %s. ", human(start), human(d.cfg.asOf))
	for _, o := range rows {
		what, who := obligationLabels(o.Deadline)
		fmt.Fprintf(&b, "%s (point %d, %s): due %s", what, o.Deadline.Point.Number(), who, human(o.Deadline.Due))
		for c := range o.Changes.All() {
			fmt.Fprintf(&b, ", moved to %s", human(c.To))
			if e, ok := timeline.Get(c.Event); ok {
				fmt.Fprintf(&b, " (%s, %s)", strings.TrimSuffix(e.Title, "."), human(e.When.Start))
			}
		}
		fmt.Fprintf(&b, "; %s. ", status(o))
	}
	return strings.TrimSpace(b.String())
}
