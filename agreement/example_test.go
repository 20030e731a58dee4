package agreement_test

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/agreement"
	"golang.org/x/text/language"
)

// The statement's dates: signed late on 9 November, in force from midnight
// Moscow time, and named by either date depending on who speaks.
func ExampleGet() {
	s, _ := agreement.Get(agreement.Statement2020)
	fmt.Println("signed:", s.Signed)
	fmt.Println("effective:", s.Effective.Format(time.RFC3339), "=", s.Effective.UTC().Format(time.RFC3339))
	for d := range s.Dated.All() {
		fmt.Println("dated", d.Date)
	}
	for p := range s.Signatories() {
		fmt.Println(p.Office)
	}
	// Output:
	// signed: 2020-11-09
	// effective: 2020-11-10T00:00:00+03:00 = 2020-11-09T21:00:00Z
	// dated 2020-11-09
	// dated 2020-11-10
	// President of the Republic of Azerbaijan
	// Prime Minister of the Republic of Armenia
	// President of the Russian Federation
}

// The deadlines the text sets for handing over the three districts.
func ExampleAgreement_Point() {
	s, _ := agreement.Get(agreement.Statement2020)
	for _, n := range []int{2, 6} {
		p, _ := s.Point(n)
		for o := range p.Obligations.All() {
			if !o.Deadline.IsZero() && o.Beneficiary != "" {
				fmt.Println(n, o.Deadline, o.Action)
			}
		}
	}
	// Output:
	// 2 2020-11-20 Return the Aghdam district to the Republic of Azerbaijan
	// 6 2020-11-15 Return the Kalbajar district to the Republic of Azerbaijan
	// 6 2020-12-01 Return the Lachin district to the Republic of Azerbaijan
}

// Point 2 exists in several versions; the authentic Russian names only the
// Aghdam district, while an early Telegram version adds Gazakh.
func ExamplePoint_Text() {
	p, _ := agreement.GetPoint(agreement.Point2)
	ru, _ := p.Text(language.Russian)
	fmt.Println(ru.Body)
	fmt.Println(ru.Coverage, "authentic:", ru.Authentic, "authoritative:", ru.Authoritative)
	for t := range p.Texts.All() {
		if !t.Authoritative && t.Lang == language.English && t.Coverage == agreement.Quoted {
			fmt.Println(t.Body)
			break
		}
	}
	// Output:
	// Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года
	// quoted authentic: true authoritative: true
	// Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020.
}

// The size of the Russian contingent, and the other figures reported for it.
func ExampleQuantity() {
	p, _ := agreement.GetPoint(agreement.Point3)
	for q := range p.Quantities.All() {
		fmt.Println(q.Value, q.Unit)
		for r := range q.Reported.All() {
			fmt.Println("  reported:", r.Value, "approximate:", r.Approximate)
		}
	}
	// Output:
	// 1960 personnel
	//   reported: 1970 approximate: false
	//   reported: 2000 approximate: true
	// 90 armoured-personnel-carriers
	// 380 vehicles
}

// The text of point 9 in each language the sources hold it in, with how
// much of the original each version holds: only a text marked full is the
// whole point.
func ExamplePoint_Text_languages() {
	p, _ := agreement.StatementPoint(9)
	for _, lang := range []language.Tag{language.Russian, language.English, language.Armenian, language.Azerbaijani} {
		t, ok := p.Text(lang)
		if !ok {
			fmt.Printf("%s: no text\n", lang)
			continue
		}
		fmt.Printf("%s: %s, %d characters\n", lang, t.Coverage, utf8.RuneCountInString(t.Body))
	}
	// Output:
	// ru: quoted, 385 characters
	// en: full, 633 characters
	// hy: full, 641 characters
	// az: no text
}
