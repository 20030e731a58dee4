package export

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// readTimeline returns timeline.json decoded as TimelineJS reads it.
func readTimeline(t *testing.T) tlTimeline {
	t.Helper()
	var doc tlTimeline
	for f, err := range TimelineJS() {
		if err != nil {
			t.Fatal(err)
		}
		if f.Name != "timeline.json" {
			t.Errorf("file %s, want timeline.json", f.Name)
		}
		dec := json.NewDecoder(strings.NewReader(string(f.Data)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

// TestTimelineJS checks each slide against its event: the date parts to
// the precision known, a display_date exactly where the parts would say
// more than is known, the kind as group, and the title, summary and
// reporting source in the text.
func TestTimelineJS(t *testing.T) {
	doc := readTimeline(t)
	if doc.Title.Text.Headline == "" || len(doc.Events) != timeline.Len() {
		t.Fatalf("title %q, %d slides; want a title and %d", doc.Title.Text.Headline, len(doc.Events), timeline.Len())
	}
	partsOf := func(d karabakh.Date) tlDate {
		return tlDate{Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
	}
	same := func(p *tlDate, d karabakh.Date) bool {
		return p != nil && p.Year == d.Year() && p.Month == int(d.Month()) && p.Day == d.Day()
	}
	displayed := 0
	for i, e := range slices.Collect(timeline.All()) {
		s := doc.Events[i]
		if s.UniqueID != string(e.ID) || s.Group != string(e.Kind) || s.Text.Headline != escapeHTML(e.Title) {
			t.Errorf("slide %d = %s %s %q, want %s %s %q", i, s.UniqueID, s.Group, s.Text.Headline, e.ID, e.Kind, e.Title)
		}
		if !same(s.StartDate, e.When.Start) {
			t.Errorf("%s: start_date %+v, want %+v", e.ID, s.StartDate, partsOf(e.When.Start))
		}
		switch {
		case e.When.IsDate() || e.When.End.IsZero():
			if s.EndDate != nil {
				t.Errorf("%s (%s) has an end_date", e.ID, e.When)
			}
		case !same(s.EndDate, e.When.End):
			t.Errorf("%s: end_date %+v, want %+v", e.ID, s.EndDate, partsOf(e.When.End))
		}
		exactDays := e.When.Start.Precision() == karabakh.PrecisionDay && (e.When.IsDate() || e.When.End.Precision() == karabakh.PrecisionDay)
		if wantDisplay := !exactDays || !e.Moment.IsZero(); wantDisplay != (s.DisplayDate != "") {
			t.Errorf("%s (%s, moment %v): display_date %q", e.ID, e.When, e.Moment, s.DisplayDate)
		}
		if s.DisplayDate != "" {
			displayed++
		}
		if !e.Moment.IsZero() {
			h := s.StartDate.Hour
			if s.EndDate != nil && s.EndDate.Hour != nil {
				h = s.EndDate.Hour
			}
			if h == nil || *h != e.Moment.Hour() || !strings.Contains(s.DisplayDate, e.Moment.Format("-07:00")) {
				t.Errorf("%s: the moment %v is not in %+v / %q", e.ID, e.Moment, s, s.DisplayDate)
			}
		}
		if e.Summary != "" && !strings.Contains(s.Text.Text, escapeHTML(e.Summary)) {
			t.Errorf("%s: the text lacks the summary", e.ID)
		}
		src, ok := e.Report()
		if ok && !strings.Contains(s.Text.Text, `href="`+escapeHTML(src.URL)+`"`) {
			t.Errorf("%s: the text does not link %s", e.ID, src.URL)
		}
	}
	if displayed == 0 {
		t.Error("no slide has a display_date")
	}
}

// TestEras checks that each era runs from its first event's first day to
// its last event's last day, and that what the blockade's note says of
// point 6 is what the observations record.
func TestEras(t *testing.T) {
	doc := readTimeline(t)
	if len(doc.Eras) != len(eraSpecs) {
		t.Fatalf("%d eras, want %d", len(doc.Eras), len(eraSpecs))
	}
	for i, s := range eraSpecs {
		from, _ := timeline.Get(s.from)
		to, _ := timeline.Get(s.to)
		era := doc.Eras[i]
		if *dateParts(from.When.Start) != era.StartDate || *dateParts(to.When.End) != era.EndDate {
			t.Errorf("era %q runs %+v to %+v, want %s to %s", s.headline, era.StartDate, era.EndDate, from.When.Start, to.When.End)
		}
		if !strings.Contains(era.Text.Text, escapeHTML(to.Title)) {
			t.Errorf("era %q does not name %q", s.headline, to.Title)
		}
	}
	offensive, _ := timeline.Get(timeline.Offensive2023)
	o, ok := implementation.StateOn(agreement.Point6, offensive.When.Start)
	if !ok || o.State != implementation.Overtaken {
		t.Errorf("the blockade era says point 6 is overtaken from the offensive; the observation then is %+v", o)
	}
}
