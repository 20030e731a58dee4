package agreement

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sync"
	"time"

	"github.com/caucasus-data/karabakh"
)

// A DeadlineID names a deadline. A deadline an obligation sets has the
// obligation's ID; a deadline that follows from a period with no
// obligation of its own (a notice period) has its point's agreement ID and
// a slug, such as "statement-2020-11-10-peacekeeping-notice-1".
type DeadlineID string

// A DueBasis says how a deadline's date follows from the text.
type DueBasis string

// The bases of a deadline's date.
const (
	// DueDated: the text gives the date ("no later than 20 November 2020").
	DueDated DueBasis = "dated"
	// DuePeriod: the text gives a period, counted from a start or back
	// from an end ("within the next three years", "six months before
	// expiry"); [Deadline.Derivation] says how the date was worked out.
	DuePeriod DueBasis = "period"
)

var dueBases = [...]DueBasis{DueDated, DuePeriod}

// DueBases lists every DueBasis.
func DueBases() iter.Seq[DueBasis] { return slices.Values(dueBases[:]) }

// A Deadline is a day by which a text says something is to be done, or by
// which a Party must act to change what the text provides.
type Deadline struct {
	ID        DeadlineID `json:"id"`
	Agreement ID         `json:"agreement"`
	Point     PointID    `json:"point"`
	// Obligation is the obligation the deadline belongs to; empty for a
	// deadline no obligation sets, such as the peacekeepers' notice.
	Obligation ObligationID `json:"obligation,omitempty"`
	// What is our short English wording of what is due.
	What string `json:"what"`
	// Due is the last day, as the text sets it or as derived from it. Later
	// changes (such as the extension for Kalbajar) are recorded in package
	// implementation, not here.
	Due   karabakh.Date `json:"due"`
	Basis DueBasis      `json:"basis"`
	// Derivation says in words how Due follows from the text.
	Derivation string           `json:"derivation"`
	Sources    karabakh.Sources `json:"sources"`
}

// String returns the deadline as "2020-11-20 statement-2020-11-10-return-aghdam".
func (d Deadline) String() string { return d.Due.String() + " " + string(d.ID) }

// Deadlines yields every deadline the agreements set, earliest first (a
// coarser date before a finer one on the same first day; equal dates in
// the order of the agreements and their points):
//
//   - every date an obligation's text gives;
//   - every date that follows from a period an obligation's text gives,
//     such as the three years for the plan of a new Lachin route, due on
//     10 November 2023;
//   - the last day for notice under point 4 of the 2020 statement, six
//     months before each five-year term of the peacekeepers' stay ends
//     (the first on 10 May 2025), for every term begun by the dataset's
//     date ([karabakh.DatasetUpdated]); later renewals go on without end,
//     and [PeacekeepingTerms] gives them.
func Deadlines() iter.Seq[Deadline] { return slices.Values(deadlines()) }

// GetDeadline returns the deadline with the given ID.
func GetDeadline(id DeadlineID) (Deadline, bool) {
	for _, d := range deadlines() {
		if d.ID == id {
			return d, true
		}
	}
	return Deadline{}, false
}

var deadlines = sync.OnceValue(func() []Deadline {
	var out []Deadline
	for _, a := range data.Get().agreements.All {
		for p := range a.Points.All() {
			for o := range p.Obligations.All() {
				if d, ok := obligationDeadline(a, p, o); ok {
					out = append(out, d)
				}
			}
		}
		out = append(out, noticeDeadlines(a)...)
	}
	slices.SortStableFunc(out, func(x, y Deadline) int { return x.Due.Compare(y.Due) })
	return out
})

// obligationDeadline returns the deadline obligation o of point p sets, by
// a date or by a period.
func obligationDeadline(a Agreement, p Point, o Obligation) (Deadline, bool) {
	d := Deadline{ID: DeadlineID(o.ID), Agreement: a.ID, Point: p.ID, Obligation: o.ID, What: o.Action, Sources: o.Sources}
	switch {
	case !o.Deadline.IsZero():
		d.Due, d.Basis = o.Deadline, DueDated
		d.Derivation = fmt.Sprintf("The date is the text's own (point %d).", p.Number)
	case !o.Within.IsZero():
		w := o.Within
		start, from := w.Start, w.From
		if from == "" {
			if a.Effective.IsZero() {
				return Deadline{}, false
			}
			start = karabakh.DateOf(a.Effective)
			from = "the day the agreement took effect"
		}
		due, ok := addPeriod(start, w.Value, w.Unit)
		if !ok {
			return Deadline{}, false
		}
		d.Due, d.Basis = due, DuePeriod
		d.Derivation = fmt.Sprintf("%d %s (point %d) from %s, %s%s.", w.Value, unitWords(w.Unit, w.Value), p.Number, from, start, monthRule(w.Unit))
		if w.Sources.Len() > 0 {
			d.Sources = karabakh.ListOf(slices.Concat(o.Sources.Slice(), w.Sources.Slice())...)
		}
	default:
		return Deadline{}, false
	}
	return d, true
}

// noticeDeadlines returns the last days for notice under point 4 of the
// 2020 statement, one for each term begun by the dataset's date.
func noticeDeadlines(a Agreement) []Deadline {
	if a.ID != Statement2020 {
		return nil
	}
	p, _ := a.Point(4)
	notice, ok := p.Quantity(Months)
	if !ok {
		return nil
	}
	updated, err := karabakh.ParseDate(karabakh.DatasetUpdated)
	if err != nil {
		return nil
	}
	r, err := ruleOf(a)
	if err != nil {
		return nil
	}
	var out []Deadline
	for n := 1; n <= r.count(); n++ {
		t := r.term(n)
		if karabakh.DateOf(t.Start).Compare(updated) > 0 {
			break
		}
		out = append(out, Deadline{
			ID:        DeadlineID(fmt.Sprintf("%s-peacekeeping-notice-%d", a.ID, n)),
			Agreement: a.ID, Point: p.ID,
			What:  fmt.Sprintf("Announce the intention to end the peacekeepers' stay at the expiry of term %d, or it renews for a further term", n),
			Due:   t.NoticeDay(),
			Basis: DuePeriod,
			Derivation: fmt.Sprintf("%d months (point 4) before term %d ends on %s; term %d runs from %s, the terms counted in whole years from the moment the statement took effect, %s.",
				notice.Value, n, karabakh.DateOf(t.End), n, karabakh.DateOf(t.Start), a.Effective.Format("2006-01-02 15:04 MST")),
			Sources: p.Sources,
		})
	}
	return out
}

// addPeriod returns the day n units after d. A month or year after a day
// is the same day of the later month, or that month's last day where it
// has no such day (a month after 31 January is 28 or 29 February). It
// reports false for a zero or coarse d or an unknown unit.
func addPeriod(d karabakh.Date, n int, u Unit) (karabakh.Date, bool) {
	if d.Precision() != karabakh.PrecisionDay {
		return karabakh.Date{}, false
	}
	months := 0
	switch u {
	case Days:
		return d.AddDays(n), true
	case Months:
		months = n
	case Years:
		months = 12 * n
	default:
		return karabakh.Date{}, false
	}
	t := d.Lower()
	first := time.Date(t.Year(), t.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return karabakh.Day(first.Year(), first.Month(), min(t.Day(), last)), true
}

// monthRule explains the rule addPeriod uses, where it matters.
func monthRule(u Unit) string {
	if u == Months {
		return "; a month after a day is the same day of the next month, or its last day where it has none"
	}
	return ""
}

func unitWords(u Unit, n int) string {
	s := string(u)
	if n == 1 {
		s = cmp.Or(map[Unit]string{Years: "year", Months: "month", Days: "day"}[u], s)
	}
	return s
}
