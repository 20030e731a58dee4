package timeline

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
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

func TestQueryOptions(t *testing.T) {
	nov := karabakh.Month(2020, time.November)
	var all, inNov, withinNov []Event
	for e := range All() {
		all = append(all, e)
		if e.When.Overlaps(nov.Interval()) {
			inNov = append(inNov, e)
		}
		if s, en := spanOf(e.When); s >= dayOf(nov, false) && en <= dayOf(nov, true) {
			withinNov = append(withinNov, e)
		}
	}
	ids := func(seq func(func(Event) bool)) []ID {
		var out []ID
		for e := range seq {
			out = append(out, e.ID)
		}
		return out
	}
	idsOf := func(es []Event) []ID {
		var out []ID
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	if got := ids(Query()); !slices.Equal(got, idsOf(all)) {
		t.Errorf("Query() = %v, want every event", got)
	}
	if got := ids(Query(On(nov))); !slices.Equal(got, idsOf(inNov)) {
		t.Errorf("Query(On(2020-11)) = %v, want %v", got, idsOf(inNov))
	}
	if got := ids(Query(On(nov), Within)); !slices.Equal(got, idsOf(withinNov)) {
		t.Errorf("Query(On(2020-11), Within) = %v, want %v", got, idsOf(withinNov))
	}
	for _, e := range all {
		for p := range e.Actors.All() {
			for got := range Query(Actor(p.Actor)) {
				if !got.Involves(p.Actor) {
					t.Errorf("Query(Actor(%s)) gave %s", p.Actor, got.ID)
				}
			}
		}
		for p := range e.Points.All() {
			found := false
			for got := range Query(Point(p), OfKind(e.Kind), Between(e.When.Start, e.When.Start)) {
				found = found || got.ID == e.ID
			}
			if !found {
				t.Errorf("Query(Point(%s), OfKind(%s), Between(%s)) misses %s", p, e.Kind, e.When.Start, e.ID)
			}
		}
	}
	// Options of different kinds combine with AND.
	for e := range Query(Place(places.Aghdam), OfKind(Handover, Withdrawal)) {
		if !e.At(places.Aghdam) || e.Kind != Handover && e.Kind != Withdrawal {
			t.Errorf("got %s (%s)", e.ID, e.Kind)
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
