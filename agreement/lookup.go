package agreement

import (
	"iter"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type table struct {
	agreements []Agreement
	places     []Place
	byID       map[ID]int
	byPlace    map[PlaceID]int
	byPoint    map[PointID][2]int
	// Records by ID, so that each Get costs one map lookup, as a plain
	// map of records would (see BENCHMARKS.md).
	recAgreement map[ID]Agreement
	recPlace     map[PlaceID]Place
	recPoint     map[PointID]Point
}

// data builds the tables on first use: nothing is built at import.
var data = sync.OnceValue(func() *table {
	t := index(agreementRecords(), placeRecords())
	loaded.Store(t)
	return t
})

// loaded is the table once built: an atomic load is cheaper than calling
// through sync.OnceValue on every Get.
var loaded atomic.Pointer[table]

// built returns the table, building it on first use. It is kept out of
// line so that the Get functions are small enough to be inlined and copy
// the record once, straight to the caller.
//
//go:noinline
func built() *table {
	if t := loaded.Load(); t != nil {
		return t
	}
	return data()
}

func index(ags []Agreement, places []Place) *table {
	t := &table{
		agreements: ags,
		places:     places,
		byID:       make(map[ID]int, len(ags)),
		byPlace:    make(map[PlaceID]int, len(places)),
		byPoint:    make(map[PointID][2]int),

		recAgreement: make(map[ID]Agreement, len(ags)),
		recPlace:     make(map[PlaceID]Place, len(places)),
		recPoint:     make(map[PointID]Point),
	}
	for i, a := range ags {
		if _, dup := t.byID[a.ID]; !dup {
			t.byID[a.ID] = i
			t.recAgreement[a.ID] = a
		}
		for j, p := range a.Points.All() {
			if _, dup := t.byPoint[p.ID]; !dup {
				t.byPoint[p.ID] = [2]int{i, j}
				t.recPoint[p.ID] = p
			}
		}
	}
	for i, p := range places {
		if _, dup := t.byPlace[p.ID]; !dup {
			t.byPlace[p.ID] = i
			t.recPlace[p.ID] = p
		}
	}
	return t
}

// Get returns the agreement with the given ID. It allocates nothing.
func Get(id ID) (Agreement, bool) {
	a, ok := built().recAgreement[id]
	return a, ok
}

// All returns every agreement in order of signature.
func All() iter.Seq[Agreement] {
	return func(yield func(Agreement) bool) {
		for _, a := range data().agreements {
			if !yield(a) {
				return
			}
		}
	}
}

// GetPoint returns the point with the given ID. It allocates nothing.
func GetPoint(id PointID) (Point, bool) {
	p, ok := built().recPoint[id]
	return p, ok
}

// PointOf returns the ID of point n of agreement a. It does not check that
// the point exists.
func PointOf(a ID, n int) PointID { return PointID(string(a) + "#" + strconv.Itoa(n)) }

// Agreement returns the agreement part of a point ID.
func (p PointID) Agreement() ID {
	s := string(p)
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		return ID(s[:i])
	}
	return ""
}

// Number returns the point number of a point ID, or 0 if it has none.
func (p PointID) Number() int {
	s := string(p)
	i := strings.LastIndexByte(s, '#')
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// GetPlace returns the place with the given ID. It allocates nothing.
func GetPlace(id PlaceID) (Place, bool) {
	p, ok := built().recPlace[id]
	return p, ok
}

// Places returns every place, in the order of the dataset.
func Places() iter.Seq[Place] {
	return func(yield func(Place) bool) {
		for _, p := range data().places {
			if !yield(p) {
				return
			}
		}
	}
}

// ExistsPoint reports whether id names a point.
func ExistsPoint(id PointID) bool { _, ok := data().byPoint[id]; return ok }

// ExistsPlace reports whether id names a place.
func ExistsPlace(id PlaceID) bool { _, ok := data().byPlace[id]; return ok }

// Exists reports whether id names an agreement.
func Exists(id ID) bool { _, ok := data().byID[id]; return ok }
