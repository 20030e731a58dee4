package annotate

import (
	"slices"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/timeline"
)

// The days of the record's events and documents, by which a date that the
// text writes without a year, and that nothing in the text dates, takes a
// year: the year of the event or document on that day whose actors, places
// or agreements the text names ("avqustun 8-də ... sülh sənədləri
// imzalamasından" in a text that names the Washington declaration's
// signatories). A date with no such event keeps the guess it had, or is
// left out.

// A dayEvent is what the record holds of one day: its year and the IDs of
// the records it involves.
type dayEvent struct {
	year int
	ids  []string
}

// eventDays maps a day of the year (month*100 + day) to the events and
// signings of the record on it, in the order of their years. States, the
// de-facto one included, are left out of their IDs: nearly every text on
// the conflict names them, so they tell no year from another. Built on
// first use.
var eventDays = sync.OnceValue(func() map[int][]dayEvent {
	days := map[int][]dayEvent{}
	add := func(d karabakh.Date, ids []string) {
		ids = slices.DeleteFunc(ids, func(id string) bool {
			a, ok := actors.Get(actors.ID(id))
			return ok && (a.Kind == actors.State || a.Kind == actors.DeFactoState)
		})
		if d.Precision() != karabakh.PrecisionDay || len(ids) == 0 {
			return
		}
		slices.Sort(ids)
		k := int(d.Month())*100 + d.Day()
		days[k] = append(days[k], dayEvent{year: d.Year(), ids: slices.Compact(ids)})
	}
	for e := range timeline.All() {
		if e.When.Start != e.When.End {
			continue // a span: its first day is not the event's day
		}
		var ids []string
		for p := range e.Actors.All() {
			ids = append(ids, string(p.Actor))
		}
		for p := range e.Places.All() {
			ids = append(ids, string(p))
		}
		for g := range e.Agreements.All() {
			ids = append(ids, string(g))
		}
		add(e.When.Start, ids)
	}
	for g := range agreement.All() {
		ids := []string{string(g.ID)}
		for p := range g.Parties.All() {
			ids = append(ids, string(p.Actor))
		}
		if g.Place != "" {
			ids = append(ids, string(g.Place))
		}
		add(g.Signed, ids)
	}
	for k, evs := range days {
		slices.SortStableFunc(evs, func(x, y dayEvent) int { return x.year - y.year })
		days[k] = evs
	}
	return days
})

// A pendingYear is a date emitted at byte start with a provisional year,
// which the events of its day may settle once the whole text is read.
type pendingYear struct {
	start       int
	day         int // month*100 + day
	provisional int // the year emitted
	guess       int // the year to keep if no event settles it, or 0 to drop the date
}

// eventYear returns the year to emit for a date of day m, d at token first,
// whose year is only guessed (0 for none), and holds it for resolveYears if
// the record has events on that day.
func (a *analyzer) eventYear(first, m, d, guess int) int {
	evs := eventDays()[m*100+d]
	if len(evs) == 0 {
		return guess
	}
	y := guess
	if y == 0 {
		y = evs[0].year
	}
	a.pending = append(a.pending, pendingYear{start: a.at(first).start, day: m*100 + d, provisional: y, guess: guess})
	return y
}

// resolveYears settles the dates eventYear held: each takes the year whose
// events on its day involve the most records the text names, if one year
// has more than any other; else it keeps its guess, or is dropped.
func (a *analyzer) resolveYears() {
	if len(a.pending) == 0 {
		return
	}
	slices.Sort(a.named)
	named := slices.Compact(a.named)
	// One pass over the mentions, whatever their number: the pending dates
	// by their start (a date read twice, as a premodifier and as itself,
	// is held twice).
	byStart := make(map[int]pendingYear, len(a.pending))
	for _, p := range a.pending {
		byStart[p.start] = p
	}
	drop := false
	for k := range a.out {
		m := &a.out[k]
		p, ok := byStart[m.Start]
		if !ok || m.Kind != Date || !m.Inferred || m.Date.Start.Year() != p.provisional {
			continue // not held, or dated since by something the text says
		}
		y := p.guess
		if best, ok := bestYear(eventDays()[p.day], named); ok {
			y = best
		}
		if y == 0 || !withYear(m, y) {
			m.Kind, drop = 0, true // no kind: dropped below
		}
	}
	if drop {
		a.out = slices.DeleteFunc(a.out, func(m Mention) bool { return m.Kind == 0 })
	}
}

// bestYear returns the year whose events in evs involve the most of the
// sorted IDs named, if one year has more than any other and at least one.
func bestYear(evs []dayEvent, named []string) (int, bool) {
	best, bestScore, tie := 0, 0, false
	for i := 0; i < len(evs); {
		y, score := evs[i].year, 0
		for ; i < len(evs) && evs[i].year == y; i++ {
			for _, id := range evs[i].ids {
				if _, ok := slices.BinarySearch(named, id); ok {
					score++
				}
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = y, score, false
		case score == bestScore:
			tie = true
		}
	}
	return best, bestScore > 0 && !tie
}

// withYear gives the emitted date m the year y, keeping its days and
// precision, and reports whether the days exist in that year.
func withYear(m *Mention, y int) bool {
	at := func(d karabakh.Date) (karabakh.Date, bool) {
		switch d.Precision() {
		case karabakh.PrecisionDay:
			if d.Day() > daysIn(y, int(d.Month())) {
				return d, false
			}
			return karabakh.Day(y, d.Month(), d.Day()), true
		case karabakh.PrecisionMonth:
			return karabakh.Month(y, d.Month()), true
		}
		return d, false
	}
	s, ok1 := at(m.Date.Start)
	e, ok2 := at(m.Date.End)
	if !ok1 || !ok2 {
		return false
	}
	if s == e {
		m.Date = s.Interval()
	} else {
		m.Date = karabakh.Span(s, e)
	}
	m.IDs = karabakh.ListOf(m.Date.String())
	return true
}
