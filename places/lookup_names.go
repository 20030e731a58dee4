package places

import (
	"iter"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/table"
)

// names indexes every name of every place. It is built on the first use of
// Lookup or Search, so programs that only call Get never pay for it.
var names = table.NameIndex(data, func(p Place) ID { return p.ID }, func(p Place) karabakh.Names { return p.Names })

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
