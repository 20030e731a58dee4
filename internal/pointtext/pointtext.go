// Package pointtext gives the packages above agreement the texts of a point
// of the 10 November 2020 statement, which a source citing the point by
// number stands for when a record's figures are checked against its quotes.
package pointtext

import "github.com/caucasus-data/karabakh/agreement"

// Statement returns every text of point n of the statement of 10 November
// 2020, in every language the dataset holds, or nil if there is no such
// point.
func Statement(n int) []string {
	p, ok := agreement.StatementPoint(n)
	if !ok {
		return nil
	}
	var out []string
	for t := range p.Texts.All() {
		out = append(out, t.Body)
	}
	return out
}
