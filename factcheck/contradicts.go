package factcheck

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// SeedWhere starts the Where of every correction of the seed article, the
// only corrections that may leave Seen empty.
const SeedWhere = "seed article"

// A recordKind is a kind of record that Cues.Contradicts may name: how to
// tell whether an ID exists, and the type whose JSON fields it may name.
type recordKind struct {
	exists func(id string) bool
	typ    reflect.Type
}

// contradictsKinds are the kinds Cues.Contradicts may name, by the word
// that names them.
var contradictsKinds = map[string]recordKind{
	"agreement": {func(id string) bool { return agreement.Exists(agreement.ID(id)) }, reflect.TypeFor[agreement.Agreement]()},
	"point":     {func(id string) bool { return agreement.ExistsPoint(agreement.PointID(id)) }, reflect.TypeFor[agreement.Point]()},
	"event":     {func(id string) bool { return timeline.Exists(timeline.ID(id)) }, reflect.TypeFor[timeline.Event]()},
	"place":     {func(id string) bool { return places.Exists(places.ID(id)) }, reflect.TypeFor[places.Place]()},
	"actor":     {func(id string) bool { return actors.Exists(actors.ID(id)) }, reflect.TypeFor[actors.Actor]()},
}

// jsonFields returns the JSON names of t's fields.
func jsonFields(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// checkContradicts checks that s is "KIND ID FIELD": a kind of record, the
// ID of such a record that exists, and the JSON name of one of its fields.
func checkContradicts(s string) error {
	parts := strings.Fields(s)
	if len(parts) != 3 || strings.Join(parts, " ") != s {
		return fmt.Errorf("%q is not \"KIND ID FIELD\"", s)
	}
	kind, id, field := parts[0], parts[1], parts[2]
	k, ok := contradictsKinds[kind]
	if !ok {
		return fmt.Errorf("%q: unknown kind %q", s, kind)
	}
	if !k.exists(id) {
		return fmt.Errorf("%q: no %s %q", s, kind, id)
	}
	if fs := jsonFields(k.typ); !slices.Contains(fs, field) {
		return fmt.Errorf("%q: a %s has no field %q (it has %s)", s, kind, field, strings.Join(fs, ", "))
	}
	return nil
}
