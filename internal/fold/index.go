package fold

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// An Entry is one name of one record.
type Entry[ID comparable] struct {
	ID   ID
	Text string
}

// How says how a [Match] was found.
type How uint8

// The ways a name can match, from the surest.
const (
	// Exact: the query folds to the same key as a stored name.
	Exact How = iota + 1
	// Repaired: the query matched once its mojibake was undone.
	Repaired
	// Transliterated: the query matched a name in another script once
	// both were written in Latin letters.
	Transliterated
	// Partial: the query is one or more whole words of a stored name.
	Partial
	// Fuzzy: the query is within a small edit distance of a stored name or
	// of one of its words.
	Fuzzy
)

var howNames = [...]string{"", "exact", "repaired", "transliterated", "partial", "fuzzy"}

func (h How) String() string {
	if int(h) < len(howNames) {
		return howNames[h]
	}
	return "How(?)"
}

// A Match is one record a search found, with the best of its names.
type Match[ID comparable] struct {
	ID ID
	// Score ranks matches: 1 for an exact match, lower for looser ones.
	Score float64
	// Entry is the index of the entry, among those New was given, whose
	// name matched best.
	Entry int
	How   How
	// Distance is the edit distance, in letters, between the (folded,
	// transliterated) query and the name or word it matched.
	Distance int
	// Ambiguous is set on the top matches when several records match about
	// equally well: the name does not say which one is meant.
	Ambiguous bool
}

// Options tune a search.
type Options struct {
	// Limit is the most matches returned; 0 means DefaultLimit.
	Limit int
	// MinScore drops matches that score lower.
	MinScore float64
}

// DefaultLimit is the number of matches a search returns unless told.
const DefaultLimit = 10

// Scores of each kind of match. Fuzzy scores fall with the distance.
const (
	scoreExact          = 1.0
	scoreRepaired       = 0.95
	scoreTransliterated = 0.9
	scoreFuzzy          = 0.85 // times the share of letters that agree
	scorePartial        = 0.75 // plus a little for covering more of the name
	scoreFuzzyWord      = 0.65 // times the share of letters that agree
	// Matches of different records within this margin of the best are
	// reported as ambiguous.
	ambiguityMargin = 0.05
)

// An Index finds records by any of their names. It is immutable once built
// and safe for concurrent use.
type Index[ID comparable] struct {
	entries []Entry[ID]
	skels   []string // skeleton of each entry's name
	exact   map[string]group[ID]
	skel    map[string][]int32 // skeleton of a whole name -> entries
	words   map[string][]int32 // skeleton of one word of a name -> entries
	fulls   []cand             // distinct skeletons of whole names
	wordc   []cand             // distinct words of at least 3 letters
}

type group[ID comparable] struct {
	ids     []ID // distinct, in the order of the entries
	entries []int32
}

type cand struct {
	text    string
	runes   int
	mask    uint64
	entries []int32
}

// New builds an index over entries. Names that fold to nothing (no letters
// or digits) are not indexed.
func New[ID comparable](entries []Entry[ID]) *Index[ID] {
	ix := &Index[ID]{
		entries: entries,
		skels:   make([]string, len(entries)),
		exact:   make(map[string]group[ID], len(entries)),
		skel:    make(map[string][]int32, len(entries)),
		words:   make(map[string][]int32, 2*len(entries)),
	}
	for i, e := range entries {
		k := Key(e.Text)
		if k == "" {
			continue
		}
		g := ix.exact[k]
		if !slices.Contains(g.ids, e.ID) {
			g.ids = append(g.ids, e.ID)
		}
		g.entries = append(g.entries, int32(i))
		ix.exact[k] = g
		s := Skeleton(k)
		ix.skels[i] = s
		ix.skel[s] = appendNew(ix.skel[s], int32(i))
		for w := range strings.SplitSeq(s, " ") {
			ix.words[w] = appendNew(ix.words[w], int32(i))
		}
	}
	for s, es := range ix.skel {
		ix.fulls = append(ix.fulls, newCand(s, es))
	}
	for w, es := range ix.words {
		if utf8.RuneCountInString(w) >= 3 {
			ix.wordc = append(ix.wordc, newCand(w, es))
		}
	}
	// Map order is random; sort so that results never depend on it.
	byText := func(a, b cand) int { return strings.Compare(a.text, b.text) }
	slices.SortFunc(ix.fulls, byText)
	slices.SortFunc(ix.wordc, byText)
	return ix
}

func appendNew(s []int32, i int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}

func newCand(s string, es []int32) cand {
	return cand{text: s, runes: utf8.RuneCountInString(s), mask: charMask(s), entries: es}
}

// Len returns the number of names indexed.
func (ix *Index[ID]) Len() int { return len(ix.entries) }

// Lookup returns the record whose name folds to the same key as name, if
// exactly one record has such a name. On a hit it allocates nothing for
// names of up to 256 bytes once folded.
func (ix *Index[ID]) Lookup(name string) (ID, bool) {
	var buf [256]byte
	g, ok := ix.exact[string(AppendKey(buf[:0], name))]
	if !ok || len(g.ids) != 1 {
		var zero ID
		return zero, false
	}
	return g.ids[0], true
}

// LookupAll returns every record with a name that folds to the same key as
// name, in the order of the entries. The caller owns the slice.
func (ix *Index[ID]) LookupAll(name string) []ID {
	var buf [256]byte
	g := ix.exact[string(AppendKey(buf[:0], name))]
	return slices.Clone(g.ids)
}

// Search returns the records whose names match query exactly or nearly,
// best first, one match per record.
func (ix *Index[ID]) Search(query string, o Options) []Match[ID] {
	key := Key(query)
	if key == "" {
		return nil
	}
	s := searcher[ID]{ix: ix, best: make(map[ID]int)}
	for _, i := range ix.exact[key].entries {
		s.add(i, scoreExact, Exact, 0)
	}
	type variant struct {
		skel   string
		factor float64
	}
	variants := []variant{{Skeleton(key), 1}}
	repairs := Repairs(query)
	if len(repairs) > 0 {
		// The query repairs cleanly, so its damaged reading is the less
		// likely one.
		variants[0].factor = 0.9
	}
	for _, r := range repairs {
		rk := Key(r)
		for _, i := range ix.exact[rk].entries {
			s.add(i, scoreRepaired, Repaired, 0)
		}
		variants = append(variants, variant{Skeleton(rk), scoreRepaired})
	}
	for _, v := range variants {
		for _, i := range ix.skel[v.skel] {
			s.add(i, v.factor*scoreTransliterated, Transliterated, 0)
		}
		s.partial(v.skel, v.factor)
		s.fuzzy(v.skel, v.factor)
	}
	return s.result(o)
}

type searcher[ID comparable] struct {
	ix      *Index[ID]
	matches []Match[ID]
	best    map[ID]int
}

func (s *searcher[ID]) add(entry int32, score float64, how How, dist int) {
	e := s.ix.entries[entry]
	m := Match[ID]{ID: e.ID, Score: score, Entry: int(entry), How: how, Distance: dist}
	if j, ok := s.best[e.ID]; ok {
		if s.matches[j].Score < score {
			s.matches[j] = m
		}
		return
	}
	s.best[e.ID] = len(s.matches)
	s.matches = append(s.matches, m)
}

// partial finds names of which q is one or more whole words.
func (s *searcher[ID]) partial(q string, factor float64) {
	n := utf8.RuneCountInString(q)
	score := func(c int) float64 { return factor * (scorePartial + 0.05*float64(n)/float64(c)) }
	if !strings.Contains(q, " ") {
		for _, i := range s.ix.words[q] {
			if full := s.ix.skels[i]; full != q {
				s.add(i, score(utf8.RuneCountInString(full)), Partial, 0)
			}
		}
		return
	}
	for _, c := range s.ix.fulls {
		if c.runes > n && containsWords(c.text, q) || NameParts(c.text, q) {
			for _, i := range c.entries {
				s.add(i, score(c.runes), Partial, 0)
			}
		}
	}
}

// NameParts reports whether q names what name does the way writers shorten
// a person's name: the last word in full and each earlier word of q, in
// order, either a word of name or the initial of one ("v v putin" and "v
// putin" for "vladimir putin", "nikol pashinyan" for "nikol vovayi
// pashinyan"). Both are keys or skeletons, words separated by one space;
// q needs at least two words, and must not be name itself.
func NameParts(name, q string) bool {
	if q == name {
		return false
	}
	last := strings.LastIndexByte(q, ' ')
	nlast := strings.LastIndexByte(name, ' ')
	if last < 0 || nlast < 0 || q[last+1:] != name[nlast+1:] || len(q)-last-1 < 2 {
		return false
	}
	rest := name[:nlast]
	for w := range strings.SplitSeq(q[:last], " ") {
		found := false
		for rest != "" {
			var nw string
			nw, rest, _ = strings.Cut(rest, " ")
			if nw == w || len(w) == 1 && nw[0] == w[0] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// containsWords reports whether q occurs in s starting and ending at word
// boundaries.
func containsWords(s, q string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], q)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(q)
		if (i == 0 || s[i-1] == ' ') && (end == len(s) || s[end] == ' ') {
			return true
		}
		off = i + 1
	}
}

// maxDistance is the most edits a query of n letters may need to still
// match: none for very short names, where one edit makes another name.
func maxDistance(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 6:
		return 1
	case n < 10:
		return 2
	}
	return 3
}

func (s *searcher[ID]) fuzzy(q string, factor float64) {
	var p pattern
	if !p.init(q) {
		return
	}
	k := maxDistance(p.n)
	if k == 0 {
		return
	}
	scan := func(cands []cand, base float64) {
		for _, c := range cands {
			if c.runes-p.n > k || p.n-c.runes > k || maskBound(p.mask, c.mask) > k {
				continue
			}
			d := p.distance(c.text, k)
			if d == 0 || d > k {
				continue
			}
			sc := factor * base * (1 - float64(d)/float64(max(p.n, c.runes)))
			for _, i := range c.entries {
				s.add(i, sc, Fuzzy, d)
			}
		}
	}
	scan(s.ix.fulls, scoreFuzzy)
	if !strings.Contains(q, " ") {
		scan(s.ix.wordc, scoreFuzzyWord)
	}
}

func (s *searcher[ID]) result(o Options) []Match[ID] {
	ms := s.matches
	if o.MinScore > 0 {
		ms = slices.DeleteFunc(ms, func(m Match[ID]) bool { return m.Score < o.MinScore })
	}
	// Best first; among equals, in dataset order.
	slices.SortFunc(ms, func(a, b Match[ID]) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Entry, b.Entry)
	})
	if len(ms) > 1 && ms[1].Score >= ms[0].Score-ambiguityMargin {
		for i := range ms {
			if ms[i].Score < ms[0].Score-ambiguityMargin {
				break
			}
			ms[i].Ambiguous = true
		}
	}
	limit := o.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	if len(ms) > limit {
		ms = ms[:limit]
	}
	return ms
}
