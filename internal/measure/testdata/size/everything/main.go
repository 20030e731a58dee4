// Command everything uses every package and helper.
package main

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/annotate"
	"github.com/caucasus-data/karabakh/collation"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

func main() {
	fmt.Println(actors.Search("Erdogan"), places.Search("Kelbajar"))
	for t := range agreement.PeacekeepingTerms() {
		fmt.Println(t)
		break
	}
	for e := range timeline.Query(timeline.Between(karabakh.Day(2020, time.November, 15), karabakh.Month(2020, time.November))) {
		fmt.Println(e.Title)
	}
	for c := range factcheck.All() {
		fmt.Println(c.ID)
	}
	for m := range annotate.Text("Nikol Pashinyan signed the trilateral statement.") {
		fmt.Println(m)
	}
	s := []string{"Şuşa", "Xankəndi"}
	collation.Strings(s, language.Azerbaijani)
	fmt.Println(s)
}
