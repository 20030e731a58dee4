package stable

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"github.com/google/go-cmp/cmp"
)

// snapshot returns the whole shipped dataset as a JSON tree, independent of
// the memory the packages hold.
func snapshot(t *testing.T) any {
	t.Helper()
	b, err := json.Marshal(Collections())
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		t.Fatal(err)
	}
	return tree
}

// mutate changes everything it can reach in v: strings, numbers, bools,
// slice elements, maps, pointed-to values, and the elements of the slices
// that a karabakh.List hands out through Slice. v must be settable.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString("MUTATED")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1000)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Map:
		if v.CanSet() {
			v.Clear()
		}
	case reflect.Struct:
		if m := v.MethodByName("Slice"); m.IsValid() {
			// A karabakh.List: its elements are reachable only through
			// copies, so change the copy it hands out.
			mutate(m.Call(nil)[0])
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i))
			}
		}
	}
}

func mutateAll[T any](seq func(func(T) bool)) {
	for x := range seq {
		mutate(reflect.ValueOf(&x).Elem())
	}
}

// TestCallersCannotMutateTheDataset takes every accessor of every package,
// changes everything reachable in what it returns, and checks that a fresh
// read of the dataset is unchanged.
func TestCallersCannotMutateTheDataset(t *testing.T) {
	before := snapshot(t)

	mutateAll(actors.All())
	mutateAll(agreement.All())
	mutateAll(places.All())
	mutateAll(timeline.All())
	mutateAll(factcheck.All())
	mutateAll(implementation.Observations())
	mutateAll(implementation.DeadlineChanges())
	mutateAll(implementation.Fulfilments())
	for a := range actors.All() {
		if x, ok := actors.Get(a.ID); ok {
			mutate(reflect.ValueOf(&x).Elem())
		}
		offices := slices.Collect(actors.OfficesOn(a.ID, karabakh.Day(2020, 11, 10)))
		mutate(reflect.ValueOf(&offices).Elem())
	}
	for a := range agreement.All() {
		x, _ := agreement.Get(a.ID)
		sig := slices.Collect(x.Signatories())
		mutate(reflect.ValueOf(&sig).Elem())
		for p := range a.Points.All() {
			q, _ := agreement.GetPoint(p.ID)
			mutate(reflect.ValueOf(&q).Elem())
			if n, ok := a.Point(p.Number); ok {
				mutate(reflect.ValueOf(&n).Elem())
			}
			for o := range implementation.History(p.ID) {
				mutate(reflect.ValueOf(&o).Elem())
			}
		}
	}
	for p := range places.All() {
		x, _ := places.Get(p.ID)
		mutate(reflect.ValueOf(&x).Elem())
	}
	for e := range timeline.All() {
		x, _ := timeline.Get(e.ID)
		mutate(reflect.ValueOf(&x).Elem())
	}
	for c := range factcheck.All() {
		x, _ := factcheck.Get(c.ID)
		mutate(reflect.ValueOf(&x).Elem())
	}
	states := slices.Collect(implementation.StatesOn(karabakh.Day(2021, 2, 1)))
	mutate(reflect.ValueOf(&states).Elem())

	if diff := cmp.Diff(before, snapshot(t)); diff != "" {
		t.Fatalf("a caller changed the shared dataset (-before +after):\n%s", diff)
	}
}

// TestMutateReachesLists proves the mutator is not a no-op: it changes a
// List's handed-out copy and every exported field of a record copy.
func TestMutateReachesLists(t *testing.T) {
	s := []karabakh.Source{{URL: "https://example.org/", Publisher: "P", Quote: "q"}}
	n := karabakh.Name{Text: "x", Sources: karabakh.ListOf(s...)}
	mutate(reflect.ValueOf(&n).Elem())
	if n.Text != "MUTATED" {
		t.Errorf("mutate left Text = %q", n.Text)
	}
	if n.Sources.At(0).Quote != "q" {
		t.Errorf("a List's stored element changed: %+v", n.Sources.At(0))
	}
	raw := []karabakh.Source{{Quote: "q"}}
	mutate(reflect.ValueOf(&raw).Elem())
	if raw[0].Quote != "MUTATED" {
		t.Error("mutate does not reach slice elements")
	}
}
