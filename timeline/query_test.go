package timeline

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// randomDate returns a date in 2019..2025 at a random precision.
func randomDate(rng *rand.Rand) karabakh.Date {
	y := 2019 + rng.IntN(7)
	switch rng.IntN(10) {
	case 0:
		return karabakh.Year(y)
	case 1, 2:
		return karabakh.Month(y, time.Month(1+rng.IntN(12)))
	}
	return karabakh.DateOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(365)))
}

func randomEvents(rng *rand.Rand, n int, sorted bool) []Event {
	ev := make([]Event, n)
	for i := range ev {
		s := randomDate(rng)
		var e karabakh.Date
		switch rng.IntN(10) {
		case 0: // open-ended
		case 1, 2, 3: // a span
			e = s.AddDays(rng.IntN(900))
		default:
			e = s
		}
		ev[i].When = karabakh.Span(s, e)
	}
	if sorted {
		slices.SortStableFunc(ev, compare)
	}
	return ev
}

// brute answers a range query by looking at every event.
func brute(events []Event, lo, hi int32, within bool) []int {
	idx := make([]int, len(events))
	starts, ends := make([]int32, len(events)), make([]int32, len(events))
	for i := range idx {
		idx[i] = i
		starts[i], ends[i] = spanOf(events[i].When)
	}
	slices.SortStableFunc(idx, func(a, b int) int { return int(starts[a]) - int(starts[b]) })
	var out []int
	for _, i := range idx {
		s, e := starts[i], ends[i]
		if within && s >= lo && e <= hi || !within && s <= hi && e >= lo {
			out = append(out, i)
		}
	}
	return out
}

func collect(f func(lo, hi int32, yield func(int) bool), lo, hi int32) []int {
	var out []int
	f(lo, hi, func(i int) bool { out = append(out, i); return true })
	return out
}

func TestSpanIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 63, 64, 65, 200, 1000} {
		for _, sorted := range []bool{true, false} {
			events := randomEvents(rng, n, sorted)
			ix := newSpanIndex(events)
			for range 200 {
				a, b := randomDate(rng), randomDate(rng)
				if a.Compare(b) > 0 {
					a, b = b, a
				}
				var from, to karabakh.Date = a, b
				switch rng.IntN(8) {
				case 0:
					from = karabakh.Date{}
				case 1:
					to = karabakh.Date{}
				}
				lo, hi := spanOf(karabakh.Span(from, to))
				for _, within := range []bool{false, true} {
					f := ix.overlapping
					if within {
						f = ix.within
					}
					got, want := collect(f, lo, hi), brute(events, lo, hi, within)
					if !slices.Equal(got, want) {
						t.Fatalf("n=%d sorted=%v within=%v %s..%s: got %v, want %v", n, sorted, within, from, to, got, want)
					}
				}
			}
		}
	}
}

func TestSpanIndexStops(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	events := randomEvents(rng, 500, true)
	ix := newSpanIndex(events)
	calls := 0
	ix.overlapping(math.MinInt32, math.MaxInt32, func(int) bool { calls++; return calls < 3 })
	if calls != 3 {
		t.Errorf("yield called %d times after returning false", calls)
	}
}

func TestRMQ(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 5, 64, 65, 130, 1000} {
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(rng.IntN(50))
		}
		var r rmq
		r.build(v)
		for range 500 {
			i := rng.IntN(n)
			j := i + rng.IntN(n-i)
			m := r.argmax(i, j)
			if int(m) < i || int(m) > j || v[m] != slices.Max(v[i:j+1]) {
				t.Fatalf("n=%d argmax(%d,%d) = %d (%d), max %d", n, i, j, m, v[m], slices.Max(v[i:j+1]))
			}
		}
	}
}

// TestQueryMatchesFilter checks Query against a plain filter over every
// event, written independently of the options' own code, for every kind
// of option and for AND, AnyOf, the zero Option and an empty AnyOf.
func TestQueryMatchesFilter(t *testing.T) {
	all := slices.Collect(All())
	nov := karabakh.Month(2020, time.November)
	novLo, novHi := dayOf(nov, false), dayOf(nov, true)
	type pred func(Event) bool
	overlapsNov := func(e Event) bool { lo, hi := spanOf(e.When); return lo <= novHi && hi >= novLo }
	withinNov := func(e Event) bool { lo, hi := spanOf(e.When); return lo >= novLo && hi <= novHi }
	involves := func(id actors.ID) pred {
		return func(e Event) bool {
			return e.Actors.ContainsFunc(func(p Participant) bool { return p.Actor == id })
		}
	}
	representing := func(id actors.ID) pred {
		return func(e Event) bool {
			return e.Actors.ContainsFunc(func(p Participant) bool { return actors.Represents(p.Actor, id, e.When.Start) })
		}
	}
	kind := func(k Kind) pred { return func(e Event) bool { return e.Kind == k } }
	at := func(id places.ID) pred { return func(e Event) bool { return slices.Contains(e.Places.Slice(), id) } }
	cases := []struct {
		name string
		opts []Option
		want pred
	}{
		{"none", nil, func(Event) bool { return true }},
		{"zero option", []Option{{}}, func(Event) bool { return true }},
		{"empty AnyOf", []Option{AnyOf()}, func(Event) bool { return false }},
		{"On", []Option{On(nov)}, overlapsNov},
		{"Within", []Option{Within(nov, nov)}, withinNov},
		{"Actor Armenia", []Option{Actor(actors.Armenia)}, involves(actors.Armenia)},
		{"Representing Armenia", []Option{Representing(actors.Armenia)}, representing(actors.Armenia)},
		{"Representing Russia in November", []Option{Representing(actors.Russia), On(nov)}, func(e Event) bool { return representing(actors.Russia)(e) && overlapsNov(e) }},
		{"Representing nobody", []Option{Representing("no-such-actor")}, func(Event) bool { return false }},
		{"two actors, AND", []Option{Actor(actors.Aliyev), Actor(actors.Pashinyan)}, func(e Event) bool { return involves(actors.Aliyev)(e) && involves(actors.Pashinyan)(e) }},
		{"two actors, AnyOf", []Option{AnyOf(Actor(actors.Aliyev), Actor(actors.Pashinyan))}, func(e Event) bool { return involves(actors.Aliyev)(e) || involves(actors.Pashinyan)(e) }},
		{"Armenia or Azerbaijan in 2020-2021", []Option{Between(karabakh.Year(2020), karabakh.Year(2021)), AnyOf(Representing(actors.Armenia), Representing(actors.Azerbaijan))}, func(e Event) bool {
			lo, hi := spanOf(e.When)
			return lo <= dayOf(karabakh.Year(2021), true) && hi >= dayOf(karabakh.Year(2020), false) && (representing(actors.Armenia)(e) || representing(actors.Azerbaijan)(e))
		}},
		{"place and kinds", []Option{Place(places.Aghdam), AnyOf(OfKind(Handover), OfKind(Withdrawal))}, func(e Event) bool { return at(places.Aghdam)(e) && (kind(Handover)(e) || kind(Withdrawal)(e)) }},
		{"AnyOf a range or a kind", []Option{AnyOf(Within(nov, nov), OfKind(Signing))}, func(e Event) bool { return withinNov(e) || kind(Signing)(e) }},
		{"point and agreement", []Option{Point(agreement.Point9), Agreement(agreement.StatementJanuary2021)}, func(e Event) bool {
			return slices.Contains(e.Points.Slice(), agreement.Point9) && slices.Contains(e.Agreements.Slice(), agreement.StatementJanuary2021)
		}},
	}
	for _, c := range cases {
		var want []ID
		for _, e := range all {
			if c.want(e) {
				want = append(want, e.ID)
			}
		}
		var got []ID
		for e := range Query(c.opts...) {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Query gave %d events %v, want %d %v", c.name, len(got), got, len(want), want)
		}
	}
	// Representing finds more than Actor: Armenia's own participation is
	// not all of what was done in its name.
	if a, r := len(slices.Collect(Query(Actor(actors.Armenia)))), len(slices.Collect(Query(Representing(actors.Armenia)))); r <= a {
		t.Errorf("Representing(Armenia) keeps %d events, Actor(Armenia) %d: want more", r, a)
	}
}

// TestQueryOwnsItsOptions checks that a caller reusing its slice of
// options after calling Query does not change the query.
func TestQueryOwnsItsOptions(t *testing.T) {
	opts := []Option{OfKind(Signing)}
	seq := Query(opts...)
	opts[0] = OfKind(Protest)
	for e := range seq {
		if e.Kind != Signing {
			t.Fatalf("got %s (%s) after the caller changed its slice", e.ID, e.Kind)
		}
	}
}

func TestQueryResultIsCallers(t *testing.T) {
	for e := range Query() {
		e.Title = "changed"
		if got, _ := Get(e.ID); got.Title == "changed" {
			t.Fatal("changing a query result changed the dataset")
		}
		break
	}
}
