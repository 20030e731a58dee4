// Package agreement holds the statement of 10 November 2020 and the
// statements that followed it: their titles, signatories, dates, the text of
// each point in each language the sources hold, and the structured terms of
// each point (who owes what to whom, by when, how many, where), with the
// places they name.
//
// The Russian text is the authentic one. The stored sources hold only parts
// of it, and only quotations of some points in any language; every [Text]
// says how much of the original it holds ([Coverage]), and no text is
// completed from memory.
//
//	s, _ := agreement.Get(agreement.Statement2020)
//	p, _ := s.Point(2)
//	for o := range p.Obligations.All() {
//		fmt.Println(o.Action, o.Deadline)
//	}
package agreement
