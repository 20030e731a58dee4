// Package enum helps describe the module's enumerations (kinds, roles,
// units) to the JSON Schema generator.
package enum

import "iter"

// Strings returns the values seq yields, as strings, in order.
func Strings[T ~string](seq iter.Seq[T]) []string {
	var out []string
	for v := range seq {
		out = append(out, string(v))
	}
	return out
}
