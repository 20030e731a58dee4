package karabakh

import (
	"encoding/json"
	"iter"
	"slices"
)

// A List is a read-only sequence. Records hold their collections as Lists so
// that a record returned by value shares nothing the caller can change: there
// is no way to write to a List's elements, and [ListOf] copies its input.
//
// The zero List is empty and ready to use. A List marshals to and from a JSON
// array.
type List[T any] struct {
	s []T
}

// ListOf returns a List holding a copy of elems.
func ListOf[T any](elems ...T) List[T] {
	if len(elems) == 0 {
		return List[T]{}
	}
	return List[T]{s: slices.Clone(elems)}
}

// Len returns the number of elements.
func (l List[T]) Len() int { return len(l.s) }

// At returns the i-th element. It panics if i is out of range, as indexing a
// slice does.
func (l List[T]) At(i int) T { return l.s[i] }

// All returns an iterator over the elements, in order. It yields values,
// as every All in this module does; use [List.At] with [List.Len] where the
// index matters.
func (l List[T]) All() iter.Seq[T] { return slices.Values(l.s) }

// Slice returns a new slice holding the elements; the caller owns it.
func (l List[T]) Slice() []T { return slices.Clone(l.s) }

// ContainsFunc reports whether any element satisfies f.
func (l List[T]) ContainsFunc(f func(T) bool) bool { return slices.ContainsFunc(l.s, f) }

// IndexFunc returns the index of the first element that satisfies f, or -1.
func (l List[T]) IndexFunc(f func(T) bool) int { return slices.IndexFunc(l.s, f) }

// Contains reports whether v is an element of l. It is a function, not a
// method, because it needs comparable elements and a List holds any.
func Contains[T comparable](l List[T], v T) bool { return slices.Contains(l.s, v) }

// Index returns the index of the first element of l equal to v, or -1.
func Index[T comparable](l List[T], v T) int { return slices.Index(l.s, v) }

// MarshalJSON encodes the List as a JSON array; an empty List is [].
func (l List[T]) MarshalJSON() ([]byte, error) {
	if l.s == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(l.s)
}

// UnmarshalJSON decodes a JSON array into a new List.
func (l *List[T]) UnmarshalJSON(b []byte) error {
	var s []T
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) == 0 {
		s = nil
	}
	l.s = s
	return nil
}

// JSONSchemaAlias tells github.com/invopop/jsonschema to describe a List as
// the array it marshals to.
func (List[T]) JSONSchemaAlias() any { return []T{} }
