package timeline

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

func TestLateValidate(t *testing.T) {
	if err := ValidateRecords(eventsLate()); err != nil {
		var ve *karabakh.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				t.Errorf("%s: %s: %s", p.Record, p.Field, p.Message)
			}
			return
		}
		t.Fatal(err)
	}
}

// TestValidateShipped checks the whole shipped timeline, early and late
// events together, as users get it.
func TestValidateShipped(t *testing.T) {
	if err := Validate(); err != nil {
		t.Error(err)
	}
}

// TestLateQuotesShort keeps quotes of non-official pages short.
func TestLateQuotesShort(t *testing.T) {
	for _, e := range eventsLate() {
		for i := range e.Sources.Len() {
			s := e.Sources.At(i)
			if n := len([]rune(s.Quote)); n >= 200 {
				t.Errorf("%s: Sources[%d]: quote is %d characters, want under 200", e.ID, i, n)
			}
		}
	}
}

func TestLateChronological(t *testing.T) {
	ev := eventsLate()
	first := karabakh.Day(2022, time.January, 1)
	for i, e := range ev {
		if e.When.Start.Compare(first) < 0 {
			t.Errorf("%s starts %s, before 2022: it belongs in data_early.go", e.ID, e.When.Start)
		}
		if i > 0 && compare(ev[i-1], e) > 0 {
			t.Errorf("%s (%s) listed after %s (%s)", e.ID, e.When, ev[i-1].ID, ev[i-1].When)
		}
		if !strings.HasPrefix(string(e.ID), e.When.Start.String()+"-") {
			t.Errorf("ID %s does not start with its date %s", e.ID, e.When.Start)
		}
	}
}

func lateEvent(t *testing.T, id ID) Event {
	t.Helper()
	for _, e := range eventsLate() {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no event %s", id)
	return Event{}
}

// TestLateKeyFacts checks dates and numbers that the primary sources fix.
func TestLateKeyFacts(t *testing.T) {
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
		e := lateEvent(t, c.id)
		if e.When.Start != c.start {
			t.Errorf("%s starts %s, want %s", c.id, e.When.Start, c.start)
		}
		if e.Kind != c.kind {
			t.Errorf("%s is %s, want %s", c.id, e.Kind, c.kind)
		}
	}

	// The 2023 ceasefire: 13:00 local (UTC+4) = 09:00 UTC; Sputnik
	// Africa's "10.00 GMT" is kept as a source but not as the moment.
	cf := lateEvent(t, Ceasefire2023)
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
	off := lateEvent(t, Offensive2023)
	if !citesQuote(off, "At least 27") || !citesQuote(off, "32 people were killed") {
		t.Error("the 2023 offensive should cite both the 27 and the 32 death tolls")
	}

	// The exodus: the government's 100,417, and AP's flagged outlier.
	ex := lateEvent(t, Exodus2023)
	if !citesQuote(ex, "100,417") || !citesQuote(ex, "50,000") || !strings.Contains(ex.Note, "outlier") {
		t.Error("the exodus should cite 100,417 and flag AP's 50,000 as an outlier")
	}

	// ERRATA: the Dadivank/Khudavang departure is about 10 April 2024;
	// 17 April is the report's date.
	dv := lateEvent(t, PeacekeepersLeaveDadivank)
	if !dv.At(places.Dadivank) || !strings.Contains(dv.Note, "17 April") {
		t.Error("Dadivank event should name the monastery and explain the 17 April report date")
	}

	// ERRATA: the OSCE decision's code is MC.DEC/1/25.
	mc := lateEvent(t, MinskClosureDecision)
	if !strings.Contains(mc.Summary, "MC.DEC/1/25") {
		t.Error("Minsk closure decision should give the code MC.DEC/1/25")
	}

	// 8 August 2025: declaration signed, agreement only initialled.
	if !lateEvent(t, JointDeclarationSigned).Agreements.ContainsFunc(func(a agreement.ID) bool { return a == agreement.WashingtonDeclaration2025 }) {
		t.Error("the Joint Declaration event should name the declaration")
	}
	if !strings.Contains(lateEvent(t, PeaceAgreementInitialled).Summary, "not signed") {
		t.Error("the peace agreement was initialled, not signed")
	}

	// 12:00 GMT+4 at the Hakari bridge.
	if h := lateEvent(t, HakariCheckpoint).Moment.UTC(); h.Hour() != 8 {
		t.Errorf("Hakari checkpoint at %s UTC, want 08:00", h.Format(time.TimeOnly))
	}
}

func citesQuote(e Event, s string) bool {
	return e.Sources.ContainsFunc(func(src karabakh.Source) bool { return strings.Contains(src.Quote, s) })
}

// lateBundleDir finds the source bundle the data was compiled from. Users do
// not have it; CI does.
func lateBundleDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{"../../shared/sources", "../../../shared/sources"} {
		if fi, err := os.Stat(filepath.Join(d, "facts.tsv")); err == nil && !fi.IsDir() {
			return d
		}
	}
	t.Skip("source bundle ../shared/sources not present")
	return ""
}

// TestLateCoversBundle checks that every dated row of the bundle's fact
// tables from 2022 on has its URL cited by some event.
func TestLateCoversBundle(t *testing.T) {
	dir := lateBundleDir(t)
	cited := make(map[string]bool)
	for _, e := range eventsLate() {
		for s := range e.Sources.All() {
			cited[s.URL] = true
		}
	}
	for _, name := range []string{"facts.tsv", "facts-more.tsv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			cols := strings.Split(sc.Text(), "\t")
			if line == 1 || len(cols) < 7 || cols[0] < "2022" {
				continue
			}
			if !cited[cols[5]] {
				t.Errorf("%s:%d (%s, %s): URL %s cited by no event", name, line, cols[0], cols[3], cols[5])
			}
		}
		f.Close()
	}
}

// lateOutsideBundle are pages found in the stored web after the bundle was
// compiled (to apply ERRATA), so their quotes are not in the bundle.
var lateOutsideBundle = map[string]bool{
	"https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html": true,
}

var spaceRun = regexp.MustCompile(`\s+`)

// TestLateQuotesFromBundle checks that every quote is copied exactly from
// the bundle (with runs of whitespace and block-quote marks collapsed).
func TestLateQuotesFromBundle(t *testing.T) {
	dir := lateBundleDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.ReplaceAll(string(b), "\n> ", " ")
		all.WriteString(spaceRun.ReplaceAllString(s, " "))
		all.WriteByte('\n')
	}
	text := all.String()
	for _, e := range eventsLate() {
		for i := range e.Sources.Len() {
			s := e.Sources.At(i)
			if s.Quote == "" || lateOutsideBundle[s.URL] {
				continue
			}
			if !strings.Contains(text, spaceRun.ReplaceAllString(s.Quote, " ")) {
				t.Errorf("%s: Sources[%d]: quote %q is not in the bundle", e.ID, i, s.Quote)
			}
		}
	}
}

func ExampleGet_ceasefire2023() {
	e, _ := Get(Ceasefire2023)
	fmt.Println(e.When, e.Moment.Format("15:04 MST"), "=", e.Moment.UTC().Format("15:04 MST"))
	// Output: 2023-09-20 13:00 UTC+4 = 09:00 UTC
}

func ExampleGet_artsakhCeasesToExist() {
	decree, _ := Get(ArtsakhDissolutionDecree)
	end, _ := Get(ArtsakhCeasesToExist)
	fmt.Println(decree.When, decree.Title)
	fmt.Println(end.When, end.Title)
	// Output:
	// 2023-09-28 Shahramanyan decrees the dissolution of the Republic of Artsakh from 1 January 2024
	// 2024-01-01 The Republic of Artsakh ceases to exist
}

func ExampleGet_washingtonSummit() {
	e, _ := Get(PeaceAgreementInitialled)
	fmt.Println(e.When, e.Kind, e.Agreements.At(0))
	// Output: 2025-08-08 signing peace-agreement-2025-08-08
}

func ExampleAll_peacekeepersWithdrawal() {
	for e := range All() {
		if e.Kind == Withdrawal && e.When.Start.Year() == 2024 {
			fmt.Println(e.When, e.ID)
		}
	}
	// Output:
	// 2024-04-10 2024-04-10-peacekeepers-leave-dadivank
	// 2024-04-17 2024-04-17-peacekeepers-withdrawal-begins
	// 2024-06-12 2024-06-12-peacekeepers-withdrawal-completed
}
