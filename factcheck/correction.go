package factcheck

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
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
	// Where says where the claim was found.
	Where   string  `json:"where"`
	Verdict Verdict `json:"verdict"`
	// Correction is the correct version, in our words.
	Correction string                           `json:"correction"`
	Actors     karabakh.List[actors.ID]         `json:"actors,omitzero"`
	Places     karabakh.List[places.ID]         `json:"places,omitzero"`
	Points     karabakh.List[agreement.PointID] `json:"points,omitzero"`
	Events     karabakh.List[timeline.ID]       `json:"events,omitzero"`
	Note       string                           `json:"note,omitempty"`
	// Sources show the correct version.
	Sources karabakh.Sources `json:"sources"`
}
