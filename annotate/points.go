package annotate

import (
	"strings"

	"github.com/caucasus-data/karabakh/agreement"
)

// The point layer: "point 9", "paragraph 6", "Article 2", "the eighth
// point", "пункт 9", "9-й пункт", "9-cu bənd", "9-րդ կետ". The agreement is
// the one in the genitive right before the reference, else the one named
// right after it, else the one the text named last.

// readPoint reads a reference to a numbered point starting at token i.
func (a *analyzer) readPoint(i int) (n, first, last int, ok bool) {
	t := a.at(i)
	if t == nil {
		return 0, 0, 0, false
	}
	// "point 9", "пункт 9", "bənd 9".
	if h, _, ok := a.find(i, cPointWord); ok {
		j := int(h.end) + 1
		joined := a.joined(j)
		if a.at(int(h.end)).is("п") {
			// The abbreviation is written with its full stop: "п. 6".
			t := a.at(j)
			joined = t != nil && t.sep&sepPeriod != 0 && t.sep&^(sepPeriod|sepSpace) == 0
		}
		if h, e, ok := a.find(j, cNumber); ok && joined && e.val > 0 && e.val <= 20 && a.langsOf(a.at(j))&langEN != 0 &&
			!(a.is(int(h.end)+1, cUnit) && a.joined(int(h.end)+1)) {
			// "clause nine", not "provision six months prior"
			return e.val, i, int(h.end), true
		}
		if n := ordinalNumber(a.at(j)); n > 0 && joined && n <= 20 {
			return n, i, j, true // "point 9th", "points 3rd and 6th", as translations from Armenian write them
		}
		if n, ok := a.number(j, 2); ok && joined && n > 0 {
			next := a.at(j + 1)
			switch {
			case next != nil && next.has(tDigits) && next.sep&(sepPeriod|sepComma) != 0 && next.sep&sepSpace == 0:
			case a.is(j+1, cUnit) && a.joined(j+1): // "provision 6 months prior"
			case a.suffix(j + 1):
				return n, i, j + 1, true // "пункт 9-ый": the ordinal's ending
			default:
				return n, i, j, true
			}
		}
		return 0, 0, 0, false
	}
	// "9-й пункт", "9-cu bənd", "9-րդ կետ", "9th point".
	n, j, cardinal := 0, i+1, false
	switch {
	case t.has(tDigits) && t.n <= 2:
		n = atoi(t.keyString())
		if a.suffix(j) || a.spacedOrdinal(j) {
			j++
		} else if w := a.at(j); w != nil && a.langsOf(w)&(langAZ|langHY) != 0 {
			return 0, 0, 0, false // "7 maddədən": seven articles, not the seventh
		} else {
			cardinal = true
		}
	case ordinalNumber(t) > 0:
		n = ordinalNumber(t)
	default:
		if h, e, ok := a.find(i, cOrdinal); ok {
			n, j = e.val, int(h.end)+1
		}
	}
	if n <= 0 || !a.joined(j) {
		return 0, 0, 0, false
	}
	if h, e, ok := a.find(j, cPointWord); ok && e.val != pointNumberAfter && !(cardinal && pluralPointWord(a.at(int(h.end)))) {
		return n, i, int(h.end), true
	}
	return 0, 0, 0, false
}

// spacedOrdinal reports whether token i is an Azerbaijani ordinal ending
// written after a space and a hyphen: "4 -cü bəndində".
func (a *analyzer) spacedOrdinal(i int) bool {
	t := a.at(i)
	if t == nil || t.sep != sepSpace|sepHyphen || a.langsOf(t)&langAZ == 0 {
		return false
	}
	switch t.keyString() { // folded: cı is ci, cü is cu
	case "ci", "cu", "nci", "ncu", "inci", "uncu":
		return true
	}
	return false
}

// pointNumberAfter is the val of a point word read only before its number:
// "section 3", not "the first section of the railway".
const pointNumberAfter = 1

// pluralPointWord reports whether point word t is a plural: after a
// number without an ordinal ending, it counts points ("9 пунктов", "the
// 9 points") rather than naming one ("9 пункт").
func pluralPointWord(t *token) bool {
	k := t.keyString()
	if t.has(tLatin) {
		return strings.HasSuffix(k, "s")
	}
	for _, end := range [...]string{"ов", "ы", "ам", "ами", "ах", "еи"} { // "9 статей" (folded "статеи"): nine articles
		if strings.HasSuffix(k, end) {
			return true
		}
	}
	return false
}

// ordinalNumber returns the number of an English ordinal written with
// digits as one token ("9th", "21st"), or 0.
func ordinalNumber(t *token) int {
	if t == nil || t.n < 3 || t.n > 4 || !isDigit(t.key[0]) || !ordinalSuffix(t.keyString()) {
		return 0
	}
	return max(atoi(t.keyString()[:t.n-2]), 0)
}

func ordinalSuffix(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[len(s)-2:] {
	case "st", "nd", "rd", "th":
		return isDigit(s[len(s)-3])
	}
	return false
}

func (a *analyzer) points(i int) {
	if i < a.until[Point] {
		return
	}
	n, first, last, ok := a.readPoint(i)
	if !ok {
		return
	}
	ag := ""
	if a.agreementEnd == first && a.agreementSeen && a.joined(first) && !(a.is(last+1, cOf) && a.joined(last+1)) {
		// Right after the agreement, in the genitive: "նոյեմբերի 9-ի
		// փաստաթղթի 9-րդ կետը", "bəyanatın 9-cu bəndi". An agreement
		// named after it is another ("… և Վաշինգտոնում ստորագրված
		// փաստաթղթի").
		ag = a.lastAgreement
	}
	// The agreement may come after a participle: "в 9-м пункте
	// подписанного между Арменией, Россией и Азербайджаном документа".
	for k := last + 1; k <= last+10 && ag == ""; k++ {
		if !a.clause(last, k) {
			break
		}
		if r, ok := a.readAgreement(k); ok {
			ag = r.ids[0]
		} else if a.is(k, cAgreementHead) {
			// "the 9th point of the November 9, 2020 statement": the date
			// before the head, which the scan has not read yet, names it.
			for s := k - 1; s > last && s >= k-6; s-- {
				if d, ok := a.readDate(s); ok && d.last == k-1 {
					ag = agreementOn(d)
					break
				}
			}
		}
	}
	if ag == "" {
		ag = a.lastAgreement
	}
	if ag == "" && (a.nnames > 0 || a.namesAhead(last+1, last+40)) {
		// No agreement named yet, in a text that names the record's
		// actors or places, before or soon after: the statement of 2020,
		// whose points the news cite by number.
		ag = string(agreement.Statement2020)
	}
	if ag == "" {
		return
	}
	p := agreement.PointOf(agreement.ID(ag), n)
	if !agreement.ExistsPoint(p) {
		return
	}
	a.emit(Point, first, last, howWhole, string(p))
	a.until[Point] = last + 1
	// "2, 3, 4-cü bəndlərinə": the numbers listed before the one the point
	// word follows are points of the same agreement.
	if t := a.at(first); t.has(tDigits) || ordinalNumber(t) > 0 {
		for k := first - 1; k >= 0 && k >= first-20; k-- {
			t := a.at(k + 1)
			if a.is(k, cConj) && a.at(k).sep&^sepSpace == 0 && t.sep&^sepSpace == 0 {
				k--
			} else if t.sep&^(sepComma|sepSpace) != 0 || t.sep&sepComma == 0 {
				break
			}
			end := k
			if a.suffix(k) && a.at(k-1) != nil && a.at(k-1).has(tDigits) {
				k-- // "4-cü, 9-cu bəndini": the number before its ending
			}
			if !a.listedPoint(ag, k, end) {
				break
			}
		}
	}
	// "paragraphs 2, 3, 4 of the statement", "пункты 3 и 4": the numbers
	// listed after the first are points of the same agreement.
	if !a.is(first, cPointWord) {
		return
	}
	for k := last + 1; ; k++ {
		if t := a.at(k); a.is(k, cConj) && t.sep&^sepSpace == 0 {
			k++
		} else if t == nil || t.sep&sepComma == 0 || t.sep&^(sepComma|sepSpace) != 0 {
			return
		}
		if t := a.at(k); t == nil || t.sep&^(sepComma|sepSpace) != 0 || !a.listedPoint(ag, k, k) {
			return
		}
		a.until[Point] = k + 1
	}
}

// listedPoint emits the point numbered by token k, a number listed beside a
// reference to a point of agreement ag, with its span ending at token
// last, and reports whether it did; a number that begins a date is none
// ("point 9, 10 November").
func (a *analyzer) listedPoint(ag string, k, last int) bool {
	n, ok := a.number(k, 2)
	if !ok {
		n = ordinalNumber(a.at(k)) // "the 4th, 6th and 9th paragraphs"
	} else if a.at(k).n > 2 {
		return false
	}
	if n <= 0 {
		return false
	}
	if _, isDate := a.readDate(k); isDate {
		return false
	}
	p := agreement.PointOf(agreement.ID(ag), n)
	if !agreement.ExistsPoint(p) {
		return false
	}
	a.emit(Point, k, last, howWhole, string(p))
	return true
}

// namesAhead reports whether a name of the record's actors or places
// starts in tokens from..to.
func (a *analyzer) namesAhead(from, to int) bool {
	for k := from; k <= to && a.at(k) != nil; k++ {
		for _, h := range a.hitsAt(k) {
			if e := &a.lx.entries[h.entry]; h.cls == cName && (e.kind == Actor || e.kind == Place) {
				return true
			}
		}
	}
	return false
}
