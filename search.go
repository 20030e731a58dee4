package karabakh

import (
	"fmt"
	"iter"
	"sync"

	"github.com/caucasus-data/karabakh/internal/fold"
)

// A MatchKind says how a name was found in a text or a query. The kinds are
// ordered from the surest to the loosest.
type MatchKind uint8

// The ways a name can match.
const (
	// MatchExact: the text is a stored name, byte for byte.
	MatchExact MatchKind = iota + 1
	// MatchFolded: the text is a stored name once case, width, diacritics,
	// punctuation and invisible characters are folded away ("ERDOGAN" for
	// "Erdoğan", "Eliyev" for "Əliyev").
	MatchFolded
	// MatchRepaired: the text matched once its mojibake was undone
	// ("ErdoÄŸan", UTF-8 read as Windows-1252).
	MatchRepaired
	// MatchTransliterated: the text matched a name in another script once
	// both were written in Latin letters ("Эрдоган").
	MatchTransliterated
	// MatchInflected: the text is a stored name with a grammatical ending
	// ("Пашиняна", "Ağdamın").
	MatchInflected
	// MatchPartial: the text is one or more whole words of a stored name
	// ("Erdoğan" for "Recep Tayyip Erdoğan").
	MatchPartial
	// MatchFuzzy: the text is within a few letters of a stored name or of
	// one of its words.
	MatchFuzzy
)

var matchKindNames = [...]string{"", "exact", "folded", "repaired", "transliterated", "inflected", "partial", "fuzzy"}

// String returns the kind's name: "exact", "folded", "repaired",
// "transliterated", "inflected", "partial" or "fuzzy".
func (k MatchKind) String() string {
	if int(k) < len(matchKindNames) && k > 0 {
		return matchKindNames[k]
	}
	return fmt.Sprintf("MatchKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its name, so that JSON carries "fuzzy"
// rather than a number.
func (k MatchKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(matchKindNames) {
		return nil, fmt.Errorf("karabakh: no MatchKind %d", uint8(k))
	}
	return []byte(matchKindNames[k]), nil
}

// JSONSchemaEnum lists every MatchKind by name.
func (MatchKind) JSONSchemaEnum() []string { return matchKindNames[1:] }

// UnmarshalText decodes a kind from its name.
func (k *MatchKind) UnmarshalText(b []byte) error {
	for i, n := range matchKindNames {
		if i > 0 && n == string(b) {
			*k = MatchKind(i)
			return nil
		}
	}
	return fmt.Errorf("karabakh: unknown match kind %q", b)
}

// A Match is a record found by its name.
type Match[ID comparable] struct {
	ID ID
	// Score ranks matches from 1 (the name itself) down: a folded match
	// scores 1, a mojibake repair 0.95, a transliteration across scripts
	// 0.9, a near spelling up to 0.85, a name of which the query is only
	// some words about 0.75, a near spelling of one word up to 0.65.
	Score float64
	// Name is the stored name that matched best. It may be a garbled form
	// (Kind KindGarbled); show the record's label instead.
	Name Name
	How  MatchKind
	// Distance is the number of letters edited to match, for fuzzy matches.
	Distance int
	// Ambiguous is set on the top matches when several records match about
	// as well (within 0.05): the name alone does not say which is meant.
	Ambiguous bool
}

// String returns the match in the form "stepanakert (folded 1.00)", with
// " ambiguous" added where it is.
func (m Match[ID]) String() string {
	s := fmt.Sprintf("%v (%s %.2f)", m.ID, m.How, m.Score)
	if m.Ambiguous {
		s += " ambiguous"
	}
	return s
}

// A SearchOption tunes a search by name, such as actors.Search or
// places.Search. Its values are opaque: make them with [SearchLimit] and
// [SearchMinScore]. The zero SearchOption changes nothing.
type SearchOption struct {
	limit    int
	minScore float64
}

// DefaultSearchLimit is the number of matches a search returns unless
// [SearchLimit] says otherwise.
const DefaultSearchLimit = 10

// SearchLimit caps the number of matches at n. A limit below 1 leaves the
// default, [DefaultSearchLimit].
func SearchLimit(n int) SearchOption { return SearchOption{limit: max(n, 0)} }

// SearchMinScore drops matches scoring below s, between 0 and 1.
func SearchMinScore(s float64) SearchOption { return SearchOption{minScore: s} }

// A NameIndex finds records by any of their names: labels, aliases,
// transliterations and known garbled forms, in any language and script.
// The actors and places packages each keep one over their records; a
// program can build one over records of its own.
//
// The index is built on its first use, not when it is made, and is safe
// for concurrent use.
type NameIndex[ID comparable] struct {
	once  sync.Once
	names iter.Seq2[ID, Name]
	ix    *fold.Index[ID]
	all   []Name // all[i] is the name of the index's entry i
}

// NewNameIndex returns an index over the names that names yields, each with
// the ID of its record. names is called once, on the index's first use.
func NewNameIndex[ID comparable](names iter.Seq2[ID, Name]) *NameIndex[ID] {
	return &NameIndex[ID]{names: names}
}

func (x *NameIndex[ID]) get() *fold.Index[ID] {
	x.once.Do(func() {
		var es []fold.Entry[ID]
		if x.names != nil {
			for id, n := range x.names {
				es = append(es, fold.Entry[ID]{ID: id, Text: n.Text})
				x.all = append(x.all, n)
			}
		}
		x.ix = fold.New(es)
	})
	return x.ix
}

// Lookup returns the record that has name, ignoring case, width,
// diacritics, punctuation and invisible characters: "ERDOĞAN", "Erdogan"
// and "Erdoğan" fold alike, as do Azerbaijani "Əliyev" and "Eliyev". It
// reports false if no record has the name, or if several do;
// [NameIndex.LookupAll] then lists them. The whole name is needed: a part
// of one is a job for [NameIndex.Search]. On a hit Lookup allocates
// nothing.
func (x *NameIndex[ID]) Lookup(name string) (ID, bool) { return x.get().Lookup(name) }

// LookupAll yields every record that has a name folding like name, in the
// order the index was given them. More than one means the name is
// ambiguous.
func (x *NameIndex[ID]) LookupAll(name string) iter.Seq[ID] {
	ids := x.get().LookupAll(name)
	return func(yield func(ID) bool) {
		for _, id := range ids {
			if !yield(id) {
				return
			}
		}
	}
}

// Search yields the records whose names match query exactly or nearly,
// best first, one match per record. Beyond what [NameIndex.Lookup] finds,
// it repairs mojibake ("ErdoÄŸan"), matches across Latin, Cyrillic and
// Armenian letters ("Эрдоган"), finds names of which the query is some
// whole words ("Erdogan"), and allows a few misspelt letters (one in a name
// of 4-5 letters, two up to 9, three beyond). Where several records match
// about equally well the top matches are marked Ambiguous rather than one
// being picked.
func (x *NameIndex[ID]) Search(query string, opts ...SearchOption) iter.Seq[Match[ID]] {
	var o fold.Options
	for _, opt := range opts {
		if opt.limit > 0 {
			o.Limit = opt.limit
		}
		if opt.minScore != 0 {
			o.MinScore = opt.minScore
		}
	}
	if o.Limit == 0 {
		o.Limit = DefaultSearchLimit
	}
	ms := x.get().Search(query, o)
	return func(yield func(Match[ID]) bool) {
		for _, m := range ms {
			n := x.all[m.Entry]
			how := matchKinds[m.How]
			if how == MatchFolded && n.Text == query {
				how = MatchExact
			}
			if !yield(Match[ID]{ID: m.ID, Score: m.Score, Name: n, How: how, Distance: m.Distance, Ambiguous: m.Ambiguous}) {
				return
			}
		}
	}
}

// matchKinds maps the index's kinds of match to the exported ones.
var matchKinds = [...]MatchKind{
	fold.Exact:          MatchFolded,
	fold.Repaired:       MatchRepaired,
	fold.Transliterated: MatchTransliterated,
	fold.Partial:        MatchPartial,
	fold.Fuzzy:          MatchFuzzy,
}
