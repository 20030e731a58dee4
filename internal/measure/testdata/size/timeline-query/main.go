// Command timeline-query runs a range query.
package main

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

func main() {
	from, to := karabakh.Day(2020, time.November, 15), karabakh.Day(2020, time.November, 30)
	for e := range timeline.Query(timeline.Between(from, to), timeline.Place(places.Aghdam)) {
		fmt.Println(e.When, e.Title)
	}
}
