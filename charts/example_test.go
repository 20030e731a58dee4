package charts_test

import (
	"bytes"
	"fmt"
	"log"
	"regexp"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/charts"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

func ExampleCharts() {
	for c := range charts.Charts() {
		fmt.Printf("%s.svg: %s\n", c, c.Title())
	}
	// Output:
	// points-over-time.svg: The nine points of the statement of 10 November 2020 over time
	// first-sixty-days.svg: The first sixty days: each handover deadline against the day it happened
	// peacekeeping-term.svg: The peacekeepers' term: what the text provided, and what happened
}

// The first sixty days as they stood on 16 November 2020: the Kalbajar
// deadline had been moved, and no district had yet been handed over.
func ExampleAsOf() {
	var b bytes.Buffer
	if err := charts.FirstSixtyDays.Render(&b, charts.AsOf(karabakh.Day(2020, 11, 16))); err != nil {
		log.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`>((?:due|moved to|done) [^<]*)<`).FindAllSubmatch(b.Bytes(), -1) {
		fmt.Println(string(m[1]))
	}
	// Output:
	// due 15 Nov
	// moved to 25 Nov
	// due 20 Nov
	// due 1 Dec
}

// eventsOnly links the marks that stand for events, to a timeline page.
type eventsOnly struct{}

func (eventsOnly) Point(agreement.PointID) string                { return "" }
func (eventsOnly) Observation(implementation.Observation) string { return "" }
func (eventsOnly) Deadline(agreement.DeadlineID) string          { return "" }
func (eventsOnly) Event(id timeline.ID) string                   { return "timeline.html#" + string(id) }

func ExampleLinkTo() {
	var b bytes.Buffer
	if err := charts.FirstSixtyDays.Render(&b, charts.LinkTo(eventsOnly{})); err != nil {
		log.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`<a href="([^"]*)"`).FindAllSubmatch(b.Bytes(), -1) {
		fmt.Println(string(m[1]))
	}
	// Output:
	// timeline.html#2020-11-15-kalbajar-deadline-extended
	// timeline.html#2020-11-25-kalbajar-handover
	// timeline.html#2020-11-20-aghdam-handover
	// timeline.html#2020-12-01-lachin-handover
}
