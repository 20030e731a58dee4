package annotate_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/annotate"
	"golang.org/x/text/language"
)

func ExampleText() {
	text := "On 10 November 2020 Nikol Pashinyan signed the trilateral statement; Пашиняна критикуют в Ереване."
	for m := range annotate.Text(text) {
		fmt.Printf("%-9s %-22q %v %s\n", m.Kind, m.Text, m.IDs.Slice(), m.How)
	}
	// Output:
	// date      "10 November 2020"     [2020-11-10] exact
	// actor     "Nikol Pashinyan"      [nikol-pashinyan] exact
	// agreement "trilateral statement" [statement-2020-11-10] folded
	// actor     "Пашиняна"             [nikol-pashinyan] inflected
	// place     "Ереване"              [yerevan] inflected
}

// A name that fits several records yields them all, marked ambiguous,
// unless the text says which is meant.
func ExampleText_ambiguous() {
	for m := range annotate.Text("Aghdam was handed over. Then the city of Aghdam.") {
		fmt.Println(m.Text, m.IDs.Slice(), m.Ambiguous)
	}
	// Output:
	// Aghdam [aghdam-district aghdam-city] true
	// Aghdam [aghdam-city] false
}

func ExamplePublished() {
	text := "Armenia returned the Aghdam district last week, the ministry said on Tuesday."
	for m := range annotate.Text(text, annotate.Published(karabakh.MustParseDate("2020-11-25")), annotate.Only(annotate.Date)) {
		fmt.Println(m.Text, m.IDs.At(0), m.Relative)
	}
	// Output:
	// last week 2020-11-16/2020-11-22 true
	// Tuesday 2020-11-24 true
}

func ExampleLanguages() {
	// "on" is ten in Azerbaijani; read as English it is a preposition.
	text := "on gün"
	for _, l := range []language.Tag{language.English, language.Azerbaijani} {
		n := 0
		for range annotate.Text(text, annotate.Languages(l), annotate.Only(annotate.Quantity)) {
			n++
		}
		fmt.Println(l, n)
	}
	// Output:
	// en 0
	// az 1
}

func ExampleOnly() {
	for m := range annotate.Text("Point 9 of the trilateral statement", annotate.Only(annotate.Point)) {
		fmt.Println(m.Text, m.IDs.At(0))
	}
	// Output:
	// Point 9 statement-2020-11-10#9
}

func ExampleMinScore() {
	text := "Aghdam and Stepanakert"
	for m := range annotate.Text(text, annotate.MinScore(0.95)) {
		fmt.Println(m.Text, m.Score)
	}
	// Output:
	// Stepanakert 1
}

func ExampleKinds() {
	for k := range annotate.Kinds() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	// Output:
	// actor place point agreement date quantity
}

func ExampleCheck() {
	text := "The trilateral statement was signed by Recep Tayyip Erdoğan. It provides for 1,960 peacekeepers."
	for f := range annotate.Check(text) {
		fmt.Printf("%s %s %q\n", f.Verdict, f.Check, f.Claim)
	}
	// Output:
	// wrong signatory "signed by Recep Tayyip Erdoğan"
	// consistent quantity "1,960 peacekeepers"
}

func ExampleVerdicts() {
	for v := range annotate.Verdicts() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Output:
	// consistent wrong imprecise disputed
}
