package actors_test

import (
	"fmt"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
)

func ExampleLookup() {
	for _, name := range []string{"Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN", "ErdoÄan"} {
		id, ok := actors.Lookup(name)
		fmt.Println(id, ok)
	}
	// Output:
	// recep-tayyip-erdogan true
	// recep-tayyip-erdogan true
	// recep-tayyip-erdogan true
}

func ExampleSearch() {
	// A surname alone, another script, mojibake, a typo.
	for _, name := range []string{"Erdogan", "Эрдоган", "ErdoÄŸan", "Erdgoan"} {
		m := slices.Collect(actors.Search(name, karabakh.SearchLimit(1)))[0]
		fmt.Printf("%s → %s\n", name, m.ID)
	}
	// Output:
	// Erdogan → recep-tayyip-erdogan
	// Эрдоган → recep-tayyip-erdogan
	// ErdoÄŸan → recep-tayyip-erdogan
	// Erdgoan → recep-tayyip-erdogan
}
