package places

import (
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/fold"
)

// names indexes every name of every place, built on first use of
// Lookup or Search.
var names = sync.OnceValue(func() *fold.Index[ID] {
	var es []fold.Entry[ID]
	for _, p := range data.Get().All {
		for n := range p.Names.All() {
			es = append(es, fold.Entry[ID]{ID: p.ID, Name: n})
		}
		es = append(es, fold.Entry[ID]{ID: p.ID, Name: karabakh.Name{Text: string(p.ID), Kind: karabakh.KindAlias}})
	}
	return fold.New(es)
})

// Lookup returns the place that has name as a label, alias,
// transliteration or known garbled form, in any language or script and in
// any side's usage (Stepanakert, Khankendi, Xankəndi and Ստեփանակերտ all
// name one place), ignoring case, width, diacritics and punctuation. It
// reports false if no place has the name or if several do
// ([LookupAll] then lists them). On a hit it allocates nothing.
func Lookup(name string) (ID, bool) { return names().Lookup(name) }

// LookupAll returns every place with a name folding like name, in
// dataset order.
func LookupAll(name string) []ID { return names().LookupAll(name) }

// A Match is a place found by [Search].
type Match struct {
	ID ID
	// Score ranks matches from 1 (the name itself, folded) down: a mojibake
	// repair scores 0.95, a transliteration across scripts 0.9, a near
	// spelling up to 0.85, a name of which the query is only some words
	// about 0.75, a near spelling of one word up to 0.65.
	Score float64
	// Name is the stored name that matched best, with its language and
	// usage.
	Name karabakh.Name
	// How is "exact", "repaired", "transliterated", "partial" or "fuzzy".
	How      string
	Distance int
	// Ambiguous is set on the top matches when several places match about
	// as well (within 0.05): Lachin the town or Lachin the district.
	Ambiguous bool
}

// A SearchOption tunes [Search].
type SearchOption func(*fold.Options)

// Limit caps the number of matches (default 10).
func Limit(n int) SearchOption { return func(o *fold.Options) { o.Limit = n } }

// MinScore drops matches scoring below s.
func MinScore(s float64) SearchOption { return func(o *fold.Options) { o.MinScore = s } }

// Search returns the places whose names match name exactly or nearly,
// best first, one match per place. It repairs mojibake, matches across
// Latin, Cyrillic and Armenian letters, finds names of which the query is
// some whole words ("Kəlbəcər" in "Kəlbəcər rayonu"), and allows a few
// misspelt letters. Where several places match about equally well, the top
// matches are marked Ambiguous rather than one being picked.
func Search(name string, opts ...SearchOption) []Match {
	var o fold.Options
	for _, f := range opts {
		f(&o)
	}
	ms := names().Search(name, o)
	out := make([]Match, len(ms))
	for i, m := range ms {
		out[i] = Match{ID: m.ID, Score: m.Score, Name: m.Name, How: m.How.String(), Distance: m.Distance, Ambiguous: m.Ambiguous}
	}
	return out
}
