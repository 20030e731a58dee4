package agreement

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
)

// StatementPoint returns point n (1..9) of the statement of 10 November
// 2020.
func StatementPoint(n int) (Point, bool) { return PointByNumber(Statement2020, n) }

// PointByNumber returns point n of agreement a.
func PointByNumber(a ID, n int) (Point, bool) {
	ag, ok := Get(a)
	if !ok {
		return Point{}, false
	}
	return ag.Point(n)
}

// A PointObligation is an obligation with the agreement and point that set
// it.
type PointObligation struct {
	Agreement ID
	Point     PointID
	Obligation
}

// ObligationsOf yields the obligations whose obligor is actor, in the
// order of the agreements and their points. Obligations fall on the
// parties the texts name, mostly states: ask for actors.Armenia, not for
// its prime minister.
func ObligationsOf(actor actors.ID) iter.Seq[PointObligation] {
	return obligations(func(o Obligation) bool { return o.Obligor == actor })
}

// ObligationsTo yields the obligations owed to actor as beneficiary.
func ObligationsTo(actor actors.ID) iter.Seq[PointObligation] {
	return obligations(func(o Obligation) bool { return o.Beneficiary == actor })
}

func obligations(keep func(Obligation) bool) iter.Seq[PointObligation] {
	return func(yield func(PointObligation) bool) {
		for _, a := range data.Get().agreements.All {
			for p := range a.Points.All() {
				for o := range p.Obligations.All() {
					if keep(o) && !yield(PointObligation{Agreement: a.ID, Point: p.ID, Obligation: o}) {
						return
					}
				}
			}
		}
	}
}

// A Term is one period of the Russian peacekeeping contingent's stay under
// point 4 of the 2020 statement: the first five years, or one of the
// five-year renewals that follow unless a party gives notice.
type Term struct {
	// Number is 1 for the first term, 2 for the first renewal, and so on.
	Number int
	// Start and End are the moments the term begins and expires, in the
	// time zone of the statement's effective moment (Moscow time). The
	// term runs from Start up to, not including, End.
	Start, End time.Time
	// NoticeBy is six months before End: the text lets the term renew
	// "unless either party announces its intention to terminate this
	// provision six months before expiry". It does not say whether a notice
	// given on that day itself is in time.
	NoticeBy time.Time
}

// Days returns the calendar days of the term: from the day of Start to
// the day before the day of End. An end a Date cannot hold (outside the
// years 1 to 9999) is open.
func (t Term) Days() karabakh.Interval {
	return karabakh.Span(karabakh.DateOf(t.Start), karabakh.DateOf(t.End).AddDays(-1))
}

// NoticeDay returns the day on which NoticeBy falls, or the zero Date if
// it falls past the year 9999.
func (t Term) NoticeDay() karabakh.Date { return karabakh.DateOf(t.NoticeBy) }

// ErrNoTerm is returned when the data lacks what the peacekeeping terms
// are computed from.
var ErrNoTerm = errors.New("agreement: the statement's effective moment or point 4's term, renewal and notice are not in the data")

// PeacekeepingTerms yields the terms of the peacekeepers' stay as point 4
// of the 2020 statement sets them, in order: the first of five years from
// the moment the statement took effect, each later one a renewal. The
// lengths (5 years, renewals of 5 years, notice of 6 months) are read from
// point 4's quantities, not written here. Stop ranging to take fewer.
//
// The text lets the terms renew without end; they are yielded while they
// end by the year 9999, the last a [karabakh.Date] can hold (with
// five-year terms, about 1,600). Each costs the same, however late. If the
// data lacks what they are computed from, none is yielded.
//
// The terms are what the text provides, not what happened: the
// contingent withdrew early, in 2024 (see the point's Note and the
// timeline).
func PeacekeepingTerms() iter.Seq[Term] {
	return func(yield func(Term) bool) {
		a, ok := Get(Statement2020)
		if !ok {
			return
		}
		r, err := ruleOf(a)
		if err != nil {
			return
		}
		for i := range r.count() {
			if !yield(r.term(i + 1)) {
				return
			}
		}
	}
}

// String returns the term as "term 1: 2020-11-10/2025-11-09, notice by
// 2025-05-10".
func (t Term) String() string {
	return fmt.Sprintf("term %d: %s, notice by %s", t.Number, t.Days(), t.NoticeDay())
}

// PeacekeepingTermAt returns the term in force at moment t, with the
// notice deadline that must be met to end the stay at its expiry. It
// fails for a moment before the statement took effect or after the last
// term [PeacekeepingTerms] counts. It takes the same time for any t.
func PeacekeepingTermAt(t time.Time) (Term, error) {
	a, ok := Get(Statement2020)
	if !ok {
		return Term{}, ErrNoTerm
	}
	r, err := ruleOf(a)
	if err != nil {
		return Term{}, err
	}
	return r.termAt(t)
}

// A termRule is what the terms are computed from: an agreement's effective
// moment and the lengths its point 4 gives, in years and months.
type termRule struct {
	effective              time.Time
	first, renewal, notice int // years, years, months
}

// maxYears bounds the lengths a termRule takes from the data, so that
// no arithmetic on them can overflow.
const maxYears = 10000

// ruleOf reads the rule from the quantities of a's point 4: the first
// quantity in years is the term, the second (if any) the renewal period,
// and the first in months the notice.
func ruleOf(a Agreement) (termRule, error) {
	p, ok := a.Point(4)
	if !ok || a.Effective.IsZero() {
		return termRule{}, ErrNoTerm
	}
	var years []int64
	notice := int64(-1)
	for q := range p.Quantities.All() {
		switch q.Unit {
		case Years:
			years = append(years, q.Value)
		case Months:
			if notice < 0 {
				notice = q.Value
			}
		}
	}
	if len(years) == 0 || notice < 0 || years[0] < 1 || years[0] > maxYears || notice > 12*maxYears {
		return termRule{}, ErrNoTerm
	}
	r := termRule{effective: a.Effective, first: int(years[0]), renewal: int(years[0]), notice: int(notice)}
	if len(years) > 1 && years[1] >= 1 && years[1] <= maxYears {
		r.renewal = int(years[1])
	}
	return r, nil
}

// term returns term i, from 1. Counting from the effective moment, not from
// the previous end, keeps 29 February from drifting.
func (r termRule) term(i int) Term {
	start := r.effective
	if i > 1 {
		start = r.end(i - 1)
	}
	end := r.end(i)
	return Term{Number: i, Start: start, End: end, NoticeBy: end.AddDate(0, -r.notice, 0)}
}

func (r termRule) end(i int) time.Time {
	return r.effective.AddDate(r.first+(i-1)*r.renewal, 0, 0)
}

// count returns the number of terms that end by the year 9999.
func (r termRule) count() int {
	last := 9999 - r.effective.Year() - r.first
	if last < 0 {
		return 0
	}
	return last/r.renewal + 1
}

// termAt returns the term in force at t, found from the years elapsed
// rather than by counting terms, then corrected by the step or two that
// months and days can shift it.
func (r termRule) termAt(t time.Time) (Term, error) {
	if t.Before(r.effective) {
		return Term{}, fmt.Errorf("agreement: %s is before the statement took effect (%s)", t.Format(time.RFC3339), r.effective.Format(time.RFC3339))
	}
	n := r.count()
	if n == 0 || !t.Before(r.end(n)) {
		return Term{}, fmt.Errorf("agreement: %s is after the last peacekeeping term that ends by the year 9999", t.Format(time.RFC3339))
	}
	i := 1
	if y := t.In(r.effective.Location()).Year() - r.effective.Year(); y >= r.first {
		i = (y-r.first)/r.renewal + 2
	}
	i = min(max(i, 1), n)
	for i > 1 && t.Before(r.end(i-1)) {
		i--
	}
	for !t.Before(r.end(i)) {
		i++
	}
	return r.term(i), nil
}
