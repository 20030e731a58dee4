package annotate

import (
	"math"
	"strconv"
	"strings"
)

// The quantity layer: a number, in digits or words, next to what it
// counts: "1,960 military personnel", "90 hərbi zirehli texnika", "5 km",
// "5-year", "forty-four-day", "Երեսուն դիտակետերում", "77%-i", "200 min
// azərbaycanlı", "15 to 20 percent". A number without a counted noun
// after it is not a quantity.

// readNumber reads a number starting at token i: digits with their
// thousands separators ("1,960", "1 960"), or number words ("forty-four",
// "two thousand"), or digits with a word for thousand ("200 min").
func (a *analyzer) readNumber(i int) (value int64, last int, ok bool) {
	t := a.at(i)
	if t == nil {
		return 0, 0, false
	}
	if t.has(tDigits) {
		if t.n > 9 {
			return 0, 0, false
		}
		v, _ := strconv.ParseInt(t.keyString(), 10, 64)
		last = i
		for group := int(t.n); group <= 3; {
			n := a.at(last + 1)
			if n == nil || !n.has(tDigits) || n.n != 3 || !(n.sep == sepComma || n.sep == sepPeriod || n.sep == sepSpace) {
				break
			}
			if n.sep == sepSpace && a.text[t.end:n.start] != " " && a.text[a.at(last).end:n.start] != "\u00a0" && a.text[a.at(last).end:n.start] != "\u202f" && a.text[a.at(last).end:n.start] != " " {
				break
			}
			g, _ := strconv.ParseInt(n.keyString(), 10, 64)
			v = v*1000 + g
			last++
			group = 3
			if v > 1e12 {
				return 0, 0, false
			}
		}
		if h, e, ok := a.find(last+1, cMultiplier); ok && a.joined(last+1) {
			v *= int64(e.val)
			last = int(h.end)
		}
		return v, last, true
	}
	// Number words.
	var total, cur int64
	last = -1
	for k := i; k < i+6; k++ {
		if k > i && a.at(k) != nil && a.at(k).sep&^(sepSpace|sepHyphen) != 0 {
			break
		}
		if h, e, ok := a.find(k, cNumber); ok && int(h.end) == k && h.how == howWhole {
			cur += int64(e.val)
			last = k
			continue
		}
		if h, e, ok := a.find(k, cMultiplier); ok && last >= 0 && int(h.end) == k {
			if cur == 0 {
				cur = 1
			}
			total += cur * int64(e.val)
			cur = 0
			last = k
			continue
		}
		break
	}
	if last < 0 {
		return 0, 0, false
	}
	if n := a.at(last + 1); n != nil && n.is("nece") && a.joined(last+1) {
		return 0, 0, false // "bir neçə gün": a few days, no number
	}
	if p := a.at(i - 1); p != nil && total+cur == 1 && (p.is("hec") || p.is("ни") || p.is("ոչ")) && a.joined(i) {
		return 0, 0, false // "heç bir əsirimiz qalmır", "ни один", "ոչ մի": none, no number ("heç üç gün" is three)
	}
	return total + cur, last, true
}

func (a *analyzer) quantities(i int) {
	if i < a.until[Quantity] || i < a.until[Date] || i < a.until[Point] {
		return
	}
	if t := a.at(i); t.sep&sepColon != 0 && t.sep&sepSpace == 0 && a.at(i-1) != nil && a.at(i-1).has(tDigits) {
		return // the minutes of a time: "saat 23:50 radələrində"
	}
	v, last, ok := a.readNumber(i)
	if !ok {
		return
	}
	if i == last && a.yearAfterPrep(i) {
		return // "In 2023 families began to return": the year, not a count
	}
	frac, last := a.fraction(last)
	// A decimal before a multiplier: "1,3 min ton" is 1,300 tonnes.
	if h, e, ok := a.find(last+1, cMultiplier); ok && frac != "" && a.joined(last+1) {
		if w, ok := scaleDecimal(v, frac, int64(e.val)); ok {
			v, frac, last = w, "", int(h.end)
		}
	}
	high := int64(-1)
	// A range: "15 to 20", "15–20".
	if n := a.at(last + 1); n != nil && (a.at(last+1).sep&sepDash != 0 || n.sep == sepHyphen && n.has(tDigits)) {
		if h, l2, ok := a.readNumber(last + 1); ok && h > v {
			high, last = h, l2
		}
	} else if n != nil && (n.is("to") || n.is("до")) {
		if h, l2, ok := a.readNumber(last + 2); ok && h > v && a.joined(last+2) {
			high, last = h, l2
		}
	}
	unit, end, endByte, ok := a.unitAfter(last)
	if !ok {
		return
	}
	first := a.at(i)
	if endByte < 0 {
		endByte = a.at(end).end
	}
	ids := strconv.FormatInt(v, 10)
	if frac != "" {
		ids += "." + frac
	}
	if high >= 0 {
		ids += "/" + strconv.FormatInt(high, 10)
	}
	ids += " " + unit
	if m := a.emitSpan(Quantity, first.start, endByte, howExact, ids); m != nil {
		m.Approximate = a.approxBefore(i)
	}
	a.until[Quantity] = end + 1
}

// fraction reads the decimal fraction after the number that ends at
// token last: digits right after a comma or a full stop, without a space,
// that are not a group of thousands ("4,7 км", "1.5 km"; "2,000" is read
// by readNumber). It returns the fraction's digits and its token, or ""
// and last.
func (a *analyzer) fraction(last int) (string, int) {
	t, n := a.at(last), a.at(last+1)
	if t == nil || n == nil || !t.has(tDigits) || !n.has(tDigits) || n.n == 3 || n.n > 6 {
		return "", last
	}
	if sep := a.text[t.end:n.start]; sep != "," && sep != "." {
		return "", last
	}
	return n.keyString(), last + 1
}

// scaleDecimal returns v.frac times mult when that is a whole number that
// fits an int64.
func scaleDecimal(v int64, frac string, mult int64) (int64, bool) {
	p := int64(1)
	for range frac {
		p *= 10
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || mult%p != 0 || v > (math.MaxInt64-f*(mult/p))/mult {
		return 0, false
	}
	return v*mult + f*(mult/p), true
}

// unitAfter finds what the number ending at token last counts, within a
// few words, and returns it with the token and, for a percent sign, the
// byte where the quantity ends.
func (a *analyzer) unitAfter(last int) (unit string, end, endByte int, ok bool) {
	next := a.at(last + 1)
	// "77%", "77%-i".
	if t := a.at(last); t != nil {
		gap := len(a.text)
		if next != nil {
			gap = next.start
		}
		if p := strings.IndexAny(a.text[t.end:gap], "%٪％"); p >= 0 && strings.TrimSpace(a.text[t.end:t.end+p]) == "" {
			endByte = t.end + p + len("%")
			if r := a.text[t.end+p:]; strings.HasPrefix(r, "٪") || strings.HasPrefix(r, "％") {
				endByte = t.end + p + len("٪")
			}
			if next != nil && next.n <= 4 && !next.has(tDigits) && a.text[endByte:next.start] == "-" {
				return "percent", last + 1, next.end, true
			}
			return "percent", last, endByte, true
		}
	}
	if next == nil {
		return "", 0, 0, false
	}
	// "5-year", "forty-four-day", "5 km".
	ls := a.langsOf(next)
	// Words between the number and the noun: adjectives ("2,000 Russian
	// forces"), and in Azerbaijani whole phrases ("1 960 sayda odlu silahlı
	// hərbi qulluqçusundan").
	gap := 3
	switch {
	case ls&langAZ != 0:
		gap = 4
	case ls&langRU != 0:
		gap = 2
	case ls&langHY != 0:
		gap = 0
	}
	for k := last + 1; k <= last+1+gap; k++ {
		t := a.at(k)
		if t == nil || k > last+1 && !a.joined(k) || k == last+1 && t.sep&^(sepSpace|sepHyphen|sepNewline) != 0 {
			return "", 0, 0, false
		}
		if h, e, ok := a.find(k, cUnit); ok {
			if e.id == "families" && (a.memberWord(int(h.end)+1) || a.memberWord(k-1) && k-1 > last) {
				return "", 0, 0, false // "two family members", "три члена семьи": people, counted otherwise
			}
			return e.id, int(h.end), -1, true
		}
		if k == last+1 && t.sep == sepHyphen {
			return "", 0, 0, false // "noyabrın 25-də Kəlbəcər rayonu": a number with a case ending counts nothing
		}
		if t.has(tDigits) || a.is(k, cOf) || a.is(k, cConj) || a.is(k, cApprox) || a.is(k, cTerritoryPrep) || a.is(k, cMonth) {
			return "", 0, 0, false
		}
	}
	return "", 0, 0, false
}

// yearAfterPrep reports whether the number at token i is a year after a
// preposition of time: four digits alone, from 1900 to 2100, after "in",
// "since", "в", "с" and the like.
func (a *analyzer) yearAfterPrep(i int) bool {
	t, p := a.at(i), a.at(i-1)
	if t == nil || t.n != 4 || !t.has(tDigits) || p == nil || !a.joined(i) {
		return false
	}
	v := 0
	for _, c := range t.key[:4] {
		if c < '0' || c > '9' {
			return false
		}
		v = v*10 + int(c-'0')
	}
	if v < 1900 || v > 2100 {
		return false
	}
	for _, w := range [...]string{"in", "since", "until", "в", "с"} { // not "до 2000 человек", up to
		if p.is(w) {
			return true
		}
	}
	return false
}

// memberWord reports whether token k is a word for the members of a group:
// "members", "члена", "üzvü".
func (a *analyzer) memberWord(k int) bool {
	t := a.at(k)
	// Not "անդամ": "4 ընտանիքի անդամներ" counts families.
	return t != nil && (t.startsWith("member") || t.startsWith("член") || t.startsWith("uzv"))
}

// approxBefore reports whether a word like "about" or "около" stands right
// before token i.
func (a *analyzer) approxBefore(i int) bool {
	if !a.joined(i) {
		return false
	}
	_, ok := a.endingAt(i-1, cApprox)
	return ok
}
