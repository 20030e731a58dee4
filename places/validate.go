package places

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/check"
)

// Validate checks the shipped places and returns a *karabakh.ValidationError
// listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().All) }

// ValidateRecords checks the given places as a complete set: IDs unique and
// well formed, kinds known, names and text valid (NFC, no mojibake), every
// record, identifier and coordinate sourced, coordinates on the globe with
// exactly one preferred, and every PartOf resolving within the set. It
// reports every problem at once.
func ValidateRecords(all []Place) error {
	var c check.Checker
	check.NamedRecords(&c, "place", all, func(p Place) check.Named {
		return check.Named{ID: string(p.ID), Kind: string(p.Kind), KindValid: p.Kind.Valid(), Names: p.Names,
			PartOf: string(p.PartOf), Identifiers: p.Identifiers, Note: p.Note, Sources: p.Sources}
	}, func(rec string, p Place, _ map[string]bool) {
		quotes := []karabakh.Sources{p.Sources}
		for n := range p.Names.All() {
			quotes = append(quotes, n.Sources)
		}
		c.Figures(rec, []check.Field{{Name: "Note", Text: p.Note}}, check.Quotes(nil, quotes...), p.Note)
		checkCoordinates(&c, rec, p.Coordinates)
	})
	return c.Err()
}

// checkCoordinates checks a place's coordinates: each on the globe, with
// its precision stated and a source quoting it, the degrees of both
// values among the quote's figures; and exactly one preferred.
func checkCoordinates(c *check.Checker, rec string, cs karabakh.List[Coordinates]) {
	preferred := 0
	for i := range cs.Len() {
		x := cs.At(i)
		f := fmt.Sprintf("Coordinates[%d]", i)
		latOK := !math.IsNaN(x.Lat) && x.Lat >= -90 && x.Lat <= 90
		lonOK := !math.IsNaN(x.Lon) && x.Lon >= -180 && x.Lon <= 180
		if !latOK {
			c.Addf(rec, f+".Lat", "%v is not a latitude between -90 and 90", x.Lat)
		}
		if !lonOK {
			c.Addf(rec, f+".Lon", "%v is not a longitude between -180 and 180", x.Lon)
		}
		c.Required(rec, f+".Precision", x.Precision)
		c.Text(rec, f+".Note", x.Note)
		c.Sources(rec, f+".Sources", x.Sources)
		quotes := check.Quotes(nil, x.Sources)
		if len(quotes) == 0 && x.Sources.Len() > 0 {
			c.Addf(rec, f+".Sources", "quotes no coordinate string")
		}
		for _, d := range []struct {
			name string
			v    float64
			ok   bool
		}{{"Lat", x.Lat, latOK}, {"Lon", x.Lon, lonOK}} {
			// A value off the globe is reported once, above.
			if d.ok && !degreesQuoted(d.v, quotes) && len(quotes) > 0 {
				c.Addf(rec, f+"."+d.name, "%v: no quote gives %d degrees", d.v, int(math.Abs(d.v)))
			}
		}
		c.Figures(rec, []check.Field{{Name: f + ".Precision", Text: x.Precision}, {Name: f + ".Note", Text: x.Note}}, quotes, x.Note)
		if x.Preferred {
			preferred++
		}
	}
	if cs.Len() > 0 && preferred != 1 {
		c.Addf(rec, "Coordinates", "%d of %d marked Preferred; want exactly one", preferred, cs.Len())
	}
}

// degreesQuoted reports whether the whole degrees of v are among the
// figures of one of quotes, as they are in "39°59′01″N" and "39.98361".
func degreesQuoted(v float64, quotes []string) bool {
	deg := strconv.Itoa(int(math.Abs(v)))
	for _, q := range quotes {
		for f := range check.QuoteFigures(q) {
			if whole, _, _ := strings.Cut(f, "."); whole == deg {
				return true
			}
		}
	}
	return false
}
