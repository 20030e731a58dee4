package agreement

import (
	"fmt"

	"github.com/caucasus-data/karabakh/internal/check"
)

// checkFigures applies the figures rule to agreement a: its note may draw
// on any quote or text of the agreement, a point's summary and note on the
// point's texts and the sources of the point and its terms, and an
// obligation's action and note, or a text's note, on the point's as well.
// A source citing a point of the 10 November 2020 statement by number
// stands for that point's texts in ags.
func checkFigures(c *check.Checker, rec string, a Agreement, ags []Agreement) {
	statement := func(n int) []string {
		for _, b := range ags {
			if b.ID != Statement2020 {
				continue
			}
			if p, ok := b.Point(n); ok {
				return textsOf(p)
			}
		}
		return nil
	}
	all := check.Quotes(statement, a.Sources)
	for d := range a.Dated.All() {
		all = append(all, check.Quotes(statement, d.Sources)...)
	}
	for p := range a.Parties.All() {
		all = append(all, check.Quotes(statement, p.Sources)...)
	}
	for r := range a.Relations.All() {
		all = append(all, check.Quotes(statement, r.Sources)...)
	}
	for j := range a.Points.Len() {
		p := a.Points.At(j)
		f := fmt.Sprintf("Points[%d]", j)
		quotes := append(textsOf(p), check.Quotes(statement, p.Sources)...)
		for o := range p.Obligations.All() {
			quotes = append(quotes, check.Quotes(statement, o.Sources, o.Within.Sources)...)
		}
		for q := range p.Quantities.All() {
			quotes = append(quotes, check.Quotes(statement, q.Sources)...)
			for r := range q.Reported.All() {
				quotes = append(quotes, check.Quotes(statement, r.Sources)...)
			}
		}
		for k := range p.Texts.Len() {
			quotes = append(quotes, check.Quotes(statement, p.Texts.At(k).Sources)...)
		}
		all = append(all, quotes...)
		c.Figures(rec, []check.Field{{Name: f + ".Summary", Text: p.Summary}, {Name: f + ".Note", Text: p.Note}}, quotes, p.Note)
		for k := range p.Obligations.Len() {
			o := p.Obligations.At(k)
			g := fmt.Sprintf("%s.Obligations[%d]", f, k)
			c.Figures(rec, []check.Field{{Name: g + ".Action", Text: o.Action}, {Name: g + ".Note", Text: o.Note}}, quotes, o.Note)
		}
		for k := range p.Texts.Len() {
			x := p.Texts.At(k)
			c.Figures(rec, []check.Field{{Name: fmt.Sprintf("%s.Texts[%d].Note", f, k), Text: x.Note}}, quotes, x.Note)
		}
	}
	for k := range a.Relations.Len() {
		r := a.Relations.At(k)
		c.Figures(rec, []check.Field{{Name: fmt.Sprintf("Relations[%d].Note", k), Text: r.Note}}, all, r.Note)
	}
	c.Figures(rec, []check.Field{{Name: "Note", Text: a.Note}}, all, a.Note)
}

// textsOf returns the bodies of p's texts.
func textsOf(p Point) []string {
	var out []string
	for t := range p.Texts.All() {
		out = append(out, t.Body)
	}
	return out
}
