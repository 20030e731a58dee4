package export

import (
	"fmt"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
)

// TimelineJS yields one file, timeline.json: every event of the timeline
// in the JSON format of TimelineJS 3 (Knight Lab), which its embed code or
// new TL.Timeline(id, url) loads.
//
// Each event is a slide: start_date and end_date give the year, month and
// day to the precision the sources give (and the hour and minute where
// the event's moment is known, in the moment's own time zone); a
// display_date says the date in words where a date is known only to the
// month or year, a span is open, or a time of day needs its zone; group
// is the event's kind; the headline is its title, and the text its
// summary with a link to the source that reports it. Eras mark the war,
// the Russian peacekeepers' presence and the blockade of the Lachin
// corridor, each from the events that begin and end it.
func TimelineJS() iter.Seq2[schema.File, error] {
	return func(yield func(schema.File, error) bool) {
		b, err := schema.Marshal(timelineDoc())
		if err != nil {
			yield(schema.File{}, fmt.Errorf("export: timeline.json: %w", err))
			return
		}
		yield(schema.File{Name: "timeline.json", Data: b}, nil)
	}
}

type (
	tlTimeline struct {
		Title  tlSlide   `json:"title"`
		Events []tlSlide `json:"events"`
		Eras   []tlEra   `json:"eras"`
	}
	tlSlide struct {
		StartDate   *tlDate `json:"start_date,omitempty"`
		EndDate     *tlDate `json:"end_date,omitempty"`
		DisplayDate string  `json:"display_date,omitempty"`
		Text        tlText  `json:"text"`
		Group       string  `json:"group,omitempty"`
		UniqueID    string  `json:"unique_id,omitempty"`
	}
	tlDate struct {
		Year   int  `json:"year"`
		Month  int  `json:"month,omitempty"`
		Day    int  `json:"day,omitempty"`
		Hour   *int `json:"hour,omitempty"`
		Minute *int `json:"minute,omitempty"`
	}
	tlText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	tlEra struct {
		StartDate tlDate `json:"start_date"`
		EndDate   tlDate `json:"end_date"`
		Text      tlText `json:"text"`
	}
)

func timelineDoc() tlTimeline {
	doc := tlTimeline{
		Title: tlSlide{Text: tlText{
			Headline: "The statement of 10 November 2020 and what became of it",
			Text: "<p>" + escapeHTML(fmt.Sprintf("The events of the karabakh dataset, version %s, revised %s. Every event cites its sources; the link under each is the one that reports it.",
				karabakh.DatasetVersion, karabakh.DatasetUpdated)) + "</p>",
		}},
	}
	for e := range timeline.All() {
		doc.Events = append(doc.Events, slide(e))
	}
	doc.Eras = eras()
	return doc
}

func slide(e timeline.Event) tlSlide {
	s := tlSlide{Group: string(e.Kind), UniqueID: string(e.ID), Text: tlText{Headline: escapeHTML(e.Title)}}
	start, end := e.When.Start, e.When.End
	if start.IsZero() {
		start = end // TimelineJS needs a start; display_date says it is unknown
	}
	s.StartDate = dateParts(start)
	if !e.When.IsDate() && !e.When.End.IsZero() {
		s.EndDate = dateParts(end)
	}
	// The moment falls on the event's first or last day (Validate checks
	// it); its time of day goes with that day.
	if !e.Moment.IsZero() {
		h, m := e.Moment.Hour(), e.Moment.Minute()
		on := karabakh.DateOf(e.Moment)
		switch {
		case s.EndDate != nil && on == end:
			s.EndDate.Hour, s.EndDate.Minute = &h, &m
		case on == start:
			s.StartDate.Hour, s.StartDate.Minute = &h, &m
		}
	}
	s.DisplayDate = displayDate(e.When, e.Moment)
	var text strings.Builder
	if e.Summary != "" {
		text.WriteString("<p>" + escapeHTML(e.Summary) + "</p>")
	}
	src, reported := e.Report()
	if !reported && e.Sources.Len() > 0 {
		src = e.Sources.At(0)
	}
	if src.URL != "" {
		what := "Source"
		if !reported {
			what = "Background source"
		}
		fmt.Fprintf(&text, `<p>%s: <a href="%s">%s</a></p>`, what, escapeHTML(src.URL), escapeHTML(src.Publisher))
	}
	s.Text.Text = text.String()
	return s
}

// escapeHTML escapes the characters that HTML text and attribute values
// need escaped. Unlike html.EscapeString it leaves the apostrophe, common
// in the titles, as it is.
func escapeHTML(s string) string { return htmlEscaper().Replace(s) }

var htmlEscaper = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
})

// dateParts returns the parts of d that are known.
func dateParts(d karabakh.Date) *tlDate {
	return &tlDate{Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
}

// displayDate returns the date of an event in words where TimelineJS's own
// rendering of the parts would claim more than is known: a date known to
// the month or year, an open span, or a time of day without its zone. It
// returns "" where the parts say it all.
func displayDate(iv karabakh.Interval, moment time.Time) string {
	exact := iv.Start.Precision() == karabakh.PrecisionDay && (iv.IsDate() || iv.End.Precision() == karabakh.PrecisionDay)
	words := spanWords(iv)
	switch {
	case moment.IsZero() && exact:
		return ""
	case moment.IsZero():
		return words
	case iv.IsDate():
		return words + ", " + clock(moment)
	}
	return words + "; " + inWords(karabakh.DateOf(moment)) + ", " + clock(moment)
}

// spanWords writes an interval as precisely as it is known: "19 September
// 2023 – 20 September 2023".
func spanWords(iv karabakh.Interval) string {
	if iv.IsDate() {
		return inWords(iv.Start)
	}
	from, to := "start unknown", "no end recorded"
	if !iv.Start.IsZero() {
		from = inWords(iv.Start)
	}
	if !iv.End.IsZero() {
		to = inWords(iv.End)
	}
	return from + " – " + to
}

// clock writes the time of day of t with its offset: "00:00 UTC+03:00".
func clock(t time.Time) string { return t.Format("15:04") + " UTC" + t.Format("-07:00") }

// inWords writes a date as precisely as it is known: "2020",
// "November 2020", "10 November 2020".
func inWords(d karabakh.Date) string {
	switch d.Precision() {
	case karabakh.PrecisionYear:
		return fmt.Sprint(d.Year())
	case karabakh.PrecisionMonth:
		return fmt.Sprintf("%s %d", d.Month(), d.Year())
	}
	return fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
}

// An eraSpec is a span of the timeline between two events: from the first
// day of one to the last day of the other.
type eraSpec struct {
	headline string
	from, to timeline.ID
	// note says how the end was chosen, where it is not an event that
	// ends what the era names.
	note string
}

var eraSpecs = []eraSpec{
	{headline: "The 44-day war", from: timeline.SecondKarabakhWar, to: timeline.SecondKarabakhWar},
	{headline: "The Russian peacekeepers' presence", from: timeline.PeacekeepersDeploy, to: timeline.PeacekeepersWithdrawalCompleted},
	{headline: "The blockade of the Lachin corridor", from: timeline.LachinBlockadeBegins, to: timeline.Offensive2023,
		note: "The dataset records no event that ends the blockade itself; the era ends with the offensive, from which the observations of point 6, the Lachin corridor, record the point as overtaken."},
}

func eras() []tlEra {
	var out []tlEra
	for _, s := range eraSpecs {
		from, ok1 := timeline.Get(s.from)
		to, ok2 := timeline.Get(s.to)
		if !ok1 || !ok2 || from.When.Start.IsZero() || to.When.End.IsZero() {
			continue
		}
		text := fmt.Sprintf("From “%s” (%s) to “%s” (%s).", from.Title, spanWords(from.When), to.Title, spanWords(to.When))
		if s.from == s.to {
			text = fmt.Sprintf("“%s” (%s).", to.Title, spanWords(to.When))
		}
		if s.note != "" {
			text += " " + s.note
		}
		out = append(out, tlEra{
			StartDate: *dateParts(from.When.Start),
			EndDate:   *dateParts(to.When.End),
			Text:      tlText{Headline: escapeHTML(s.headline), Text: "<p>" + escapeHTML(text) + "</p>"},
		})
	}
	return out
}
