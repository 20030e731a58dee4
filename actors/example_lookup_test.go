package actors_test

import (
	"fmt"

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
	for _, name := range []string{"Erdogan", "Эрдоган", "ErdoÄŸan", "Erdgoan"} {
		m := actors.Search(name, actors.Limit(1))[0]
		fmt.Printf("%s → %s (%s)\n", name, m.ID, m.How)
	}
	// Output:
	// Erdogan → recep-tayyip-erdogan (partial)
	// Эрдоган → recep-tayyip-erdogan (partial)
	// ErdoÄŸan → recep-tayyip-erdogan (partial)
	// Erdgoan → recep-tayyip-erdogan (fuzzy)
}
