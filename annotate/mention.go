package annotate

import (
	"fmt"
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

// A Kind says what a mention refers to.
type Kind uint8

// The kinds of mention.
const (
	// Actor: a person, state, organisation or unit of package actors.
	Actor Kind = iota + 1
	// Place: a place of package places.
	Place
	// Point: a numbered point of an agreement ("point 9", "9-cu bənd").
	Point
	// Agreement: the statement of 10 November 2020 or a later one, by any
	// of its names or a description that denotes it.
	Agreement
	// Date: a calendar date, month, year, season or relative date.
	Date
	// Quantity: a number with what it counts ("1,960 military personnel").
	Quantity
)

var kindNames = [...]string{"", "actor", "place", "point", "agreement", "date", "quantity"}

// Kinds lists every Kind.
func Kinds() iter.Seq[Kind] { return enumValues(Actor, Quantity) }

// enumValues yields the values from first to last.
func enumValues[T ~uint8](first, last T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := first; v <= last; v++ {
			if !yield(v) {
				return
			}
		}
	}
}

// String returns the kind's name: "actor", "place", "point", "agreement",
// "date" or "quantity".
func (k Kind) String() string { return enumName(kindNames[:], uint8(k), "Kind") }

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return enumText(kindNames[:], uint8(k), "Kind") }

// Valid reports whether k is one of the kinds.
func (k Kind) Valid() bool { return k >= Actor && k <= Quantity }

// JSONSchemaEnum lists every Kind by name.
func (Kind) JSONSchemaEnum() []string { return kindNames[1:] }

// UnmarshalText decodes a kind from its name.
func (k *Kind) UnmarshalText(b []byte) error { return enumParse(kindNames[:], (*uint8)(k), b, "kind") }

// enumName, enumText and enumParse name the values of this package's
// enumerations, whose names are listed from 1.
func enumName(names []string, v uint8, typ string) string {
	if v > 0 && int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func enumText(names []string, v uint8, typ string) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, fmt.Errorf("annotate: no %s %d", typ, v)
	}
	return []byte(names[v]), nil
}

func enumParse(names []string, v *uint8, b []byte, what string) error {
	for i, n := range names {
		if i > 0 && n == string(b) {
			*v = uint8(i)
			return nil
		}
	}
	return fmt.Errorf("annotate: unknown %s %q", what, b)
}

// A Mention is a span of a text that refers to a record of the dataset, or
// a date or quantity.
//
// Its JSON form, which the command karabakh annotate prints and
// schema/json/annotation.schema.json describes, is stable: new fields may
// be added, none is renamed or removed.
type Mention struct {
	// Start is the byte offset of the mention in the UTF-8 text.
	Start int `json:"start"`
	// End is the byte offset just after it; Start and End fall on
	// character boundaries.
	End int `json:"end"`
	// Text is the text between Start and End.
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
	// IDs are the records the mention may refer to, best first: actor,
	// place, agreement and point IDs. For a date it holds the EDTF form
	// ("2020-11-10", "2020-11", "2020-23" for autumn 2020, or an interval
	// "2020-11-09/2020-11-15"); for a quantity the value and what it
	// counts ("1960 personnel", "4.7 km", "15/20 percent").
	IDs karabakh.List[string] `json:"ids"`
	// How says how the mention was found: the name as stored (exact), once
	// folded, with its mojibake repaired, transliterated, with a
	// grammatical ending (inflected), as part of a name (partial: a
	// surname, initials, a date whose year the text does not give), or
	// within a few letters (fuzzy).
	How karabakh.MatchKind `json:"how"`
	// Score ranks how sure the match is, from 1 down.
	Score float64 `json:"score"`
	// Ambiguous is set when the text does not say which of IDs is meant
	// ("Aghdam": the town or the district).
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Date is the span of days a date mention denotes: one day, a month, a
	// year, or an interval for a week or a season. In JSON the EDTF form
	// in IDs stands for it.
	Date karabakh.Interval `json:"-"`
	// Inferred is set on a date whose year the text does not write, taken
	// from the record's dates of the statement of 2020 (in a text or a
	// sentence about it), from a weekday beside it, from an earlier date
	// in the text, or from the article's date. A date whose year none of
	// these settles is not reported.
	Inferred bool `json:"inferred,omitempty"`
	// Relative is set on a date given relative to the article's date
	// ("last week"), which only the Published option resolves.
	Relative bool `json:"relative,omitempty"`
	// Approximate is set on a quantity given as "about", "nearly", "some".
	Approximate bool `json:"approximate,omitempty"`
}

// String returns the mention as `12-19 actor "Aliyev" [ilham-aliyev] (exact 1.00)`.
func (m Mention) String() string {
	s := fmt.Sprintf("%d-%d %s %q %v (%s %.2f)", m.Start, m.End, m.Kind, m.Text, m.IDs.Slice(), m.How, m.Score)
	if m.Ambiguous {
		s += " ambiguous"
	}
	return s
}

// An Option tunes [Text] and [Check]. Its values are opaque: make them with
// the functions below. The zero Option changes nothing; of two options
// setting the same thing, the later wins.
type Option struct {
	published karabakh.Date
	langs     []language.Tag
	kinds     []Kind
	minScore  float64
}

// Published gives the date the text was published. Relative dates ("today",
// "last week", "on Tuesday") are resolved against it, and dates without a
// year that no earlier date in the text settles take its year. Without it
// relative dates are not reported. A date known only to the month or year
// resolves no relative date.
func Published(d karabakh.Date) Option { return Option{published: d} }

// Languages says which languages the text is in, of English, Russian,
// Armenian and Azerbaijani; by default the text's scripts and letters
// decide (Latin script with ə, ı or ğ is Azerbaijani). Other tags are
// ignored.
func Languages(tags ...language.Tag) Option { return Option{langs: slices.Clone(tags)} }

// Only keeps the mentions of the given kinds.
func Only(kinds ...Kind) Option { return Option{kinds: slices.Clone(kinds)} }

// MinScore drops mentions scoring below s.
func MinScore(s float64) Option { return Option{minScore: s} }

// config is what the options amount to.
type config struct {
	published karabakh.Date
	langs     langSet // zero: detect
	kinds     uint8   // bit per Kind; zero: all
	minScore  float64
}

func configOf(opts []Option) config {
	var c config
	for _, o := range opts {
		if !o.published.IsZero() {
			c.published = o.published
		}
		if o.langs != nil {
			c.langs = 0
			for _, t := range o.langs {
				c.langs |= langOf(t)
			}
		}
		if o.kinds != nil {
			c.kinds = 0
			for _, k := range o.kinds {
				if k >= Actor && k <= Quantity {
					c.kinds |= 1 << k
				}
			}
		}
		if o.minScore != 0 {
			c.minScore = o.minScore
		}
	}
	return c
}

func (c *config) wants(k Kind) bool { return c.kinds == 0 || c.kinds&(1<<k) != 0 }
