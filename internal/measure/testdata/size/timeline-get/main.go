// Command timeline-get walks the timeline.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/timeline"
)

func main() {
	for e := range timeline.All() {
		fmt.Println(e.When, e.Title)
	}
}
