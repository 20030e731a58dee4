package places

import (
	"iter"

	"github.com/caucasus-data/karabakh"
)

// names indexes every name of every place. It is built on the first use of
// Lookup or Search, so programs that only call Get never pay for it.
var names = karabakh.NewNameIndex(func(yield func(ID, karabakh.Name) bool) {
	for _, p := range data.Get().All {
		for n := range p.Names.All() {
			if !yield(p.ID, n) {
				return
			}
		}
		if !yield(p.ID, karabakh.Name{Text: string(p.ID), Kind: karabakh.KindAlias}) {
			return
		}
	}
})

// Lookup returns the place that has name as a label, alias,
// transliteration or known garbled form, in any language or script and in
// any side's usage: Stepanakert, Khankendi, Xankəndi and Ստեփանակերտ all
// name one place. See [karabakh.NameIndex.Lookup] for how names fold. It
// reports false if no place has the name or if several do. On a hit it
// allocates nothing.
func Lookup(name string) (ID, bool) { return names.Lookup(name) }

// LookupAll yields every place with a name folding like name, in dataset
// order.
func LookupAll(name string) iter.Seq[ID] { return names.LookupAll(name) }

// Search yields the places whose names match name exactly or nearly, best
// first, one match per place: "Kəlbəcər" finds "Kəlbəcər rayonu", and Lachin
// the town and Lachin the district are both returned, marked Ambiguous.
// See [karabakh.NameIndex.Search].
func Search(name string, opts ...karabakh.SearchOption) iter.Seq[karabakh.Match[ID]] {
	return names.Search(name, opts...)
}
