package factcheck

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/internal/pointtext"
	"github.com/caucasus-data/karabakh/internal/table"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// data holds the corrections, built on first use.
var data = table.NewLazy(func() *table.Table[ID, Correction] {
	return table.New(records(), func(c Correction) ID { return c.ID })
})

// Get returns the correction with the given ID. It allocates nothing.
func Get(id ID) (Correction, bool) { return data.Get().Get(id) }

// All returns every correction: those of the seed article in the order its
// claims appear, then the misstatements found elsewhere, grouped by the
// language of the claim.
func All() iter.Seq[Correction] { return slices.Values(data.Get().All) }

// Validate checks the shipped corrections and returns a
// *karabakh.ValidationError listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().All) }

// ValidateRecords checks corrections as a complete set, with references
// checked against the shipped actors, agreements and events.
func ValidateRecords(all []Correction) error {
	var c check.Checker
	seen := map[string]bool{}
	for i, x := range all {
		rec := check.Rec("correction", string(x.ID), i)
		c.ID(seen, rec, "ID", string(x.ID))
		// The claim is quoted as found, damage included: only its
		// encoding, normal form and invisible characters are checked.
		c.AsFound(rec, "Claim", x.Claim)
		c.Required(rec, "Where", x.Where)
		if !x.Verdict.Valid() {
			c.Addf(rec, "Verdict", "unknown verdict %q", x.Verdict)
		}
		c.Required(rec, "Correction", x.Correction)
		check.Refs(&c, rec, "Actors", "actor", x.Actors, actors.Exists)
		check.Refs(&c, rec, "Places", "place", x.Places, places.Exists)
		check.Refs(&c, rec, "Points", "point", x.Points, agreement.ExistsPoint)
		check.Refs(&c, rec, "Events", "event", x.Events, timeline.Exists)
		if x.Lang == (language.Tag{}) {
			c.Addf(rec, "Lang", "has no language")
		}
		switch {
		case x.Seen.Len() > 0:
			c.Sources(rec, "Seen", x.Seen)
		case !strings.HasPrefix(x.Where, SeedWhere):
			c.Addf(rec, "Seen", "names no page the claim was seen on; only the seed article's claims, whose Where starts %q, may leave it empty", SeedWhere)
		}
		if x.Cues.IsZero() {
			c.Addf(rec, "Cues", "is empty: a correction needs terms, figures or a record it contradicts, for a matcher to recognise the claim")
		}
		for i := range x.Cues.Terms.Len() {
			f := fmt.Sprintf("Cues.Terms[%d]", i)
			tm := x.Cues.Terms.At(i)
			c.Required(rec, f+".Text", tm.Text)
			c.Text(rec, f+".Text", tm.Text)
			if tm.Lang == (language.Tag{}) {
				c.Addf(rec, f+".Lang", "has no language")
			}
		}
		for i := range x.Cues.Figures.Len() {
			c.Required(rec, fmt.Sprintf("Cues.Figures[%d]", i), x.Cues.Figures.At(i))
		}
		c.Text(rec, "Cues.Contradicts", x.Cues.Contradicts)
		if x.Cues.Contradicts != "" {
			if err := checkContradicts(x.Cues.Contradicts); err != nil {
				c.Addf(rec, "Cues.Contradicts", "%v", err)
			}
		}
		c.Text(rec, "Note", x.Note)
		c.Sources(rec, "Sources", x.Sources)
		c.Figures(rec, []check.Field{{Name: "Correction", Text: x.Correction}, {Name: "Note", Text: x.Note}},
			check.Quotes(pointtext.Statement, x.Sources), x.Note)
	}
	return c.Err()
}
