package karabakh_test

import (
	"fmt"
	"time"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

// Dates keep the precision the sources give, and say which days they cover.
func ExampleParseDate() {
	for _, s := range []string{"2020", "2020-11", "2020-11-10"} {
		d := karabakh.MustParseDate(s)
		fmt.Println(d, d.Precision(), d.First(), d.Last())
	}
	_, err := karabakh.ParseDate("2021-02-29")
	fmt.Println(err)
	// Output:
	// 2020 year 2020-01-01 2020-12-31
	// 2020-11 month 2020-11-01 2020-11-30
	// 2020-11-10 day 2020-11-10 2020-11-10
	// karabakh: invalid date "2021-02-29": no such day in that month
}

// A month-precision date is neither before nor after a day inside it,
// but wholly before the next month.
func ExampleDate_Before() {
	nov := karabakh.Month(2020, time.November)
	fmt.Println(nov.Before(karabakh.Day(2020, time.November, 20)))
	fmt.Println(nov.Before(karabakh.Day(2020, time.December, 1)))
	fmt.Println(nov.Contains(karabakh.Day(2020, time.November, 20)))
	// Output:
	// false
	// true
	// true
}

// Intervals are written in EDTF, with ".." for an open end.
func ExampleParseInterval() {
	war := karabakh.MustParseInterval("2020-09-27/2020-11-10")
	fmt.Println(war.Contains(karabakh.Day(2020, time.November, 8)))
	term := karabakh.Span(karabakh.Day(2018, time.May, 8), karabakh.Date{})
	fmt.Println(term, term.Contains(karabakh.Year(2026)))
	// Output:
	// true
	// 2018-05-08/.. true
}

// Label picks the name for a reader's languages; aliases and garbled forms
// are never shown as labels.
func ExampleNames_Label() {
	names := karabakh.NamesOf(
		karabakh.Name{Text: "Stepanakert", Lang: language.English, Kind: karabakh.KindLabel, Usage: "Armenian usage"},
		karabakh.Name{Text: "Ստեփանակերտ", Lang: language.Armenian, Kind: karabakh.KindLabel},
		karabakh.Name{Text: "Xankəndi", Lang: language.Azerbaijani, Kind: karabakh.KindLabel},
		karabakh.Name{Text: "stepanakert", Lang: language.English, Kind: karabakh.KindGarbled},
	)
	fmt.Println(names.Label(language.Armenian))
	fmt.Println(names.Label(language.MustParse("az-AZ")))
	fmt.Println(names.Label(language.French))
	// Output:
	// Ստեփանակերտ
	// Xankəndi
	// Stepanakert
}

// A List cannot be changed through what it hands out.
func ExampleList() {
	l := karabakh.ListOf("Aghdam", "Kalbajar", "Lachin")
	s := l.Slice()
	s[0] = "changed"
	fmt.Println(l.Len(), l.At(0))
	for i := range l.Len() {
		v := l.At(i)
		fmt.Println(i, v)
	}
	// Output:
	// 3 Aghdam
	// 0 Aghdam
	// 1 Kalbajar
	// 2 Lachin
}

// A source prints as its publisher, its address and what it supports.
func ExampleSource_String() {
	s := karabakh.Source{URL: "https://www.bbc.com/news/world-europe-54882564", Publisher: "BBC", Quote: "from 01:00 local time (21:00 GMT Monday)"}
	fmt.Println(s)
	// Output: BBC <https://www.bbc.com/news/world-europe-54882564>: “from 01:00 local time (21:00 GMT Monday)”
}
