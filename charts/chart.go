package charts

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// A Chart names one of the pictures the package draws. Its value is the
// name of the file it is committed as, without ".svg".
type Chart string

// The charts.
const (
	// PointsOverTime shows the nine points from November 2020 to the
	// day the chart is drawn as of.
	PointsOverTime Chart = "points-over-time"
	// FirstSixtyDays shows each handover deadline of the first sixty days
	// against the day the handover happened.
	FirstSixtyDays Chart = "first-sixty-days"
	// PeacekeepingTerm shows the peacekeepers' term, its notice deadline,
	// the renewal it implied and the withdrawal.
	PeacekeepingTerm Chart = "peacekeeping-term"
)

var all = [...]Chart{PointsOverTime, FirstSixtyDays, PeacekeepingTerm}

// Charts lists every Chart, in the order a reader would meet them.
func Charts() iter.Seq[Chart] { return slices.Values(all[:]) }

// Valid reports whether c is a known Chart.
func (c Chart) Valid() bool { return slices.Contains(all[:], c) }

// Title returns the chart's title, the text of its <title>.
func (c Chart) Title() string {
	switch c {
	case PointsOverTime:
		return "The nine points of the statement of 10 November 2020 over time"
	case FirstSixtyDays:
		return "The first sixty days: each handover deadline against the day it happened"
	case PeacekeepingTerm:
		return "The peacekeepers' term: what the text provided, and what happened"
	}
	return ""
}

// Render writes chart c as an SVG document to w. It fails for an unknown
// chart, when the data lacks what the chart is drawn from (the statement,
// its effective moment, the peacekeeping terms), or when w fails.
func (c Chart) Render(w io.Writer, opts ...Option) error {
	cfg := config{asOf: karabakh.MustParseDate(karabakh.DatasetUpdated)}
	for _, o := range opts {
		if o.set != nil {
			o.set(&cfg)
		}
	}
	cfg.asOf = cfg.asOf.Last()
	if cfg.asOf.IsZero() {
		return fmt.Errorf("charts: %s: no day to draw the chart as of", c)
	}
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return fmt.Errorf("charts: %s: the dataset has no %s", c, agreement.Statement2020)
	}
	var buf bytes.Buffer
	d := &drawing{svg: svg{buf: &buf}, cfg: cfg, chart: c, statement: s}
	var err error
	switch c {
	case PointsOverTime:
		err = d.pointsOverTime()
	case FirstSixtyDays:
		err = d.firstSixtyDays()
	case PeacekeepingTerm:
		err = d.peacekeepingTerm()
	default:
		err = fmt.Errorf("unknown chart; want one of %v", all)
	}
	if err != nil {
		return fmt.Errorf("charts: %s: %w", c, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// An Option changes how a chart is drawn. Its values are opaque: make them
// with [AsOf] and [LinkTo]. The zero Option changes nothing.
type Option struct {
	set func(*config)
}

type config struct {
	asOf  karabakh.Date
	links Linker
}

// AsOf draws the chart as the record stood on day d (the last day of d, for
// a month or a year): nothing observed, moved or done after it is shown.
// By default a chart is drawn as of the dataset's date,
// karabakh.DatasetUpdated. The zero Date leaves the default.
func AsOf(d karabakh.Date) Option {
	return Option{func(c *config) {
		if !d.IsZero() {
			c.asOf = d
		}
	}}
}

// LinkTo makes every mark of a chart a link to the record it stands for,
// at the address l gives. A nil Linker leaves the marks without links.
func LinkTo(l Linker) Option { return Option{func(c *config) { c.links = l }} }

// A Linker gives the address of each record a chart's marks stand for: in
// a site, a page and the record's anchor. An empty address leaves the mark
// without a link.
type Linker interface {
	Point(agreement.PointID) string
	Observation(implementation.Observation) string
	Deadline(agreement.DeadlineID) string
	Event(timeline.ID) string
}

// noLinks is the Linker of a chart drawn without links.
type noLinks struct{}

func (noLinks) Point(agreement.PointID) string                { return "" }
func (noLinks) Observation(implementation.Observation) string { return "" }
func (noLinks) Deadline(agreement.DeadlineID) string          { return "" }
func (noLinks) Event(timeline.ID) string                      { return "" }

// A drawing is one chart being drawn.
type drawing struct {
	svg
	cfg       config
	chart     Chart
	statement agreement.Agreement
}

// links returns the Linker to use, never nil.
func (d *drawing) links() Linker {
	if d.cfg.links == nil {
		return noLinks{}
	}
	return d.cfg.links
}

// id returns the document-wide ID of a chart's own element, prefixed with
// the chart's name so that charts set in one page do not collide with each
// other or with the page's records.
func (d *drawing) id(name string) string { return "kc-" + string(d.chart) + "-" + name }
