package implementation_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
)

// What was the state of point 8 on 1 February 2021?
func ExampleStateOn() {
	o, ok := implementation.StateOn(agreement.Point8, karabakh.Day(2021, time.February, 1))
	if !ok {
		return
	}
	fmt.Println(o.Date, o.Level)
	fmt.Println(o.Summary)
	fmt.Println(o.Evidence.At(0))
	// Output:
	// 2020-12-14 intermediate
	// The first exchange of prisoners took place on 14 December 2020: Russia's defence ministry counted 12 captives handed over to Azerbaijan and 44 to Armenia.
	// 2020-12-14-first-prisoner-exchange
}

// Was the Kalbajar district returned on time?
func ExampleDeadlineOutcome() {
	out, _ := implementation.DeadlineOutcome(agreement.ObligationReturnKalbajar)
	fmt.Println("deadline:", out.Deadline, "moved to", out.Final, "by", out.Changes[0].Event)
	fmt.Println("done:", out.Done)
	fmt.Println("met:", out.Met, "days early:", out.DaysEarly)
	fmt.Println("met the original:", out.MetOriginal, "days early:", out.OriginalDaysEarly)
	// Output:
	// deadline: 2020-11-15 moved to 2020-11-25 by 2020-11-15-kalbajar-deadline-extended
	// done: 2020-11-25
	// met: true days early: 0
	// met the original: false days early: -10
}

// The state of every point once the Russian peacekeepers had left.
func ExampleStatesOn() {
	for _, o := range implementation.StatesOn(karabakh.Day(2024, time.June, 15)) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("point %d since %s: %s %s", o.Point.Number(), o.Date, o.Level, o.State)))
	}
	// Output:
	// point 1 since 2023-09-19: full overtaken
	// point 2 since 2020-11-20: full
	// point 3 since 2024-06-12: full overtaken
	// point 4 since 2024-06-12: intermediate overtaken
	// point 5 since 2024-04-26: full overtaken
	// point 6 since 2023-09-19: intermediate overtaken
	// point 7 since 2023-09-30: minimal overtaken
	// point 8 since 2023-12-13: intermediate disputed
	// point 9 since 2024-05-07: minimal disputed
}

// The story of point 6: the Kalbajar and Lachin districts and the Lachin
// corridor.
func ExampleHistory() {
	for o := range implementation.History(agreement.Point6) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-10s %-12s %s", o.Date, o.Level, o.State)))
	}
	// Output:
	// 2020-11-10 not initiated
	// 2020-11-15 not initiated deadline-extended
	// 2020-11-25 minimal
	// 2020-12-01 intermediate
	// 2022-08    intermediate
	// 2022-12-12 intermediate suspended
	// 2023-04-23 intermediate disputed
	// 2023-04-27 intermediate disputed
	// 2023-06-15 intermediate suspended
	// 2023-09-19 intermediate overtaken
}
