package implementation

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

func TestValidate(t *testing.T) {
	if err := Validate(); err != nil {
		t.Fatal(err)
	}
}

var points = []agreement.PointID{agreement.Point1, agreement.Point2, agreement.Point3, agreement.Point4,
	agreement.Point5, agreement.Point6, agreement.Point7, agreement.Point8, agreement.Point9}

// Every point has a history that opens on the day the statement took effect,
// so that an as-of query finds every point from then on.
func TestEveryPointFromTheStart(t *testing.T) {
	start := karabakh.Day(2020, time.November, 10)
	for _, p := range points {
		var first Observation
		n := 0
		for o := range History(p) {
			if n == 0 {
				first = o
			}
			n++
		}
		if n == 0 {
			t.Errorf("%s: no observations", p)
			continue
		}
		if first.Date != start {
			t.Errorf("%s: history opens on %s, want %s", p, first.Date, start)
		}
	}
}

// Every observation rests on events that exist, bear on its point and had
// begun by its date, and cites only what those events cite, quote for quote.
func TestEvidence(t *testing.T) {
	for o := range Observations() {
		rec := fmt.Sprintf("%s@%s", o.Point, o.Date)
		if o.Evidence.Len() == 0 {
			t.Errorf("%s: no evidence", rec)
		}
		if o.Sources.Len() == 0 {
			t.Errorf("%s: no sources", rec)
		}
		var evs []timeline.Event
		for id := range o.Evidence.All() {
			e, ok := timeline.Get(id)
			if !ok {
				t.Errorf("%s: no event %q", rec, id)
				continue
			}
			if !e.BearsOn(o.Point) {
				t.Errorf("%s: event %s does not bear on the point", rec, id)
			}
			if e.When.Start.Lower().After(o.Date.Upper()) {
				t.Errorf("%s: event %s begins later (%s)", rec, id, e.When.Start)
			}
			evs = append(evs, e)
		}
		checkCited(t, rec, o.Sources, evs...)
	}
	for c := range DeadlineChanges() {
		e, ok := timeline.Get(c.Event)
		if !ok {
			t.Errorf("change of %s: no event %q", c.Obligation, c.Event)
			continue
		}
		checkCited(t, "change of "+string(c.Obligation), c.Sources, e)
	}
	for f := range Fulfilments() {
		e, ok := timeline.Get(f.Event)
		if !ok {
			t.Errorf("fulfilment of %s: no event %q", f.Obligation, f.Event)
			continue
		}
		checkCited(t, "fulfilment of "+string(f.Obligation), f.Sources, e)
	}
}

// checkCited reports each source in srcs that none of evs cites with the same
// URL, quote and language.
func checkCited(t *testing.T, rec string, srcs karabakh.Sources, evs ...timeline.Event) {
	t.Helper()
	for s := range srcs.All() {
		found := false
		for _, e := range evs {
			if e.Sources.ContainsFunc(func(es karabakh.Source) bool {
				return es.URL == s.URL && es.Quote == s.Quote && es.Lang == s.Lang && es.Point == s.Point
			}) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: source %s %q is not cited by its events", rec, s.URL, s.Quote)
		}
	}
}

func TestObservationOrder(t *testing.T) {
	var prev Observation
	for o := range Observations() {
		if prev.Point != "" {
			if o.Point.Number() < prev.Point.Number() ||
				o.Point == prev.Point && o.Date.Compare(prev.Date) <= 0 {
				t.Errorf("%s@%s comes after %s@%s", o.Point, o.Date, prev.Point, prev.Date)
			}
		}
		prev = o
	}
}

// The status of every deadline the issue names, on the dataset's date and
// on earlier days, with the dates and day counts behind it.
func TestOutcomes(t *testing.T) {
	d := karabakh.MustParseDate
	updated := d(karabakh.DatasetUpdated)
	tests := []struct {
		id                       agreement.DeadlineID
		asOf                     karabakh.Date
		status                   Status
		final, done              string
		daysEarly, originalEarly int
	}{
		{agreement.DeadlineID(agreement.ObligationCeasefireAzerbaijan), updated, StatusMet, "2020-11-10", "2020-11-10", 0, 0},
		{agreement.DeadlineID(agreement.ObligationReturnAghdam), updated, StatusMet, "2020-11-20", "2020-11-20", 0, 0},
		// Kalbajar: met on the extended deadline, ten days after the text's.
		{agreement.DeadlineID(agreement.ObligationReturnKalbajar), updated, StatusMetExtended, "2020-11-25", "2020-11-25", 0, -10},
		// Before the extension was agreed, and after it but before the
		// handover.
		{agreement.DeadlineID(agreement.ObligationReturnKalbajar), d("2020-11-14"), StatusPending, "2020-11-15", "", 0, 0},
		{agreement.DeadlineID(agreement.ObligationReturnKalbajar), d("2020-11-20"), StatusPending, "2020-11-25", "", 0, 0},
		{agreement.DeadlineID(agreement.ObligationReturnLachin), updated, StatusMet, "2020-12-01", "2020-12-01", 0, 0},
		{agreement.DeadlineID(agreement.ObligationJan2021FirstMeeting), updated, StatusMet, "2021-01-30", "2021-01-30", 0, 0},
		// Passed with no record either way.
		{agreement.DeadlineID(agreement.ObligationJan2021ExpertSubgroups), updated, StatusUnrecorded, "2021-02-28", "", 0, 0},
		// A source shows the list and timetable not submitted.
		// No source shows the list and timetable missing on 1 March 2021:
		// the sources record neither that it was submitted nor that it was
		// not.
		{agreement.DeadlineID(agreement.ObligationJan2021Timetable), updated, StatusUnrecorded, "2021-03-01", "", 0, 0},
		{agreement.DeadlineID(agreement.ObligationJan2021Timetable), d("2021-02-15"), StatusPending, "2021-03-01", "", 0, 0},
		// Point 6 was overtaken in September 2023, before the plan fell due.
		{agreement.DeadlineID(agreement.ObligationLachinCorridorPlanAze), updated, StatusOvertaken, "2023-11-10", "", 0, 0},
		{agreement.DeadlineID(agreement.ObligationLachinCorridorPlanAze), d("2022-01-01"), StatusPending, "2023-11-10", "", 0, 0},
		// The peacekeepers left in 2024, before either notice date.
		{"statement-2020-11-10-peacekeeping-notice-1", updated, StatusOvertaken, "2025-05-10", "", 0, 0},
		{"statement-2020-11-10-peacekeeping-notice-2", updated, StatusOvertaken, "2030-05-10", "", 0, 0},
		{"statement-2020-11-10-peacekeeping-notice-1", d("2023-01-01"), StatusPending, "2025-05-10", "", 0, 0},
	}
	for _, tt := range tests {
		out, ok := OutcomeOf(tt.id, tt.asOf)
		if !ok {
			t.Errorf("%s: no outcome", tt.id)
			continue
		}
		done := ""
		if !out.Done.IsZero() {
			done = out.Done.String()
		}
		if out.Status != tt.status || out.Final.String() != tt.final || done != tt.done ||
			out.DaysEarly != tt.daysEarly || out.OriginalDaysEarly != tt.originalEarly {
			t.Errorf("%s as of %s = %s, final %s, done %q, %d/%d days early; want %s, %s, %q, %d/%d",
				tt.id, tt.asOf, out.Status, out.Final, done, out.DaysEarly, out.OriginalDaysEarly, tt.status, tt.final, tt.done, tt.daysEarly, tt.originalEarly)
		}
		if out.Status != StatusPending && out.Status != StatusUnrecorded && out.Evidence.Len() == 0 {
			t.Errorf("%s: status %s without evidence", tt.id, out.Status)
		}
	}
	out, _ := OutcomeOf(agreement.DeadlineID(agreement.ObligationReturnKalbajar), updated)
	if out.Changes.Len() != 1 || out.Changes.At(0).Event != timeline.KalbajarDeadlineExtended {
		t.Errorf("Kalbajar changes = %+v, want one, by %s", out.Changes, timeline.KalbajarDeadlineExtended)
	}
	if _, ok := OutcomeOf("no-such-deadline", updated); ok {
		t.Error("an unknown deadline has an outcome")
	}
	// Every deadline has an outcome with a known status.
	n := 0
	for o := range Outcomes(updated) {
		n++
		if !o.Status.Valid() {
			t.Errorf("%s: status %q", o.Deadline.ID, o.Status)
		}
	}
	if n != len(slices.Collect(agreement.Deadlines())) {
		t.Errorf("Outcomes gave %d, want one per deadline", n)
	}
}

// The dates the sources give for key events, as the histories record them.
func TestDatedFacts(t *testing.T) {
	type fact struct {
		point agreement.PointID
		date  karabakh.Date
		event timeline.ID
		level Level
		state State
	}
	facts := []fact{
		{agreement.Point1, karabakh.Day(2020, time.November, 10), timeline.CeasefireTakesEffect, Full, ""},
		{agreement.Point2, karabakh.Day(2020, time.November, 20), timeline.AghdamHandover, Full, ""},
		{agreement.Point6, karabakh.Day(2020, time.November, 15), timeline.KalbajarDeadlineExtended, NotInitiated, DeadlineExtended},
		{agreement.Point6, karabakh.Day(2020, time.November, 25), timeline.KalbajarHandover, Minimal, ""},
		{agreement.Point6, karabakh.Day(2020, time.December, 1), timeline.LachinHandover, Intermediate, ""},
		{agreement.Point6, karabakh.Day(2022, time.December, 12), timeline.LachinBlockadeBegins, Intermediate, Suspended},
		{agreement.Point5, karabakh.Day(2021, time.January, 30), timeline.MonitoringCentreOpens, Full, ""},
		{agreement.Point5, karabakh.Day(2024, time.April, 26), timeline.MonitoringCentreCloses, Full, Overtaken},
		// The first prisoner exchange, 14 December 2020.
		{agreement.Point8, karabakh.Day(2020, time.December, 14), timeline.FirstPrisonerExchange, Intermediate, ""},
		{agreement.Point8, karabakh.Day(2021, time.February, 26), timeline.AliyevPOWClaim, Intermediate, Disputed},
		// The peacekeepers' withdrawal: begun 17 April, completed 12 June 2024.
		{agreement.Point3, karabakh.Day(2024, time.April, 17), timeline.PeacekeepersWithdrawalBegins, Full, Overtaken},
		{agreement.Point3, karabakh.Day(2024, time.June, 12), timeline.PeacekeepersWithdrawalCompleted, Full, Overtaken},
		{agreement.Point4, karabakh.Day(2024, time.June, 12), timeline.PeacekeepersWithdrawalCompleted, Intermediate, Overtaken},
		{agreement.Point7, karabakh.Day(2023, time.September, 30), timeline.Exodus2023, Minimal, Overtaken},
		{agreement.Point9, karabakh.Day(2021, time.January, 30), timeline.WorkingGroupFirstMeeting, Minimal, ""},
		{agreement.Point9, karabakh.Day(2025, time.August, 8), timeline.TRIPPNamed, Minimal, Overtaken},
	}
	for _, f := range facts {
		o, ok := StateOn(f.point, f.date)
		if !ok || o.Date != f.date {
			t.Errorf("%s: no observation dated %s (got %s)", f.point, f.date, o.Date)
			continue
		}
		if !karabakh.Contains(o.Evidence, f.event) {
			t.Errorf("%s@%s: evidence %v lacks %s", f.point, f.date, o.Evidence.Slice(), f.event)
		}
		if o.Level != f.level || o.State != f.state {
			t.Errorf("%s@%s: %s/%q, want %s/%q", f.point, f.date, o.Level, o.State, f.level, f.state)
		}
		// The event itself carries the date.
		if e, ok := timeline.Get(f.event); !ok || !e.When.Contains(f.date) {
			t.Errorf("%s: event %s does not fall on %s", f.point, f.event, f.date)
		}
	}

	want := map[agreement.ObligationID]karabakh.Date{
		agreement.ObligationReturnAghdam:   karabakh.Day(2020, time.November, 20),
		agreement.ObligationReturnKalbajar: karabakh.Day(2020, time.November, 25),
		agreement.ObligationReturnLachin:   karabakh.Day(2020, time.December, 1),
	}
	for f := range Fulfilments() {
		if d, ok := want[f.Obligation]; ok {
			if f.Date != d {
				t.Errorf("%s fulfilled on %s, want %s", f.Obligation, f.Date, d)
			}
			delete(want, f.Obligation)
		}
	}
	for id := range want {
		t.Errorf("%s: no fulfilment", id)
	}
}

func TestStateOn(t *testing.T) {
	o, ok := StateOn(agreement.Point8, karabakh.Day(2021, time.February, 1))
	if !ok {
		t.Fatal("no state of point 8 on 2021-02-01")
	}
	if o.Date != karabakh.Day(2020, time.December, 14) || o.Level != Intermediate || o.State != "" ||
		o.Evidence.Len() != 1 || o.Evidence.At(0) != timeline.FirstPrisonerExchange {
		t.Errorf("point 8 on 2021-02-01 = %s %s %q %v, want the first exchange of 2020-12-14", o.Date, o.Level, o.State, o.Evidence.Slice())
	}

	// The day before an observation, the previous one holds.
	if o, _ := StateOn(agreement.Point2, karabakh.Day(2020, time.November, 19)); o.Level != NotInitiated {
		t.Errorf("point 2 on 2020-11-19: %s, want not initiated", o.Level)
	}
	// A month-precision observation counts from the month's first day.
	if o, _ := StateOn(agreement.Point6, karabakh.Day(2022, time.August, 1)); o.Date != karabakh.Month(2022, time.August) {
		t.Errorf("point 6 on 2022-08-01: observation of %s, want 2022-08", o.Date)
	}
	if _, ok := StateOn(agreement.Point1, karabakh.Day(2020, time.November, 9)); ok {
		t.Error("point 1 has a state before the ceasefire")
	}
	if _, ok := StateOn("no-such-point", karabakh.Day(2021, time.January, 1)); ok {
		t.Error("an unknown point has a state")
	}
}

func TestStatesOn(t *testing.T) {
	for _, tt := range []struct {
		day  karabakh.Date
		want int
	}{
		{karabakh.Day(2020, time.November, 9), 0},
		{karabakh.Day(2020, time.November, 10), 9},
		{karabakh.Day(2021, time.February, 1), 9},
		{karabakh.Day(2024, time.June, 15), 9},
	} {
		got := slices.Collect(StatesOn(tt.day))
		if len(got) != tt.want {
			t.Errorf("StatesOn(%s): %d points, want %d", tt.day, len(got), tt.want)
		}
		for i, o := range got {
			if i > 0 && o.Point.Number() <= got[i-1].Point.Number() {
				t.Errorf("StatesOn(%s): %s after %s", tt.day, o.Point, got[i-1].Point)
			}
			if one, _ := StateOn(o.Point, tt.day); one.Date != o.Date {
				t.Errorf("StatesOn(%s)[%s] = %s, StateOn gives %s", tt.day, o.Point, o.Date, one.Date)
			}
		}
	}
}

func TestLevelAndState(t *testing.T) {
	if Level(4).Valid() || Level(-1).Valid() || !Full.Valid() {
		t.Error("Level.Valid wrong")
	}
	if Level(4).String() != "Level(4)" || Intermediate.String() != "intermediate" {
		t.Error("Level.String wrong")
	}
	if !State("").Valid() || State("done").Valid() {
		t.Error("State.Valid wrong")
	}
	for s := range States() {
		if !s.Valid() {
			t.Errorf("%q not valid", s)
		}
	}
}

// Each broken rule is reported once, naming the record and field.
func TestValidateRecordsMutations(t *testing.T) {
	base := data()
	day := func(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }
	aghdam := slices.IndexFunc(base.observations, func(o Observation) bool {
		return o.Point == agreement.Point2 && o.Date == day(2020, time.November, 20)
	})
	if aghdam < 0 {
		t.Fatal("no Aghdam observation")
	}
	aghdamRec := fmt.Sprintf("observation #%d (statement-2020-11-10#2@2020-11-20)", aghdam)
	lachin := slices.IndexFunc(base.fulfilments, func(f Fulfilment) bool { return f.Obligation == agreement.ObligationReturnLachin })
	lachinRec := fmt.Sprintf("fulfilment #%d (%s)", lachin, agreement.ObligationReturnLachin)
	tests := []struct {
		name          string
		obs           func([]Observation)
		changes       func([]DeadlineChange) []DeadlineChange
		fuls          func([]Fulfilment) []Fulfilment
		record, field string
	}{
		{name: "observation without a source",
			obs:    func(o []Observation) { o[aghdam].Sources = karabakh.Sources{} },
			record: aghdamRec, field: "Sources"},
		{name: "source without quote or point",
			obs: func(o []Observation) {
				o[aghdam].Sources = src.List(src.Q(language.English, "https://www.aljazeera.com/x", ""))
			},
			record: aghdamRec, field: "Sources[0]"},
		{name: "out of date order",
			obs:    func(o []Observation) { o[aghdam-1], o[aghdam] = o[aghdam], o[aghdam-1] },
			record: fmt.Sprintf("observation #%d (statement-2020-11-10#2@2020-11-10)", aghdam), field: "Date"},
		{name: "level 4",
			obs:    func(o []Observation) { o[aghdam].Level = 4 },
			record: aghdamRec, field: "Level"},
		{name: "unknown state",
			obs:    func(o []Observation) { o[aghdam].State = "abandoned" },
			record: aghdamRec, field: "State"},
		{name: "dangling event",
			obs:    func(o []Observation) { o[aghdam].Evidence = karabakh.ListOf[timeline.ID]("2020-11-20-no-such-event") },
			record: aghdamRec, field: "Evidence[0]"},
		{name: "no evidence",
			obs:    func(o []Observation) { o[aghdam].Evidence = karabakh.List[timeline.ID]{} },
			record: aghdamRec, field: "Evidence"},
		{name: "evidence that does not bear on the point",
			obs:    func(o []Observation) { o[aghdam].Evidence = karabakh.ListOf(timeline.CeasefireTakesEffect) },
			record: aghdamRec, field: "Evidence[0]"},
		{name: "evidence from after the observation",
			obs: func(o []Observation) {
				o[aghdam].Evidence = karabakh.ListOf(timeline.AghdamHandover, timeline.GazakhVillagesReturned)
			},
			record: aghdamRec, field: "Evidence[1]"},
		{name: "empty summary",
			obs:    func(o []Observation) { o[aghdam].Summary = " " },
			record: aghdamRec, field: "Summary"},
		{name: "deadline change not from the text's deadline",
			changes: func(c []DeadlineChange) []DeadlineChange {
				c[0].From = day(2020, time.November, 16)
				return c
			},
			record: "deadline change #0 (" + string(agreement.ObligationReturnKalbajar) + ")", field: "From"},
		{name: "second change not from the first's new date",
			changes: func(c []DeadlineChange) []DeadlineChange {
				next := c[0]
				next.From, next.To = day(2020, time.November, 20), day(2020, time.November, 30)
				return append(c, next)
			},
			record: "deadline change #1 (" + string(agreement.ObligationReturnKalbajar) + ")", field: "From"},
		{name: "deadline change of an obligation without a deadline",
			changes: func(c []DeadlineChange) []DeadlineChange {
				c[0].Obligation = agreement.ObligationControlLachinCorridor
				return c
			},
			record: "deadline change #0 (" + string(agreement.ObligationControlLachinCorridor) + ")", field: "Obligation"},
		{name: "fulfilment twice",
			fuls: func(f []Fulfilment) []Fulfilment {
				return append(f, f[len(f)-1])
			},
			record: fmt.Sprintf("fulfilment #%d (%s)", len(base.fulfilments), base.fulfilments[len(base.fulfilments)-1].Obligation), field: "Obligation"},
		{name: "fulfilment off its event's date",
			fuls: func(f []Fulfilment) []Fulfilment {
				f[lachin].Date = day(2020, time.December, 2)
				return f
			},
			record: lachinRec, field: "Date"},
		{name: "fulfilment by an event of another point",
			fuls: func(f []Fulfilment) []Fulfilment {
				f[0].Event = timeline.KremlinTextPublished
				return f
			},
			record: "fulfilment #0 (" + string(agreement.ObligationCeasefireAzerbaijan) + ")", field: "Event"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := slices.Clone(base.observations)
			changes := slices.Clone(base.changes)
			fuls := slices.Clone(base.fulfilments)
			if tt.obs != nil {
				tt.obs(obs)
			}
			if tt.changes != nil {
				changes = tt.changes(changes)
			}
			if tt.fuls != nil {
				fuls = tt.fuls(fuls)
			}
			checkOneProblem(t, ValidateRecords(obs, changes, fuls, slices.Collect(Misses())), tt.record, tt.field)
		})
	}

	t.Run("before the signing", func(t *testing.T) {
		o := Observation{Point: agreement.Point1, Date: day(2020, time.November, 1), Level: NotInitiated,
			Summary: "x", Evidence: karabakh.ListOf(timeline.SecondKarabakhWar),
			Sources: src.List(src.Q(language.English, "https://www.bbc.com/news/world-europe-54882564", "a quote long enough to carry its claim"))}
		checkOneProblem(t, ValidateRecords([]Observation{o}, nil, nil, nil), "observation #0 (statement-2020-11-10#1@2020-11-01)", "Date")
	})
	t.Run("points out of order", func(t *testing.T) {
		obs := []Observation{base.observations[aghdam], base.observations[0]}
		checkOneProblem(t, ValidateRecords(obs, nil, nil, nil), "observation #1 (statement-2020-11-10#1@2020-11-10)", "Point")
	})
}

func checkOneProblem(t *testing.T, err error, record, field string) {
	t.Helper()
	var verr *karabakh.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("got %v, want one problem with %s %s", err, record, field)
	}
	if len(verr.Problems) != 1 {
		t.Fatalf("%d problems, want 1:\n%v", len(verr.Problems), err)
	}
	if p := verr.Problems[0]; p.Record != record || p.Field != field {
		t.Errorf("problem %q, want record %q field %q", p, record, field)
	}
}
