package actors

import (
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/fold"
)

// names indexes every name of every actor, built on first use of Lookup or
// Search so that programs that only call Get never pay for it.
var names = sync.OnceValue(func() *fold.Index[ID] {
	var es []fold.Entry[ID]
	for _, a := range data.Get().All {
		for n := range a.Names.All() {
			es = append(es, fold.Entry[ID]{ID: a.ID, Name: n})
		}
		// The ID itself is a name form too: "recep-tayyip-erdogan".
		es = append(es, fold.Entry[ID]{ID: a.ID, Name: karabakh.Name{Text: string(a.ID), Kind: karabakh.KindAlias}})
	}
	return fold.New(es)
})

// Lookup returns the actor that has name as a label, alias,
// transliteration or known garbled form, in any language or script,
// ignoring case, width, diacritics and punctuation: "ERDOĞAN", "Erdogan"
// and "Erdoğan" fold alike, as do Azerbaijani "Əliyev" and "Eliyev". It
// reports false if no actor has the name, or if several do; [LookupAll]
// then lists them. The whole name is needed: a surname alone is a job for
// [Search]. On a hit Lookup allocates nothing.
func Lookup(name string) (ID, bool) { return names().Lookup(name) }

// LookupAll returns every actor that has a name folding like name, in
// dataset order. More than one means the name is ambiguous.
func LookupAll(name string) []ID { return names().LookupAll(name) }

// A Match is an actor found by [Search].
type Match struct {
	ID ID
	// Score ranks matches from 1 (the name itself, folded) down: a mojibake
	// repair scores 0.95, a transliteration across scripts 0.9, a near
	// spelling up to 0.85, a name of which the query is only some words
	// about 0.75, a near spelling of one word up to 0.65.
	Score float64
	// Name is the stored name that matched best. It may be a garbled form
	// (Kind karabakh.KindGarbled); show the actor's label instead.
	Name karabakh.Name
	// How is "exact", "repaired", "transliterated", "partial" or "fuzzy".
	How string
	// Distance is the number of letters edited to match, for fuzzy matches.
	Distance int
	// Ambiguous is set on the top matches when several actors match about
	// as well (within 0.05): the name alone does not say who is meant.
	Ambiguous bool
}

// A SearchOption tunes [Search].
type SearchOption func(*fold.Options)

// Limit caps the number of matches (default 10).
func Limit(n int) SearchOption { return func(o *fold.Options) { o.Limit = n } }

// MinScore drops matches scoring below s.
func MinScore(s float64) SearchOption { return func(o *fold.Options) { o.MinScore = s } }

// Search returns the actors whose names match name exactly or nearly, best
// first, one match per actor. Beyond what [Lookup] finds, it repairs
// mojibake ("ErdoÄŸan", UTF-8 read as Windows-1252 or Latin-1), matches
// across Latin, Cyrillic and Armenian letters ("Эрдоган"), finds names of
// which the query is some whole words ("Erdogan"), and allows a few
// misspelt letters (one in a name of 4-5 letters, two up to 9, three
// beyond). Where several actors match about equally well the top matches
// are marked Ambiguous rather than one being picked.
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
