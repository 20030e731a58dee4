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
	seen := make(map[string]bool, len(all))
	for i, p := range all {
		c.ID(seen, check.Rec("place", string(p.ID), i), "ID", string(p.ID))
	}
	for i, p := range all {
		rec := check.Rec("place", string(p.ID), i)
		if !p.Kind.Valid() {
			c.Addf(rec, "Kind", "unknown kind %q", p.Kind)
		}
		c.Names(rec, "Names", p.Names)
		if p.PartOf != "" {
			if !seen[string(p.PartOf)] {
				c.Addf(rec, "PartOf", "no place %q", p.PartOf)
			} else if p.PartOf == p.ID {
				c.Addf(rec, "PartOf", "a place cannot be part of itself")
			}
		}
		c.Identifiers(rec, "Identifiers", p.Identifiers)
		c.Text(rec, "Note", p.Note)
		c.Sources(rec, "Sources", p.Sources)
	}
	return c.Err()
}
