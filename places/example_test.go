package places_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

func ExampleLookup() {
	for _, name := range []string{"Stepanakert", "Khankendi", "XANKƏNDİ", "Ստեփանակերտ"} {
		id, ok := places.Lookup(name)
		fmt.Println(id, ok)
	}
	// Output:
	// stepanakert true
	// stepanakert true
	// stepanakert true
	// stepanakert true
}

// A contested place carries each side's names with their usage.
func ExampleGet() {
	p, _ := places.Get(places.KalbajarDistrict)
	fmt.Println(p.Names.Label(language.English))
	for n := range p.Names.All() {
		if n.Lang == language.Armenian {
			fmt.Printf("%s (%s)\n", n.Text, n.Usage)
		}
	}
	// Output:
	// Kalbajar District
	// Քելբաջարի շրջան (Armenian rendering of the Azerbaijani district name)
	// Քարվաճառ (Armenian usage)
}
