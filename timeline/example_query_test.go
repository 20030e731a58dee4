package timeline_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// What happened in the Aghdam district between 15 and 30 November 2020?
func ExampleQuery() {
	from, to := karabakh.Day(2020, time.November, 15), karabakh.Day(2020, time.November, 30)
	for e := range timeline.Query(timeline.Between(from, to), timeline.Place(places.AghdamDistrict)) {
		fmt.Println(e.When, e.Title)
	}
}

// Which events bear on point 8 (prisoners and bodies)?
func ExamplePoint() {
	for e := range timeline.Query(timeline.Point(agreement.Point8)) {
		fmt.Println(e.When, e.Title)
	}
}

// Who signed, and in which office?
func ExampleOfKind() {
	for e := range timeline.Query(timeline.OfKind(timeline.Signing)) {
		for p := range e.Actors.All() {
			if p.Role != timeline.Signatory {
				continue
			}
			for _, o := range slices.Collect(actors.OfficesOn(p.Actor, e.When.Start)) {
				fmt.Println(e.When, p.Actor, o.Title, o.Of)
			}
		}
	}
}

// An event known only to the month covers every day of it: Overlapping
// (the default) keeps it for any range that touches the month, Within
// only for ranges that hold the whole month.
func ExampleWithin() {
	nov := karabakh.Month(2020, time.November)
	n := 0
	for range timeline.Query(timeline.On(nov), timeline.Within) {
		n++
	}
	fmt.Println(n > 0)
	// Output: true
}
