package karabakh_test

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// A first look: who signed the statement and in which office, what point 2
// asks and how it went, who a garbled name is, and what happened in the
// Lachin district in its first month under the statement.
func Example() {
	s, _ := agreement.Get(agreement.Statement2020)
	for p := range s.Signatories() {
		a, _ := actors.Get(p.Actor)
		fmt.Println(a.Names.Label(language.English), "-", p.Office)
	}

	p2, _ := agreement.StatementPoint(2)
	ru, _ := p2.Text(language.Russian)
	fmt.Println(ru.Body, "-", ru.Coverage)
	out, _ := implementation.OutcomeOf(agreement.DeadlineID(agreement.ObligationReturnAghdam), karabakh.MustParseDate(karabakh.DatasetUpdated))
	fmt.Println(out)

	for m := range actors.Search("ErdoÄŸan", karabakh.SearchLimit(1)) {
		fmt.Println(m)
	}

	dec := karabakh.Month(2020, time.December)
	for e := range timeline.Query(timeline.On(dec), timeline.Place(places.LachinDistrict)) {
		fmt.Println(e.When, e.Title)
	}
	// Output:
	// Ilham Aliyev - President of the Republic of Azerbaijan
	// Nikol Pashinyan - Prime Minister of the Republic of Armenia
	// Vladimir Putin - President of the Russian Federation
	// Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года - quoted
	// statement-2020-11-10-return-aghdam: met (due 2020-11-20, done 2020-11-20)
	// recep-tayyip-erdogan (repaired 0.95)
	// 2020-12-01 Azerbaijani army units enter the Lachin district, the last of the three
}
