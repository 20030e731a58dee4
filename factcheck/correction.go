package factcheck

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// An ID names a correction.
type ID string

// A Verdict says how a claim stands against the sources.
type Verdict string

// The verdicts.
const (
	Wrong         Verdict = "wrong"         // contradicted by the sources
	Misattributed Verdict = "misattributed" // real words, wrong speaker or document
	Garbled       Verdict = "garbled"       // damaged by translation or encoding
	Imprecise     Verdict = "imprecise"     // roughly right, but not as the sources put it
	Unverified    Verdict = "unverified"    // no stored source found either way
	Outdated      Verdict = "outdated"      // true when written, no longer
	Correct       Verdict = "correct"       // confirmed by the sources
)

var verdicts = [...]Verdict{Wrong, Misattributed, Garbled, Imprecise, Unverified, Outdated, Correct}

// Verdicts lists every Verdict.
func Verdicts() iter.Seq[Verdict] { return slices.Values(verdicts[:]) }

// Valid reports whether v is a known Verdict.
func (v Verdict) Valid() bool { return slices.Contains(verdicts[:], v) }

// A Correction is one claim checked against the sources.
type Correction struct {
	ID ID `json:"id"`
	// Claim is the misstatement, in the words it was found in.
	Claim string `json:"claim"`
	// Lang is the language of Claim.
	Lang language.Tag `json:"lang"`
	// Where says where the claim was found.
	Where string `json:"where"`
	// Seen lists the published pages the claim appeared on, each with the
	// passage that makes it as its Quote. It is empty only for the seed
	// article's claims, which Where names (it starts with [SeedWhere]).
	Seen    karabakh.Sources `json:"seen,omitzero"`
	Verdict Verdict          `json:"verdict"`
	// Correction is the correct version, in our words.
	Correction string                           `json:"correction"`
	Actors     karabakh.List[actors.ID]         `json:"actors,omitzero"`
	Places     karabakh.List[places.ID]         `json:"places,omitzero"`
	Points     karabakh.List[agreement.PointID] `json:"points,omitzero"`
	Events     karabakh.List[timeline.ID]       `json:"events,omitzero"`
	// Cues are what a text matcher needs to recognise the same claim in
	// another text. Every correction has some.
	Cues Cues   `json:"cues"`
	Note string `json:"note,omitempty"`
	// Sources show the correct version.
	Sources karabakh.Sources `json:"sources"`
}

// Cues are what a text matcher needs to recognise a claim: the words that
// mark it, in each language they were found or translated in, the figures
// it states, and what in the record it contradicts.
type Cues struct {
	// Terms are words and phrases that mark the claim, each in its
	// language: "00:00 local time", "по местному времени".
	Terms karabakh.List[Term] `json:"terms,omitzero"`
	// Figures are the numbers, dates and times the claim states, as it
	// writes them: "2,000", "00:00".
	Figures karabakh.List[string] `json:"figures,omitzero"`
	// Contradicts names the record and field the claim contradicts, in
	// the form "KIND ID FIELD": "point statement-2020-11-10#3 quantities".
	Contradicts string `json:"contradicts,omitempty"`
}

// IsZero reports whether c holds no cue.
func (c Cues) IsZero() bool { return c.Terms.Len() == 0 && c.Figures.Len() == 0 && c.Contradicts == "" }

// A Term is a word or phrase in one language.
type Term struct {
	Text string       `json:"text"`
	Lang language.Tag `json:"lang"`
}
