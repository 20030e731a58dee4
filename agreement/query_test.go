package agreement

import (
	"slices"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
)

var msk = time.FixedZone("MSK", 3*3600)

func synthetic(term, renewal, notice int64) Agreement {
	return Agreement{
		ID:        Statement2020,
		Effective: time.Date(2020, time.November, 10, 0, 0, 0, 0, msk),
		Points: karabakh.ListOf(Point{Number: 4, Quantities: karabakh.ListOf(
			Quantity{What: "term", Value: term, Unit: Years},
			Quantity{What: "notice", Value: notice, Unit: Months},
			Quantity{What: "renewal", Value: renewal, Unit: Years},
		)}),
	}
}

// firstTerms returns the first n terms of a's rule.
func firstTerms(t *testing.T, a Agreement, n int) []Term {
	t.Helper()
	r, err := ruleOf(a)
	if err != nil {
		t.Fatal(err)
	}
	var ts []Term
	for i := range min(n, r.count()) {
		ts = append(ts, r.term(i+1))
	}
	return ts
}

func TestTerms(t *testing.T) {
	ts := firstTerms(t, synthetic(5, 5, 6), 3)
	want := []struct{ start, end, notice string }{
		{"2020-11-10", "2025-11-10", "2025-05-10"},
		{"2025-11-10", "2030-11-10", "2030-05-10"},
		{"2030-11-10", "2035-11-10", "2035-05-10"},
	}
	for i, w := range want {
		got := ts[i]
		if got.Number != i+1 || got.Start.Format(time.DateOnly) != w.start || got.End.Format(time.DateOnly) != w.end || got.NoticeBy.Format(time.DateOnly) != w.notice {
			t.Errorf("term %d = %+v, want %v", i+1, got, w)
		}
		if got.Start.Hour() != 0 || got.Start.Location() != msk {
			t.Errorf("term %d starts %v, want midnight Moscow time", i+1, got.Start)
		}
	}
	if d := ts[0].Days(); d.String() != "2020-11-10/2025-11-09" {
		t.Errorf("Days() = %s", d)
	}
	// Different quantities give different terms: nothing is hard-coded.
	ts = firstTerms(t, synthetic(3, 2, 1), 2)
	if ts[0].End.Year() != 2023 || ts[1].End.Year() != 2025 || ts[1].NoticeBy.Month() != time.October {
		t.Errorf("3+2 years, 1 month notice: %+v", ts)
	}
	if _, err := ruleOf(Agreement{}); err != ErrNoTerm {
		t.Errorf("empty agreement: err = %v", err)
	}
}

func TestPeacekeepingTerms(t *testing.T) {
	var ts []Term
	for tm := range PeacekeepingTerms() {
		if ts = append(ts, tm); len(ts) == 2 {
			break
		}
	}
	if len(ts) < 2 {
		t.Fatalf("PeacekeepingTerms yields %d terms", len(ts))
	}
	first := ts[0]
	if !first.Start.Equal(time.Date(2020, time.November, 9, 21, 0, 0, 0, time.UTC)) {
		t.Errorf("first term starts %v, want 00:00 MSK 10 Nov 2020 = 21:00 UTC 9 Nov", first.Start)
	}
	if first.End.Format(time.DateOnly) != "2025-11-10" || first.NoticeDay().String() != "2025-05-10" {
		t.Errorf("first term %+v", first)
	}
	at, err := PeacekeepingTermAt(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || at.Number != 2 || at.NoticeDay().String() != "2030-05-10" {
		t.Errorf("term in force on 2027-01-01 = %+v, %v", at, err)
	}
	if _, err := PeacekeepingTermAt(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Error("a moment before the statement has a term")
	}
}

// TestPeacekeepingTermsBounded checks the reproducers of issue 11: the
// term at the year 80,000 or 1,000,000 took seconds to never, and n had
// no cap. Terms are bounded by the year 9999, the term at any moment costs
// the same as the first, and every term's days and notice are real dates.
func TestPeacekeepingTermsBounded(t *testing.T) {
	r, err := ruleOf(synthetic(5, 5, 6))
	if err != nil {
		t.Fatal(err)
	}
	n := r.count()
	// 2020 + 5 + 5(n-1) <= 9999 < 2020 + 5 + 5n.
	if 2025+5*(n-1) > 9999 || 2025+5*n <= 9999 {
		t.Fatalf("count() = %d: the last term does not end in the last five years before 10000", n)
	}
	ts := firstTerms(t, synthetic(5, 5, 6), n+10)
	if len(ts) != n {
		t.Fatalf("%d terms, want count() = %d", len(ts), n)
	}
	for i, tm := range ts {
		// The term in force at its first and its last moment is itself,
		// found without walking the terms before it.
		for _, at := range []time.Time{tm.Start, tm.End.Add(-time.Nanosecond)} {
			got, err := r.termAt(at)
			if err != nil || got != tm {
				t.Fatalf("termAt(%v) = %+v, %v; want term %d %+v", at, got, err, i+1, tm)
			}
		}
		days, notice := tm.Days(), tm.NoticeDay()
		if days.Start.IsZero() || days.End.IsZero() || notice.IsZero() || !days.Valid() {
			t.Fatalf("term %d: Days() = %v, NoticeDay() = %v", tm.Number, days, notice)
		}
	}
	// The shipped statement's terms stop at the same bound.
	if got := len(slices.Collect(PeacekeepingTerms())); got != n {
		t.Errorf("PeacekeepingTerms yields %d terms, want %d", got, n)
	}
	for _, y := range []int{10000, 80000, 1000000} {
		at := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if tm, err := r.termAt(at); err == nil {
			t.Errorf("termAt(year %d) = %+v, want an error", y, tm)
		}
	}
	// The cost does not grow with the year.
	early := testing.AllocsPerRun(100, func() { r.termAt(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)) })
	late := testing.AllocsPerRun(100, func() { r.termAt(time.Date(9990, 1, 1, 0, 0, 0, 0, time.UTC)) })
	if late > early {
		t.Errorf("termAt allocates %v times in 9990 and %v in 2021", late, early)
	}
	if got := testing.AllocsPerRun(10, func() { r.termAt(time.Date(1000000, 1, 1, 0, 0, 0, 0, time.UTC)) }); got > 10 {
		t.Errorf("termAt(year 1,000,000) allocates %v times", got)
	}
}

// TestTermPastTheCalendar checks that a Term a caller builds past the year
// 9999 gives documented zeros rather than a panic.
func TestTermPastTheCalendar(t *testing.T) {
	far := time.Date(10000, 5, 1, 0, 0, 0, 0, time.UTC)
	tm := Term{Number: 1, Start: time.Date(9998, 1, 1, 0, 0, 0, 0, time.UTC), End: far, NoticeBy: far}
	if d := tm.NoticeDay(); !d.IsZero() {
		t.Errorf("NoticeDay() = %v, want the zero Date", d)
	}
	if d := tm.Days(); d.Start.String() != "9998-01-01" || !d.End.IsZero() {
		t.Errorf("Days() = %v, want 9998-01-01/..", d)
	}
	if d := (Term{}).Days(); d.String() != "0001-01-01/.." {
		t.Errorf("Term{}.Days() = %v", d)
	}
}

func TestPointsAndObligations(t *testing.T) {
	if !Exists(Statement2020) {
		t.Skip("statement data not present")
	}
	p, ok := StatementPoint(8)
	if !ok || p.ID != Point8 {
		t.Errorf("StatementPoint(8) = %s, %v", p.ID, ok)
	}
	if _, ok := StatementPoint(10); ok {
		t.Error("StatementPoint(10) exists")
	}
	for o := range ObligationsOf(actors.Armenia) {
		if o.Obligor != actors.Armenia || !ExistsPoint(o.Point) {
			t.Errorf("ObligationsOf(Armenia) gave %+v", o)
		}
	}
	if len(slices.Collect(ObligationsOf(actors.Armenia))) == 0 || len(slices.Collect(ObligationsTo(actors.Azerbaijan))) == 0 {
		t.Error("no obligations of Armenia, or none owed to Azerbaijan")
	}
}

// TestDeadlines checks every deadline the issue names, with its basis, and
// that the list is in date order with unique IDs.
func TestDeadlines(t *testing.T) {
	ds := slices.Collect(Deadlines())
	seen := map[DeadlineID]bool{}
	for i, d := range ds {
		if i > 0 && d.Due.Compare(ds[i-1].Due) < 0 {
			t.Errorf("Deadlines out of order: %s before %s", ds[i-1], d)
		}
		if seen[d.ID] {
			t.Errorf("deadline %s listed twice", d.ID)
		}
		seen[d.ID] = true
		if d.Derivation == "" || d.What == "" || d.Sources.Len() == 0 || !ExistsPoint(d.Point) {
			t.Errorf("%s: incomplete: %+v", d.ID, d)
		}
		if got, ok := GetDeadline(d.ID); !ok || got.Due != d.Due {
			t.Errorf("GetDeadline(%s) = %v, %v", d.ID, got, ok)
		}
	}
	for _, w := range []struct {
		id    DeadlineID
		due   string
		basis DueBasis
	}{
		{DeadlineID(ObligationCeasefireArmenia), "2020-11-10", DueDated},
		{DeadlineID(ObligationReturnKalbajar), "2020-11-15", DueDated},
		{DeadlineID(ObligationReturnAghdam), "2020-11-20", DueDated},
		{DeadlineID(ObligationReturnLachin), "2020-12-01", DueDated},
		{DeadlineID(ObligationJan2021FirstMeeting), "2021-01-30", DueDated},
		{DeadlineID(ObligationJan2021ExpertSubgroups), "2021-02-28", DuePeriod}, // a month from 30 January, clamped
		{DeadlineID(ObligationJan2021Timetable), "2021-03-01", DueDated},
		{DeadlineID(ObligationLachinCorridorPlanAze), "2023-11-10", DuePeriod},
		{DeadlineID(ObligationLachinCorridorPlanArm), "2023-11-10", DuePeriod},
		{"statement-2020-11-10-peacekeeping-notice-1", "2025-05-10", DuePeriod},
		{"statement-2020-11-10-peacekeeping-notice-2", "2030-05-10", DuePeriod},
	} {
		d, ok := GetDeadline(w.id)
		if !ok {
			t.Errorf("no deadline %s", w.id)
			continue
		}
		if d.Due.String() != w.due || d.Basis != w.basis {
			t.Errorf("%s: due %s (%s), want %s (%s)", w.id, d.Due, d.Basis, w.due, w.basis)
		}
	}
	// Terms begun after the dataset's date have no notice deadline here.
	if _, ok := GetDeadline("statement-2020-11-10-peacekeeping-notice-3"); ok {
		t.Error("a notice deadline for a term not yet begun")
	}
}

func TestAddPeriod(t *testing.T) {
	for _, c := range []struct {
		from string
		n    int
		u    Unit
		want string
	}{
		{"2020-11-10", 3, Years, "2023-11-10"},
		{"2021-01-30", 1, Months, "2021-02-28"},
		{"2024-01-31", 1, Months, "2024-02-29"},
		{"2020-02-29", 1, Years, "2021-02-28"},
		{"2020-12-15", 1, Months, "2021-01-15"},
		{"2020-11-10", 30, Days, "2020-12-10"},
	} {
		got, ok := addPeriod(karabakh.MustParseDate(c.from), c.n, c.u)
		if !ok || got.String() != c.want {
			t.Errorf("addPeriod(%s, %d %s) = %s, %v; want %s", c.from, c.n, c.u, got, ok, c.want)
		}
	}
	for _, bad := range []karabakh.Date{{}, karabakh.Month(2020, time.November)} {
		if _, ok := addPeriod(bad, 1, Years); ok {
			t.Errorf("addPeriod(%s) succeeded", bad)
		}
	}
	if _, ok := addPeriod(karabakh.Day(2020, 1, 1), 1, Personnel); ok {
		t.Error("addPeriod with a unit that is not a time succeeded")
	}

}
