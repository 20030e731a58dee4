package agreement

import (
	"iter"
	"slices"
	"strconv"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// A Point is one numbered point of an agreement.
type Point struct {
	ID     PointID `json:"id"`
	Number int     `json:"number"`
	// Summary is our one-line English summary; it is not the text.
	Summary string `json:"summary"`
	// Texts holds each version of the point's text the sources give, in any
	// language, each marked for how much of the original it holds.
	Texts       karabakh.List[Text]       `json:"texts"`
	Obligations karabakh.List[Obligation] `json:"obligations,omitzero"`
	Quantities  karabakh.List[Quantity]   `json:"quantities,omitzero"`
	Topics      karabakh.List[Topic]      `json:"topics"`
	// Places the point names.
	Places  karabakh.List[places.ID] `json:"places,omitzero"`
	Note    string                   `json:"note,omitempty"`
	Sources karabakh.Sources         `json:"sources"`
}

// Text returns the best text of the point in language lang: the fullest
// coverage first, then authoritative texts before others. It reports false
// if there is none in lang.
func (p Point) Text(lang language.Tag) (Text, bool) {
	var best Text
	found := false
	for t := range p.Texts.All() {
		if t.Lang != lang {
			continue
		}
		if !found || t.Coverage.rank() > best.Coverage.rank() ||
			t.Coverage == best.Coverage && t.Authoritative && !best.Authoritative {
			best, found = t, true
		}
	}
	return best, found
}

// Quantity returns the first quantity of the point that counts unit, such
// as the peacekeepers ([Personnel]) of point 3, with the other values
// sources reported for it.
func (p Point) Quantity(unit Unit) (Quantity, bool) {
	for q := range p.Quantities.All() {
		if q.Unit == unit {
			return q, true
		}
	}
	return Quantity{}, false
}

// Coverage says how much of the original wording a text holds.
type Coverage string

// The coverages of a text, from most to least.
const (
	// Full is the whole point, copied from a page that printed it whole.
	Full Coverage = "full"
	// Excerpt is an exact part of the point; the rest was not in the
	// stored page.
	Excerpt Coverage = "excerpt"
	// Quoted is wording quoted by a third party (an official, a journalist)
	// inside their own text; it may be cut or lightly adapted.
	Quoted Coverage = "quoted"
	// Paraphrase is someone's account of what the point says, not its
	// words.
	Paraphrase Coverage = "paraphrase"
)

var coverages = [...]Coverage{Full, Excerpt, Quoted, Paraphrase}

// Coverages lists every Coverage, from most to least.
func Coverages() iter.Seq[Coverage] { return slices.Values(coverages[:]) }

// Valid reports whether c is a known Coverage.
func (c Coverage) Valid() bool { return c.rank() > 0 }

func (c Coverage) rank() int {
	switch c {
	case Full:
		return 4
	case Excerpt:
		return 3
	case Quoted:
		return 2
	case Paraphrase:
		return 1
	}
	return 0
}

// A Text is one version of a point's wording, in one language, from one
// source.
type Text struct {
	Lang     language.Tag `json:"lang"`
	Body     string       `json:"body"`
	Coverage Coverage     `json:"coverage"`
	// Authentic is set on text in the authentic language (Russian for the
	// 2020 statement).
	Authentic bool `json:"authentic,omitempty"`
	// Official is set when a signatory government published the text.
	Official bool `json:"official,omitempty"`
	// Authoritative is set on the version to prefer where versions differ
	// materially; Note then says how the others differ.
	Authoritative bool `json:"authoritative,omitempty"`
	// Translator is who translated the text, where it is a translation:
	// "Government of Armenia", "Ministry of Foreign Affairs of Azerbaijan".
	Translator string           `json:"translator,omitempty"`
	Note       string           `json:"note,omitempty"`
	Sources    karabakh.Sources `json:"sources"`
}

// An Obligation is one duty a point lays on a party: who owes what to whom,
// by when, where.
type Obligation struct {
	ID ObligationID `json:"id"`
	// Obligor is the party that must act.
	Obligor actors.ID `json:"obligor"`
	// Beneficiary is the party the act is owed to, if any.
	Beneficiary actors.ID `json:"beneficiary,omitempty"`
	// Action is our short English wording of what must be done.
	Action string                   `json:"action"`
	Places karabakh.List[places.ID] `json:"places,omitzero"`
	// Deadline is the date by which it must be done, as the text sets it;
	// the zero Date if it sets none. Later changes to a deadline are
	// events, not edits of this field.
	Deadline karabakh.Date `json:"deadline,omitzero"`
	// Within is the time the text allows instead of a date ("within the
	// next three years"); see [Deadlines] for the date it gives.
	Within  Period           `json:"within,omitzero"`
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// A Period is a time a text allows for an obligation, counted from a
// start: three years from the statement taking effect, a month from the
// working group's first meeting.
type Period struct {
	Value int  `json:"value"`
	Unit  Unit `json:"unit"`
	// From says what the period counts from, in words. Empty means the
	// agreement taking effect ([Agreement.Effective]).
	From string `json:"from,omitempty"`
	// Start is the day From fell on, where From is not the agreement
	// taking effect; Sources show it.
	Start   karabakh.Date    `json:"start,omitzero"`
	Sources karabakh.Sources `json:"sources,omitzero"`
}

// IsZero reports whether p sets no period.
func (p Period) IsZero() bool { return p.Value == 0 }

// A Unit is what a [Quantity] counts.
type Unit string

// The units of quantities.
const (
	Personnel                 Unit = "personnel"
	ArmouredPersonnelCarriers Unit = "armoured-personnel-carriers"
	Vehicles                  Unit = "vehicles" // motor vehicles and special equipment
	Kilometres                Unit = "km"
	Years                     Unit = "years"
	Months                    Unit = "months"
	Days                      Unit = "days"
)

var units = [...]Unit{Personnel, ArmouredPersonnelCarriers, Vehicles, Kilometres, Years, Months, Days}

// Units lists every Unit.
func Units() iter.Seq[Unit] { return slices.Values(units[:]) }

// Valid reports whether u is a known Unit.
func (u Unit) Valid() bool { return slices.Contains(units[:], u) }

// A Quantity is a number a point sets: 1,960 personnel, a corridor 5 km wide,
// a term of 5 years.
type Quantity struct {
	// What is our short English wording of what is counted.
	What  string `json:"what"`
	Value int64  `json:"value"`
	Unit  Unit   `json:"unit"`
	// Limit is set when the text gives the value as a maximum ("up to").
	Limit bool `json:"limit,omitempty"`
	// Reported lists other values that sources gave for the same thing,
	// which disagree with the text; the text's value is authoritative.
	Reported karabakh.List[ReportedValue] `json:"reported,omitzero"`
	Sources  karabakh.Sources             `json:"sources"`
}

// String returns the quantity as "1960 personnel", with " at most" where
// the text gives it as a limit.
func (q Quantity) String() string {
	s := strconv.FormatInt(q.Value, 10) + " " + string(q.Unit)
	if q.Limit {
		s += " at most"
	}
	return s
}

// A ReportedValue is a value a source gave that differs from the text.
type ReportedValue struct {
	Value int64 `json:"value"`
	// Approximate is set for rounded figures ("about 2,000").
	Approximate bool             `json:"approximate,omitempty"`
	Note        string           `json:"note,omitempty"`
	Sources     karabakh.Sources `json:"sources"`
}

// A Topic is a subject a point deals with.
type Topic string

// The topics of points.
const (
	TopicCeasefire           Topic = "ceasefire"
	TopicPositions           Topic = "positions"
	TopicTerritorialHandover Topic = "territorial-handover"
	TopicPeacekeeping        Topic = "peacekeeping"
	TopicWithdrawal          Topic = "withdrawal"
	TopicMonitoring          Topic = "monitoring"
	TopicCorridor            Topic = "corridor"
	TopicConstruction        Topic = "construction"
	TopicSecurity            Topic = "security"
	TopicDisplacedPersons    Topic = "displaced-persons"
	TopicPrisoners           Topic = "prisoners"
	TopicRemains             Topic = "remains"
	TopicTransportLinks      Topic = "transport-links"
	TopicBorderControl       Topic = "border-control"
	TopicDelimitation        Topic = "delimitation"
	TopicHumanitarian        Topic = "humanitarian"
	TopicPeaceTreaty         Topic = "peace-treaty"
	TopicNonUseOfForce       Topic = "non-use-of-force"
)

var topics = [...]Topic{TopicCeasefire, TopicPositions, TopicTerritorialHandover, TopicPeacekeeping, TopicWithdrawal, TopicMonitoring,
	TopicCorridor, TopicConstruction, TopicSecurity, TopicDisplacedPersons, TopicPrisoners, TopicRemains, TopicTransportLinks,
	TopicBorderControl, TopicDelimitation, TopicHumanitarian, TopicPeaceTreaty, TopicNonUseOfForce}

// Topics lists every Topic.
func Topics() iter.Seq[Topic] { return slices.Values(topics[:]) }

// Valid reports whether t is a known Topic.
func (t Topic) Valid() bool { return slices.Contains(topics[:], t) }
