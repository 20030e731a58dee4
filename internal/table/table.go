// Package table holds the one way every data package keeps its records: in
// dataset order and by ID, built on first use rather than at import, and
// read afterwards without locks.
package table

import (
	"sync"
	"sync/atomic"

	"github.com/caucasus-data/karabakh"
)

// A Table holds records in dataset order and by ID. Where two records share
// an ID the first is kept by ID; Validate reports the duplicate.
type Table[K comparable, T any] struct {
	All []T
	// ByID holds the records themselves, not indexes into All, so that a
	// lookup costs one map access, as a plain map of records would (see
	// BENCHMARKS.md).
	ByID map[K]T
}

// New indexes all by key.
func New[K comparable, T any](all []T, key func(T) K) *Table[K, T] {
	t := &Table[K, T]{All: all, ByID: make(map[K]T, len(all))}
	for _, r := range all {
		k := key(r)
		if _, dup := t.ByID[k]; !dup {
			t.ByID[k] = r
		}
	}
	return t
}

// Get returns the record with key k. Hot paths index ByID from the data
// package instead: the compiler then knows the map's concrete type, and a
// lookup costs half what it does through this generic method.
func (t *Table[K, T]) Get(k K) (T, bool) {
	r, ok := t.ByID[k]
	return r, ok
}

// Has reports whether a record has key k.
func (t *Table[K, T]) Has(k K) bool {
	_, ok := t.ByID[k]
	return ok
}

// Lazy builds a value of type S once, on first use, and hands it out
// afterwards with one atomic load: cheaper on every lookup than calling
// through sync.OnceValue, which matters for lookups that cost about a map
// access.
type Lazy[S any] struct {
	build  func() *S
	loaded atomic.Pointer[S]
}

// NewLazy returns a Lazy that builds with f. Nothing is built until Get.
func NewLazy[S any](f func() *S) *Lazy[S] {
	l := &Lazy[S]{}
	l.build = sync.OnceValue(func() *S {
		s := f()
		l.loaded.Store(s)
		return s
	})
	return l
}

// Get returns the value, building it on first use. Safe for concurrent use.
func (l *Lazy[S]) Get() *S {
	if s := l.loaded.Load(); s != nil {
		return s
	}
	return l.build()
}

// NameIndex returns an index over the names of the records l holds, with
// each record's ID as one more of its names ("recep-tayyip-erdogan"). Like
// l, it is built on first use.
func NameIndex[K ~string, T any](l *Lazy[Table[K, T]], key func(T) K, names func(T) karabakh.Names) *karabakh.NameIndex[K] {
	return karabakh.NewNameIndex(func(yield func(K, karabakh.Name) bool) {
		for _, r := range l.Get().All {
			id := key(r)
			for n := range names(r).All() {
				if !yield(id, n) {
					return
				}
			}
			if !yield(id, karabakh.Name{Text: string(id), Kind: karabakh.KindAlias}) {
				return
			}
		}
	})
}
