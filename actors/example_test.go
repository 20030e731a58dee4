package actors_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"golang.org/x/text/language"
)

// Get an actor by its constant and read its names in several languages.
func Example_get() {
	a, _ := actors.Get(actors.Pashinyan)
	fmt.Println(a.Kind)
	fmt.Println(a.Names.English())
	fmt.Println(a.Names.Label(language.Armenian))
	fmt.Println(a.Names.Label(language.Russian))
	// Output:
	// person
	// Nikol Pashinyan
	// Նիկոլ Փաշինյան
	// Никол Пашинян
}

// Which posts did Ararat Mirzoyan hold on the day the statement was
// published, and a year later?
func ExampleOfficesOn() {
	for _, d := range []karabakh.Date{karabakh.Day(2020, time.November, 10), karabakh.Day(2021, time.November, 10)} {
		for _, o := range slices.Collect(actors.OfficesOn(actors.Mirzoyan, d)) {
			of, _ := actors.Get(o.Of)
			fmt.Printf("%s: %s, %s (%s)\n", d, o.Title, of.Names.English(), o.Term)
		}
	}
	// Output:
	// 2020-11-10: Speaker of the National Assembly, Republic of Armenia (2019-01-14/2021-08-02)
	// 2021-11-10: Minister of Foreign Affairs, Republic of Armenia (2021-08-19/..)
}

// The commanders of the Russian peacekeeping contingent, in order, with
// the precision each source gives.
func Example_commanders() {
	for _, id := range []actors.ID{actors.Muradov, actors.Kosobokov, actors.Anashkin, actors.Volkov, actors.Lentsov, actors.Kulakov} {
		a, _ := actors.Get(id)
		for o := range a.Offices.All() {
			if o.Title == "Commander" && o.Of == actors.PeacekeepingContingent {
				fmt.Printf("%-18s %s\n", a.Names.English(), o.Term)
			}
		}
	}
	// Output:
	// Rustam Muradov     2020-11-12/2021-09-06
	// Mikhail Kosobokov  2021-09-09/2021-09-26
	// Gennady Anashkin   2021-09-25/2022-01
	// Andrey Volkov      2022-01-11/2023-04-25
	// Aleksandr Lentsov  2023-04-25/2023-09-03
	// Kirill Kulakov     2023-09-03/2024-06-12
}

// Garbled forms from badly decoded text are kept, but a label is never one
// of them.
func Example_garbled() {
	a, _ := actors.Get(actors.Erdogan)
	for n := range a.Names.All() {
		if n.Kind == karabakh.KindGarbled {
			fmt.Println("garbled:", n.Text)
		}
	}
	fmt.Println("label:", a.Names.Label(language.English))
	fmt.Println("label:", a.Names.Label(language.Azerbaijani))
	// Output:
	// garbled: ErdoAan
	// garbled: ErdoÄan
	// label: Recep Tayyip Erdoğan
	// label: Recep Tayyip Erdoğan
}

// A military unit and the bodies it belongs to.
func Example_partOf() {
	id := actors.Brigade15
	for id != "" {
		a, _ := actors.Get(id)
		fmt.Println(a.Kind, "-", a.Names.English())
		id = a.PartOf
	}
	// Output:
	// military-unit - 15th Separate Motorised Rifle Brigade
	// military-unit - Russian peacekeeping contingent in Nagorno-Karabakh
	// state - Russian Federation
}
