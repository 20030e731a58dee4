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
// the day before the day of End.
func (t Term) Days() karabakh.Interval {
	return karabakh.Span(karabakh.DateOf(t.Start), karabakh.DateOf(t.End).AddDays(-1))
}

// NoticeDay returns the day on which NoticeBy falls.
func (t Term) NoticeDay() karabakh.Date { return karabakh.DateOf(t.NoticeBy) }

// ErrNoTerm is returned when the data lacks what the peacekeeping terms
// are computed from.
var ErrNoTerm = errors.New("agreement: the statement's effective moment or point 4's term, renewal and notice are not in the data")

// PeacekeepingTerms returns the first n terms of the peacekeepers' stay as
// point 4 of the 2020 statement sets them: the first of five years from
// the moment the statement took effect, each later one a renewal. The
// lengths (5 years, renewals of 5 years, notice of 6 months) are read from
// point 4's quantities, not written here.
//
// The terms are what the text provides, not what happened: the
// contingent withdrew early, in 2024 (see the point's Note and the
// timeline).
func PeacekeepingTerms(n int) ([]Term, error) {
	a, ok := Get(Statement2020)
	if !ok {
		return nil, ErrNoTerm
	}
	return termsOf(a, n)
}

// PeacekeepingTermAt returns the term in force at moment t, with the
// notice deadline that must be met to end the stay at its expiry.
func PeacekeepingTermAt(t time.Time) (Term, error) {
	a, ok := Get(Statement2020)
	if !ok {
		return Term{}, ErrNoTerm
	}
	first, err := termsOf(a, 1)
	if err != nil {
		return Term{}, err
	}
	if t.Before(first[0].Start) {
		return Term{}, fmt.Errorf("agreement: %s is before the statement took effect (%s)", t.Format(time.RFC3339), first[0].Start.Format(time.RFC3339))
	}
	// Terms are at least a year long, so this takes few steps.
	for n := 1; ; n++ {
		ts, err := termsOf(a, n)
		if err != nil {
			return Term{}, err
		}
		if last := ts[n-1]; t.Before(last.End) {
			return last, nil
		}
	}
}

// termsOf computes the terms from an agreement's effective moment and the
// quantities of its point 4: the first quantity in years is the term, the
// second (if any) the renewal period, and the first in months the notice.
func termsOf(a Agreement, n int) ([]Term, error) {
	p, ok := a.Point(4)
	if !ok || a.Effective.IsZero() || n < 1 {
		if n < 1 {
			return nil, nil
		}
		return nil, ErrNoTerm
	}
	var years []int
	notice := -1
	for q := range p.Quantities.All() {
		switch q.Unit {
		case Years:
			years = append(years, int(q.Value))
		case Months:
			if notice < 0 {
				notice = int(q.Value)
			}
		}
	}
	if len(years) == 0 || notice < 0 || years[0] < 1 {
		return nil, ErrNoTerm
	}
	term, renewal := years[0], years[0]
	if len(years) > 1 && years[1] >= 1 {
		renewal = years[1]
	}
	out := make([]Term, 0, min(n, 1000))
	start := a.Effective
	for i := 1; i <= n; i++ {
		// Counting from the effective moment, not from the previous end,
		// keeps 29 February from drifting.
		end := a.Effective.AddDate(term+(i-1)*renewal, 0, 0)
		out = append(out, Term{Number: i, Start: start, End: end, NoticeBy: end.AddDate(0, -notice, 0)})
		start = end
	}
	return out, nil
}
