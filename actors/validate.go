package actors

import (
	"fmt"

	"github.com/caucasus-data/karabakh/internal/check"
)

// Validate checks the shipped actors and returns a *karabakh.ValidationError
// listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().All) }

// ValidateRecords checks the given actors as a complete set: IDs unique and
// well formed, kinds known, names and text valid (NFC, no mojibake), every
// record, office and identifier sourced, office terms in order, and every
// reference to another actor resolving within the set. It reports every
// problem at once.
func ValidateRecords(all []Actor) error {
	var c check.Checker
	seen := make(map[string]bool, len(all))
	for i, a := range all {
		c.ID(seen, check.Rec("actor", string(a.ID), i), "ID", string(a.ID))
	}
	for i, a := range all {
		rec := check.Rec("actor", string(a.ID), i)
		if !a.Kind.Valid() {
			c.Addf(rec, "Kind", "unknown kind %q", a.Kind)
		}
		c.Names(rec, "Names", a.Names)
		if a.PartOf != "" {
			if !seen[string(a.PartOf)] {
				c.Addf(rec, "PartOf", "no actor %q", a.PartOf)
			} else if a.PartOf == a.ID {
				c.Addf(rec, "PartOf", "an actor cannot be part of itself")
			}
		}
		c.Identifiers(rec, "Identifiers", a.Identifiers)
		c.Text(rec, "Note", a.Note)
		c.Sources(rec, "Sources", a.Sources)
		for j := range a.Offices.Len() {
			o := a.Offices.At(j)
			f := fmt.Sprintf("Offices[%d]", j)
			c.Required(rec, f+".Title", o.Title)
			if !seen[string(o.Of)] {
				c.Addf(rec, f+".Of", "no actor %q", o.Of)
			}
			switch {
			case o.Term.IsZero() && o.Attested.Len() == 0:
				c.Addf(rec, f, "has neither a Term nor Attested days")
			case !o.Term.IsZero() && o.Attested.Len() > 0:
				c.Addf(rec, f, "has both a Term and Attested days: a term from a source makes the attested days redundant")
			}
			c.Interval(rec, f+".Term", o.Term)
			for k := range o.Attested.Len() {
				d := o.Attested.At(k)
				g := fmt.Sprintf("%s.Attested[%d]", f, k)
				if d.IsZero() {
					c.Addf(rec, g, "is not set")
				} else if k > 0 && d.Compare(o.Attested.At(k-1)) <= 0 {
					c.Addf(rec, g, "is %s, not after %s: list attested days once each, in order", d, o.Attested.At(k-1))
				}
			}
			c.Text(rec, f+".Note", o.Note)
			c.Sources(rec, f+".Sources", o.Sources)
			if j > 0 {
				prev := a.Offices.At(j - 1)
				if a, b := prev.first(), o.first(); !a.IsZero() && !b.IsZero() && b.Compare(a) < 0 {
					c.Addf(rec, f, "starts (%s) before the office listed before it (%s): list offices in order of start", b, a)
				}
			}
		}
	}
	return c.Err()
}
