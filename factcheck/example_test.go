package factcheck_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh/factcheck"
)

// List the claims that the sources contradict.
func Example_wrong() {
	for c := range factcheck.All() {
		if c.Verdict == factcheck.Wrong {
			fmt.Println(c.ID)
		}
	}
	// Output:
	// troops-and-tanks-invading
	// airlift-before-signing
	// osce-name
	// nakhchivan-enclave-road
	// gazakh-in-point-2
}

// Count the corrections by verdict.
func ExampleVerdicts() {
	n := map[factcheck.Verdict]int{}
	for c := range factcheck.All() {
		n[c.Verdict]++
	}
	for v := range factcheck.Verdicts() {
		fmt.Printf("%s: %d\n", v, n[v])
	}
	// Output:
	// wrong: 5
	// misattributed: 1
	// garbled: 4
	// imprecise: 7
	// unverified: 2
	// outdated: 1
	// correct: 4
}

// Look up a correction: the claim keeps the article's damaged spelling, the
// correction gives the name as it is written.
func ExampleGet() {
	c, _ := factcheck.Get(factcheck.ErdoganMojibake)
	fmt.Println(c.Verdict)
	fmt.Println(c.Claim)
	fmt.Println(c.Sources.At(0).Quote)
	// Output:
	// garbled
	// Turkish President Recep Tayyip ErdoAan […] ErdoÄan apparently also expected
	// Cumhurbaşkanı Recep Tayyip Erdoğan
}

// The quotation the article puts in the statement's mouth.
func ExampleGet_misattributed() {
	c, _ := factcheck.Get(factcheck.MisattributedBorderQuote)
	fmt.Println(c.Verdict, "-", c.Where)
	fmt.Println(c.Sources.At(0).Publisher)
	// Output:
	// misattributed - seed article, paragraph 1
	// Public Radio of Armenia
}
