package agreement_test

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
)

func ExamplePeacekeepingTerms() {
	terms, err := agreement.PeacekeepingTerms(2)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range terms {
		fmt.Printf("term %d: %s, notice by %s\n", t.Number, t.Days(), t.NoticeDay())
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

func ExampleDeadlines() {
	// The deadlines the 2020 statement itself sets; Deadlines also lists
	// those of the later statements.
	for _, d := range agreement.Deadlines() {
		if d.Agreement == agreement.Statement2020 {
			fmt.Println(d.Deadline, "point", d.Point.Number(), d.Obligor)
		}
	}
	// Output:
	// 2020-11-10 point 1 azerbaijan
	// 2020-11-10 point 1 armenia
	// 2020-11-15 point 6 armenia
	// 2020-11-20 point 2 armenia
	// 2020-12-01 point 6 armenia
}

func ExampleObligationsOf() {
	for _, o := range agreement.ObligationsOf(actors.Russia) {
		fmt.Println(o.Point, o.ID)
	}
}

func ExampleStatementPoint() {
	p, _ := agreement.StatementPoint(4)
	fmt.Println(p.ID)
	// Output: statement-2020-11-10#4
}
