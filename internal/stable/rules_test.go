package stable

// The rules of issue 10, each broken once in a copy of the shipped data:
// figures in a record's own words appear in its quotes or are derived in
// its note; quotes carry their claim; a change of an observation's level or
// state cites new evidence; an office's dates are a sourced term or
// attested days; coordinates are on the globe and sourced. Like
// TestEachRuleReportedExactly, each case wants exactly the one problem it
// caused, or none where the record is made good again.

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/internal/bundle"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// want is the one problem a mutation should cause; the zero want means
// none.
type want struct{ record, field, text string }

// checkOne checks that err reports exactly w, or nothing if w is zero.
func checkOne(t *testing.T, err error, w want) {
	t.Helper()
	if w == (want{}) {
		if err != nil {
			t.Fatalf("want no problem, got %v", err)
		}
		return
	}
	var ve *karabakh.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate = %v, want a *karabakh.ValidationError", err)
	}
	if len(ve.Problems) != 1 {
		t.Fatalf("want exactly one problem, got %d:\n%v", len(ve.Problems), err)
	}
	p := ve.Problems[0]
	if p.Record != w.record || p.Field != w.field || !strings.Contains(p.Message, w.text) {
		t.Errorf("got %q at %s.%s, want %q at %s.%s", p.Message, p.Record, p.Field, w.text, w.record, w.field)
	}
}

// index returns the index of the element of s for which id returns key.
func index[T any, K comparable](t *testing.T, s []T, id func(T) K, key K) int {
	t.Helper()
	i := slices.IndexFunc(s, func(x T) bool { return id(x) == key })
	if i < 0 {
		t.Fatalf("no record %v", key)
	}
	return i
}

func TestFiguresRule(t *testing.T) {
	events := slices.Collect(timeline.All())
	aghdam := index(t, events, func(e timeline.Event) timeline.ID { return e.ID }, timeline.AghdamHandover)
	rec := "event " + string(timeline.AghdamHandover)
	for _, tt := range []struct {
		name   string
		mutate func(e *timeline.Event)
		want   want
	}{
		{"number in the summary", func(e *timeline.Event) { e.Summary += " 77 tanks crossed." }, want{rec, "Summary", `figure "77"`}},
		{"number word in the title", func(e *timeline.Event) { e.Title += " in seventeen convoys" }, want{rec, "Title", `figure "seventeen"`}},
		{"time of day in the note", func(e *timeline.Event) { e.Note += " It began at 14:45." }, want{rec, "Note", `figure "14:45"`}},
		{"distance in the summary", func(e *timeline.Event) { e.Summary += " The column was 12.5 km long." }, want{rec, "Summary", `figure "12.5"`}},
		{"derived in the note", func(e *timeline.Event) {
			e.Summary += " 77 tanks crossed."
			e.Note += " The 77 is counted from the photographs the sources publish."
		}, want{}},
		{"a date is no figure", func(e *timeline.Event) { e.Summary += " On 21 November 2020 it was over." }, want{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := slices.Clone(events)
			tt.mutate(&ev[aghdam])
			checkOne(t, timeline.ValidateRecords(ev), tt.want)
		})
	}

	t.Run("actor note", func(t *testing.T) {
		all := slices.Collect(actors.All())
		i := index(t, all, func(a actors.Actor) actors.ID { return a.ID }, actors.Harutyunyan)
		all[i].Note += " He had 12 advisers."
		checkOne(t, actors.ValidateRecords(all), want{"actor " + string(actors.Harutyunyan), "Note", `figure "12"`})
	})
	t.Run("place note", func(t *testing.T) {
		all := slices.Collect(places.All())
		i := index(t, all, func(p places.Place) places.ID { return p.ID }, places.LachinCorridor)
		all[i].Note += " It is 65 km long."
		checkOne(t, places.ValidateRecords(all), want{"place " + string(places.LachinCorridor), "Note", `figure "65"`})
	})
	t.Run("point summary", func(t *testing.T) {
		all := slices.Collect(agreement.All())
		i := index(t, all, func(a agreement.Agreement) agreement.ID { return a.ID }, agreement.Statement2020)
		pts := all[i].Points.Slice()
		pts[2].Summary += " with 45 helicopters"
		all[i].Points = karabakh.ListOf(pts...)
		checkOne(t, agreement.ValidateRecords(all), want{"agreement " + string(agreement.Statement2020), "Points[2].Summary", `figure "45"`})
	})
	t.Run("observation summary", func(t *testing.T) {
		obs := slices.Collect(implementation.Observations())
		obs[0].Summary += " 31 checkpoints were set up."
		err := implementation.ValidateRecords(obs, slices.Collect(implementation.DeadlineChanges()),
			slices.Collect(implementation.Fulfilments()), slices.Collect(implementation.Misses()))
		checkOne(t, err, want{observationRec(0, obs[0]), "Summary", `figure "31"`})
	})
}

// observationRec names the i'th observation's record as Validate does.
func observationRec(i int, o implementation.Observation) string {
	return fmt.Sprintf("observation #%d (%s@%s)", i, o.Point, o.Date)
}

func TestShortQuoteRule(t *testing.T) {
	events := slices.Collect(timeline.All())
	aghdam := index(t, events, func(e timeline.Event) timeline.ID { return e.ID }, timeline.AghdamHandover)
	rec := "event " + string(timeline.AghdamHandover)
	for _, tt := range []struct {
		name  string
		quote string
		want  want
	}{
		{"a fragment", "relatively stable", want{rec, "Sources[0].Quote", "a quote must carry its claim"}},
		{"24 characters", strings.Repeat("x", check.MinQuoteLen-1), want{rec, "Sources[0].Quote", "24 characters long"}},
		{"25 characters", strings.Repeat("x", check.MinQuoteLen), want{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := slices.Clone(events)
			old := ev[aghdam].Sources.Slice()
			old[0] = src.Q(language.English, old[0].URL, tt.quote)
			ev[aghdam].Sources = karabakh.ListOf(old...)
			// A shorter source list can leave a figure unquoted; the
			// Summary is cleared so that only the quote rule can fire.
			ev[aghdam].Summary, ev[aghdam].Title, ev[aghdam].Note = "Aghdam handed over", "Aghdam handed over", ""
			checkOne(t, timeline.ValidateRecords(ev), tt.want)
		})
	}
}

func TestBackgroundRule(t *testing.T) {
	events := slices.Collect(timeline.All())
	aghdam := index(t, events, func(e timeline.Event) timeline.ID { return e.ID }, timeline.AghdamHandover)
	ev := slices.Clone(events)
	ss := ev[aghdam].Sources.Slice()
	for i := range ss {
		ss[i] = src.B(ss[i])
	}
	ev[aghdam].Sources = karabakh.ListOf(ss...)
	checkOne(t, timeline.ValidateRecords(ev), want{"event " + string(timeline.AghdamHandover), "Sources", "are all background"})
}

func TestStateChangeRule(t *testing.T) {
	obs := slices.Collect(implementation.Observations())
	// The first change of level or state in the shipped history.
	j := -1
	for i := 1; i < len(obs); i++ {
		if obs[i].Point == obs[i-1].Point && (obs[i].Level != obs[i-1].Level || obs[i].State != obs[i-1].State) {
			j = i
			break
		}
	}
	if j < 0 {
		t.Fatal("no change of level or state in the shipped observations")
	}
	validate := func(obs []implementation.Observation) error {
		return implementation.ValidateRecords(obs, slices.Collect(implementation.DeadlineChanges()),
			slices.Collect(implementation.Fulfilments()), slices.Collect(implementation.Misses()))
	}
	t.Run("no new evidence", func(t *testing.T) {
		o := slices.Clone(obs)
		o[j].Evidence = o[j-1].Evidence
		checkOne(t, validate(o), want{observationRec(j, o[j]), "Evidence", "cites no event that the observation of"})
	})
	t.Run("no change, no new evidence needed", func(t *testing.T) {
		o := slices.Clone(obs)
		o[j].Evidence = o[j-1].Evidence
		o[j].Level, o[j].State = o[j-1].Level, o[j-1].State
		checkOne(t, validate(o), want{})
	})
}

func TestOfficeDatesRule(t *testing.T) {
	all := slices.Collect(actors.All())
	i := index(t, all, func(a actors.Actor) actors.ID { return a.ID }, actors.Mustafayev)
	rec := "actor " + string(actors.Mustafayev)
	for _, tt := range []struct {
		name   string
		mutate func(o *actors.Office)
		want   want
	}{
		{"both a term and attested days", func(o *actors.Office) {
			o.Term = karabakh.Span(karabakh.Day(2018, time.April, 21), karabakh.Date{})
		}, want{rec, "Offices[0]", "has both a Term and Attested days"}},
		{"neither", func(o *actors.Office) { o.Attested = karabakh.List[karabakh.Date]{} }, want{rec, "Offices[0]", "has neither"}},
		{"attested days out of order", func(o *actors.Office) {
			o.Attested = karabakh.ListOf(karabakh.Day(2021, time.January, 30), karabakh.Day(2021, time.January, 30))
		}, want{rec, "Offices[0].Attested[1]", "list attested days once each, in order"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := slices.Clone(all)
			offs := a[i].Offices.Slice()
			tt.mutate(&offs[0])
			a[i].Offices = karabakh.ListOf(offs...)
			checkOne(t, actors.ValidateRecords(a), tt.want)
		})
	}
}

func TestCoordinatesRule(t *testing.T) {
	all := slices.Collect(places.All())
	i := index(t, all, func(p places.Place) places.ID { return p.ID }, places.Stepanakert)
	rec := "place " + string(places.Stepanakert)
	for _, tt := range []struct {
		name   string
		mutate func(cs []places.Coordinates) []places.Coordinates
		want   want
	}{
		{"latitude off the globe", func(cs []places.Coordinates) []places.Coordinates { cs[0].Lat = 91; return cs }, want{rec, "Coordinates[0].Lat", "not a latitude"}},
		{"longitude off the globe", func(cs []places.Coordinates) []places.Coordinates { cs[0].Lon = -181; return cs }, want{rec, "Coordinates[0].Lon", "not a longitude"}},
		{"degrees in no quote", func(cs []places.Coordinates) []places.Coordinates { cs[0].Lat = 10.5; return cs }, want{rec, "Coordinates[0].Lat", "no quote gives 10 degrees"}},
		{"no precision", func(cs []places.Coordinates) []places.Coordinates { cs[0].Precision = ""; return cs }, want{rec, "Coordinates[0].Precision", "is empty"}},
		{"no source", func(cs []places.Coordinates) []places.Coordinates {
			cs[0].Sources = karabakh.Sources{}
			return cs
		}, want{rec, "Coordinates[0].Sources", "cites no source"}},
		{"no preferred version", func(cs []places.Coordinates) []places.Coordinates {
			for j := range cs {
				cs[j].Preferred = false
			}
			return cs
		}, want{rec, "Coordinates", "0 of"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := slices.Clone(all)
			p[i].Coordinates = karabakh.ListOf(tt.mutate(p[i].Coordinates.Slice())...)
			checkOne(t, places.ValidateRecords(p), tt.want)
		})
	}
}

// TestExemptionsUsed checks that every exemption from the figures and
// short-quote rules still exempts something: its record exists, and the
// figure or quote it names is still in it, so that an exemption cannot
// outlive the text it was written for.
func TestExemptionsUsed(t *testing.T) {
	figures, quotes := check.Exemptions()
	texts := recordTexts()
	for _, e := range figures {
		if e.Reason == "" {
			t.Errorf("%s: figure exemption %q gives no reason", e.Record, e.Text)
		}
		found := false
		for _, f := range check.Figures(strings.Join(texts[e.Record][e.Field], " ")) {
			found = found || f.Text == e.Text
		}
		if !found {
			t.Errorf("%s %s: exempted figure %q is no longer there", e.Record, e.Field, e.Text)
		}
	}
	for _, e := range quotes {
		if e.Reason == "" {
			t.Errorf("%s: quote exemption %q gives no reason", e.Record, e.Text)
		}
		if len([]rune(e.Text)) >= check.MinQuoteLen {
			t.Errorf("%s: quote %q is long enough to need no exemption", e.Record, e.Text)
		}
		if !slices.Contains(texts[e.Record]["quotes"], e.Text) {
			t.Errorf("%s: exempted quote %q is no longer cited", e.Record, e.Text)
		}
	}
}

// recordTexts returns, by record name as Validate writes it, the record's
// Title, Summary and Note (by field name) and, under "quotes", every quote
// it cites. Only events and places are covered: the records that hold
// exemptions or may come to.
func recordTexts() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	add := func(rec string, fields map[string]string, srcs ...karabakh.Sources) {
		m := map[string][]string{}
		for k, v := range fields {
			m[k] = []string{v}
		}
		for _, ss := range srcs {
			for s := range ss.All() {
				m["quotes"] = append(m["quotes"], s.Quote)
			}
		}
		out[rec] = m
	}
	for e := range timeline.All() {
		add("event "+string(e.ID), map[string]string{"Title": e.Title, "Summary": e.Summary, "Note": e.Note}, e.Sources)
	}
	for p := range places.All() {
		srcs := []karabakh.Sources{p.Sources}
		for c := range p.Coordinates.All() {
			srcs = append(srcs, c.Sources)
		}
		add("place "+string(p.ID), map[string]string{"Note": p.Note}, srcs...)
	}
	return out
}

// TestSearchLogUsed checks that every row of the search log
// (internal/bundle/searched.tsv) is a passage some record still quotes
// from that page, so that the log lists no reading the data no longer
// rests on, and that each says who read it.
func TestSearchLogUsed(t *testing.T) {
	log, err := bundle.SearchLog()
	if err != nil {
		t.Fatal(err)
	}
	b, err := schema.Marshal(schema.Export())
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	cited := map[[2]string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			u, _ := x["url"].(string)
			q, _ := x["quote"].(string)
			if u != "" && q != "" {
				cited[[2]string{u, q}] = true
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	for _, s := range log {
		if !cited[[2]string{s.URL, s.Quote}] {
			t.Errorf("searched.tsv: no record quotes %q from %s", s.Quote, s.URL)
		}
		if s.Read == "" {
			t.Errorf("searched.tsv: %s %q: says not who read it", s.URL, s.Quote)
		}
	}
}
