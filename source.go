package karabakh

import (
	"iter"
	"slices"
	"strconv"

	"golang.org/x/text/language"
)

// A Source is where a fact was read: a stored public page, with enough to
// find it again and see that it says what we claim.
type Source struct {
	// URL of the page the fact was read from.
	URL string `json:"url"`
	// Publisher is who published the page: a government, agency or outlet.
	Publisher string `json:"publisher"`
	// Title of the page, where known.
	Title string `json:"title,omitempty"`
	// Published is the page's publication date, where known.
	Published Date `json:"published,omitzero"`
	// Quote is a short excerpt of the page, in the page's language, that
	// supports the fact. Either Quote or Point is set.
	Quote string `json:"quote,omitempty"`
	// Lang is the language of Quote.
	Lang language.Tag `json:"lang,omitzero"`
	// Point is the number of the point of the 10 November 2020 statement
	// that the source supports by its text, or 0.
	Point int `json:"point,omitempty"`
	// Note says how far the source can be trusted or what it leaves out,
	// where that matters.
	Note string `json:"note,omitempty"`
	// Background is set on a source that gives context for the record
	// without itself reporting the fact: an earlier report, a later
	// summary, a reference page. A record's other sources report it.
	Background bool `json:"background,omitempty"`
}

// String returns the source as its publisher and URL, then its quote or
// the point it supports: "BBC <https://www.bbc.com/...>: “from 01:00 local
// time”".
func (s Source) String() string {
	out := s.Publisher + " <" + s.URL + ">"
	switch {
	case s.Quote != "":
		out += ": “" + s.Quote + "”"
	case s.Point != 0:
		out += ": point " + strconv.Itoa(s.Point)
	}
	return out
}

// Sources is the list of sources a record cites.
type Sources = List[Source]

// An Identifier is a record's ID in another scheme: Wikidata, the PA-X peace
// agreement database, ISO 3166.
type Identifier struct {
	Scheme  Scheme  `json:"scheme"`
	Value   string  `json:"value"`
	Sources Sources `json:"sources"`
}

// A Scheme names a system of identifiers.
type Scheme string

// The identifier schemes the dataset uses.
const (
	SchemeWikidata       Scheme = "wikidata"          // a Wikidata QID, such as Q1234
	SchemePAX            Scheme = "pax"               // PA-X Peace Agreements Database, University of Edinburgh
	SchemeISO3166Alpha2  Scheme = "iso3166-1-alpha2"  // ISO 3166-1 alpha-2 country code
	SchemeISO3166Alpha3  Scheme = "iso3166-1-alpha3"  // ISO 3166-1 alpha-3 country code
	SchemeISO3166Numeric Scheme = "iso3166-1-numeric" // ISO 3166-1 numeric country code
	SchemeISO3166_2      Scheme = "iso3166-2"         // ISO 3166-2 subdivision code
)

var schemes = [...]Scheme{SchemeWikidata, SchemePAX, SchemeISO3166Alpha2, SchemeISO3166Alpha3, SchemeISO3166Numeric, SchemeISO3166_2}

// Schemes lists every Scheme, in a stable order.
func Schemes() iter.Seq[Scheme] { return slices.Values(schemes[:]) }

// Valid reports whether s is one of the schemes above.
func (s Scheme) Valid() bool { return slices.Contains(schemes[:], s) }
