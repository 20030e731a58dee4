package actors

import (
	"fmt"
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
func (k Kind) Valid() bool { return slices.Contains(kinds[:], k) }

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

// An Office is a post an actor held: Prime Minister of Armenia from
// 2018-05-08.
//
// Its dates are of one of two sorts, and never both. Term is the post's
// term as a source gives it. Attested lists only the days on which a
// source shows the actor in the post, for posts whose term no stored
// source gives: it says nothing of the days between them. [Office.On]
// answers accordingly.
type Office struct {
	// Title is the post's English title without the body, such as
	// "Prime Minister" or "Speaker of the National Assembly".
	Title string `json:"title"`
	// Of is the state or body the post belongs to.
	Of ID `json:"of"`
	// Term is the term of the post as the sources give it. An open end
	// means the dataset records no end: no successor, dissolution or
	// resignation (the post may still be held). It is the zero Interval
	// when only Attested days are known.
	Term karabakh.Interval `json:"term,omitzero"`
	// Attested lists, in order, the days on which a source shows the
	// actor in the post, where no source gives the term.
	Attested karabakh.List[karabakh.Date] `json:"attested,omitzero"`
	Note     string                       `json:"note,omitempty"`
	Sources  karabakh.Sources             `json:"sources"`
}

// A Tenure says whether an office was held on a day, as far as the
// sources show.
type Tenure int8

// The answers [Office.On] gives.
const (
	// TenureUnknown: the sources do not say. For an office known only
	// from attested days, every other day; for a term, a day that its
	// bounds cut through (a month the term began in).
	TenureUnknown Tenure = iota
	// TenureHeld: the term covers the whole day, or the day is attested.
	TenureHeld
	// TenureNotHeld: the term, which a source gives, does not reach the
	// day.
	TenureNotHeld
)

var tenureNames = [...]string{"unknown", "held", "not held"}

// String returns "held", "not held" or "unknown".
func (t Tenure) String() string {
	if t >= 0 && int(t) < len(tenureNames) {
		return tenureNames[t]
	}
	return fmt.Sprintf("Tenure(%d)", int8(t))
}

// On reports whether the office was held on d. An office with a sourced
// Term is held on the days the term covers and not held outside it; an
// office known only from Attested days is held on those days and unknown
// on every other.
func (o Office) On(d karabakh.Date) Tenure {
	if d.IsZero() {
		return TenureUnknown
	}
	if !o.Term.IsZero() {
		switch {
		case o.Term.Contains(d):
			return TenureHeld
		case !o.Term.Overlaps(d.Interval()):
			return TenureNotHeld
		}
		return TenureUnknown
	}
	for a := range o.Attested.All() {
		if a.Interval().Contains(d) {
			return TenureHeld
		}
	}
	return TenureUnknown
}

// first returns the first day the office is known to have been held: its
// term's start, or its first attested day.
func (o Office) first() karabakh.Date {
	if !o.Term.IsZero() {
		return o.Term.Start
	}
	if o.Attested.Len() > 0 {
		return o.Attested.At(0)
	}
	return karabakh.Date{}
}

// String returns the office as "President of russia, attested 2020-11-09,
// 2022-10-31" or "Prime Minister of armenia, 2018-05-08/..".
func (o Office) String() string {
	s := o.Title + " of " + string(o.Of)
	if !o.Term.IsZero() {
		return s + ", " + o.Term.String()
	}
	s += ", attested"
	for i := range o.Attested.Len() {
		if i > 0 {
			s += ","
		}
		s += " " + o.Attested.At(i).String()
	}
	return s
}
