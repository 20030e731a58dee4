package stable

import (
	"reflect"
	"slices"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

var (
	dateType     = reflect.TypeFor[karabakh.Date]()
	intervalType = reflect.TypeFor[karabakh.Interval]()
)

// visitDates calls f with every Date and Interval reachable from v,
// including inside Lists.
func visitDates(v reflect.Value, f func(any)) {
	switch v.Type() {
	case dateType, intervalType:
		f(v.Interface())
		return
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			visitDates(v.Index(i), f)
		}
	case reflect.Struct:
		if m := v.MethodByName("Slice"); m.IsValid() {
			visitDates(m.Call(nil)[0], f)
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				visitDates(v.Field(i), f)
			}
		}
	}
}

// TestEveryDateRoundTrips prints every date and interval in the dataset and
// parses it back to an equal value.
func TestEveryDateRoundTrips(t *testing.T) {
	dates, intervals := 0, 0
	for _, c := range Collections() {
		visitDates(reflect.ValueOf(c), func(x any) {
			switch x := x.(type) {
			case karabakh.Date:
				if x.IsZero() {
					return
				}
				dates++
				if back, err := karabakh.ParseDate(x.String()); err != nil || back != x {
					t.Errorf("date %v does not round-trip: %v, %v", x, back, err)
				}
			case karabakh.Interval:
				intervals++
				if back, err := karabakh.ParseInterval(x.String()); err != nil || back != x {
					t.Errorf("interval %v does not round-trip: %v, %v", x, back, err)
				}
			}
		})
	}
	// Every event has a When and every observation a Date: a walk that
	// finds fewer missed records.
	if intervals < timeline.Len() || dates < len(slices.Collect(implementation.Observations())) {
		t.Errorf("visited only %d dates and %d intervals: the walk misses records", dates, intervals)
	}
	t.Logf("%d dates and %d intervals round-trip", dates, intervals)
}
