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
	// Coordinates are the place's points on the map, one per version the
	// sources give, the preferred one marked. A place no stored page
	// locates has none: nothing is filled in from memory.
	Coordinates karabakh.List[Coordinates] `json:"coordinates,omitzero"`
	Note        string                     `json:"note,omitempty"`
	Sources     karabakh.Sources           `json:"sources"`
}

// Location returns the place's preferred coordinates, and false if no
// source locates it.
func (p Place) Location() (Coordinates, bool) {
	for c := range p.Coordinates.All() {
		if c.Preferred {
			return c, true
		}
	}
	return Coordinates{}, false
}

// Coordinates are a point on the map, in WGS 84 degrees, as one source
// gives it. Where sources disagree a place keeps each version, and marks
// the one to use as Preferred.
type Coordinates struct {
	// Lat is degrees north of the equator (negative south), -90 to 90;
	// Lon is degrees east of Greenwich (negative west), -180 to 180. Both
	// are the source's decimals, or an exact conversion of its degrees,
	// minutes and seconds, never rounded.
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// Precision says what the point stands for and how exactly the source
	// gives it: "town", "administrative centre of the district", "whole
	// minutes".
	Precision string `json:"precision"`
	// Preferred marks the version to use; a place with coordinates has
	// exactly one preferred.
	Preferred bool   `json:"preferred,omitempty"`
	Note      string `json:"note,omitempty"`
	// Sources quote the coordinate string as the page prints it.
	Sources karabakh.Sources `json:"sources"`
}
