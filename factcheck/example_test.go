package factcheck_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
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
	// ceasefire-local-midnight
	// minsk-group-status-talks
	// gazakh-among-returned-districts
	// lachin-corridor-retained-by-armenia
	// turkish-russian-joint-peacekeeping
	// border-troops-karabakh-armenia-links
	// eleven-points
	// extension-if-baku-and-yerevan-agree
	// lachin-corridor-under-armenian-control
	// turkey-takes-part-in-peacekeeping
	// no-clause-on-russian-control
	// peacekeepers-1900
	// lachin-corridor-stays-with-armenia
	// extension-if-conflict-unresolved
	// districts-within-november
	// lachin-corridor-kept-by-armenia
	// signed-on-10-may
	// russia-will-build-road
	// eastern-part-of-azerbaijan
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
	// wrong: 24
	// misattributed: 1
	// garbled: 8
	// imprecise: 13
	// unverified: 2
	// outdated: 1
	// correct: 4
}

// A misstatement found on another page: where it was seen, and the cues a
// text matcher uses to recognise it in other texts.
func ExampleCorrection_cues() {
	c, _ := factcheck.Get(factcheck.Peacekeepers1900)
	fmt.Println(c.Lang, c.Verdict, "-", c.Seen.At(0).Publisher)
	fmt.Println(c.Claim)
	for t := range c.Cues.Terms.All() {
		fmt.Println(" ", t.Lang, t.Text)
	}
	fmt.Println("figures:", c.Cues.Figures.Slice())
	fmt.Println("contradicts:", c.Cues.Contradicts)
	// Output:
	// ru wrong - REN TV (ren.tv)
	// Всего в Нагорный Карабах перебросят 1900 миротворцев.
	//   ru 1900 миротворцев
	//   en 1,900 peacekeepers
	//   az 1900 sülhməramlı
	//   hy 1900 խաղաղապահ
	// figures: [1900]
	// contradicts: point statement-2020-11-10#3 quantities
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

// A fact-checker reads "the agreement, signed by Erdoğan, sends 2,000
// Russian peacekeepers". What does the record say? The signatories; the
// figure the text sets, with the figures sources reported; and the
// corrections that concern Erdoğan, Turkey or point 3.
func ExampleQuery() {
	s, _ := agreement.Get(agreement.Statement2020)
	for p := range s.Signatories() {
		fmt.Println("signed by:", p.Actor)
	}
	p3, _ := agreement.StatementPoint(3)
	q, _ := p3.Quantity(agreement.Personnel)
	fmt.Println("peacekeepers:", q.Value, "(up to:", q.Limit, ")")
	for r := range q.Reported.All() {
		fmt.Println("  also reported:", r.Value, "approximate:", r.Approximate)
	}
	for c := range factcheck.Query(factcheck.AnyOf(
		factcheck.Actor(actors.Erdogan), factcheck.Actor(actors.Turkey), factcheck.Point(agreement.Point3))) {
		fmt.Println("correction:", c.ID, c.Verdict)
	}
	// Output:
	// signed by: ilham-aliyev
	// signed by: nikol-pashinyan
	// signed by: vladimir-putin
	// peacekeepers: 1960 (up to: false )
	//   also reported: 1970 approximate: false
	//   also reported: 2000 approximate: true
	// correction: troops-and-tanks-invading wrong
	// correction: airlift-before-signing wrong
	// correction: brigade-name-and-date imprecise
	// correction: erdogan-mojibake garbled
	// correction: erdogan-minsk-review imprecise
	// correction: turkey-joint-peacekeeping imprecise
	// correction: peacekeepers-2000 imprecise
	// correction: soldiers-deployed-in-1960 garbled
	// correction: turkish-russian-joint-peacekeeping wrong
	// correction: eleven-points wrong
	// correction: fire-fighting-contingent garbled
	// correction: turkey-takes-part-in-peacekeeping wrong
	// correction: peacekeepers-1900 wrong
}
