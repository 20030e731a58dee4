package places

import "github.com/caucasus-data/karabakh/internal/check"

// Validate checks the shipped places and returns a *karabakh.ValidationError
// listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().All) }

// ValidateRecords checks the given places as a complete set: IDs unique and
// well formed, kinds known, names and text valid (NFC, no mojibake), every
// record and identifier sourced, and every PartOf resolving within the set.
// It reports every problem at once.
func ValidateRecords(all []Place) error {
	var c check.Checker
	check.NamedRecords(&c, "place", all, func(p Place) check.Named {
		return check.Named{ID: string(p.ID), Kind: string(p.Kind), KindValid: p.Kind.Valid(), Names: p.Names,
			PartOf: string(p.PartOf), Identifiers: p.Identifiers, Note: p.Note, Sources: p.Sources}
	}, nil)
	return c.Err()
}
