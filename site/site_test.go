package site

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/net/html"
)

// built is the site, made once for the tests that read it.
var built = sync.OnceValues(func() ([]File, error) {
	var out []File
	for f, err := range Files() {
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
})

func files(t testing.TB) []File {
	t.Helper()
	fs, err := built()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// A doc is one parsed file of the site: the IDs it defines, the links it
// holds, and its nodes.
type doc struct {
	name  string
	ids   map[string]int
	links []string
	root  *html.Node
}

// parsed reads every HTML and SVG file of the site as a browser would.
func parsed(t *testing.T) map[string]*doc {
	t.Helper()
	docs := map[string]*doc{}
	for _, f := range files(t) {
		d := &doc{name: f.Name, ids: map[string]int{}}
		var err error
		switch filepath.Ext(f.Name) {
		case ".html":
			d.root, err = html.Parse(bytes.NewReader(f.Data))
		case ".svg":
			// An SVG file is read as the same markup set in a page.
			d.root, err = html.Parse(bytes.NewReader(append([]byte("<!DOCTYPE html><body>"), f.Data...)))
		default:
			docs[f.Name] = d
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for n := range d.root.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "id":
					d.ids[a.Val]++
				case a.Key == "href" || a.Key == "src":
					d.links = append(d.links, a.Val)
				}
			}
		}
		docs[f.Name] = d
	}
	return docs
}

// resolve reports why link, found on page from, leads nowhere in the site,
// or "" if it resolves: to a file of the site and, where it has a
// fragment, to an element with that ID. Links to other sites are not
// followed (the pages are read offline); data: URLs need nothing.
func resolve(docs map[string]*doc, from, link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return err.Error()
	}
	switch {
	case u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "data":
		return ""
	case u.Scheme != "" || u.Host != "":
		return "a scheme the site does not use"
	case strings.Contains(u.Path, "/"):
		return "a path outside the site's one directory"
	}
	target := from
	if u.Path != "" {
		target = u.Path
	}
	d, ok := docs[target]
	if !ok {
		return "no file " + target
	}
	if u.Fragment != "" && d.ids[u.Fragment] == 0 {
		return "no element with ID " + u.Fragment + " in " + target
	}
	return ""
}

// TestLinksResolve checks that every internal link and anchor on every
// page and chart of the site resolves, and that no page defines an ID
// twice.
func TestLinksResolve(t *testing.T) {
	docs := parsed(t)
	n := 0
	for _, d := range docs {
		for id, c := range d.ids {
			if c > 1 {
				t.Errorf("%s: ID %q defined %d times", d.name, id, c)
			}
		}
		for _, l := range d.links {
			n++
			if why := resolve(docs, d.name, l); why != "" {
				t.Errorf("%s: link %q: %s", d.name, l, why)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d links checked", n)
	}
}

// TestEveryRecordHasAnAnchor checks that every record of the dataset has
// its anchor, named after its ID, at the address the site links it by.
func TestEveryRecordHasAnAnchor(t *testing.T) {
	docs := parsed(t)
	var l links
	type anchor struct{ what, link, id string }
	var want []anchor
	add := func(what, link, id string) { want = append(want, anchor{what, link, id}) }
	for a := range actors.All() {
		add("actor", l.Actor(a.ID), string(a.ID))
	}
	for p := range places.All() {
		add("place", l.Place(p.ID), string(p.ID))
	}
	for e := range timeline.All() {
		add("event", l.Event(e.ID), string(e.ID))
		add("event on its year's and kind's page", at(timelinePageOf(year(e), e.Kind), string(e.ID)), string(e.ID))
	}
	for c := range factcheck.All() {
		add("correction", l.Correction(c.ID), string(c.ID))
	}
	for d := range agreement.Deadlines() {
		add("deadline", l.Deadline(d.ID), string(d.ID))
	}
	for a := range agreement.All() {
		add("agreement", l.Agreement(a.ID), string(a.ID))
		for p := range a.Points.All() {
			add("texts of a point", l.PointText(p.ID), string(p.ID))
			if a.ID == agreement.Statement2020 {
				add("page of a point", l.Point(p.ID), "")
			}
			for o := range p.Obligations.All() {
				add("obligation", l.Obligation(p.ID, o.ID), string(o.ID))
			}
		}
	}
	for o := range implementation.Observations() {
		add("observation", l.Observation(o), observationAnchor(o))
	}
	for _, w := range want {
		if why := resolve(docs, statementPage, w.link); why != "" {
			t.Errorf("%s %s: %s: %s", w.what, w.id, w.link, why)
		}
		if u, err := url.Parse(w.link); err != nil || u.Fragment != w.id {
			t.Errorf("%s: link %q has the anchor %q, want %q", w.what, w.link, u.Fragment, w.id)
		}
	}
}

// TestDeterministic builds the site twice: the same data must give the
// same files, in the same order.
func TestDeterministic(t *testing.T) {
	a := files(t)
	var b []File
	for f, err := range Files() {
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, f)
	}
	if !slices.EqualFunc(a, b, func(x, y File) bool { return x.Name == y.Name && bytes.Equal(x.Data, y.Data) }) {
		t.Error("two builds differ")
	}
}

// text returns the text inside n, as a reader sees it.
func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// byID returns the element of d with the given ID.
func (d *doc) byID(id string) *html.Node {
	for n := range d.root.Descendants() {
		if n.Type == html.ElementNode && attr(n, "id") == id {
			return n
		}
	}
	return nil
}

// TestEveryNameShown checks that each actor's and place's record shows
// every name that is not a garbled form in its table of names, in an
// element whose lang is the name's language, with its usage; and the
// garbled forms apart.
func TestEveryNameShown(t *testing.T) {
	docs := parsed(t)
	check := func(page, id string, names karabakh.Names) {
		rec := docs[page].byID(id)
		if rec == nil {
			t.Errorf("%s: no record %s", page, id)
			return
		}
		for n := range names.All() {
			found := false
			for c := range rec.Descendants() {
				if c.Type != html.ElementNode || text(c) != n.Text {
					continue
				}
				if n.Kind == karabakh.KindGarbled {
					found = true
					break
				}
				row := c.Parent
				if c.Data == "td" && attr(c, "lang") == n.Lang.String() && strings.Contains(text(row), n.Usage) && strings.Contains(text(row), string(n.Kind)) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s#%s: the %s %q (%s, usage %q) is not shown as such", page, id, n.Kind, n.Text, n.Lang, n.Usage)
			}
		}
	}
	for a := range actors.All() {
		check(actorsPage, string(a.ID), a.Names)
	}
	for p := range places.All() {
		check(placesPage, string(p.ID), p.Names)
	}
}

// TestTimelineFilters checks that each page of the timeline shows exactly
// the events of its year and kind, and that each filter link names the
// number of events of the page it leads to.
func TestTimelineFilters(t *testing.T) {
	docs := parsed(t)
	pages := 0
	for name, d := range docs {
		if !strings.HasPrefix(name, "timeline") {
			continue
		}
		pages++
		var got []string
		for n := range d.root.Descendants() {
			if n.Type == html.ElementNode && n.Data == "article" && strings.Contains(attr(n, "class"), "event") {
				got = append(got, attr(n, "id"))
			}
		}
		var want []string
		for e := range timeline.All() {
			if name == timelinePage || name == timelinePageOf(year(e), "") || name == timelinePageOf(0, e.Kind) || name == timelinePageOf(year(e), e.Kind) {
				want = append(want, string(e.ID))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s shows %d events, want %d: %v", name, len(got), len(want), want)
		}
	}
	if pages < 1+len(slices.Collect(timeline.Kinds())) {
		t.Errorf("only %d timeline pages", pages)
	}
}

// TestDataIsEscaped runs the templates on records holding markup: it must
// come out as text, never as elements or attributes.
func TestDataIsEscaped(t *testing.T) {
	tmpl, err := templates()
	if err != nil {
		t.Fatal(err)
	}
	evil := `<script>alert(1)</script>"onmouseover="x`
	src := karabakh.Source{URL: "javascript:alert(1)", Publisher: evil, Quote: evil}
	e := timeline.Event{ID: timeline.ID(evil), Kind: timeline.Kind(evil), Title: evil, Summary: evil, Note: evil, Sources: karabakh.ListOf(src)}
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, "event", e); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script") || strings.Contains(out, `"onmouseover`) || strings.Contains(out, "javascript:") {
		t.Errorf("markup from the data came through:\n%s", out)
	}
	if !strings.Contains(out, "&lt;script&gt;") {
		t.Errorf("the title is not shown as text:\n%s", out)
	}
}

// TestWrite writes the site, and checks that a failure writes nothing.
func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range files(t) {
		data, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil || !bytes.Equal(data, f.Data) {
			t.Errorf("%s: written %d bytes (%v), want %d", f.Name, len(data), err, len(f.Data))
		}
	}
	blocked := filepath.Join(t.TempDir(), "blocked")
	if err := os.WriteFile(blocked, []byte("a file"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(blocked); err == nil {
		t.Error("writing into a file: no error")
	}
	// A directory where a page is to go: nothing may be written.
	dir = t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, statementPage), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir); err == nil {
		t.Error("a directory in the way of index.html: no error")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed write left %d entries, want only the directory in the way", len(entries))
	}
	if _, err := os.Stat(filepath.Join(dir, stylesheet)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed write wrote %s", stylesheet)
	}
}
