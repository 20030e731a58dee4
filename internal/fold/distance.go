package fold

import (
	"math/bits"
	"unicode/utf8"
)

// A pattern is a query prepared for Levenshtein distance by Myers'
// bit-parallel algorithm (as formulated by Hyyrö): one machine word per
// text character, whatever the pattern's length up to 64 runes.
type pattern struct {
	n     int         // length in runes, 1..64
	ascii [128]uint64 // positions of each ASCII character
	other []runeMask  // positions of the few other runes
	mask  uint64      // charMask of the pattern
}

type runeMask struct {
	r rune
	m uint64
}

// init prepares pt for p; it reports false if p is empty or longer than
// 64 runes.
func (pt *pattern) init(p string) bool {
	*pt = pattern{other: pt.other[:0]}
	i := 0
	for _, r := range p {
		if i == 64 {
			return false
		}
		bit := uint64(1) << i
		if r < utf8.RuneSelf {
			pt.ascii[r] |= bit
		} else {
			found := false
			for k := range pt.other {
				if pt.other[k].r == r {
					pt.other[k].m |= bit
					found = true
				}
			}
			if !found {
				pt.other = append(pt.other, runeMask{r, bit})
			}
		}
		pt.mask |= charBit(r)
		i++
	}
	pt.n = i
	return i > 0
}

func (p *pattern) eq(r rune) uint64 {
	if r < utf8.RuneSelf {
		return p.ascii[r]
	}
	for _, o := range p.other {
		if o.r == r {
			return o.m
		}
	}
	return 0
}

// distance returns the Levenshtein distance between the pattern and t,
// counted in runes, or a number above max once it is sure to exceed max.
func (p *pattern) distance(t string, max int) int {
	m := p.n
	high := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0)
	if m < 64 {
		pv = high<<1 - 1
	}
	score := m
	rest := utf8.RuneCountInString(t)
	for _, r := range t {
		eq := p.eq(r)
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		switch {
		case ph&high != 0:
			score++
		case mh&high != 0:
			score--
		}
		// The top row of the matrix counts up (distance to an empty
		// pattern prefix), so a 1 is shifted in.
		ph = ph<<1 | 1
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
		rest--
		// The score can fall by at most one per remaining character.
		if score-rest > max {
			return max + 1
		}
	}
	return score
}

// charBit maps a rune to one of 64 bits; charMask ORs them over a string.
// If key holds a character whose bit the query lacks, that character must
// be edited, so the number of such bits bounds the distance from below.
func charBit(r rune) uint64 { return 1 << (uint32(r) % 64) }

func charMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= charBit(r)
	}
	return m
}

// maskBound returns a lower bound on the edit distance between strings with
// the character masks a and b.
func maskBound(a, b uint64) int {
	return max(bits.OnesCount64(a&^b), bits.OnesCount64(b&^a))
}

// Levenshtein returns the edit distance between a and b in runes, by the
// plain dynamic programme. It is the reference the fast path is tested
// against, and the fallback for patterns over 64 runes.
func Levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
