package annotate

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
)

// The date layer: dates written each language's way, with the precision
// they are written to; dates without a year, which take the year of the
// statement's day on that day, or the year the text last wrote (or the
// article's, or the first the text writes), as inferYear says; and
// relative dates, which only the Published option resolves.

// A dateRead is a date read from tokens first..last.
type dateRead struct {
	first, last int
	iv          karabakh.Interval
	edtf        string // for a season, its EDTF code ("2020-23"); else iv's form
	inferred    bool
	relative    bool
	guessed     bool // its year is a guess the record's events may overrule
	year        int  // the year it writes, or 0
}

// number returns the value of token i if it is a number of at most digits
// digits.
func (a *analyzer) number(i, digits int) (int, bool) {
	t := a.at(i)
	if t == nil || !t.has(tDigits) || int(t.n) > digits {
		return 0, false
	}
	return atoi(string(t.key[:t.n])), true
}

// month returns the month token i names, and whether it is a month at
// all; an English month alone must be written with its capital, and May
// and March only beside a number.
func (a *analyzer) month(i int) (int, bool) {
	h, e, ok := a.find(i, cMonth)
	if !ok || int(h.end) != i || e.val == monthNoun {
		return 0, false
	}
	return e.val, true
}

// monthEnd returns the last token of the month named at token i: i, or
// the word for month joined after it ("noyabr ayının").
func (a *analyzer) monthEnd(i int) int {
	if _, e, ok := a.find(i+1, cMonth); ok && e.val == monthNoun && a.joined(i+1) {
		return i + 1
	}
	return i
}

// ordinalDay reads an English ordinal day written as one word: "14th",
// "1st", "22nd", "3rd".
func (a *analyzer) ordinalDay(i int) (int, bool) {
	t := a.at(i)
	if t == nil || t.n < 3 || t.n > 4 || !isDigit(t.key[0]) || a.langsOf(t)&langEN == 0 {
		return 0, false
	}
	k := string(t.key[:t.n])
	num, suf := k[:len(k)-2], k[len(k)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	d := atoi(num)
	return d, d >= 1 && d <= 31
}

// suffix reports whether token i is a grammatical suffix joined to the
// token before by a hyphen, or a dash written for one with no space
// ("20-də", "9-ի", "2020-ci", "10-го", "2023–ի").
func (a *analyzer) suffix(i int) bool {
	t := a.at(i)
	return t != nil && (t.sep == sepHyphen || t.sep == sepDash) && !t.has(tDigits) && t.n > 0 && t.n <= 6
}

// yearWord reports whether token i is a word for year ("года", "il",
// "թ."), and where it ends.
func (a *analyzer) yearWord(i int) (int, bool) {
	h, _, ok := a.find(i, cYearWord)
	if !ok || !a.joined(i) && a.at(i).sep&^(sepSpace|sepHyphen) != 0 {
		return 0, false
	}
	end := int(h.end)
	// "г." and "թ." with their period.
	return end, true
}

func validYear(y int) bool { return y >= 1900 && y <= 2099 }

// readDate reads a date starting at token i.
func (a *analyzer) readDate(i int) (dateRead, bool) {
	t := a.at(i)
	if t == nil {
		return dateRead{}, false
	}
	// A weekday before a date is part of it ("Tuesday, 01 December 2020",
	// "Monday, October 31"), and tells the year of a date written without
	// one, the year in which that day fell on that weekday ("в субботу, 12
	// июня", "on Sunday (23 April)").
	if h, e, ok := a.find(i, cWeekday); ok {
		j := int(h.end) + 1
		if n := a.at(j); n != nil && n.sep&^(sepSpace|sepComma|sepOpen) == 0 && !a.is(j, cWeekday) {
			a.weekday = e.val // for inferYear
			r, ok := a.readDate(j)
			a.weekday = 0
			if ok && r.first == j && !r.relative && r.iv.Start.Precision() == karabakh.PrecisionDay && r.iv.Start == r.iv.End {
				// Russian annotators part the weekday from a date without
				// its year as often as not; in English it is the date's.
				if (!r.inferred || a.langsOf(t)&langRU == 0) && n.sep&sepOpen == 0 {
					r.first = i
				}
				return r, true
			}
		}
	}
	if r, ok := a.readRelative(i); ok {
		return r, true
	}
	if r, ok := a.thisYearBefore(i); ok {
		return r, true
	}
	if r, ok := a.sameYearBefore(i); ok {
		return r, true
	}
	// ISO 2020-11-10 and 10.11.2020.
	if r, ok := a.readNumeric(i); ok {
		return r, true
	}
	if y, ok := a.number(i, 4); ok && t.n == 4 && validYear(y) {
		return a.readFromYear(i, y, false)
	}
	// "2020թ.": the Armenian year word written onto the year.
	if k := t.keyString(); len(k) == 4+len("թ") && strings.HasSuffix(k, "թ") && isDigit(k[0]) && isDigit(k[1]) && isDigit(k[2]) && isDigit(k[3]) {
		if y := atoi(k[:4]); validYear(y) {
			return a.readFromYear(i, y, true)
		}
	}
	if d, ok := a.number(i, 2); ok && d >= 1 && d <= 31 {
		return a.readFromDay(i, d)
	}
	if d, ok := a.ordinalDay(i); ok {
		return a.readFromDay(i, d) // "14th November, 2020"
	}
	if m, ok := a.month(i); ok {
		return a.readFromMonth(i, m)
	}
	if h, e, ok := a.find(i, cSeason); ok {
		j := int(h.end) + 1
		if a.is(j, cOf) {
			j++
		}
		if y, ok := a.number(j, 4); ok && validYear(y) && a.joined(j) {
			last := j
			if w, ok := a.yearWord(j + 1); ok {
				last = w
			}
			iv := seasonInterval(y, e.val)
			return dateRead{first: i, last: last, iv: iv, edtf: fmt.Sprintf("%04d-%d", y, e.val), year: y}, true
		}
	}
	return dateRead{}, false
}

// gluedYear reads a year with the word for year, or an Armenian case
// ending as the diaspora's press writes it, written onto it, as the token
// at i: "2020г", "2023թ", "9 Նոյեմբեր 2020ի".
func (a *analyzer) gluedYear(i int) (int, bool) {
	t := a.at(i)
	if t == nil || t.n < 5 || !isDigit(t.key[0]) || !isDigit(t.key[1]) || !isDigit(t.key[2]) || !isDigit(t.key[3]) {
		return 0, false
	}
	switch t.keyString()[4:] {
	case "г", "թ", "ի", "ին", "ից":
	default:
		return 0, false
	}
	k := t.keyString()
	y := atoi(k[:4])
	return y, validYear(y)
}

// decade returns the ten years from y over tokens first..last.
func decade(first, last, y int) dateRead {
	// A decade is no year the text goes on in: "с 1990-х … в начале
	// августа" is not of 1990.
	return dateRead{first: first, last: last, iv: karabakh.Span(karabakh.Year(y), karabakh.Year(y+9))}
}

func seasonInterval(y, season int) karabakh.Interval {
	switch season {
	case 21:
		return karabakh.Span(karabakh.Month(y, time.March), karabakh.Month(y, time.May))
	case 22:
		return karabakh.Span(karabakh.Month(y, time.June), karabakh.Month(y, time.August))
	case 23:
		return karabakh.Span(karabakh.Month(y, time.September), karabakh.Month(y, time.November))
	}
	return karabakh.Span(karabakh.Month(y, time.December), karabakh.Month(y+1, time.February))
}

// readFromYear reads dates that begin with the year: "2020 թ. նոյեմբերի
// 10", "2025-ci ilin noyabrına", "1993-cü ildə", "2020 году", "2020".
func (a *analyzer) readFromYear(i, y int, glued bool) (dateRead, bool) {
	if r, ok := a.readYears(i, y); ok && !glued {
		return r, true
	}
	// A decade: "1990-е годы", "в 1990-х".
	if s := a.at(i + 1); y%10 == 0 && !glued && s != nil && s.sep == sepHyphen && (s.is("е") || s.is("х") || s.is("ые") || s.is("ых")) {
		last := i + 1
		if w, ok := a.yearWord(i + 2); ok && a.joined(i+2) {
			last = w
		}
		return decade(i, last, y), true
	}
	j := i + 1
	yearWord := glued          // "2020թ."
	if a.suffix(j) && !glued { // 2020-ci
		j++
	}
	if w, ok := a.yearWord(j); ok && !glued && (a.joined(j) || a.at(j).sep&sepHyphen != 0 || a.suffix(j-1)) {
		j = w + 1
		yearWord = true
	}
	last := j - 1
	// Armenian and Azerbaijani: the month and day after the year; and
	// English translated from Armenian, with its capital: "the 2020
	// November 9 statement".
	if m, ok := a.month(j); ok && (yearWord || a.suffix(i+1) || j == i+1 && a.langsOf(a.at(j))&langEN != 0 && a.at(j).has(tUpper) && a.at(j).sep == sepSpace) && a.at(j).sep&^(sepSpace|sepPeriod|sepNewline) == 0 {
		j = a.monthEnd(j)
		if d, ok := a.number(j+1, 2); ok && d >= 1 && d <= 31 && a.joined(j+1) && !azLocative(a.at(j)) {
			last = j + 1
			// A range of days: "2023 թվականի սեպտեմբերի 19-20-ը".
			if d2, k2 := a.dayAfter(j+2, d, m); d2 > 0 {
				return a.days(i, k2, y, m, d, d2, false)
			}
			if a.suffix(j + 2) {
				last = j + 2
			}
			return a.day(i, last, y, m, d, false)
		}
		if m2, e2, ok := a.monthRange(j+1, m); ok {
			return a.months(i, e2, y, m, m2) // "2020-ci ilin sentyabr – noyabr aylarında"
		}
		return a.monthOf(i, j, y, m, false)
	}
	// Azerbaijani: the day and month after the year in the genitive,
	// "2020-ci ilin 10 noyabr".
	if d, ok := a.number(j, 2); ok && yearWord && d >= 1 && d <= 31 && a.joined(j) {
		k := j + 1
		d2, k2 := a.dayAfter(k, d, 0) // "2023-cü ilin 19-20 sentyabr"
		if d2 > 0 {
			k = k2 + 1
		}
		if m, ok := a.month(k); ok && a.joined(k) {
			last := k
			if a.suffix(k + 1) {
				last = k + 1
			}
			return a.days(i, last, y, m, d, d2, false)
		}
	}
	// A year with a case ending is a date: "2022-ին", "2020-ci ildə"; but
	// a number in the ablative before a word for more or about is a
	// count: "2000-dən çox".
	if !yearWord && !a.suffix(i+1) && !a.yearAlone(i) || !yearWord && a.suffix(i+1) && a.is(i+2, cApprox) && a.joined(i+2) {
		return dateRead{}, false
	}
	return dateRead{first: i, last: last, iv: karabakh.Year(y).Interval(), year: y}, true
}

// readYears reads a range of years: "2020-2023 гг.", "2020–2023
// թթ.", "in 2020-2023". It ends at the second year's word for years, which
// it needs except in English.
func (a *analyzer) readYears(i, y int) (dateRead, bool) {
	t := a.at(i + 1)
	if t == nil || t.sep&^(sepHyphen|sepDash) != 0 || t.sep == 0 {
		return dateRead{}, false
	}
	y2, ok := a.number(i+1, 4)
	if !ok || t.n != 4 || y2 <= y || y2 > y+50 || !validYear(y2) {
		return dateRead{}, false
	}
	last := i + 1
	if a.suffix(last + 1) { // "2020-2023-cü"
		last++
	}
	if w, ok := a.yearWord(last + 1); ok {
		last = w
	} else if a.langsOf(a.at(i))&langEN == 0 || a.langsOf(a.at(i)) == langAny && a.latin&langEN == 0 {
		return dateRead{}, false
	}
	iv := karabakh.Span(karabakh.Year(y), karabakh.Year(y2))
	return dateRead{first: i, last: last, iv: iv, year: y2}, true
}

// latestYear returns the latest year a date of the text can have: the
// article's, or else the dataset's.
func (a *analyzer) latestYear() int {
	if !a.cfg.published.IsZero() {
		return a.cfg.published.Year()
	}
	return datasetYear()
}

// datasetYear is the year the dataset was last revised.
var datasetYear = sync.OnceValue(func() int { return karabakh.MustParseDate(karabakh.DatasetUpdated).Year() })

// weekdayYear returns the one year from the statement of 2020 to the
// article's (or the dataset's) in which month m, day d fell on weekday wd
// (1 Monday), or 0 if none or several did.
func (a *analyzer) weekdayYear(m, d, wd int) int {
	to := a.latestYear()
	found := 0
	for y := 2020; y <= to; y++ {
		if d > daysIn(y, m) {
			continue
		}
		if weekdayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) == wd {
			if found != 0 {
				return 0
			}
			found = y
		}
	}
	return found
}

// yearAlone reports whether a four-digit number at i with no word for year
// is a year: "in 2020", "The 2020 Nagorno-Karabakh Ceasefire Agreement",
// but not "Horizon 2020" or "No 769886".
func (a *analyzer) yearAlone(i int) bool {
	t := a.at(i)
	if a.is(i+1, cUnit) && a.joined(i+1) && !a.yearAfterPrep(i) {
		return false // "1960 военных": a number of something; but "in 2023 families began"
	}
	if a.langsOf(t)&langEN == 0 && !a.at(i).has(tDigits) {
		return false
	}
	if next := a.at(i + 1); next != nil && next.sep&(sepHyphen|sepSlash) != 0 && next.has(tDigits) && next.sep&sepSpace == 0 {
		return false
	}
	prev := a.at(i - 1)
	if prev == nil || t.sep&(sepPeriod|sepPara|sepNewline|sepOpen) != 0 {
		return true
	}
	if prev.has(tDigits) {
		// Only in a list of years: "in 2020, 2021 and 2022".
		y, ok := a.number(i-1, 4)
		return ok && validYear(y) && t.sep&sepComma != 0 && t.sep&sepSpace != 0
	}
	if prev.has(tUpper) && !a.is(i-1, cDefinite) && !a.is(i-1, cOf) && !a.is(i-1, cTerritoryPrep) && !a.is(i-1, cMonth) {
		return false
	}
	return true
}

// readFromDay reads dates that begin with the day: "10 November 2020",
// "10 ноября 2020 года", "10 noyabr 2020-ci il", "20 noyabr".
func (a *analyzer) readFromDay(i, d int) (dateRead, bool) {
	if a.is(i-1, cPointWord) && a.joined(i) {
		return dateRead{}, false // "provision 6 of November 9, 2020": the point's number
	}
	j := i + 1
	d2, k2 := a.dayAfter(j, d, 0) // a range: "13-14 сентября"
	if d2 > 0 {
		j = k2 + 1
	}
	if a.suffix(j) || a.at(j) != nil && a.is(j, cOf) { // "10-го", "10th of"
		j++
	}
	m, ok := a.month(j)
	if !ok || !a.joined(j) && a.at(j).sep&^(sepSpace|sepHyphen|sepPeriod) != 0 {
		return dateRead{}, false
	}
	if y, ok := a.gluedYear(j + 1); ok && a.at(j+1).sep&^(sepSpace|sepComma|sepNewline) == 0 {
		return a.days(i, j+1, y, m, d, d2, false) // "9 ноября 2020г."
	}
	if y, ok := a.number(j+1, 4); ok && validYear(y) && a.at(j+1).sep&^(sepSpace|sepComma|sepNewline) == 0 {
		last := j + 1
		k := j + 2
		if a.suffix(k) {
			last, k = k, k+1
		}
		if w, ok := a.yearWord(k); ok {
			last = w
		}
		return a.days(i, last, y, m, d, d2, false)
	}
	return a.daysYearAfter(i, j, m, d, d2)
}

// daysYearAfter returns the days d (to d2) of month m written without a
// year over tokens first..last, with the words after them that give the
// year, if any: "10 ноября того же года", "9 ноября прошлого года",
// "March 24 this year", "1 декабря текущего года".
func (a *analyzer) daysYearAfter(first, last, m, d, d2 int) (dateRead, bool) {
	if t := a.at(last + 1); t == nil || !a.joined(last+1) || a.langsOf(t)&(langEN|langRU) == 0 {
		// Azerbaijani and Armenian put the year's genitive before the
		// date: "aprelin 12-də | bu ilin …" begins another phrase; so do
		// words after a comma or a full stop.
		return a.days(first, last, 0, m, d, d2, true)
	}
	if h, _, ok := a.find(last+1, cSameYear); ok && a.year != 0 {
		return a.days(first, int(h.end), a.year, m, d, d2, true)
	}
	k := last + 1
	if a.is(k, cOf) && a.langsOf(a.at(k))&langEN != 0 && a.joined(k+1) {
		k++ // "November 9 of this year"
	}
	if end, y, ok := a.relativeYearAt(k); ok {
		r, ok := a.days(first, end, y, m, d, d2, false)
		r.relative, r.year = true, 0
		return r, ok
	}
	if end, ok := a.thisYearAt(k); ok {
		return a.days(first, end, 0, m, d, d2, true) // undated
	}
	return a.days(first, last, 0, m, d, d2, true)
}

// sameYearBefore reads a date after "that same year" ("həmin il
// sentyabrın 27-də", "նույն թվականի նոյեմբերի 10-ին"): the date in the
// year the text wrote last, its span from those words.
func (a *analyzer) sameYearBefore(i int) (dateRead, bool) {
	h, _, ok := a.find(i, cSameYear)
	if !ok || a.year == 0 {
		return dateRead{}, false
	}
	r, ok := a.guessedDateAfter(int(h.end))
	if !ok || r.iv.Start != r.iv.End {
		return dateRead{}, false
	}
	s := r.iv.Start
	switch s.Precision() {
	case karabakh.PrecisionDay:
		return a.day(i, r.last, a.year, int(s.Month()), s.Day(), true)
	case karabakh.PrecisionMonth:
		return a.monthOf(i, r.last, a.year, int(s.Month()), true)
	}
	return dateRead{}, false
}

// thisYearAt reads "this year" at token k in a text whose date is not
// given, and returns its last token. The year it means is the text's own,
// which is guessed as for a date written without one.
func (a *analyzer) thisYearAt(k int) (int, bool) {
	if a.cfg.published.Precision() == karabakh.PrecisionDay {
		return 0, false
	}
	if h, e, ok := a.find(k, cRelPeriod); ok && e.val == relYear*10+1 {
		return int(h.end), true
	}
	return 0, false
}

// thisYearBefore reads a date after "this year" in a text whose date is
// not given ("bu ilin 11 noyabr", "bu il iyulun 31-də"): the date as if
// written without its year, its span from "this year".
func (a *analyzer) thisYearBefore(i int) (dateRead, bool) {
	last, ok := a.thisYearAt(i)
	if !ok {
		return dateRead{}, false
	}
	r, ok := a.guessedDateAfter(last)
	if !ok {
		return dateRead{}, false
	}
	r.first = i
	return r, true
}

// guessedDateAfter reads the date that starts right after words of its
// year ending at token last, and that is written without a year of its
// own, so that those words give it: "bu il | iyulun 31-də", "Həmin il |
// sentyabrın 27-də".
func (a *analyzer) guessedDateAfter(last int) (dateRead, bool) {
	if !a.joined(last + 1) {
		return dateRead{}, false
	}
	r, ok := a.readDate(last + 1)
	if !ok || r.first != last+1 || !r.inferred || r.relative {
		return dateRead{}, false
	}
	return r, true
}

// relativeYearAt reads a year told relative to the article's, joined to
// the date before it ("этого года", "last year"), at token k: it returns
// its last token and the year, which only the article's date resolves.
func (a *analyzer) relativeYearAt(k int) (last, year int, ok bool) {
	h, e, ok := a.find(k, cRelPeriod)
	if !ok || e.val/10 != relYear || !a.joined(k) || a.cfg.published.Precision() != karabakh.PrecisionDay {
		return 0, 0, false
	}
	return int(h.end), a.cfg.published.Year() + e.val%10 - 1, true
}

// dayAfter reads the second day of a range whose first day, d, ends
// before token k: "13-14", "13–14", "13-ից 14-ը", "6 по 7", "12 and 13", and, where the
// first day's month m is known and named again, "dekabrın 12-dən dekabrın
// 15-dək". It returns the day and the last token of the range, or 0.
func (a *analyzer) dayAfter(k, d, m int) (int, int) {
	if t := a.at(k); t != nil && (t.is("по") || t.is("до")) && a.joined(k) {
		if d2, ok := a.number(k+1, 2); ok && d2 > d && d2 <= 31 && a.joined(k+1) {
			return d2, k + 1
		}
		return 0, 0
	}
	// "в ночь с 9 на 10 ноября": a night, told by its two days.
	if t := a.at(k); t != nil && t.is("на") && a.joined(k) {
		if d2, ok := a.number(k+1, 2); ok && d2 == d+1 && a.joined(k+1) {
			return d2, k + 1
		}
		return 0, 0
	}
	// "12 and 13 December", "27 и 28 мая": two days in a row, which the
	// text dates together; two days apart are two dates. Keys are folded:
	// "və" is "ve", "և" is "եւ".
	if t := a.at(k); t != nil && a.joined(k) && (t.is("and") || t.is("и") || t.is("ve") || t.is("եւ") || t.is("ու")) {
		if d2, ok := a.number(k+1, 2); ok && d2 == d+1 && d2 <= 31 && a.joined(k+1) {
			last := k + 1
			if a.suffix(k + 2) {
				last = k + 2
			}
			return d2, last
		}
		return 0, 0
	}
	if a.suffix(k) {
		// "13-ից 14-ը", "13-dən 14-dək": the first day's ablative ending,
		// then the second day after a space.
		if t := a.at(k); !t.is("ից") && !t.is("dan") && !t.is("den") && !t.is("ndan") && !t.is("nden") {
			return 0, 0
		}
		n := k + 1
		if m2, ok := a.month(n); ok && m2 == m && m != 0 && a.joined(n) {
			n++
		}
		if d2, ok := a.number(n, 2); ok && d2 > d && d2 <= 31 && a.joined(n) {
			last := n
			if a.suffix(n + 1) {
				last = n + 1
			}
			return d2, last
		}
		return 0, 0
	}
	t := a.at(k)
	if t == nil || t.sep&^(sepHyphen|sepDash|sepSlash) != 0 || t.sep == 0 {
		return 0, 0
	}
	// "9/10 ноября": the night of the statement, told by either day.
	if d2, ok := a.number(k, 2); ok && (d2 > d && d2 <= 31 && t.sep&sepSlash == 0 || t.sep == sepSlash && d2 == d+1) {
		last := k
		if a.suffix(k + 1) {
			last = k + 1
		}
		return d2, last
	}
	return 0, 0
}

// days returns the date d m y, or the days d to d2 of that month if d2 is
// not 0, over tokens first..last.
func (a *analyzer) days(first, last, y, m, d, d2 int, inferred bool) (dateRead, bool) {
	r, ok := a.day(first, last, y, m, d, inferred)
	if !ok || d2 == 0 {
		return r, ok
	}
	start := r.iv.Start
	if d2 > daysIn(start.Year(), int(start.Month())) {
		return dateRead{}, false
	}
	r.iv = karabakh.Span(start, karabakh.Day(start.Year(), start.Month(), d2))
	return r, true
}

// readFromMonth reads dates that begin with the month: "November 10,
// 2020", "November 2020", "noyabrın 20-də", "նոյեմբերի 10-ին", "в ноябре".
func (a *analyzer) readFromMonth(i, m int) (dateRead, bool) {
	t := a.at(i)
	ls := a.langsOf(t)
	me := a.monthEnd(i)
	// A range of months: "March-April 2024", "в марте-апреле 2024 года",
	// "Sentyabr-oktyabr aylarında".
	if m2, e2, ok := a.monthRange(me+1, m); ok {
		if y, last, ok := a.fullYear(e2 + 1); ok && a.at(e2+1).sep&^(sepSpace|sepComma) == 0 {
			return a.months(i, last, y, m, m2)
		}
		return a.months(i, e2, 0, m, m2)
	}
	j := me + 1
	if a.at(j) != nil && a.at(j).sep&sepPeriod != 0 && a.at(j).sep&^(sepPeriod|sepSpace) == 0 {
		// "Nov. 10"
	} else if !a.joined(j) && !(a.at(j) != nil && a.at(j).sep&^(sepSpace|sepComma) == 0) {
		j = -1
	}
	if j > 0 {
		d, ok := a.number(j, 2)
		if !ok {
			d, ok = a.ordinalDay(j) // "November 14th"
		}
		if ok && d >= 1 && d <= 31 {
			k := j + 1
			last := j
			// A range of days: "September 13-14", "սեպտեմբերի 13-ից 14-ը".
			d2, k2 := a.dayAfter(k, d, m)
			if d2 > 0 {
				last, k = k2, k2+1
			} else if a.suffix(k) || a.at(k) != nil && a.at(k).is("th") {
				last, k = k, k+1
			}
			if y, last, ok := a.fullYear(k); ok && a.at(k).sep&^(sepSpace|sepComma|sepNewline) == 0 {
				return a.days(i, last, y, m, d, d2, false)
			}
			return a.daysYearAfter(i, last, m, d, d2)
		}
		if y, last, ok := a.fullYear(j); ok {
			return a.monthOf(i, last, y, m, false)
		}
		if a.is(j, cOf) {
			if y, ok := a.number(j+1, 4); ok && validYear(y) {
				return a.monthOf(i, j+1, y, m, false)
			}
		}
	}
	// A month of a year told relative to the article's: "January this
	// year", "в апреле этого года".
	if last, y, ok := a.relativeYearAt(me + 1); ok {
		r, ok := a.monthOf(i, last, y, m, false)
		r.relative, r.year = true, 0
		return r, ok
	}
	// A month alone.
	if ls&langEN != 0 && (!t.has(tUpper) || m == 5 || m == 3) {
		return dateRead{}, false
	}
	// "անցած տարի հոկտեմբերին", "в прошлом году в октябре": a month of a
	// year told relative to the article's, which only its date resolves.
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if s, ok := a.endingAt(k, cRelPeriod); ok && a.clause(k, i) {
			_, e, _ := a.find(s, cRelPeriod)
			if _, ok := a.thisYearAt(s); ok {
				// "bu ilin sentyabr ayında" in an undated text: the month
				// as if alone, which thisYearBefore spans from "bu".
				break
			}
			if e.val/10 != relYear || a.cfg.published.Precision() != karabakh.PrecisionDay {
				return dateRead{}, false
			}
			r, ok := a.monthOf(i, me, a.cfg.published.Year()+e.val%10-1, m, false)
			r.relative, r.year = true, 0
			return r, ok
		}
	}
	if p := a.at(i - 1); p != nil && p.has(tDigits) && a.joined(i) {
		return dateRead{}, false // "15 сентября" left undated: its month alone is no date either
	}
	return a.monthOf(i, me, 0, m, true)
}

// readNumeric reads 2020-11-10 and 10.11.2020.
func (a *analyzer) readNumeric(i int) (dateRead, bool) {
	t1, t2, t3 := a.at(i), a.at(i+1), a.at(i+2)
	// "19.10.2023թ.": the word for year written onto the year.
	if t1 != nil && t2 != nil && t3 != nil && t1.has(tDigits) && t2.has(tDigits) && t1.n <= 2 && t2.n == 2 && t2.sep == sepPeriod && t3.sep == sepPeriod {
		if y, ok := a.gluedYear(i + 2); ok {
			return a.day(i, i+2, y, atoi(t2.keyString()), atoi(t1.keyString()), false)
		}
	}
	if t1 == nil || t2 == nil || t3 == nil || !t1.has(tDigits) || !t2.has(tDigits) || !t3.has(tDigits) {
		return dateRead{}, false
	}
	n1, n2, n3 := atoi(t1.keyString()), atoi(t2.keyString()), atoi(t3.keyString())
	switch {
	case t1.n == 4 && t2.n == 2 && t3.n == 2 && t2.sep == sepHyphen && t3.sep == sepHyphen:
		return a.day(i, i+2, n1, n2, n3, false)
	case t1.n <= 2 && t2.n == 2 && t3.n == 4 && t2.sep == sepPeriod && t3.sep == sepPeriod:
		// "20.09.2023-cü il": the year's ordinal ending and word for year.
		last := i + 2
		if a.suffix(i + 3) {
			if w, ok := a.yearWord(i + 4); ok {
				last = w
			}
		}
		return a.day(i, last, n3, n2, n1, false)

	case t1.n == 2 && t2.n == 2 && t3.n == 2 && t2.sep == sepPeriod && t3.sep == sepPeriod && a.at(i+3) != nil && a.at(i+3).sep&sepPeriod == 0:
		// "23.05.22", a dateline's two-digit year: this century, not after
		// the article or the dataset.
		y := 2000 + n3
		if y > a.latestYear() || t1.sep&sepPeriod != 0 {
			return dateRead{}, false
		}
		return a.day(i, i+2, y, n2, n1, false)
	}
	return dateRead{}, false
}

// day returns the date d m y over tokens first..last; a zero year is
// inferred.
func (a *analyzer) day(first, last, y, m, d int, inferred bool) (dateRead, bool) {
	guessed := false
	if y == 0 {
		y, guessed = a.inferYear(first, m, d)
		if guessed && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			y = a.eventYear(first, m, d, y)
		}
		if y == 0 {
			return dateRead{}, false
		}
		inferred = true
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || !validYear(y) {
		return dateRead{}, false
	}
	r := dateRead{first: first, last: last, iv: karabakh.Day(y, time.Month(m), d).Interval(), inferred: inferred, guessed: guessed}
	if !inferred {
		r.year = y
	}
	return r, true
}

func (a *analyzer) monthOf(first, last, y, m int, inferred bool) (dateRead, bool) {
	if y == 0 {
		y, _ = a.inferYear(first, m, 1)
		if y == 0 {
			return dateRead{}, false
		}
		inferred = true
	}
	if m < 1 || m > 12 || !validYear(y) {
		return dateRead{}, false
	}
	r := dateRead{first: first, last: last, iv: karabakh.Month(y, time.Month(m)).Interval(), inferred: inferred}
	if !inferred {
		r.year = y
	}
	return r, true
}

// azLocative reports whether Azerbaijani month word t is in the locative
// or the ablative ("noyabrında", "ayından"): a number after it is not its
// day, which follows the genitive ("noyabrın 10-da").
func azLocative(t *token) bool {
	if !t.has(tLatin) {
		return false
	}
	k := t.keyString() // folded: ə is e
	return strings.HasSuffix(k, "da") || strings.HasSuffix(k, "de") || strings.HasSuffix(k, "dan") || strings.HasSuffix(k, "den")
}

// fullYear reads a year written with four digits at token k, with the
// word for year after it ("2024 года", "2024 թ."), and returns the year
// and the last token it takes.
func (a *analyzer) fullYear(k int) (y, last int, ok bool) {
	if y, ok = a.number(k, 4); !ok || !validYear(y) || a.at(k).n != 4 {
		return 0, 0, false
	}
	last = k
	if w, ok := a.yearWord(k + 1); ok {
		last = w
	}
	return y, last, true
}

// monthRange reports whether token k is another month than m, joined to
// the month before by a hyphen or a dash, and returns it and where its
// words end: "March-April", "sentyabr – noyabr aylarında", "декабре-январе".
// A day after the second month makes it no range: "March – April 5, 2024".
func (a *analyzer) monthRange(k, m int) (int, int, bool) {
	t := a.at(k)
	if t == nil || t.sep&(sepHyphen|sepDash) == 0 || t.sep&^(sepHyphen|sepDash|sepSpace) != 0 {
		return 0, 0, false
	}
	m2, ok := a.month(k)
	if !ok || m2 == m || m2 < 1 || m2 > 12 {
		return 0, 0, false
	}
	end := a.monthEnd(k)
	if d, ok := a.number(end+1, 2); ok && d >= 1 && d <= 31 && a.joined(end+1) {
		return 0, 0, false
	}
	return m2, end, true
}

// months returns months m to m2 of year y over tokens first..last; y 0 is
// inferred as a month's. A year is the last month's: m after m2 is of the
// year before ("в декабре-январе 2021 года").
func (a *analyzer) months(first, last, y, m, m2 int) (dateRead, bool) {
	r, ok := a.monthOf(first, last, y, m2, y == 0)
	if !ok {
		return r, false
	}
	y1 := r.iv.End.Year()
	if m > m2 {
		y1--
	}
	r.iv = karabakh.Span(karabakh.Month(y1, time.Month(m)), r.iv.End)
	return r, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// inferYear returns the year of a date written without one, the first of
// these that applies:
//   - after a weekday, the one year since the statement in which the day
//     fell on it;
//   - in a text that has named the statement of 2020 or a district it
//     handed over, the year of the statement's day, deadline or handover
//     that falls on that day, if one does (an anniversary is told as the
//     day itself);
//   - the article's, if the date is the day it appeared;
//   - the article's, if the date falls in the month up to it, the text
//     last wrote an earlier year, and the last date written with its year
//     is a day more than a month before this one in that year;
//   - the year of the same day read before, unless a year was written
//     since or that year was a guess;
//   - the year the text last wrote, outside the date of a document it
//     names;
//   - the article's, or the year before it if the date would fall over a
//     month after it;
//   - the first year the text writes, unless only a document's date wrote
//     it;
//   - for a day from September to December in a text about the statement
//     of 2020, 2020.
//
// Else it returns 0: no year is better than a wrong one. guess is set for
// the last two, which the record's events on that day may overrule (see
// eventYear); for a month alone, d is 1.
func (a *analyzer) inferYear(first, m, d int) (y int, guess bool) {
	days := handoverDays()
	pub := a.cfg.published
	// "в субботу, 12 июня": the year in which the day was a Saturday.
	byWeekday := 0
	if a.weekday != 0 {
		byWeekday = a.weekdayYear(m, d, a.weekday)
	}
	same := a.sameDayRead(m, d)
	switch {
	case !a.handoverSeen && days.dates[m*100+d] != 0 && a.statementAhead(first):
		// "Noyabrın 10-da ... arasında Bəyanat imzalanıb": the sentence
		// goes on to the statement.
		return days.dates[m*100+d], false
	case byWeekday != 0:
		return byWeekday, false
	case a.handoverSeen && days.dates[m*100+d] != 0:
		// A text about the statement or the districts it handed over:
		// the day of one of its deadlines or handovers is that one, as a
		// reader takes "on 20 November" in a text on Aghdam, whatever
		// year the text wrote last ("occupied in 1993").
		return days.dates[m*100+d], false
	case pub.Precision() == karabakh.PrecisionDay && int(pub.Month()) == m && pub.Day() == d:
		return pub.Year(), false // the day the article appeared: "10 ноября" in a report of that day
	case a.year != 0 && a.year < pub.Year() && pub.Precision() == karabakh.PrecisionDay && a.inMonthBefore(m, d) && a.lastDayLongBefore(m, d):
		// The weeks before the article, in a report that wrote an earlier
		// year: "previous meeting on 28 November 2025 … held on 13-14
		// February" in a report of 16 February 2026; but not the days
		// after a date the text wrote in full ("2020-ci il oktyabrın
		// 8-də … Oktyabrın 9-da"), nor after a year or a month ("the war
		// began in 2020 … on October 4").
		return pub.Year(), false
	case same != 0:
		// The day read before, told again: "on April 19 … captured in
		// 1991-1992 … the deal reached on April 19".
		return same, false
	case a.year != 0:
		return a.year, false
	case !pub.IsZero():
		// The article's year, unless the date would then fall more than a
		// month after the article: a report tells of what is past or
		// planned for the next weeks ("դեկտեմբերի 15-ին" in a report of
		// 25 November).
		y := pub.Year()
		if pm := int(pub.Month()); pm != 0 && (m-pm)*31+d-pub.Day() > 31 {
			y--
		}
		return y, false
	case a.textFirstYear() != 0 && (a.year != 0 || a.firstYear != a.docYear):
		// The first year the text writes, unless it is only a document's
		// own: "перекрыл 23 апреля" after "заявления от 9 ноября 2020 г."
		// is not of 2020. Written after the date, it may be another
		// event's ("on April 17 ... under a 2020 ceasefire deal"): the
		// record's events on the day may overrule it.
		return a.firstYear, a.year == 0
	case (m > 9 || m == 9 && (d >= 27 || d == 1)) && (a.statementSeen || a.nnames > 0):
		// A day of the autumn in a text about the statement, or naming its
		// actors and places, without a year: the autumn of 2020, when the
		// war was fought (from 27 September) and ended and the districts
		// were handed over. A day of September before the war is of a
		// later year ("YEREVAN, September 13" in 2022); the month alone
		// (d is 1) may be the war's.
		return 2020, true
	}
	return 0, true
}

// readRelative reads "today", "last week", "on Tuesday", "bu gün",
// "на прошлой неделе", resolved against the article's date.
func (a *analyzer) readRelative(i int) (dateRead, bool) {
	pub := a.cfg.published
	if pub.Precision() != karabakh.PrecisionDay {
		return dateRead{}, false
	}
	if h, e, ok := a.find(i, cRelDay); ok && !(e.id == relEve && a.eveOf(i, int(h.end))) {
		d := pub.AddDays(e.val)
		last := int(h.end)
		// "day before yesterday, Wednesday": the weekday of that day, after
		// a comma, is the same date.
		if _, we, ok := a.find(last+1, cWeekday); ok && a.at(last+1).sep&^(sepComma|sepSpace) == 0 && a.at(last+1).sep&sepComma != 0 &&
			weekdayNumber(d.Lower()) == we.val {
			last++
		}
		return dateRead{first: i, last: last, iv: d.Interval(), relative: true}, true
	}
	if h, e, ok := a.find(i, cRelPeriod); ok {
		unit, off := e.val/10, e.val%10-1
		// "The next year", "в следующем году" after an earlier year the
		// text tells of: the year after that one, which the article's date
		// does not give. After a later year ("in 2023 … next year" in
		// 2022) the two agree.
		if off > 0 && (a.is(i-1, cDefinite) && a.joined(i) || a.year != 0 && a.year < pub.Year()) {
			return dateRead{}, false
		}
		var iv karabakh.Interval
		switch unit {
		case relWeek:
			wd := weekdayNumber(pub.Lower()) - 1 // days since Monday
			mon := pub.AddDays(-wd + 7*off)
			iv = karabakh.Span(mon, mon.AddDays(6))
		case relMonth:
			t := time.Date(pub.Year(), pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			iv = karabakh.Month(t.Year(), t.Month()).Interval()
		case relYear:
			iv = karabakh.Year(pub.Year() + off).Interval()
			// "bu ilin aprelində": the month of that year; "bu il avqustun
			// 8-də": a day of it.
			if j := int(h.end) + 1; a.joined(j) {
				if m, ok := a.month(j); ok {
					me := a.monthEnd(j) // "bu ilin avqust ayında"
					r, ok := a.monthOf(i, me, pub.Year()+off, m, false)
					if d, dok := a.number(me+1, 2); dok && a.joined(me+1) {
						last := me + 1
						if a.suffix(me + 2) {
							last = me + 2
						}
						r, ok = a.day(i, last, pub.Year()+off, m, d, false)
					}
					r.relative, r.year = true, 0
					return r, ok
				}
				// "bu ilin 11 noyabr": the day first.
				if d, ok := a.number(j, 2); ok && d >= 1 && d <= 31 && a.joined(j+1) {
					if m, ok := a.month(j + 1); ok {
						last := j + 1
						if a.suffix(j + 2) {
							last = j + 2
						}
						r, ok := a.day(i, last, pub.Year()+off, m, d, false)
						r.relative, r.year = true, 0
						return r, ok
					}
				}
			}
		}
		// "last week's": the clitic is not part of the date.
		return dateRead{first: i, last: int(h.end), iv: iv, relative: true}, true
	}
	// "two weeks ago", "три дня назад", "a year ago".
	n, last, ok := a.readNumber(i)
	if !ok && a.is(i, cIndefinite) {
		n, last, ok = 1, i, true
	}
	if ok && n > 0 && n <= 100 && a.joined(last+1) {
		if h, e, ok := a.find(last+1, cUnit); ok && a.is(int(h.end)+1, cAgo) && a.joined(int(h.end)+1) {
			if iv, ok := ago(pub, e.id, int(n)); ok {
				ah, _, _ := a.find(int(h.end)+1, cAgo)
				return dateRead{first: i, last: int(ah.end), iv: iv, relative: true}, true
			}
		}
	}
	// "last July", "this past July": the latest such month ended before the
	// article's day, not the year the text last named; "this July", the
	// article's year's. A day after the month makes it a day's date, read
	// otherwise.
	if h, e, ok := a.find(i, cRelSeason); ok && a.joined(int(h.end)+1) {
		k, val := int(h.end)+1, e.val
		if h2, e2, ok := a.find(k, cRelSeason); ok && val == 1 && e2.val == 0 && a.joined(int(h2.end)+1) {
			k, val = int(h2.end)+1, 0 // "this past"
		}
		if m, ok := a.month(k); ok && a.joined(k) && a.langsOf(a.at(k))&langEN != 0 && a.at(k).has(tUpper) { // not "this may"
			// Not "last April 2022", whose year is written, nor "the last May
			// Day parade", a name.
			me := a.monthEnd(k)
			next := a.at(me + 1)
			if _, day := a.number(me+1, 2); !day && !(next != nil && a.joined(me+1) && (next.has(tDigits) || next.has(tUpper))) {
				y := pub.Year()
				if val == 0 && m >= int(pub.Month()) {
					y--
				}
				r, ok := a.monthOf(i, me, y, m, false)
				r.relative, r.year = true, 0
				return r, ok
			}
		}
	}
	// "this autumn", "прошлой осенью": the latest season begun, or ended,
	// by the article's day.
	if h, e, ok := a.find(i, cRelSeason); ok && a.joined(int(h.end)+1) {
		if sh, se, ok := a.find(int(h.end)+1, cSeason); ok {
			y := pub.Year() + 1
			for ; y > pub.Year()-2; y-- {
				s := seasonInterval(y, se.val)
				if e.val == 1 && !s.Start.Lower().After(pub.Lower()) || e.val == 0 && s.End.Upper().Before(pub.Lower()) {
					break
				}
			}
			return dateRead{first: i, last: int(sh.end), iv: seasonInterval(y, se.val), edtf: fmt.Sprintf("%04d-%d", y, se.val), relative: true}, true
		}
	}
	// "в минувший вторник", "в прошлую пятницу": the last such day before
	// the article's, the adjective in the span; but "the last Friday of
	// each month" is none.
	if h, e, ok := a.find(i, cRelSeason); ok && e.val == 0 && a.joined(int(h.end)+1) {
		if h, e, ok := a.find(int(h.end)+1, cWeekday); ok && !(a.is(int(h.end)+1, cOf) && a.joined(int(h.end)+1)) {
			wd := weekdayNumber(pub.Lower())
			d := pub.AddDays(-((wd-e.val+6)%7 + 1))
			return dateRead{first: i, last: int(h.end), iv: d.Interval(), relative: true}, true
		}
	}
	// "on Tuesday", "во вторник": the last such day up to the article's.
	// An English weekday written with its capital is one, even without
	// "on": "at Thursday’s Cabinet meeting", "in an early Tuesday
	// statement".
	if _, e, ok := a.find(i, cWeekday); ok && (a.is(i-1, cWeekdayPrep) || a.is(i-1, cAgentCue) && a.joined(i) || a.langsOf(a.at(i))&(langAZ|langHY) != 0 || a.langsOf(a.at(i))&langEN != 0 && a.at(i).has(tUpper)) {
		if a.langsOf(a.at(i))&langEN != 0 && !a.at(i).has(tUpper) {
			return dateRead{}, false
		}
		// Other languages than English write weekdays in lower case: one
		// with a capital inside a sentence, not after a colon or a quote
		// mark, is a name's word ("Qırmızı Bazar", "Cümə məscidi").
		if a.langsOf(a.at(i))&langEN == 0 && a.at(i).has(tUpper) && !a.opensClause(i) && a.at(i).sep&(sepQuote|sepColon) == 0 {
			return dateRead{}, false
		}
		wd := weekdayNumber(pub.Lower())
		back := (wd - e.val + 7) % 7
		d := pub.AddDays(-back)
		h, _, _ := a.find(i, cWeekday)
		return dateRead{first: i, last: int(h.end), iv: d.Interval(), relative: true}, true
	}
	return dateRead{}, false
}

// eveOf reports whether the word for "the day before" at tokens i..end is
// "on the eve of" something: in Russian, before a number or a word in the
// genitive ("накануне 9 мая", "накануне выборов", "накануне визита"); in
// Armenian, after a word in the genitive ("հանդիպման նախօրեին"). A past
// verb, a pronoun or a word in the nominative after "накануне" leaves it
// "the day before": "Накануне мы проинформировали", "накануне президент
// заявил".
func (a *analyzer) eveOf(i, end int) bool {
	if a.langsOf(a.at(i))&langHY != 0 {
		p := a.at(i - 1)
		if p == nil || !a.joined(i) || !p.has(tArmenian) {
			return false
		}
		w := p.keyString()
		for _, e := range [...]string{"ի", "ան", "վա", "ու", "ոջ"} {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
		return false
	}
	t := a.at(end + 1)
	if t == nil || !a.joined(end+1) {
		return false
	}
	if t.has(tDigits) {
		return true
	}
	w := t.keyString()
	if !t.has(tCyrillic) || utf8.RuneCountInString(w) <= 2 || w == "она" || w == "они" || w == "оно" {
		return false // not a word, or a pronoun
	}
	for _, e := range [...]string{"л", "ла", "ло", "ли", "лся", "лась", "лись"} {
		if strings.HasSuffix(w, e) {
			return false // a verb in the past
		}
	}
	ends := [...]string{"ого", "его", "ои", "еи", "ых", "их", "ов", "ев", "а", "я", "и", "ы"} // folded: й is и
	n := len(ends)
	if t.has(tUpper) {
		n -= 6 // not a surname's -ов, -ев, nor a nominative's -ия, -ии
	}
	for _, e := range ends[:n] {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// weekdayNumber returns the day of the week of t, 1 for Monday to 7 for
// Sunday, as the vocabulary numbers weekdays.
func weekdayNumber(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// ago returns the day, week (Monday to Sunday), month or year n units of
// time before the article's day pub.
func ago(pub karabakh.Date, unit string, n int) (karabakh.Interval, bool) {
	switch unit {
	case "days":
		return pub.AddDays(-n).Interval(), true
	case "weeks":
		wd := weekdayNumber(pub.Lower()) - 1 // days since Monday
		mon := pub.AddDays(-wd - 7*n)
		return karabakh.Span(mon, mon.AddDays(6)), true
	case "months":
		t := time.Date(pub.Year(), pub.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return karabakh.Month(t.Year(), t.Month()).Interval(), true
	case "years":
		return karabakh.Year(pub.Year() - n).Interval(), true
	}
	return karabakh.Interval{}, false
}

// dates reads a date starting at token i and emits it.
func (a *analyzer) dates(i int) {
	if i < a.until[Date] {
		return
	}
	r, ok := a.readDate(i)
	if !ok {
		return
	}
	a.until[Date] = r.last + 1
	if r.inferred && !r.relative && r.edtf == "" {
		if a.yearFix.tok == i {
			r.iv, r.guessed = inYear(r.iv, a.yearFix.year), false
		} else if y := a.coordinatedYear(r.last); y != 0 {
			r.iv, r.guessed = inYear(r.iv, y), false
		}
	}
	// The year of a document's date ("the statement of 9 November
	// 2020") is not the year the text is telling of: the dates without a
	// year after it take the article's.
	if r.year != 0 && i >= a.until[Agreement] && !a.documentAfter(r.last) && i+1 != a.docDate {
		a.year = r.year
	} else if r.year != 0 {
		a.docYear = r.year
	}
	how := howWhole
	if r.inferred || r.relative {
		how = howPartial
	}
	ids := r.edtf
	if ids == "" {
		ids = r.iv.String()
	}
	if m := a.emit(Date, r.first, r.last, how, ids); m != nil {
		m.Date, m.Inferred, m.Relative = r.iv, r.inferred, r.relative
		if how == howWhole {
			m.How = exactOr(m)
		}
	}
	a.recent[a.nrecent%len(a.recent)] = r
	a.nrecent++
}

// inMonthBefore reports whether day d of month m, in the article's year,
// falls in the 31 days up to the article's day.
func (a *analyzer) inMonthBefore(m, d int) bool {
	pub := a.cfg.published
	if d > daysIn(pub.Year(), m) {
		return false
	}
	back := pub.Lower().Sub(time.Date(pub.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC))
	return back >= 0 && back <= 31*24*time.Hour
}

// lastDayLongBefore reports whether the last date read with its year
// written is a day, and day d of month m, in that year, is not in the 31
// days after it: a year or a month written last, or a day a few weeks
// before, is the year the text is telling of.
func (a *analyzer) lastDayLongBefore(m, d int) bool {
	for k := range a.nRecent() {
		r := a.recentRead(k)
		if r.year == 0 || r.relative {
			continue
		}
		s := r.iv.Start
		if s.Precision() != karabakh.PrecisionDay || d > daysIn(s.Year(), m) {
			return false
		}
		after := time.Date(s.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(s.Lower())
		return after < 0 || after > 31*24*time.Hour
	}
	return false
}

// sameDayRead returns the year of the last day read that was day d of
// month m, or 0 if a year was written since; a day whose year was guessed
// does not count, since the record's events may yet give it another.
func (a *analyzer) sameDayRead(m, d int) int {
	for k := range a.nRecent() {
		r := a.recentRead(k)
		if r.relative || r.guessed || r.iv.Start != r.iv.End || r.iv.Start.Precision() != karabakh.PrecisionDay {
			if r.year != 0 && r.iv.Start == r.iv.End {
				return 0 // "In 2024, on 19 September": a year written since
			}
			continue
		}
		if int(r.iv.Start.Month()) == m && r.iv.Start.Day() == d {
			return r.iv.Start.Year()
		}
		if r.year != 0 {
			return 0 // another day, with its year written since
		}
	}
	return 0
}

// coordinatedYear returns the year written by a date joined to the one
// ending at token last by "and" or "or", which a reader gives to both:
// "January 11 and November 26, 2021", "20 ноября и 1 декабря 2020 года".
// The date after is read without this look ahead, so a chain of dates
// costs each one two readings at most.
func (a *analyzer) coordinatedYear(last int) int {
	if !a.is(last+1, cConj) || a.at(last+1).sep&^sepSpace != 0 {
		return 0
	}
	if r, ok := a.readDate(last + 2); ok && r.first == last+2 && r.year != 0 && !r.relative {
		return r.year
	}
	return 0
}

// inYear returns a day, a range of days or a month moved to year y; a day
// that year lacks (29 February) leaves it as it was.
func inYear(iv karabakh.Interval, y int) karabakh.Interval {
	move := func(d karabakh.Date) (karabakh.Date, bool) {
		switch d.Precision() {
		case karabakh.PrecisionDay:
			return karabakh.Day(y, d.Month(), d.Day()), d.Day() <= daysIn(y, int(d.Month()))
		case karabakh.PrecisionMonth:
			return karabakh.Month(y, d.Month()), true
		}
		return d, false
	}
	s, ok1 := move(iv.Start)
	e, ok2 := move(iv.End)
	if !ok1 || !ok2 {
		return iv
	}
	return karabakh.Span(s, e)
}

// statementAhead reports whether the sentence of token first goes on to
// name the statement of 2020, by a title, or by a head and a verb of
// signing, or a place it handed over.
func (a *analyzer) statementAhead(first int) bool {
	days := handoverDays()
	head, sign := false, false
	for k := first + 1; k <= first+30 && a.clause(first, k); k++ {
		for _, h := range a.hitsAt(k) {
			e := &a.lx.entries[h.entry]
			switch {
			case h.cls == cName && e.kind == Agreement && e.id == string(agreement.Statement2020):
				return true
			case h.cls == cName && e.kind == Place && days.places[e.id]:
				return true
			case h.cls == cAgreementHead:
				head = true
			case h.cls == cSignVerb:
				sign = true
			}
		}
		if head && sign {
			return true
		}
	}
	return false
}

// documentAfter reports whether the date ending at token last is a
// document's, its title or head following it: "2020-ci il 10 noyabr
// tarixli üçtərəfli Bəyanata", "the November 10, 2020 trilateral
// statement".
func (a *analyzer) documentAfter(last int) bool {
	k := last + 1
	if a.is(k, cDated) && a.langsOf(a.at(k))&langAZ != 0 {
		k++
	}
	named := false // a capitalised word between: a title, whose head is capitalised too
	for n := 0; n < 3 && a.joined(k); n++ {
		t := a.at(k)
		a.hitsAt(k)
		if t.mask&(bitAgreementName|1<<cAgreementHead) != 0 {
			return !named || t.has(tUpper)
		}
		switch {
		case a.is(k, cPremod):
		case t.has(tUpper):
			named = true // "the 1991 Almaty Declaration": a title the record lacks
		default:
			return false
		}
		k++
	}
	return false
}

// exactOr returns MatchExact: a date written in full is exact.
func exactOr(m *Mention) karabakh.MatchKind { return karabakh.MatchExact }

// dateEndingAt returns a date read that ends at token k, among the recent
// ones.
func (a *analyzer) dateEndingAt(k int) (dateRead, bool) {
	for n := range a.nRecent() {
		if r := a.recentRead(n); r.last == k {
			return *r, true
		}
	}
	return dateRead{}, false
}

// nRecent returns how many of the last dates read a.recent holds.
func (a *analyzer) nRecent() int { return min(a.nrecent, len(a.recent)) }

// recentRead returns the date read k dates before the last one (0: the
// last), for k below nRecent.
func (a *analyzer) recentRead(k int) *dateRead {
	return &a.recent[(a.nrecent-1-k)%len(a.recent)]
}

// A handover is an obligation of the statement of 2020 to hand places
// over by a deadline, with what the record says became of it.
type handover struct {
	ob        agreement.PointObligation
	deadlines []karabakh.Date   // the deadline the text set, then each extension
	done      []karabakh.Date   // the days it was carried out
	sources   []karabakh.Source // the obligation's, the extensions', the fulfilments'
}

// handovers reads the handovers from the record on first use; both the
// year of a date without one and Check's handover dates come from it.
var handovers = sync.OnceValue(func() []handover {
	var hs []handover
	at := map[agreement.ObligationID]int{}
	for o := range agreement.ObligationsOf(actors.Armenia) {
		if o.Agreement != agreement.Statement2020 || o.Deadline.IsZero() || o.Places.Len() == 0 {
			continue
		}
		at[o.ID] = len(hs)
		hs = append(hs, handover{ob: o, deadlines: []karabakh.Date{o.Deadline}, sources: o.Sources.Slice()})
	}
	for ch := range implementation.DeadlineChanges() {
		if i, ok := at[ch.Obligation]; ok {
			hs[i].deadlines = append(hs[i].deadlines, ch.To)
			hs[i].sources = append(hs[i].sources, ch.Sources.Slice()...)
		}
	}
	for fu := range implementation.Fulfilments() {
		if i, ok := at[fu.Obligation]; ok {
			hs[i].done = append(hs[i].done, fu.Date)
			hs[i].sources = append(hs[i].sources, fu.Sources.Slice()...)
		}
	}
	return hs
})

// A dayYears maps a day of the year (month*100 + day) to the year of the
// record's date that falls on it.
type dayYears struct {
	dates  map[int]int
	places map[string]bool // the places handed over by a deadline
}

// handoverDays holds the days of the statement of 2020 (signed, dated,
// in effect) and of its handovers (deadlines, extensions, the days they
// were carried out), with the places handed over; built on first use.
var handoverDays = sync.OnceValue(func() *dayYears {
	dy := &dayYears{dates: map[int]int{}, places: map[string]bool{}}
	add := func(d karabakh.Date) {
		if d.Precision() == karabakh.PrecisionDay {
			dy.dates[int(d.Month())*100+d.Day()] = d.Year()
		}
	}
	ag, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return dy
	}
	add(ag.Signed)
	for u := range ag.Dated.All() {
		add(u.Date)
	}
	if t := ag.Effective; !t.IsZero() {
		add(karabakh.Day(t.Year(), t.Month(), t.Day()))
	}
	for _, h := range handovers() {
		for _, d := range h.deadlines {
			add(d)
		}
		for _, d := range h.done {
			add(d)
		}
		for p := range h.ob.Places.All() {
			dy.places[string(p)] = true
		}
	}
	return dy
})
