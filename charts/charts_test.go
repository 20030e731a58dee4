package charts_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/charts"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

var update = flag.Bool("update", false, "rewrite the committed charts under docs/charts")

// committed is where go generate writes the charts shown in the README.
const committed = "../docs/charts"

func render(t testing.TB, c charts.Chart, opts ...charts.Option) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.Render(&b, opts...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden fails when the committed charts differ from what the data
// draws. Run go generate ./... (or this test with -update) to refresh them.
func TestGolden(t *testing.T) {
	want := map[string]bool{}
	for c := range charts.Charts() {
		name := filepath.Join(committed, string(c)+".svg")
		want[filepath.Base(name)] = true
		got := render(t, c)
		if *update {
			if err := os.WriteFile(name, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v; run go generate ./...", err)
		}
		if !bytes.Equal(old, got) {
			t.Errorf("%s differs from what the data draws; run go generate ./...", name)
		}
	}
	entries, err := os.ReadDir(committed)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !want[e.Name()] {
			t.Errorf("%s/%s is not drawn any more; remove it", committed, e.Name())
		}
	}
}

// TestDeterministic renders each chart twice, with and without links:
// the same data must give the same bytes.
func TestDeterministic(t *testing.T) {
	for c := range charts.Charts() {
		for _, opts := range [][]charts.Option{nil, {charts.LinkTo(siteLinks{})}} {
			a, b := render(t, c, opts...), render(t, c, opts...)
			if !bytes.Equal(a, b) {
				t.Errorf("%s: two renderings differ", c)
			}
		}
	}
}

// element is an SVG element as encoding/xml reads it, with what the
// accessibility checks need.
type element struct {
	XMLName  xml.Name
	Text     string    `xml:",chardata"`
	Children []element `xml:",any"`
}

func (e element) walk(f func(e element)) {
	f(e)
	for _, c := range e.Children {
		c.walk(f)
	}
}

// parse reads an SVG document strictly with encoding/xml.
func parse(t *testing.T, name string, data []byte) element {
	t.Helper()
	var root element
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("%s does not parse as XML: %v", name, err)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if cd, ok := tok.(xml.CharData); !ok || len(bytes.TrimSpace(cd)) > 0 {
			t.Fatalf("%s: %v follows the root element (%v)", name, tok, err)
		}
	}
	return root
}

// TestSVGParsesWithTitle checks that every committed and every rendered
// chart is well-formed XML whose root is an svg element with a <title>
// and a <desc> first, that every mark carries a <title>, and that labels
// are real text.
func TestSVGParsesWithTitle(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(committed, "*.svg"))
	if len(files) == 0 {
		t.Fatalf("no SVG under %s", committed)
	}
	docs := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = data
	}
	for c := range charts.Charts() {
		docs[string(c)+" with links"] = render(t, c, charts.LinkTo(siteLinks{}))
	}
	for name, data := range docs {
		root := parse(t, name, data)
		if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
			t.Errorf("%s: root is %v, want svg in the SVG namespace", name, root.XMLName)
			continue
		}
		if len(root.Children) < 2 || root.Children[0].XMLName.Local != "title" || strings.TrimSpace(root.Children[0].Text) == "" ||
			root.Children[1].XMLName.Local != "desc" || len(strings.TrimSpace(root.Children[1].Text)) < 100 {
			t.Errorf("%s: want a <title> and a <desc> of some length as the first children", name)
		}
		texts, marks := 0, 0
		root.walk(func(e element) {
			switch e.XMLName.Local {
			case "text":
				if strings.TrimSpace(e.Text) != "" {
					texts++
				}
			case "a", "g":
				marks++
				if len(e.Children) == 0 || e.Children[0].XMLName.Local != "title" || strings.TrimSpace(e.Children[0].Text) == "" {
					t.Errorf("%s: a mark (%s) without a <title>", name, e.XMLName.Local)
				}
			}
		})
		if texts < 10 || marks < 3 {
			t.Errorf("%s: %d labels and %d marks; want real text labels and titled marks", name, texts, marks)
		}
	}
}

// siteLinks links records as a site would, by kind and ID.
type siteLinks struct{}

func (siteLinks) Point(id agreement.PointID) string { return "point.html#" + frag(string(id)) }
func (siteLinks) Observation(o implementation.Observation) string {
	return "point.html#" + frag(string(o.Point)+"@"+o.Date.String())
}
func (siteLinks) Deadline(id agreement.DeadlineID) string {
	return "statement.html#" + frag(string(id))
}
func (siteLinks) Event(id timeline.ID) string { return "timeline.html#" + frag(string(id)) }

func frag(s string) string { return (&url.URL{Fragment: s}).EscapedFragment() }

// hrefs returns the links of a rendered chart, which must be well-formed
// XML. It reads tokens rather than decoding into elements, which keeps the
// fuzz target fast.
func hrefs(t *testing.T, name string, data []byte) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s does not parse as XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "a" {
			for _, a := range se.Attr {
				if a.Name.Local == "href" {
					out[a.Value] = true
				}
			}
		}
	}
}

// TestEveryMarkLinks checks that PointsOverTime links every observation
// of the nine points, each point, every deadline of theirs that falls in
// the chart, and the events that met or moved one; and that without
// LinkTo no mark links anywhere.
func TestEveryMarkLinks(t *testing.T) {
	asOf := karabakh.MustParseDate(karabakh.DatasetUpdated)
	got := hrefs(t, "points", render(t, charts.PointsOverTime, charts.LinkTo(siteLinks{})))
	var l siteLinks
	want := []string{}
	s, _ := agreement.Get(agreement.Statement2020)
	for p := range s.Points.All() {
		want = append(want, l.Point(p.ID))
		for o := range implementation.History(p.ID) {
			want = append(want, l.Observation(o))
		}
	}
	for o := range implementation.Outcomes(asOf) {
		if o.Deadline.Agreement != agreement.Statement2020 || o.Deadline.Due.After(asOf) {
			continue
		}
		want = append(want, l.Deadline(o.Deadline.ID))
		for c := range o.Changes.All() {
			want = append(want, l.Event(c.Event))
		}
		for f := range implementation.Fulfilments() {
			if f.Obligation == o.Deadline.Obligation && f.Date == o.Done {
				want = append(want, l.Event(f.Event))
			}
		}
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("PointsOverTime has no link to %s", w)
		}
	}
	for c := range charts.Charts() {
		if n := len(hrefs(t, string(c), render(t, c))); n != 0 {
			t.Errorf("%s without LinkTo has %d links", c, n)
		}
	}
}

// TestAsOf checks that a chart drawn as of a day shows only what was
// known then: as of the day a handover deadline was moved, the first
// sixty days show the change but not the handover that met it.
func TestAsOf(t *testing.T) {
	var l siteLinks
	checked := 0
	for c := range implementation.DeadlineChanges() {
		e, ok := timeline.Get(c.Event)
		if !ok {
			t.Fatalf("no event %s", c.Event)
		}
		day := e.When.Start
		var done timeline.ID
		for f := range implementation.Fulfilments() {
			if f.Obligation == c.Obligation && f.Date.After(day) {
				done = f.Event
			}
		}
		if done == "" {
			continue
		}
		got := hrefs(t, "first sixty days", render(t, charts.FirstSixtyDays, charts.AsOf(day), charts.LinkTo(l)))
		if !got[l.Event(c.Event)] || got[l.Event(done)] {
			t.Errorf("as of %s: link to the change %s %v, to the later handover %s %v; want true, false", day, c.Event, got[l.Event(c.Event)], done, got[l.Event(done)])
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no deadline change followed by a fulfilment to check")
	}
	if err := charts.PointsOverTime.Render(io.Discard, charts.AsOf(karabakh.Day(2019, 1, 1))); err == nil {
		t.Error("PointsOverTime as of 2019, before the statement: no error")
	}
}

// TestPeacekeepingNotice checks that the peacekeeping chart shows the
// notice deadline the issue names, 10 May 2025, links it, and draws the
// term and the renewal it implied.
func TestPeacekeepingNotice(t *testing.T) {
	data := render(t, charts.PeacekeepingTerm, charts.LinkTo(siteLinks{}))
	text := string(data)
	for _, want := range []string{"notice by 10 May 2025", "Term 1", "Term 2", "withdrawal"} {
		if !strings.Contains(text, want) {
			t.Errorf("the peacekeeping chart does not say %q", want)
		}
	}
	var notice agreement.Deadline
	for d := range agreement.Deadlines() {
		if d.Due == karabakh.Day(2025, 5, 10) && d.Point == agreement.Point4 {
			notice = d
		}
	}
	if notice.ID == "" || !hrefs(t, "peacekeeping", data)[siteLinks{}.Deadline(notice.ID)] {
		t.Errorf("the notice deadline of 2025-05-10 (%q) is not linked", notice.ID)
	}
}

// TestRenderErrors checks that a chart that cannot be drawn says why, and
// that a failing writer's error is returned.
func TestRenderErrors(t *testing.T) {
	err := charts.Chart("pie").Render(io.Discard)
	if err == nil || !strings.Contains(err.Error(), "unknown chart") {
		t.Errorf("unknown chart: %v", err)
	}
	if charts.Chart("pie").Valid() || !charts.FirstSixtyDays.Valid() {
		t.Error("Valid is wrong")
	}
	broken := errors.New("disk full")
	if err := charts.FirstSixtyDays.Render(failWriter{broken}); !errors.Is(err, broken) {
		t.Errorf("failing writer: %v", err)
	}
	if got := slices.Collect(charts.Charts()); len(got) != 3 {
		t.Errorf("Charts() = %v", got)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestHostileLinks gives whole charts addresses from outside through
// LinkTo: each chart stays well-formed XML and links every mark to the
// address as given, or to none for an empty one.
func TestHostileLinks(t *testing.T) {
	for _, link := range []string{"", "a.html#x", `"><script>alert(1)</script>`, "javascript:alert(1)", "&amp;&lt;", "]]>", "<!--", "a\nb\tc\rd", strings.Repeat("é", 300)} {
		for c := range charts.Charts() {
			got := hrefs(t, string(c), render(t, c, charts.LinkTo(anyLink(link))))
			if link == "" && len(got) != 0 || link != "" && (len(got) != 1 || !got[link]) {
				t.Errorf("%s with every address %q: links %v", c, link, got)
			}
		}
	}
}

// anyLink links every mark to the same caller-given text.
type anyLink string

func (l anyLink) Point(agreement.PointID) string                { return string(l) }
func (l anyLink) Observation(implementation.Observation) string { return string(l) }
func (l anyLink) Deadline(agreement.DeadlineID) string          { return string(l) }
func (l anyLink) Event(timeline.ID) string                      { return string(l) }

// TestConcurrentRender draws every chart from several goroutines at once
// (go test -race checks them) and compares each with a drawing made alone.
func TestConcurrentRender(t *testing.T) {
	want := map[charts.Chart][]byte{}
	for c := range charts.Charts() {
		want[c] = render(t, c, charts.LinkTo(siteLinks{}))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for c := range charts.Charts() {
				var b bytes.Buffer
				if err := c.Render(&b, charts.LinkTo(siteLinks{})); err != nil || !bytes.Equal(b.Bytes(), want[c]) {
					t.Errorf("%s drawn concurrently differs (%v)", c, err)
				}
			}
		})
	}
	wg.Wait()
}
