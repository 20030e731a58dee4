package annotate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// wordIs reports whether token i of the text is part of a word or phrase
// of the vocabulary of class cl, in any of its forms.
func (c *checker) wordIs(i int, cl class) bool {
	return i >= 0 && i < len(c.classes) && c.classes[i]&(1<<cl) != 0
}

// classIn returns the first token of class cl in the byte span s.
func (c *checker) classIn(s [2]int, cl class) (int, bool) {
	for i := c.tokIndex(s[0]); i < len(c.toks) && c.toks[i].end <= s[1]; i++ {
		if c.wordIs(i, cl) {
			return i, true
		}
	}
	return 0, false
}

// quantities checks figures for what the statement's points set.
func (c *checker) quantities() {
	for _, m := range c.mentions {
		if m.Kind != Quantity || m.IDs.Len() == 0 {
			continue
		}
		num, unit, _ := strings.Cut(m.IDs.At(0), " ")
		if strings.Contains(num, "/") {
			continue // a range
		}
		v, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			continue
		}
		s := c.sentenceOf(m.Start)
		var point agreement.PointID
		switch agreement.Unit(unit) {
		case agreement.Personnel, agreement.ArmouredPersonnelCarriers, agreement.Vehicles:
			if c.mentions3(s) {
				point = agreement.Point3
			}
		case agreement.Years, agreement.Months:
			if c.mentionsPoint(s, agreement.Point4) {
				point = agreement.Point4
			}
		case agreement.Kilometres:
			if c.mentionsID(s, string(places.LachinCorridor)) && v <= 100 {
				point = agreement.Point6
			}
		}
		if point == "" {
			continue
		}
		p, ok := agreement.GetPoint(point)
		if !ok {
			continue
		}
		q, ok := p.Quantity(agreement.Unit(unit))
		if !ok {
			continue
		}
		f := Finding{Start: m.Start, End: m.End, Claim: m.Text, Check: CheckQuantity,
			Records: karabakh.ListOf(Ref{"point", string(point)}),
			Sourced: fmt.Sprintf("%s: %d (point %d of the statement)", q.What, q.Value, p.Number), Sources: q.Sources}
		switch {
		case v == q.Value:
			f.Verdict = Consistent
		case reported(q, v, true):
			f.Verdict = Imprecise
			f.Sourced += fmt.Sprintf("; %d is a rounding some sources use", v)
		case reported(q, v, false):
			f.Verdict = Disputed
			f.Sourced += fmt.Sprintf("; %d was reported by some sources, against the text", v)
			for r := range q.Reported.All() {
				if r.Value == v {
					f.Sources = karabakh.ListOf(append(f.Sources.Slice(), r.Sources.Slice()...)...)
				}
			}
		case m.Approximate && abs(v-q.Value)*20 <= q.Value:
			f.Verdict = Imprecise
		default:
			f.Verdict = Wrong
		}
		c.add(f)
	}
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// reported reports whether v is a value sources reported for q, rounded
// (approximate) or not.
func reported(q agreement.Quantity, v int64, approximate bool) bool {
	for r := range q.Reported.All() {
		if r.Value == v && r.Approximate == approximate {
			return true
		}
	}
	return false
}

// mentions3 reports whether sentence s is about point 3: the peacekeeping
// contingent or point 3 itself is mentioned in it.
func (c *checker) mentions3(s [2]int) bool {
	return c.mentionsID(s, string(actors.PeacekeepingContingent)) || c.mentionsPoint(s, agreement.Point3)
}

func (c *checker) mentionsPoint(s [2]int, p agreement.PointID) bool {
	return c.mentionsID(s, string(p))
}

func (c *checker) mentionsID(s [2]int, id string) bool {
	for _, m := range c.mentionsIn(s) {
		if m.IDs.Len() > 0 && m.IDs.At(0) == id {
			return true
		}
	}
	return false
}

// agreementBefore returns the agreement the text names last before byte
// offset at, within the sentence or the one before it.
func (c *checker) agreementBefore(at int) (agreement.Agreement, bool) {
	s := c.sentenceOf(at)
	from := s[0]
	if i := slices.Index(c.sentences, s); i > 0 {
		from = c.sentences[i-1][0]
	}
	var found string
	for _, m := range c.mentionsIn([2]int{from, at}) {
		if m.Kind == Agreement && m.IDs.Len() == 1 {
			found = m.IDs.At(0)
		}
	}
	return agreement.Get(agreement.ID(found))
}

// signatories checks who is said to have signed: the names listed right
// after "signed ... by", or right before or after a verb of signing.
func (c *checker) signatories() {
	for _, s := range c.sentences {
		v, ok := c.classIn(s, cSignVerb)
		if !ok {
			continue
		}
		ag, ok := c.agreementBefore(c.toks[v].end)
		if !ok {
			if m, ok2 := c.firstAgreementIn(s); ok2 {
				ag, ok = agreement.Get(agreement.ID(m))
			}
		}
		if !ok {
			continue
		}
		for _, m := range c.signers(s, v) {
			c.checkSigner(ag, m)
		}
	}
}

func (c *checker) firstAgreementIn(s [2]int) (string, bool) {
	for _, m := range c.mentionsIn(s) {
		if m.Kind == Agreement && m.IDs.Len() == 1 {
			return m.IDs.At(0), true
		}
	}
	return "", false
}

// signers returns the actors listed as signing around the verb at token
// v: after "by" (or "лидерами") following it, or in a list that ends
// right before it or begins right after it.
func (c *checker) signers(s [2]int, v int) []Mention {
	ms := c.mentionsIn(s)
	var actorsIn []Mention
	for _, m := range ms {
		if m.Kind == Actor {
			actorsIn = append(actorsIn, m)
		}
	}
	vStart, vEnd := c.toks[v].start, c.toks[v].end
	// "signed on November 9 by A, B and C".
	for i := v + 1; i < len(c.toks) && c.toks[i].end <= s[1] && i <= v+8; i++ {
		if k := c.toks[i].key; k == "by" || k == "лидерами" || k == "лидеры" {
			return c.list(actorsIn, c.toks[i].end, true)
		}
	}
	// "A, B and C signed" and "подписали A, B и C".
	if l := c.list(actorsIn, vStart, false); len(l) > 0 {
		return l
	}
	return c.list(actorsIn, vEnd, true)
}

// list returns the actors listed from byte offset at onwards (forward) or
// backwards to it, separated only by commas, "and", titles and state
// adjectives of titles; a state right before a person is part of the
// person's title and left out.
func (c *checker) list(ms []Mention, at int, forward bool) []Mention {
	var out []Mention
	gapOK := func(from, to int) bool {
		if to < from {
			return false
		}
		for i := c.tokIndex(from); i < len(c.toks) && c.toks[i].end <= to; i++ {
			if c.toks[i].key == "s" || c.wordIs(i, cConj) || c.wordIs(i, cTitle) || c.wordIs(i, cDefinite) || c.wordIs(i, cOf) || c.wordIs(i, cOrgan) {
				continue
			}
			return false
		}
		return true
	}
	if forward {
		pos := at
		for _, m := range ms {
			if m.Start < at {
				continue
			}
			if !gapOK(pos, m.Start) {
				break
			}
			out = append(out, m)
			pos = m.End
		}
	} else {
		pos := at
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.End > at {
				continue
			}
			if !gapOK(m.End, pos) {
				break
			}
			out = append(out, m)
			pos = m.Start
		}
		slices.Reverse(out)
	}
	// States in titles ("Azerbaijani President Ilham Aliyev") are not
	// signers of their own.
	var signers []Mention
	for k, m := range out {
		a, _ := actors.Get(actors.ID(m.IDs.At(0)))
		if a.Kind != actors.Person && k+1 < len(out) {
			if b, _ := actors.Get(actors.ID(out[k+1].IDs.At(0))); b.Kind == actors.Person && gapOK(m.End, out[k+1].Start) && !strings.Contains(c.text[m.End:out[k+1].Start], ",") {
				continue
			}
		}
		signers = append(signers, m)
	}
	return signers
}

// checkSigner reports whether the actor of m signed ag.
func (c *checker) checkSigner(ag agreement.Agreement, m Mention) {
	if m.Ambiguous || m.IDs.Len() != 1 {
		return
	}
	id := actors.ID(m.IDs.At(0))
	a, ok := actors.Get(id)
	if !ok || a.Kind != actors.Person && a.Kind != actors.State {
		return
	}
	var names []string
	var srcs []karabakh.Source
	signed := false
	for p := range ag.Parties.All() {
		if p.Role != agreement.Signatory && p.Role != agreement.Initialler && p.Role != agreement.PartyRole {
			continue
		}
		pa, _ := actors.Get(p.Actor)
		names = append(names, pa.Names.English())
		for src := range p.Sources.All() {
			if !slices.ContainsFunc(srcs, func(s karabakh.Source) bool { return s.URL == src.URL && s.Quote == src.Quote }) {
				srcs = append(srcs, src)
			}
		}
		if p.Actor == id || p.For == id {
			signed = true
		}
	}
	f := Finding{Start: m.Start, End: m.End, Claim: "signed by " + a.Names.English(), Check: CheckSignatory,
		Records: karabakh.ListOf(Ref{"agreement", string(ag.ID)}, Ref{"actor", string(id)}),
		Sourced: fmt.Sprintf("%s was signed by %s", ag.Titles.English(), strings.Join(names, ", ")),
		Sources: karabakh.ListOf(srcs...)}
	f.Verdict = Wrong
	if signed {
		f.Verdict = Consistent
	}
	c.add(f)
}

// dates checks the statement's dates and the deadlines of points 2 and 6.
func (c *checker) dates() {
	st, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return
	}
	for _, m := range c.mentions {
		if m.Kind != Date || m.Relative || m.Date.Start.Precision() != karabakh.PrecisionDay || !m.Date.IsDate() {
			continue
		}
		d := m.Date.Start
		s := c.sentenceOf(m.Start)
		di := c.tokIndex(m.Start)
		switch {
		case c.near(di, cSignVerb, 10, s):
			if ag, ok := c.agreementBefore(m.Start); !ok || ag.ID != st.ID {
				if id, ok := c.firstAgreementIn(s); !ok || id != string(st.ID) {
					continue
				}
			}
			c.signingDate(st, m, d)
		case c.near(di, cEffectVerb, 8, s):
			if !c.aboutStatement(s, m.Start) {
				continue
			}
			eff := karabakh.DateOf(st.Effective)
			f := Finding{Start: m.Start, End: m.End, Claim: m.Text, Check: CheckDate,
				Records: karabakh.ListOf(Ref{"agreement", string(st.ID)}),
				Sourced: "the statement took effect at " + st.Effective.Format("15:04 MST on 2 January 2006"), Sources: st.Sources}
			f.Verdict = Wrong
			if d == eff {
				f.Verdict = Consistent
			}
			c.add(f)
		default:
			c.handoverDate(m, s)
		}
	}
}

// near reports whether a word of class cl stands within n tokens before
// token i in sentence s.
func (c *checker) near(i int, cl class, n int, s [2]int) bool {
	for k := max(i-n, c.tokIndex(s[0])); k < i; k++ {
		if c.wordIs(k, cl) {
			return true
		}
	}
	return false
}

// aboutStatement reports whether the sentence s, or the text just before
// at, names the statement of 2020 (or its ceasefire).
func (c *checker) aboutStatement(s [2]int, at int) bool {
	if ag, ok := c.agreementBefore(at); ok {
		return ag.ID == agreement.Statement2020
	}
	id, ok := c.firstAgreementIn(s)
	return ok && id == string(agreement.Statement2020)
}

func (c *checker) signingDate(st agreement.Agreement, m Mention, d karabakh.Date) {
	f := Finding{Start: m.Start, End: m.End, Claim: "signed on " + m.Text, Check: CheckDate,
		Records: karabakh.ListOf(Ref{"agreement", string(st.ID)}),
		Sourced: "signed on " + st.Signed.String(), Sources: st.Sources}
	switch {
	case d == st.Signed:
		f.Verdict = Consistent
	default:
		f.Verdict = Wrong
		for u := range st.Dated.All() {
			if u.Date == d {
				f.Verdict = Imprecise
				f.Sourced += "; " + d.String() + " in " + u.Usage
				f.Sources = u.Sources
			}
		}
	}
	c.add(f)
}

// handoverDate checks a date given for the return of the Aghdam, Kalbajar
// or Lachin district: the deadline point 2 or 6 set, a later deadline
// the parties agreed, or the day of the handover.
func (c *checker) handoverDate(m Mention, s [2]int) {
	var place string
	n := 0
	for _, o := range c.mentionsIn(s) {
		switch {
		case o.Kind == Date && o.Date.Start.Precision() == karabakh.PrecisionDay:
			n++
		case o.Kind == Place && o.IDs.Len() > 0:
			for id := range o.IDs.All() {
				if id == string(places.AghdamDistrict) || id == string(places.KalbajarDistrict) || id == string(places.LachinDistrict) {
					if place != "" && place != id {
						return // two districts: which date is whose?
					}
					place = id
					break
				}
			}
		}
	}
	if place == "" || n != 1 {
		return
	}
	if _, ok := c.classIn(s, cReturnVerb); !ok {
		return
	}
	i := slices.IndexFunc(handovers(), func(h handover) bool { return slices.Contains(h.ob.Places.Slice(), places.ID(place)) })
	if i < 0 {
		return
	}
	h := handovers()[i]
	ob, deadlines, done := h.ob, h.deadlines, h.done
	d := m.Date.Start
	sourced := fmt.Sprintf("due by %s (point %d)", ob.Deadline, ob.Point.Number())
	if len(deadlines) > 1 {
		sourced += fmt.Sprintf(", extended to %s", deadlines[len(deadlines)-1])
	}
	if len(done) > 0 {
		sourced += fmt.Sprintf("; handed over on %s", done[0])
	}
	f := Finding{Start: m.Start, End: m.End, Claim: m.Text, Check: CheckDate,
		Records: karabakh.ListOf(Ref{"point", string(ob.Point)}, Ref{"obligation", string(ob.ID)}),
		Sourced: sourced, Sources: karabakh.ListOf(h.sources...)}
	by := c.deadlineWord(c.tokIndex(m.Start))
	switch {
	case slices.Contains(done, d):
		f.Verdict = Consistent
	case by && slices.Contains(deadlines, d):
		f.Verdict = Consistent
	case slices.Contains(deadlines, d):
		f.Verdict = Imprecise // a deadline given as the day it happened
	default:
		f.Verdict = Wrong
	}
	c.add(f)
}

// deadlineWord reports whether a word of time limit ("by", "before", "до",
// "qədər", "մինչև") stands right before token i, or a limiting suffix
// ("-dək") right after the date.
func (c *checker) deadlineWord(i int) bool {
	for k := max(i-2, 0); k < i; k++ {
		switch c.toks[k].key {
		case "by", "before", "until", "till", "deadline", "до", "qeder", "kimi", "մինչև", "մինչեւ", "не", "later":
			return true
		}
	}
	for k := i; k < i+5 && k < len(c.toks); k++ {
		if strings.HasSuffix(c.toks[k].key, "dek") || strings.HasSuffix(c.toks[k].key, "dak") {
			return true
		}
	}
	return false
}
