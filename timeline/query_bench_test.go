package timeline

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
)

// synthetic builds a timeline of n events at a steady density of two
// events a day, so that a fixed window holds about the same number of
// events whatever n: 95% last a day, 5% run for up to three years, and ten
// are open-ended. Growing n then shows how a query's cost grows with n
// alone.
func synthetic(n int) []Event {
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	first := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	ev := make([]Event, n)
	for i := range ev {
		s := karabakh.DateOf(first.AddDate(0, 0, i/2))
		var e karabakh.Date
		switch {
		case i%(n/10+1) == 7: // open-ended
		case rng.IntN(20) == 0:
			e = s.AddDays(1 + rng.IntN(3*365))
		default:
			e = s
		}
		ev[i] = Event{ID: ID(fmt.Sprint(i)), Kind: Meeting, When: karabakh.Span(s, e)}
	}
	return ev
}

var (
	synthMu    sync.Mutex
	synthCache = map[int]struct {
		events []Event
		ix     *spanIndex
	}{}
)

func synth(b *testing.B, n int) ([]Event, *spanIndex) {
	synthMu.Lock()
	defer synthMu.Unlock()
	c, ok := synthCache[n]
	if !ok {
		c.events = synthetic(n)
		c.ix = newSpanIndex(c.events)
		synthCache[n] = c
	}
	return c.events, c.ix
}

// BenchmarkRange runs the same 16-day range query against synthetic
// timelines of 10⁴, 10⁵ and 10⁶ events: with the index, by a linear scan of
// precomputed day numbers (the fastest scan possible), and by a linear
// scan calling Interval.Overlaps, as a caller without the index would.
func BenchmarkRange(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		events, ix := synth(b, n)
		mid := events[n/2].When.Start
		from, to := mid, mid.AddDays(15)
		lo, hi := spanOf(karabakh.Span(from, to))
		want := 0
		ix.overlapping(lo, hi, func(int) bool { want++; return true })
		b.Run(fmt.Sprintf("n=%d/index", n), func(b *testing.B) {
			for b.Loop() {
				k := 0
				ix.overlapping(lo, hi, func(int) bool { k++; return true })
				if k != want {
					b.Fatal(k, want)
				}
			}
			b.ReportMetric(float64(want), "events/op")
		})
		b.Run(fmt.Sprintf("n=%d/scan-days", n), func(b *testing.B) {
			for b.Loop() {
				k := 0
				for i := range ix.start {
					if ix.start[i] <= hi && ix.end[i] >= lo {
						k++
					}
				}
				if k != want {
					b.Fatal(k, want)
				}
			}
			b.ReportMetric(float64(want), "events/op")
		})
		if n == 1_000_000 {
			q := karabakh.Span(from, to)
			b.Run(fmt.Sprintf("n=%d/scan-overlaps", n), func(b *testing.B) {
				for b.Loop() {
					k := 0
					for i := range events {
						if events[i].When.Overlaps(q) {
							k++
						}
					}
					if k != want {
						b.Fatal(k, want)
					}
				}
				b.ReportMetric(float64(want), "events/op")
			})
		}
	}
}

// BenchmarkRangeK shows the cost growing with k, the number of events
// returned, on 10⁶ events: windows of 1, 16, 256 and 4096 days.
func BenchmarkRangeK(b *testing.B) {
	events, ix := synth(b, 1_000_000)
	mid := events[len(events)/4].When.Start
	for _, days := range []int{1, 16, 256, 4096} {
		lo, hi := spanOf(karabakh.Span(mid, mid.AddDays(days-1)))
		k := 0
		ix.overlapping(lo, hi, func(int) bool { k++; return true })
		b.Run(fmt.Sprintf("days=%d", days), func(b *testing.B) {
			for b.Loop() {
				ix.overlapping(lo, hi, func(int) bool { return true })
			}
			b.ReportMetric(float64(k), "events/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(k), "ns/event")
		})
	}
}

// BenchmarkQuery is the public API on the shipped timeline.
func BenchmarkQuery(b *testing.B) {
	from, to := karabakh.Day(2020, time.November, 15), karabakh.Day(2020, time.November, 30)
	Len()
	indexes()
	b.Run("between", func(b *testing.B) {
		for b.Loop() {
			for range Query(Between(from, to)) {
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			for range All() {
			}
		}
	})
}
