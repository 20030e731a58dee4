package factcheck

import (
	"fmt"
	"iter"
	"slices"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/check"
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

// All returns every correction, in the order the claims appear in the text
// they were found in.
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
		if x.Seen.Len() > 0 {
			c.Sources(rec, "Seen", x.Seen)
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
		c.Text(rec, "Note", x.Note)
		c.Sources(rec, "Sources", x.Sources)
	}
	return c.Err()
}
