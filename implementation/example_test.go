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
func ExampleOutcomeOf() {
	out, _ := implementation.OutcomeOf(agreement.DeadlineID(agreement.ObligationReturnKalbajar), karabakh.MustParseDate(karabakh.DatasetUpdated))
	fmt.Println(out)
	fmt.Println("moved by", out.Changes.At(0).Event, "- days early:", out.DaysEarly, "- against the text's date:", out.OriginalDaysEarly)
	// Output:
	// statement-2020-11-10-return-kalbajar: met-extended (due 2020-11-15, final 2020-11-25, done 2020-11-25)
	// moved by 2020-11-15-kalbajar-deadline-extended - days early: 0 - against the text's date: -10
}

// Every deadline of the statement and the documents after it, with its
// status on the dataset's date and how its date was derived.
func ExampleOutcomes() {
	for o := range implementation.Outcomes(karabakh.MustParseDate(karabakh.DatasetUpdated)) {
		fmt.Printf("%s %-12s %s\n", o.Deadline.Due, o.Status, o.Deadline.ID)
	}
	// Output:
	// 2020-11-10 met          statement-2020-11-10-ceasefire-azerbaijan
	// 2020-11-10 met          statement-2020-11-10-ceasefire-armenia
	// 2020-11-15 met-extended statement-2020-11-10-return-kalbajar
	// 2020-11-20 met          statement-2020-11-10-return-aghdam
	// 2020-12-01 met          statement-2020-11-10-return-lachin
	// 2021-01-30 met          statement-2021-01-11-working-group-first-meeting
	// 2021-02-28 unrecorded   statement-2021-01-11-expert-subgroups
	// 2021-03-01 unrecorded   statement-2021-01-11-list-and-timetable
	// 2023-11-10 overtaken    statement-2020-11-10-lachin-corridor-plan-azerbaijan
	// 2023-11-10 overtaken    statement-2020-11-10-lachin-corridor-plan-armenia
	// 2025-05-10 overtaken    statement-2020-11-10-peacekeeping-notice-1
	// 2030-05-10 overtaken    statement-2020-11-10-peacekeeping-notice-2
}

// The state of every point once the Russian peacekeepers had left.
func ExampleStatesOn() {
	for o := range implementation.StatesOn(karabakh.Day(2024, time.June, 15)) {
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
	// 2023-04-23 intermediate suspended
	// 2023-04-27 intermediate suspended
	// 2023-06-15 intermediate suspended
	// 2023-09-19 intermediate overtaken
}

// A journalist's question: where did each of the nine points stand on a
// given day? One line each, with the most recent evidence and a source
// that reports it.
func ExampleStatesOn_journalist() {
	for o := range implementation.StatesOn(karabakh.Day(2023, time.January, 1)) {
		state := o.Level.String()
		if o.State != "" {
			state += ", " + string(o.State)
		}
		line := fmt.Sprintf("Point %d: %s.", o.Point.Number(), state)
		if e, ok := o.LatestEvidence(); ok {
			line += fmt.Sprintf(" Latest: %s (%s)", e.Title, e.When)
			if s, ok := e.Report(); ok {
				line += " " + s.URL
			}
		}
		fmt.Println(line)
	}
	// Output:
	// Point 1: full. Latest: Complete ceasefire in the Nagorno-Karabakh conflict zone takes effect (2020-11-10) https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh
	// Point 2: full. Latest: Azerbaijani army units enter the Aghdam district (2020-11-20) https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia
	// Point 3: full. Latest: Russia's defence minister reports the peacekeepers' deployment completed (2020-11-20) https://www.armenianclub.com/2020/11/21/russia-completes-deployment-of-peacekeepers-in-nagorno-karabakh/
	// Point 4: intermediate. Latest: Putin's decree sends a contingent of up to 1,960 servicemen for five years (2020-11-12) http://inform.sumy.ua/news2/index.php?id=786599
	// Point 5: full. Latest: The joint Russian-Turkish ceasefire monitoring centre opens in the Aghdam district (2021-01-30) https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/
	// Point 6: intermediate, suspended. Latest: Blockade of the Lachin corridor begins (2022-12-12) https://news.am/eng/news/734934.html
	// Point 7: minimal. Latest: Russia's foreign ministry quotes point 7 in reply to a question on the return of Azerbaijani displaced persons (2021-12-30) https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994
	// Point 8: intermediate, disputed. Latest: Azerbaijan's State Commission: 1,713 bodies handed over; 25 Azerbaijanis returned (2022-08-30) https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed
	// Point 9: minimal, disputed. Latest: Pashinyan: the statement provides for no corridor through Armenia (2022-12-15) https://news.am/eng/news/735231.html
}
