package site

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"iter"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/charts"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/internal/datefmt"
	"github.com/caucasus-data/karabakh/internal/safefile"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A File is one file of the site: its name within the output directory and
// its contents.
type File struct {
	Name string
	Data []byte
}

// Write writes every file of [Files] into dir, creating dir if needed. It
// writes all the files or, if it fails, none: they are written aside and
// then renamed into place. It leaves other files in dir alone (a page the
// data no longer makes stays until it is removed), and replaces a symbolic
// link under one of the names rather than write through it.
func Write(dir string) error {
	var files []safefile.File
	for f, err := range Files() {
		if err != nil {
			return err
		}
		files = append(files, safefile.File{Name: f.Name, Data: f.Data})
	}
	return safefile.WriteDir(dir, files, 0o644)
}

// Files yields every file of the site, in a stable order, or an error that
// ends the sequence: the stylesheet, the charts, the statement's page
// (index.html), a page per point, the timeline pages, and the pages of
// actors, places, corrections and later statements. The same data gives
// the same bytes.
func Files() iter.Seq2[File, error] {
	return func(yield func(File, error) bool) {
		tmpl, err := templates()
		if err != nil {
			yield(File{}, err)
			return
		}
		if !yield(File{Name: stylesheet, Data: []byte(css)}, nil) {
			return
		}
		b := &builder{tmpl: tmpl, asOf: karabakh.MustParseDate(karabakh.DatasetUpdated)}
		for c := range charts.Charts() {
			var buf bytes.Buffer
			if err := c.Render(&buf, charts.LinkTo(links{})); err != nil {
				yield(File{}, err)
				return
			}
			b.charts = append(b.charts, chartView{Name: string(c), File: string(c) + ".svg", SVG: template.HTML(buf.String())})
			if !yield(File{Name: string(c) + ".svg", Data: buf.Bytes()}, nil) {
				return
			}
		}
		for p, err := range b.pages() {
			if err != nil {
				yield(File{}, err)
				return
			}
			var buf bytes.Buffer
			if err := b.tmpl.ExecuteTemplate(&buf, p.template, p); err != nil {
				yield(File{}, fmt.Errorf("site: %s: %w", p.Name, err))
				return
			}
			if !yield(File{Name: p.Name, Data: buf.Bytes()}, nil) {
				return
			}
		}
	}
}

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed templates/style.css
var css string

// templates parses the page templates on first use, not at import.
var templates = sync.OnceValues(func() (*template.Template, error) {
	var l links
	return template.New("site").Funcs(template.FuncMap{
		"actorLink":      l.Actor,
		"placeLink":      l.Place,
		"eventLink":      l.Event,
		"correctionLink": l.Correction,
		"deadlineLink":   l.Deadline,
		"agreementLink":  l.Agreement,
		"pointLink":      l.Point,
		"pointText":      l.PointText,
		"obligationLink": l.Obligation,
		"anchor":         observationAnchor,
		"kindLink":       func(k timeline.Kind) string { return timelinePageOf(0, k) },
		"statementPoint": func(n int) string { return l.PointText(agreement.PointOf(agreement.Statement2020, n)) },
		"actorName":      actorName,
		"placeName":      placeName,
		"eventTitle":     eventTitle,
		"eventWhen":      eventWhen,
		"pointName":      pointName,
		"agreementName":  agreementName,
		"day":            day,
		"when":           when,
		"moment":         moment,
		"langName":       langName,
		"langAttr":       langAttr,
		"words":          func(s any) string { return strings.ReplaceAll(fmt.Sprint(s), "-", " ") },
		"int":            func(l implementation.Level) int { return int(l) },
		"number":         number,
		"garbled":        garbled,
		"identifierURL":  identifierURL,
		"daysNote":       daysNote,
	}).ParseFS(templateFiles, "templates/*.html")
})

// A page is one HTML page and what its template needs.
type page struct {
	Name     string // the file name
	Title    string
	Nav      []navItem
	AsOf     karabakh.Date
	Updated  karabakh.Date
	Version  string
	Body     any
	template string
}

type navItem struct {
	Label, Href string
	Current     bool
}

// sections are the site's main pages, in the order the navigation lists them.
var sections = [...]struct{ label, page string }{
	{"The statement", statementPage},
	{"Points", pointPage(1)},
	{"Timeline", timelinePage},
	{"People and bodies", actorsPage},
	{"Places", placesPage},
	{"Corrections", correctionsPage},
	{"Later statements", agreementsPage},
}

// builder makes the pages.
type builder struct {
	tmpl   *template.Template
	asOf   karabakh.Date
	charts []chartView
}

type chartView struct {
	Name, File string
	SVG        template.HTML
}

// newPage returns a page named name, in the section whose page is section.
func (b *builder) newPage(name, title, section, tmpl string, body any) page {
	p := page{Name: name, Title: title, AsOf: b.asOf, Updated: karabakh.MustParseDate(karabakh.DatasetUpdated), Version: karabakh.DatasetVersion, Body: body, template: tmpl}
	for _, s := range sections {
		p.Nav = append(p.Nav, navItem{Label: s.label, Href: s.page, Current: s.page == section})
	}
	return p
}

// pages yields every HTML page.
func (b *builder) pages() iter.Seq2[page, error] {
	return func(yield func(page, error) bool) {
		for _, make := range []func() ([]page, error){b.statementPages, b.timelinePages, b.recordPages} {
			ps, err := make()
			if err != nil {
				yield(page{}, fmt.Errorf("site: %w", err))
				return
			}
			for _, p := range ps {
				if !yield(p, nil) {
					return
				}
			}
		}
	}
}

// The names and dates the templates write.

func actorName(id actors.ID) string {
	if a, ok := actors.Get(id); ok {
		return a.Names.English()
	}
	return string(id)
}

func placeName(id places.ID) string {
	if p, ok := places.Get(id); ok {
		return p.Names.English()
	}
	return string(id)
}

func eventTitle(id timeline.ID) string {
	if e, ok := timeline.Get(id); ok {
		return e.Title
	}
	return string(id)
}

func eventWhen(id timeline.ID) string {
	if e, ok := timeline.Get(id); ok {
		return when(e.When)
	}
	return ""
}

func agreementName(id agreement.ID) string {
	if a, ok := agreement.Get(id); ok {
		return a.Titles.English()
	}
	return string(id)
}

// pointName names a point: "Point 4" for the 2020 statement, "point 2 of
// “Statement” (11 January 2021)" for a later one, whose title alone may
// not tell it from others.
func pointName(id agreement.PointID) string {
	if id.Agreement() == agreement.Statement2020 {
		return fmt.Sprintf("Point %d", id.Number())
	}
	if a, ok := agreement.Get(id.Agreement()); ok {
		return fmt.Sprintf("point %d of “%s” (%s)", id.Number(), a.Titles.English(), day(a.Signed))
	}
	return string(id)
}

// day writes a date as a reader would: "10 November 2020", "August 2022",
// "2020".
func day(d karabakh.Date) string { return datefmt.Long(d) }

// when writes an interval: a date, "from … to …", "from …" or "until …".
func when(iv karabakh.Interval) string {
	switch {
	case iv.IsDate():
		return day(iv.Start)
	case iv.Start.IsZero() && iv.End.IsZero():
		return "date unknown"
	case iv.End.IsZero():
		return "from " + day(iv.Start)
	case iv.Start.IsZero():
		return "until " + day(iv.End)
	}
	return day(iv.Start) + " to " + day(iv.End)
}

// moment writes an instant in its own time zone, with its offset.
func moment(t time.Time) string { return t.Format("15:04 MST (UTC-07:00), 2 January 2006") }

// langName names a language in English, "Armenian (Latin)" for hy-Latn,
// or "" for an unknown one.
func langName(tag language.Tag) string {
	if tag == language.Und {
		return ""
	}
	if n := display.English.Tags().Name(tag); n != "" {
		return n
	}
	return tag.String()
}

// langAttr is the value of a lang attribute: the BCP 47 tag, or "" for an
// unknown language (the attribute then says "unknown", as HTML means it).
func langAttr(tag language.Tag) string {
	if tag == language.Und {
		return ""
	}
	return tag.String()
}

// number writes an integer with thousands separated by commas.
func number(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// garbled returns the garbled forms among names.
func garbled(ns karabakh.Names) []karabakh.Name {
	var out []karabakh.Name
	for n := range ns.All() {
		if n.Kind == karabakh.KindGarbled {
			out = append(out, n)
		}
	}
	return out
}

// identifierURL returns the page of an identifier where its scheme has
// one the value alone gives, or "".
func identifierURL(id karabakh.Identifier) string {
	if id.Scheme == karabakh.SchemeWikidata {
		return "https://www.wikidata.org/wiki/" + id.Value
	}
	return ""
}

// daysNote says by how many days a deadline was met early or late.
func daysNote(o implementation.Outcome) string {
	switch {
	case o.Done.IsZero():
		return ""
	case o.Status == implementation.StatusMetExtended:
		return fmt.Sprintf("%s after the text's date", days(-o.OriginalDaysEarly))
	case o.DaysEarly > 0:
		return fmt.Sprintf("%s early", days(o.DaysEarly))
	case o.DaysEarly < 0:
		return fmt.Sprintf("%s late", days(-o.DaysEarly))
	}
	return "on the day"
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
