package actors

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
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
	check.NamedRecords(&c, "actor", all, func(a Actor) check.Named {
		return check.Named{ID: string(a.ID), Kind: string(a.Kind), KindValid: a.Kind.Valid(), Names: a.Names,
			PartOf: string(a.PartOf), Identifiers: a.Identifiers, Note: a.Note, Sources: a.Sources}
	}, func(rec string, a Actor, seen map[string]bool) {
		// The note may draw on any quote of the record: its own sources,
		// its names' and its offices'.
		quotes := []karabakh.Sources{a.Sources}
		for n := range a.Names.All() {
			quotes = append(quotes, n.Sources)
		}
		for o := range a.Offices.All() {
			quotes = append(quotes, o.Sources)
		}
		c.Figures(rec, []check.Field{{Name: "Note", Text: a.Note}}, check.Quotes(nil, quotes...), a.Note)
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
			c.Figures(rec, []check.Field{{Name: f + ".Note", Text: o.Note}}, check.Quotes(nil, o.Sources), o.Note)
			if j > 0 {
				prev := a.Offices.At(j - 1)
				if a, b := prev.first(), o.first(); !a.IsZero() && !b.IsZero() && b.Compare(a) < 0 {
					c.Addf(rec, f, "starts (%s) before the office listed before it (%s): list offices in order of start", b, a)
				}
			}
		}
	})
	return c.Err()
}
