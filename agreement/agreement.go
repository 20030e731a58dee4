package agreement

import (
	"iter"
	"slices"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// An ID names an agreement or statement.
type ID string

// A PointID names one point of an agreement: the agreement's ID, "#" and the
// point's number, as in "statement-2020-11-10#4".
type PointID string

// An ObligationID names one obligation within a point.
type ObligationID string

// An Agreement is a signed or initialled document: the statement of
// 10 November 2020 or a later one.
type Agreement struct {
	ID ID `json:"id"`
	// Titles in each language the sources give, labels only; the title in
	// the authentic language comes first.
	Titles karabakh.Names `json:"titles"`
	// Type and Stage use the vocabulary of the PA-X Peace Agreements
	// Database, where PA-X classifies the document.
	Type  string `json:"type,omitempty"`
	Stage string `json:"stage,omitempty"`
	// Signed is the date of signature (or of initialling, for documents
	// that were only initialled). It is the date the sources agree on.
	Signed karabakh.Date `json:"signed"`
	// Dated records the other dates by which sources name the document,
	// where usage differs from Signed ("the 9 November statement" in
	// Armenian and Russian usage, "the 10 November statement" in much
	// Azerbaijani usage).
	Dated karabakh.List[DateUsage] `json:"dated,omitzero"`
	// Effective is the moment the document took effect, with its time zone,
	// where the text fixes one. The zero time means the text fixes none.
	Effective time.Time `json:"effective,omitzero"`
	// Place is where it was signed.
	Place places.ID `json:"place,omitempty"`
	// AuthenticLang is the language of the authentic text.
	AuthenticLang language.Tag `json:"authenticLang,omitzero"`
	// Parties are those who signed, mediated or witnessed it, with the
	// office each held when signing.
	Parties karabakh.List[Party] `json:"parties"`
	// Points in order of their number.
	Points karabakh.List[Point] `json:"points"`
	// Relations to earlier agreements and points.
	Relations   karabakh.List[Relation]            `json:"relations,omitzero"`
	Identifiers karabakh.List[karabakh.Identifier] `json:"identifiers,omitzero"`
	// Note says what the sources leave out or disagree on.
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// Point returns the point with number n.
func (a Agreement) Point(n int) (Point, bool) {
	for p := range a.Points.All() {
		if p.Number == n {
			return p, true
		}
	}
	return Point{}, false
}

// Signatories yields the parties whose role is [Signatory], in order.
func (a Agreement) Signatories() iter.Seq[Party] {
	return func(yield func(Party) bool) {
		for p := range a.Parties.All() {
			if p.Role == Signatory && !yield(p) {
				return
			}
		}
	}
}

// A Role is what a party did with a document.
type Role string

// The roles of a party.
const (
	Signatory Role = "signatory"
	// Initialler initialled a text without signing it.
	Initialler Role = "initialler"
	Mediator   Role = "mediator"
	Witness    Role = "witness"
	// Party is a state bound by a document signed on its behalf.
	PartyRole Role = "party"
)

var roles = [...]Role{Signatory, Initialler, Mediator, Witness, PartyRole}

// Roles lists every Role.
func Roles() iter.Seq[Role] { return slices.Values(roles[:]) }

// Valid reports whether r is a known Role.
func (r Role) Valid() bool { return slices.Contains(roles[:], r) }

// A Party is one actor's part in a document.
type Party struct {
	Actor actors.ID `json:"actor"`
	Role  Role      `json:"role"`
	// Office is the title in which the actor signed, such as
	// "Prime Minister of the Republic of Armenia".
	Office string `json:"office,omitempty"`
	// On behalf of which state or body.
	For     actors.ID        `json:"for,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// A RelationKind says how a later document bears on an earlier one.
type RelationKind string

// The kinds of relation.
const (
	Implements RelationKind = "implements"
	Elaborates RelationKind = "elaborates"
	References RelationKind = "references"
	Supersedes RelationKind = "supersedes"
)

var relationKinds = [...]RelationKind{Implements, Elaborates, References, Supersedes}

// RelationKinds lists every RelationKind.
func RelationKinds() iter.Seq[RelationKind] { return slices.Values(relationKinds[:]) }

// Valid reports whether k is a known RelationKind.
func (k RelationKind) Valid() bool { return slices.Contains(relationKinds[:], k) }

// A Relation links a document, or one of its points, to an earlier
// document or point.
type Relation struct {
	Kind RelationKind `json:"kind"`
	// From is the point of this document that bears on Target, or empty
	// when the document as a whole does.
	From PointID `json:"from,omitempty"`
	// Target is the earlier point, or TargetAgreement the earlier document.
	Target          PointID          `json:"target,omitempty"`
	TargetAgreement ID               `json:"targetAgreement,omitempty"`
	Note            string           `json:"note,omitempty"`
	Sources         karabakh.Sources `json:"sources"`
}

// A DateUsage is a date by which some sources name a document.
type DateUsage struct {
	Date karabakh.Date `json:"date"`
	// Usage says who dates it so: "Armenian and Russian usage".
	Usage   string           `json:"usage"`
	Sources karabakh.Sources `json:"sources"`
}
