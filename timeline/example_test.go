package timeline_test

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/timeline"
)

func ExampleGet_ceasefire() {
	e, _ := timeline.Get(timeline.CeasefireTakesEffect)
	fmt.Println(e.When)
	fmt.Println(e.Moment.Format("2006-01-02 15:04 MST"))
	fmt.Println(e.Moment.UTC().Format(time.RFC3339))
	// Output:
	// 2020-11-10
	// 2020-11-10 00:00 MSK
	// 2020-11-09T21:00:00Z
}

func ExampleGet_kalbajar() {
	ext, _ := timeline.Get(timeline.KalbajarDeadlineExtended)
	hand, _ := timeline.Get(timeline.KalbajarHandover)
	fmt.Println(ext.Kind, ext.When, ext.Points.Slice())
	fmt.Println(hand.Kind, hand.When)
	// Output:
	// deadline 2020-11-15 [statement-2020-11-10#6]
	// handover 2020-11-25
}

func ExampleEvent_BearsOn() {
	n := 0
	for e := range timeline.All() {
		if e.Kind == timeline.Handover && e.BearsOn(agreement.Point6) && e.When.Start.Year() == 2020 {
			fmt.Println(e.When, e.Title)
			n++
		}
	}
	// Output:
	// 2020-11-25 Azerbaijani army units enter the Kalbajar district
	// 2020-12-01 Azerbaijani army units enter the Lachin district, the last of the three
}

func ExampleGet_ceasefire2023() {
	e, _ := timeline.Get(timeline.Ceasefire2023)
	fmt.Println(e.When, e.Moment.Format("15:04 MST"), "=", e.Moment.UTC().Format("15:04 MST"))
	// Output: 2023-09-20 13:00 UTC+4 = 09:00 UTC
}

func ExampleGet_artsakhCeasesToExist() {
	decree, _ := timeline.Get(timeline.ArtsakhDissolutionDecree)
	end, _ := timeline.Get(timeline.ArtsakhCeasesToExist)
	fmt.Println(decree.When, decree.Title)
	fmt.Println(end.When, end.Title)
	// Output:
	// 2023-09-28 Shahramanyan decrees the dissolution of the Republic of Artsakh from 1 January 2024
	// 2024-01-01 The day the dissolution decree set for the Republic of Artsakh to cease to exist
}

func ExampleGet_washingtonSummit() {
	e, _ := timeline.Get(timeline.PeaceAgreementInitialled)
	fmt.Println(e.When, e.Kind, e.Agreements.At(0))
	// Output: 2025-08-08 signing peace-agreement-2025-08-08
}

func ExampleAll_peacekeepersWithdrawal() {
	for e := range timeline.All() {
		if e.Kind == timeline.Withdrawal && e.When.Start.Year() == 2024 {
			fmt.Println(e.When, e.ID)
		}
	}
	// Output:
	// 2024-04-10 2024-04-10-peacekeepers-leave-dadivank
	// 2024-04-17 2024-04-17-peacekeepers-withdrawal-begins
	// 2024-06-12 2024-06-12-peacekeepers-withdrawal-completed
}
