package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// Dates, moments and figures that the primary sources fix, checked record
// by record.

func TestCeasefireMoment(t *testing.T) {
	e := event(t, CeasefireTakesEffect)
	if got, want := e.Moment.UTC(), time.Date(2020, time.November, 9, 21, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("ceasefire moment in UTC = %s, want %s", got, want)
	}
	if name, off := e.Moment.Zone(); name != "MSK" || off != 3*60*60 {
		t.Errorf("ceasefire moment zone = %s %+d, want Moscow time as the statement gives it", name, off)
	}
	if e.When != karabakh.Day(2020, time.November, 10).Interval() {
		t.Errorf("ceasefire When = %s, want 2020-11-10", e.When)
	}
	if !e.BearsOn(agreement.Point1) {
		t.Error("ceasefire does not bear on point 1")
	}
	s := event(t, StatementSigned)
	if s.When.String() != "2020-11-09/2020-11-10" {
		t.Errorf("signing When = %s, want the night of 9 to 10 November", s.When)
	}
	if !s.Moment.Equal(e.Moment) {
		t.Errorf("signing Moment = %s, want the moment the statement took effect, %s", s.Moment, e.Moment)
	}
}

func TestHandoverDates(t *testing.T) {
	for _, c := range []struct {
		id    ID
		kind  Kind
		date  string
		point agreement.PointID
		place places.ID
	}{
		{AghdamHandover, Handover, "2020-11-20", agreement.Point2, places.AghdamDistrict},
		{KalbajarDeadlineExtended, Deadline, "2020-11-15", agreement.Point6, places.KalbajarDistrict},
		{KalbajarHandover, Handover, "2020-11-25", agreement.Point6, places.KalbajarDistrict},
		{LachinHandover, Handover, "2020-12-01", agreement.Point6, places.LachinDistrict},
		{FirstPrisonerExchange, Exchange, "2020-12-14", agreement.Point8, ""},
		{MonitoringCentreMemorandum, Signing, "2020-11-11", agreement.Point5, ""},
		{MonitoringCentreOpens, Opening, "2021-01-30", agreement.Point5, places.Kiyamanddinli},
	} {
		e := event(t, c.id)
		if e.Kind != c.kind || e.When.String() != c.date || !e.BearsOn(c.point) || c.place != "" && !e.At(c.place) {
			t.Errorf("%s = %s %s points %v places %v; want %s %s %s at %q", c.id, e.Kind, e.When, e.Points.Slice(), e.Places.Slice(), c.kind, c.date, c.point, c.place)
		}
	}
	ext, hand := event(t, KalbajarDeadlineExtended), event(t, KalbajarHandover)
	if d := ext.When.Start.DaysUntil(hand.When.Start); d != 10 {
		t.Errorf("Kalbajar handed over %d days after the original 15 November deadline, want 10", d)
	}
}

func TestBorderCeasefire2021(t *testing.T) {
	e := event(t, BorderCeasefire2021)
	if got, want := e.Moment.UTC(), time.Date(2021, time.November, 16, 14, 30, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("border ceasefire in UTC = %s, want %s (18:30 Yerevan time)", got, want)
	}
	if e.Agreements.Len() != 0 || e.Points.Len() != 0 {
		t.Error("the 2021 border ceasefire is not part of any trilateral statement")
	}
}

func TestClaims(t *testing.T) {
	e := event(t, AliyevPOWClaim)
	if e.ClaimedBy == "" || !e.Involves(e.ClaimedBy) {
		t.Errorf("%s must be recorded as the speaker's claim", e.ID)
	}
}

// TestKeyDatesAndFigures checks dates and numbers that the primary sources fix.
func TestKeyDatesAndFigures(t *testing.T) {
	day := func(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }
	for _, c := range []struct {
		id    ID
		start karabakh.Date
		kind  Kind
	}{
		{BorderClashes2022, day(2022, time.September, 13), Clash},
		{PragueMeeting, day(2022, time.October, 6), Meeting},
		{SochiSummit2022, day(2022, time.October, 31), Signing},
		{LachinBlockadeBegins, day(2022, time.December, 12), Blockade},
		{HakariCheckpoint, day(2023, time.April, 23), Opening},
		{MoscowMeeting2023, day(2023, time.May, 25), Meeting},
		{Offensive2023, day(2023, time.September, 19), Offensive},
		{Ceasefire2023, day(2023, time.September, 20), Ceasefire},
		{ArtsakhDissolutionDecree, day(2023, time.September, 28), Dissolution},
		{Exodus2023, day(2023, time.September, 30), Displacement},
		{PrisonerExchange2023, day(2023, time.December, 13), Exchange},
		{ArtsakhCeasesToExist, day(2024, time.January, 1), Dissolution},
		{PeacekeepersLeaveDadivank, day(2024, time.April, 10), Withdrawal},
		{PeacekeepersWithdrawalBegins, day(2024, time.April, 17), Withdrawal},
		{MonitoringCentreCloses, day(2024, time.April, 26), Closure},
		{GazakhVillagesReturned, day(2024, time.May, 24), Handover},
		{PeacekeepersWithdrawalCompleted, day(2024, time.June, 12), Withdrawal},
		{WashingtonSummit, day(2025, time.August, 8), Meeting},
		{PeaceAgreementInitialled, day(2025, time.August, 8), Signing},
		{MinskClosureDecision, day(2025, time.September, 1), Closure},
		{MinskGroupClosed, day(2025, time.November, 30), Closure},
	} {
		e := event(t, c.id)
		if e.When.Start != c.start {
			t.Errorf("%s starts %s, want %s", c.id, e.When.Start, c.start)
		}
		if e.Kind != c.kind {
			t.Errorf("%s is %s, want %s", c.id, e.Kind, c.kind)
		}
	}

	// The 2023 ceasefire: 13:00 local (UTC+4) = 09:00 UTC; Sputnik
	// Africa's "10.00 GMT" is kept as a source but not as the moment.
	cf := event(t, Ceasefire2023)
	if got := cf.Moment.UTC(); !got.Equal(time.Date(2023, time.September, 20, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("2023 ceasefire moment = %s UTC, want 09:00", got.Format(time.DateTime))
	}
	if _, off := cf.Moment.Zone(); off != 4*3600 {
		t.Errorf("2023 ceasefire moment zone offset = %d, want UTC+4", off)
	}
	if !citesQuote(cf, "10.00 GMT") || !strings.Contains(cf.Note, "UTC+4") {
		t.Error("2023 ceasefire should keep Sputnik Africa's 10.00 GMT and say which time fits UTC+4")
	}

	// Casualty counts from different moments: both kept.
	off := event(t, Offensive2023)
	if !citesQuote(off, "At least 27") || !citesQuote(off, "32 people were killed") {
		t.Error("the 2023 offensive should cite both the 27 and the 32 death tolls")
	}

	// The exodus: the government's 100,417, and AP's flagged outlier.
	ex := event(t, Exodus2023)
	if !citesQuote(ex, "100,417") || !citesQuote(ex, "50,000") || !strings.Contains(ex.Note, "outlier") {
		t.Error("the exodus should cite 100,417 and flag AP's 50,000 as an outlier")
	}

	// ERRATA: the Dadivank/Khudavang departure is about 10 April 2024;
	// 17 April is the report's date.
	dv := event(t, PeacekeepersLeaveDadivank)
	if !dv.At(places.Dadivank) || !strings.Contains(dv.Note, "17 April") {
		t.Error("Dadivank event should name the monastery and explain the 17 April report date")
	}

	// ERRATA: the OSCE decision's code is MC.DEC/1/25.
	mc := event(t, MinskClosureDecision)
	if !strings.Contains(mc.Summary, "MC.DEC/1/25") {
		t.Error("Minsk closure decision should give the code MC.DEC/1/25")
	}

	// 8 August 2025: declaration signed, agreement only initialled.
	if !event(t, JointDeclarationSigned).Agreements.ContainsFunc(func(a agreement.ID) bool { return a == agreement.WashingtonDeclaration2025 }) {
		t.Error("the Joint Declaration event should name the declaration")
	}
	if !strings.Contains(event(t, PeaceAgreementInitialled).Summary, "not signed") {
		t.Error("the peace agreement was initialled, not signed")
	}

	// 12:00 GMT+4 at the Hakari bridge.
	if h := event(t, HakariCheckpoint).Moment.UTC(); h.Hour() != 8 {
		t.Errorf("Hakari checkpoint at %s UTC, want 08:00", h.Format(time.TimeOnly))
	}
}

func citesQuote(e Event, s string) bool {
	return e.Sources.ContainsFunc(func(src karabakh.Source) bool { return strings.Contains(src.Quote, s) })
}
