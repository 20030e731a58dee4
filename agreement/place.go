package agreement

import "github.com/caucasus-data/karabakh"

// A PlaceID names a place.
type PlaceID string

// A PlaceKind says what sort of place a record is.
type PlaceKind string

// The kinds of place.
const (
	District PlaceKind = "district"
	City     PlaceKind = "city"
	Village  PlaceKind = "village"
	Corridor PlaceKind = "corridor"
	Region   PlaceKind = "region"
	Exclave  PlaceKind = "exclave"
	Country  PlaceKind = "country"
	Site     PlaceKind = "site" // a bridge, a checkpoint, a monastery
)

// PlaceKinds lists every PlaceKind.
func PlaceKinds() []PlaceKind {
	return []PlaceKind{District, City, Village, Corridor, Region, Exclave, Country, Site}
}

// Valid reports whether k is a known PlaceKind.
func (k PlaceKind) Valid() bool {
	switch k {
	case District, City, Village, Corridor, Region, Exclave, Country, Site:
		return true
	}
	return false
}

// A Place is a district, city, corridor or other place the documents or
// events name. Contested places carry every side's names, each with its
// language and usage; none is treated as the real one.
type Place struct {
	ID    PlaceID        `json:"id"`
	Kind  PlaceKind      `json:"kind"`
	Names karabakh.Names `json:"names"`
	// PartOf is the place this one lies in, if recorded.
	PartOf      PlaceID                            `json:"partOf,omitempty"`
	Identifiers karabakh.List[karabakh.Identifier] `json:"identifiers,omitzero"`
	Note        string                             `json:"note,omitempty"`
	Sources     karabakh.Sources                   `json:"sources"`
}
