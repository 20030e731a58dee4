package agreement_test

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
)

func ExamplePeacekeepingTerms() {
	for t := range agreement.PeacekeepingTerms() {
		fmt.Println(t)
		if t.Number == 2 {
			break
		}
	}
	// Output:
	// term 1: 2020-11-10/2025-11-09, notice by 2025-05-10
	// term 2: 2025-11-10/2030-11-09, notice by 2030-05-10
}

func ExamplePeacekeepingTermAt() {
	t, _ := agreement.PeacekeepingTermAt(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(t.Number, t.NoticeBy.Format(time.RFC3339))
	// Output: 1 2025-05-10T00:00:00+03:00
}

// Every deadline of the 2020 statement, with how its date follows from
// the text: the dates it gives, the three years for the plan of a new
// Lachin route, and the last days for notice under point 4. Deadlines also
// yields those of the later statements, such as the working group's.
func ExampleDeadlines() {
	for d := range agreement.Deadlines() {
		if d.Agreement == agreement.Statement2020 {
			fmt.Println(d.Due, d.Basis, d.ID)
		}
	}
	// Output:
	// 2020-11-10 dated statement-2020-11-10-ceasefire-azerbaijan
	// 2020-11-10 dated statement-2020-11-10-ceasefire-armenia
	// 2020-11-15 dated statement-2020-11-10-return-kalbajar
	// 2020-11-20 dated statement-2020-11-10-return-aghdam
	// 2020-12-01 dated statement-2020-11-10-return-lachin
	// 2023-11-10 period statement-2020-11-10-lachin-corridor-plan-azerbaijan
	// 2023-11-10 period statement-2020-11-10-lachin-corridor-plan-armenia
	// 2025-05-10 period statement-2020-11-10-peacekeeping-notice-1
	// 2030-05-10 period statement-2020-11-10-peacekeeping-notice-2
}

// The obligations Russia took on, point by point.
func ExampleObligationsOf() {
	for o := range agreement.ObligationsOf(actors.Russia) {
		fmt.Println(o.Point, o.ID)
	}
	// Output:
	// statement-2020-11-10#3 statement-2020-11-10-deploy-peacekeepers
	// statement-2020-11-10#6 statement-2020-11-10-control-lachin-corridor
	// statement-2020-11-10#6 statement-2020-11-10-redeploy-peacekeepers
}

func ExampleStatementPoint() {
	p, _ := agreement.StatementPoint(4)
	fmt.Println(p.ID)
	// Output: statement-2020-11-10#4
}
