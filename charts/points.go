package charts

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
)

// The layout of PointsOverTime.
const (
	potWidth  = 960.0
	potX0     = 196.0 // where the time axis begins
	potX1     = 936.0
	potTop    = 156.0 // the top of the first lane
	potLaneH  = 30.0
	potLaneGp = 14.0
)

// pointsOverTime draws PointsOverTime: a lane per point of the statement,
// from the first day of the month it was signed in to the chart's day.
func (d *drawing) pointsOverTime() error {
	s := d.statement
	from := karabakh.Month(s.Signed.Year(), s.Signed.Month())
	if d.cfg.asOf.Before(from) {
		return fmt.Errorf("drawn as of %s, before the statement was signed on %s", d.cfg.asOf, s.Signed)
	}
	points := slices.Collect(s.Points.All())
	if len(points) == 0 {
		return errors.New("the statement has no points")
	}
	sc := newScale(from, d.cfg.asOf, potX0, potX1)
	outcomes := d.outcomesOf(func(dl agreement.Deadline) bool { return dl.Agreement == s.ID })
	bottom := potTop + float64(len(points))*(potLaneH+potLaneGp)
	height := bottom + 40

	d.begin(potWidth, height, d.pointsDesc(points, sc, outcomes))
	d.label(16, 28, "kc-title", "", d.chart.Title())
	d.label(16, 47, "kc-muted", "", fmt.Sprintf("Each point's level on the Peace Accords Matrix scale and its state beyond the scale, %s to %s, with its deadlines.", human(sc.from), human(d.cfg.asOf)))
	d.levelLegend(16, 74)
	d.stateLegend(16, 100)
	d.markLegend(16, 122, kindsOf(outcomes))
	d.yearTicks(sc, potTop-8, bottom-potLaneGp+4)
	for i, p := range points {
		y := potTop + float64(i)*(potLaneH+potLaneGp)
		d.lane(sc, y, p, outcomes)
	}
	d.asOfLine(sc, potTop-8, bottom-potLaneGp+4)
	d.credit(16, height-12)
	d.end()
	return nil
}

// lane draws one point: its label, a band per observation and the marks of
// its deadlines.
func (d *drawing) lane(sc scale, y float64, p agreement.Point, outcomes []implementation.Outcome) {
	l := d.links()
	d.mark(l.Point(p.ID), fmt.Sprintf("Point %d: %s", p.Number, p.Summary), "", func() {
		d.label(16, y+13, "kc-strong", "", fmt.Sprintf("Point %d", p.Number))
		d.label(16, y+27, "kc-small kc-muted", "", topics(p))
	})
	d.line(sc.x0, y+potLaneH+0.5, sc.x1, y+potLaneH+0.5, "kc-grid")
	var obs []implementation.Observation
	for o := range implementation.History(p.ID) {
		if !o.Date.First().After(d.cfg.asOf) {
			obs = append(obs, o)
		}
	}
	for i, o := range obs {
		x := sc.clamp(sc.x(o.Date))
		until := sc.end(d.cfg.asOf)
		if i+1 < len(obs) {
			until = sc.clamp(sc.x(obs[i+1].Date))
		}
		h := bandHeight(o.Level, potLaneH)
		d.mark(l.Observation(o), observationTitle(p, o), "", func() {
			d.rect(x, y, until-x, potLaneH, "kc-hit", "")
			d.rect(x, y+potLaneH-h, until-x, h, levelClass(o.Level), "")
			if o.State != "" {
				d.rect(x, y, until-x, potLaneH, "", d.hatchFill(o.State))
			}
		})
	}
	for _, o := range outcomes {
		if o.Deadline.Point == p.ID && (sc.covers(o.Deadline.Due) || sc.covers(o.Final)) {
			d.deadlineMarks(sc, y+8, o)
		}
	}
}

// topics names a point's first two topics, as a short label for its lane.
func topics(p agreement.Point) string {
	var ts []string
	for t := range p.Topics.All() {
		if len(ts) == 2 {
			ts = append(ts, "…")
			break
		}
		ts = append(ts, words(string(t)))
	}
	return strings.Join(ts, ", ")
}

// observationTitle says what an observation's band shows.
func observationTitle(p agreement.Point, o implementation.Observation) string {
	return fmt.Sprintf("Point %d from %s: %s. %s", p.Number, human(o.Date), levelAndState(o), o.Summary)
}

func levelAndState(o implementation.Observation) string {
	s := fmt.Sprintf("%s (%d of 3)", o.Level, o.Level)
	if o.State != "" {
		s += ", " + words(string(o.State))
	}
	return s
}

// levelLegend draws the key to the bands.
func (d *drawing) levelLegend(x, y float64) {
	d.label(x, y+4, "kc-small kc-strong", "", "Level")
	x += 46
	for l := implementation.NotInitiated; l <= implementation.Full; l++ {
		const h = 14
		bh := bandHeight(l, h)
		d.rect(x, y-h/2-2, 20, h, "kc-swatch", "none")
		d.rect(x, y+h/2-2-bh, 20, bh, levelClass(l), "")
		text := fmt.Sprintf("%d %s", l, l)
		d.label(x+26, y+4, "kc-small", "", text)
		x += 26 + textWidth(text, 11) + 18
	}
}

// stateLegend draws the key to the hatchings.
func (d *drawing) stateLegend(x, y float64) {
	d.label(x, y+4, "kc-small kc-strong", "", "State")
	x += 46
	for st := range implementation.States() {
		d.rect(x, y-9, 20, 14, "kc-swatch", d.hatchFill(st))
		text := words(string(st))
		d.label(x+26, y+4, "kc-small", "", text)
		x += 26 + textWidth(text, 11) + 18
	}
}

// pointsDesc says in words what PointsOverTime shows.
func (d *drawing) pointsDesc(points []agreement.Point, sc scale, outcomes []implementation.Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "One lane for each of the %d points of the statement, from %s to %s. ", len(points), human(sc.from), human(d.cfg.asOf))
	b.WriteString("A band's height and shade give the point's level on the Peace Accords Matrix scale (")
	for l := implementation.NotInitiated; l <= implementation.Full; l++ {
		if l > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s", l, l)
	}
	b.WriteString("); hatching marks a state beyond the scale (")
	i := 0
	for st := range implementation.States() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(words(string(st)))
		i++
	}
	b.WriteString("). Diamonds are deadlines, joined by a dashed line to the date a deadline was moved to; triangles are the events that moved one, dots those that met one, crosses those that showed one missed.")
	fmt.Fprintf(&b, " As of %s:", human(d.cfg.asOf))
	for _, p := range points {
		if o, ok := implementation.StateOn(p.ID, d.cfg.asOf); ok {
			fmt.Fprintf(&b, " point %d %s since %s;", p.Number, levelAndState(o), human(o.Date))
		} else {
			fmt.Fprintf(&b, " point %d not observed;", p.Number)
		}
	}
	var late []string
	for _, o := range outcomes {
		if !sc.covers(o.Deadline.Due) && !sc.covers(o.Final) {
			late = append(late, deadlineTitle(o))
			continue
		}
		fmt.Fprintf(&b, " %s", deadlineTitle(o))
	}
	if len(late) > 0 {
		fmt.Fprintf(&b, " Not drawn, being due after %s: %s", human(d.cfg.asOf), strings.Join(late, " "))
	}
	return strings.TrimSuffix(b.String(), ";")
}
