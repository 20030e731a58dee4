// Package collation sorts names the way a language sorts them, with the
// Unicode collation tables of golang.org/x/text/collate: Azerbaijani puts
// x after h and q after k, Armenian follows its own alphabet, and Russian
// sorts ё with е.
//
// It is a package of its own because the collation tables add several
// hundred kilobytes to a binary (see BENCHMARKS.md): only programs that
// import it pay for them, not every program that imports the data
// packages.
package collation

import (
	"bytes"
	"slices"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Strings sorts s in place in the order of language tag.
func Strings(s []string, tag language.Tag) {
	collate.New(tag).SortStrings(s)
}

// SortFunc sorts s in place by key(x) in the order of language tag. It is
// stable: elements with equal keys keep their order.
func SortFunc[T any](s []T, tag language.Tag, key func(T) string) {
	c := collate.New(tag)
	var buf collate.Buffer
	keys := make([][]byte, len(s))
	for i, x := range s {
		keys[i] = c.KeyFromString(&buf, key(x))
	}
	// Sort a permutation, then apply it, so that keys and elements move
	// together.
	perm := make([]int, len(s))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
	sorted := make([]T, len(s))
	for i, j := range perm {
		sorted[i] = s[j]
	}
	copy(s, sorted)
}

// ByLabel sorts records in place by their label for a reader of tag (as
// [karabakh.Names.Label] picks it), in the order of tag.
//
//	all := slices.Collect(actors.All())
//	collation.ByLabel(all, language.Azerbaijani, func(a actors.Actor) karabakh.Names { return a.Names })
func ByLabel[T any](s []T, tag language.Tag, names func(T) karabakh.Names) {
	SortFunc(s, tag, func(x T) string { return names(x).Label(tag) })
}

// Compare returns a function that compares two strings in the order of
// tag. The function is not safe for concurrent use.
func Compare(tag language.Tag) func(a, b string) int {
	return collate.New(tag).CompareString
}
