package check

// The exemptions from the rules on figures and on short quotes. Each rule
// holds for every record; a record is let off only here, by name, with the
// reason written beside it. A test (TestExemptionsUsed) fails when an entry
// no longer exempts anything, so the list cannot outlive its records.

// An Exemption lets one figure, or one short quote, of one record off a
// rule, for the reason given.
type Exemption struct {
	Record string // "event 2020-11-10-ceasefire-takes-effect"
	Field  string // the field the figure is in; unused for quotes
	Text   string // the figure as written, or the whole short quote
	Reason string
}

// figureExemptions are the figures that are in no quote and need no
// derivation: numbers that are part of a name.
func figureExemptions() []Exemption {
	return []Exemption{}
}

// quoteExemptions are the quotes under MinQuoteLen characters that carry
// their claim all the same.
func quoteExemptions() []Exemption {
	return []Exemption{
		{Record: "event 2023-09-19-azerbaijani-offensive", Text: "32 people were killed",
			Reason: "a whole clause that states the count it is cited for; the babel.ua page could not be re-found to quote more of it"},
		// Coordinate strings as the pages print them: the whole claim of a
		// coordinate source is the coordinate.
		{Record: "place armenia", Text: "40 00 N, 45 00 E", Reason: "the CIA World Factbook's coordinate string, whole"},
		{Record: "place azerbaijan", Text: "40 30 N, 47 30 E", Reason: "the CIA World Factbook's coordinate string, whole"},
		{Record: "place russia", Text: "60 00 N, 100 00 E", Reason: "the CIA World Factbook's coordinate string, whole"},
		{Record: "place baku", Text: "широта 40.37767", Reason: "the latitude as the page lists it, on a line of its own"},
		{Record: "place baku", Text: "долгота 49.89201", Reason: "the longitude as the page lists it, on a line of its own"},
	}
}

// FigureExempt returns the reason figure fig in field of record rec is
// exempt from the figures rule, or "" if it is not.
func FigureExempt(rec, field, fig string) string {
	for _, e := range figureExemptions() {
		if e.Record == rec && e.Field == field && e.Text == fig {
			return e.Reason
		}
	}
	return ""
}

// QuoteExempt returns the reason quote q of record rec is exempt from the
// rule on short quotes, or "" if it is not.
func QuoteExempt(rec, q string) string {
	for _, e := range quoteExemptions() {
		if e.Record == rec && e.Text == q {
			return e.Reason
		}
	}
	return ""
}

// Exemptions returns every exemption, figures first, for the test that
// checks each still applies.
func Exemptions() (figures, quotes []Exemption) {
	return figureExemptions(), quoteExemptions()
}
