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
	// Output:
	// 2020-11-20 Azerbaijani army units enter the Aghdam district
}

// A researcher wants every event of 9-12 November 2020 in which Armenia or
// Azerbaijan acted, including through their leaders and ministries:
// Representing follows the offices held on the day, and AnyOf keeps events
// that pass either option.
func ExampleRepresenting() {
	from, to := karabakh.Day(2020, time.November, 9), karabakh.Day(2020, time.November, 12)
	for e := range timeline.Query(
		timeline.Between(from, to),
		timeline.AnyOf(timeline.Representing(actors.Armenia), timeline.Representing(actors.Azerbaijan)),
	) {
		fmt.Println(e.When, e.ID)
	}
	// Output:
	// 2020-09-27/2020-11-10 2020-09-27-second-karabakh-war
	// 2020-11-09 2020-11-09-russian-helicopter-shot-down
	// 2020-11-09/2020-11-10 2020-11-09-trilateral-statement-signed
	// 2020-11-10 2020-11-10-ceasefire-takes-effect
	// 2020-11-10 2020-11-10-pashinyan-announces-signing
	// 2020-11-10 2020-11-10-aliyev-says-turkey-will-join-peacekeeping
	// 2020-11-10 2020-11-10-protesters-storm-government-and-parliament
	// 2020-11-10 2020-11-10-mirzoyan-beaten
	// 2020-11-10/2023-11-10 2020-11-10-lachin-route-plan-deadline
}

// Options given side by side must all hold; AnyOf keeps events that pass
// any of its options. Here: the deadlines and handovers of the Kalbajar
// district.
func ExampleAnyOf() {
	for e := range timeline.Query(
		timeline.Place(places.KalbajarDistrict),
		timeline.AnyOf(timeline.OfKind(timeline.Handover), timeline.OfKind(timeline.Deadline)),
	) {
		fmt.Println(e.When, e.Kind, e.ID)
	}
	// Output:
	// 2020-11-15 deadline 2020-11-15-kalbajar-deadline-extended
	// 2020-11-25 handover 2020-11-25-kalbajar-handover
}

// Which events of 2020 bear on point 8 (prisoners and bodies)?
func ExamplePoint() {
	for e := range timeline.Query(timeline.Point(agreement.Point8), timeline.On(karabakh.Year(2020))) {
		fmt.Println(e.When, e.Title)
	}
	// Output:
	// 2020-11-09/2020-11-10 Aliyev, Pashinyan and Putin sign the trilateral statement ending the war
	// 2020-12-01 Aliyev's address: a new Lachin corridor route within three years, and the exchange of prisoners under way
	// 2020-12-05 Pashinyan: the prisoner exchange is agreed on an "all for all" basis
	// 2020-12-14 First exchange of prisoners: 12 to Azerbaijan and 44 to Armenia
}

// Who signed the statement of 10 November 2020, and in which office?
func ExampleOfKind() {
	signed := karabakh.Day(2020, time.November, 9)
	for e := range timeline.Query(timeline.OfKind(timeline.Signing), timeline.Agreement(agreement.Statement2020), timeline.On(signed)) {
		for p := range e.Actors.All() {
			if p.Role != timeline.Signatory {
				continue
			}
			for o := range actors.OfficesOn(p.Actor, e.When.Start) {
				fmt.Println(e.When.Start, p.Actor, "-", o.Title, "of", o.Of)
			}
		}
	}
	// Output:
	// 2020-11-09 ilham-aliyev - President of azerbaijan
	// 2020-11-09 nikol-pashinyan - Prime Minister of armenia
	// 2020-11-09 vladimir-putin - President of russia
}

// An event known only to the month covers every day of it: Between keeps
// it for any range that touches the month, Within only for ranges that
// hold the whole month.
func ExampleWithin() {
	from, to := karabakh.Day(2020, time.November, 15), karabakh.Day(2020, time.November, 30)
	between := slices.Collect(timeline.Query(timeline.Between(from, to)))
	within := slices.Collect(timeline.Query(timeline.Within(from, to)))
	for _, e := range between {
		if !slices.ContainsFunc(within, func(w timeline.Event) bool { return w.ID == e.ID }) {
			fmt.Println("not within:", e.When, e.ID)
		}
	}
	// Output:
	// not within: 2020-11/2021-05 2020-11-volkov-deputy-commander
	// not within: 2020-11-10/2023-11-10 2020-11-10-lachin-route-plan-deadline
	// not within: 2020-11-14/2020-11-24 2020-11-14-refugees-begin-to-return
	// not within: 2020-11-23/2023-09-04 2020-11-23-peacekeepers-clear-mines
}
