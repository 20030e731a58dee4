package timeline

import (
	"math"
	"math/bits"
	"slices"
	"sort"

	"github.com/caucasus-data/karabakh"
)

// A spanIndex answers "which events share a day with [lo, hi]" in
// O(log n + k) time, in chronological order, for events sorted by start.
//
// An event overlaps [lo, hi] if it starts within it, or if it started
// before lo and is still running on lo. The first kind is a contiguous run
// of the start-sorted events, found by binary search. The second kind lies
// among the events before that run, as exactly those whose end is >= lo;
// a range-maximum structure over the ends finds them in index order with
// O(1) work each: the maximum of the range is either below lo (nothing to
// report) or reported, after which both halves are searched the same way.
// Each step reports an event or ends a branch, so the work is O(k), and
// long or open-ended events cost nothing extra.
type spanIndex struct {
	start          []int32 // first day of each event (days since 1970-01-01)
	end            []int32 // last day; math.MaxInt32 if open-ended
	order          []int32 // dataset index of each sorted position; nil if identity
	maxEnd, minEnd rmq     // over end, and over -end for Within
}

// dayOf returns the day number of the first (upper=false) or last
// (upper=true) day of d.
func dayOf(d karabakh.Date, upper bool) int32 {
	if upper {
		return int32(d.Upper().Unix() / 86400)
	}
	return int32(d.Lower().Unix() / 86400)
}

// spanOf returns the first and last day an interval covers; an open start
// or end is unbounded.
func spanOf(iv karabakh.Interval) (lo, hi int32) {
	lo, hi = math.MinInt32, math.MaxInt32
	if !iv.Start.IsZero() {
		lo = dayOf(iv.Start, false)
	}
	if !iv.End.IsZero() {
		hi = dayOf(iv.End, true)
	}
	return lo, hi
}

func newSpanIndex(events []Event) *spanIndex {
	n := len(events)
	ix := &spanIndex{start: make([]int32, n), end: make([]int32, n)}
	for i, e := range events {
		ix.start[i], ix.end[i] = spanOf(e.When)
	}
	if !slices.IsSorted(ix.start) {
		// The data is kept in order, but an index must not trust that.
		ix.order = make([]int32, n)
		for i := range ix.order {
			ix.order[i] = int32(i)
		}
		slices.SortStableFunc(ix.order, func(a, b int32) int { return int(ix.start[a]) - int(ix.start[b]) })
		s, e := make([]int32, n), make([]int32, n)
		for i, j := range ix.order {
			s[i], e[i] = ix.start[j], ix.end[j]
		}
		ix.start, ix.end = s, e
	}
	neg := make([]int32, n)
	for i, v := range ix.end {
		neg[i] = -v // -MaxInt32 fits; no event ends on MinInt32
	}
	ix.maxEnd.build(ix.end)
	ix.minEnd.build(neg)
	return ix
}

func (ix *spanIndex) pos(i int) int {
	if ix.order == nil {
		return i
	}
	return int(ix.order[i])
}

// overlapping calls yield with the dataset index of each event that shares
// at least one day with [lo, hi], in chronological order, until yield
// returns false.
func (ix *spanIndex) overlapping(lo, hi int32, yield func(int) bool) {
	if lo > hi {
		return
	}
	p0 := sort.Search(len(ix.start), func(i int) bool { return ix.start[i] >= lo })
	p1 := sort.Search(len(ix.start), func(i int) bool { return ix.start[i] > hi })
	// Started before lo and still running on lo.
	if !ix.maxEnd.report(0, p0, lo, func(i int) bool { return yield(ix.pos(i)) }) {
		return
	}
	// Started within [lo, hi]: every one overlaps, since it ends no
	// earlier than it starts.
	for i := p0; i < p1; i++ {
		if !yield(ix.pos(i)) {
			return
		}
	}
}

// within calls yield with the dataset index of each event whose every day
// lies in [lo, hi], in chronological order.
func (ix *spanIndex) within(lo, hi int32, yield func(int) bool) {
	if lo > hi {
		return
	}
	p0 := sort.Search(len(ix.start), func(i int) bool { return ix.start[i] >= lo })
	p1 := sort.Search(len(ix.start), func(i int) bool { return ix.start[i] > hi })
	// Among those starting in range, those with -end >= -hi.
	ix.minEnd.report(p0, p1, -hi, func(i int) bool { return yield(ix.pos(i)) })
}

// An rmq answers range-maximum queries over a fixed []int32 in O(1) time
// with O(n) extra words: blocks of 64 values, a sparse table over the block
// maxima, and within a block, for each position, a bit mask of the
// positions that are the maximum of the range from them to it (the
// "monotonic stack"), so that the lowest such bit at or after the range's
// start is its maximum.
type rmq struct {
	v      []int32
	mask   []uint64  // per position, within its block
	sparse [][]int32 // sparse[k][b]: argmax of blocks b .. b+2^k-1
}

const rmqBlock = 64

func (r *rmq) build(v []int32) {
	r.v = v
	n := len(v)
	r.mask = make([]uint64, n)
	nb := (n + rmqBlock - 1) / rmqBlock
	level0 := make([]int32, nb)
	for b := range nb {
		lo, hi := b*rmqBlock, min((b+1)*rmqBlock, n)
		var stack uint64
		for i := lo; i < hi; i++ {
			// Drop earlier positions that are no greater than v[i].
			for stack != 0 {
				top := 63 - bits.LeadingZeros64(stack)
				if v[lo+top] > v[i] {
					break
				}
				stack &^= 1 << top
			}
			stack |= 1 << (i - lo)
			r.mask[i] = stack
		}
		level0[b] = int32(lo + bits.TrailingZeros64(r.mask[hi-1]))
	}
	r.sparse = [][]int32{level0}
	for k := 1; 1<<k <= nb; k++ {
		prev := r.sparse[k-1]
		cur := make([]int32, nb-(1<<k)+1)
		for b := range cur {
			cur[b] = r.better(prev[b], prev[b+1<<(k-1)])
		}
		r.sparse = append(r.sparse, cur)
	}
}

func (r *rmq) better(i, j int32) int32 {
	if r.v[j] > r.v[i] {
		return j
	}
	return i
}

// inBlock returns the argmax of [i, j] within one block.
func (r *rmq) inBlock(i, j int) int32 {
	base := i &^ (rmqBlock - 1)
	m := r.mask[j] >> (i - base) << (i - base)
	return int32(base + bits.TrailingZeros64(m))
}

// argmax returns the position of a maximum of v[i..j], i <= j.
func (r *rmq) argmax(i, j int) int32 {
	bi, bj := i/rmqBlock, j/rmqBlock
	if bi == bj {
		return r.inBlock(i, j)
	}
	best := r.better(r.inBlock(i, bi*rmqBlock+rmqBlock-1), r.inBlock(bj*rmqBlock, j))
	if bi+1 <= bj-1 {
		k := bits.Len(uint(bj-1-bi)) - 1
		best = r.better(best, r.better(r.sparse[k][bi+1], r.sparse[k][bj-1-(1<<k)+1]))
	}
	return best
}

// report calls yield, in increasing order, with every position in [a, b)
// whose value is >= min, until yield returns false; it reports whether it
// ran to the end.
func (r *rmq) report(a, b int, min int32, yield func(int) bool) bool {
	type frame struct{ m, b int }
	var buf [32]frame
	stack := buf[:0]
	for {
		// Walk to the leftmost qualifying position of [a, b), stacking
		// the right halves still to do.
		for a < b {
			m := int(r.argmax(a, b-1))
			if r.v[m] < min {
				break
			}
			stack = append(stack, frame{m, b})
			b = m
		}
		if len(stack) == 0 {
			return true
		}
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !yield(f.m) {
			return false
		}
		a, b = f.m+1, f.b
	}
}
