package actors

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
)

// An ID names an actor. It is lower-case words joined by hyphens and never
// changes meaning once published.
type ID string

// A Kind says what sort of actor a record is.
type Kind string

// The kinds of actor.
const (
	Person       Kind = "person"
	State        Kind = "state"
	Organization Kind = "organization"
	MilitaryUnit Kind = "military-unit"
	// DeFactoState is an entity that claimed statehood without general
	// recognition: the Republic of Artsakh (Nagorno-Karabakh Republic).
	DeFactoState Kind = "de-facto-state"
)

var kinds = [...]Kind{Person, State, Organization, MilitaryUnit, DeFactoState}

// Kinds lists every Kind.
func Kinds() iter.Seq[Kind] { return slices.Values(kinds[:]) }

// Valid reports whether k is a known Kind.
func (k Kind) Valid() bool {
	switch k {
	case Person, State, Organization, MilitaryUnit, DeFactoState:
		return true
	}
	return false
}

// An Actor is a person or a body that acted in the events.
type Actor struct {
	ID   ID   `json:"id"`
	Kind Kind `json:"kind"`
	// Names in every language the sources give, with aliases,
	// transliterations and garbled forms kept apart from labels.
	Names karabakh.Names `json:"names"`
	// PartOf is the body this one belongs to: a brigade to its contingent,
	// a contingent to its state. Empty if none.
	PartOf ID `json:"partOf,omitempty"`
	// Identifiers in other schemes. Wikidata QIDs appear only where a
	// source showed them.
	Identifiers karabakh.List[karabakh.Identifier] `json:"identifiers,omitzero"`
	// Offices the actor held that bear on the events, in order of start.
	Offices karabakh.List[Office] `json:"offices,omitzero"`
	// Note is our short description, with any disagreement between sources.
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// An Office is a post held for a term: Prime Minister of Armenia from
// 2018-05-08.
type Office struct {
	// Title is the post's English title without the body, such as
	// "Prime Minister" or "Speaker of the National Assembly".
	Title string `json:"title"`
	// Of is the state or body the post belongs to.
	Of ID `json:"of"`
	// Term is when the post was held. An open end means the sources do not
	// show an end (the post may still be held) or a start.
	Term    karabakh.Interval `json:"term"`
	Note    string            `json:"note,omitempty"`
	Sources karabakh.Sources  `json:"sources"`
}

// Holds reports whether o's term covers every day of d, counting open ends
// as unbounded.
func (o Office) Holds(d karabakh.Date) bool { return o.Term.Contains(d) }
