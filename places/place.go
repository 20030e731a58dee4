package places

import (
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh"
)

// An ID names a place. It is lower-case words joined by hyphens and never
// changes meaning once published.
type ID string

// A Kind says what sort of place a record is.
type Kind string

// The kinds of place.
const (
	District Kind = "district"
	City     Kind = "city"
	Village  Kind = "village"
	Corridor Kind = "corridor"
	Region   Kind = "region"
	Exclave  Kind = "exclave"
	Country  Kind = "country"
	Site     Kind = "site" // a bridge, a checkpoint, a monastery
)

var kinds = [...]Kind{District, City, Village, Corridor, Region, Exclave, Country, Site}

// Kinds lists every Kind.
func Kinds() iter.Seq[Kind] { return slices.Values(kinds[:]) }

// Valid reports whether k is a known Kind.
func (k Kind) Valid() bool { return slices.Contains(kinds[:], k) }

// A Place is a district, city, corridor or other place the documents or
// events name. Contested places carry every side's names, each with its
// language and usage; none is treated as the real one.
type Place struct {
	ID    ID             `json:"id"`
	Kind  Kind           `json:"kind"`
	Names karabakh.Names `json:"names"`
	// PartOf is the place this one lies in, if recorded.
	PartOf      ID                                 `json:"partOf,omitempty"`
	Identifiers karabakh.List[karabakh.Identifier] `json:"identifiers,omitzero"`
	Note        string                             `json:"note,omitempty"`
	Sources     karabakh.Sources                   `json:"sources"`
}
