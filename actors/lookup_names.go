package actors

import (
	"iter"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/table"
)

// names indexes every name of every actor. It is built on the first use of
// Lookup or Search, so programs that only call Get never pay for it.
var names = table.NameIndex(data, func(a Actor) ID { return a.ID }, func(a Actor) karabakh.Names { return a.Names })

// Lookup returns the actor that has name as a label, alias,
// transliteration or known garbled form, in any language or script; see
// [karabakh.NameIndex.Lookup] for how names fold. It reports false if no
// actor has the name, or if several do. On a hit it allocates nothing.
func Lookup(name string) (ID, bool) { return names.Lookup(name) }

// LookupAll yields every actor that has a name folding like name, in
// dataset order. More than one means the name is ambiguous.
func LookupAll(name string) iter.Seq[ID] { return names.LookupAll(name) }

// Search yields the actors whose names match name exactly or nearly, best
// first, one match per actor; see [karabakh.NameIndex.Search].
func Search(name string, opts ...karabakh.SearchOption) iter.Seq[karabakh.Match[ID]] {
	return names.Search(name, opts...)
}
