package check

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
)

// A figure is a number, a count, a distance or a time of day written in a
// record's own words (a title, summary or note). The rule the figures check
// applies: every figure there appears in one of the record's quotes, or a
// sentence of the record's note says how it was derived. Calendar dates,
// point numbers and IDs are not figures: dates are checked by hand against
// the quotes (a test cannot tell a dateline from a report), and point
// numbers and IDs name records rather than state facts.

// notFigure matches the spans of a record's own text that hold digits but
// no figure. They are blanked before the figures are read, one expression
// after another, each only in a text that holds one of the words it needs
// (in lower case): small expressions, run where they can match, cost far
// less than their union run everywhere.
var notFigure = []blanker{
	// IDs and ISO dates: "2020-11-10-ceasefire-takes-effect",
	// "statement-2020-11-10#3", "2022-08".
	notFig(`[a-z0-9-]*\b\d{4}-\d{2}(?:-\d{2})?[a-z0-9#-]*`, hyphenDigit...),
	// Other IDs, all lower case with a number among their words:
	// "gazakh-in-point-2", "signed-on-10-may".
	notFig(`(?-i:\b[a-z]+(?:-[a-z]+)*-\d+(?:-[a-z0-9]+)*\b)`, hyphenDigit...),
	// Code points, standards and encodings named in notes.
	notFig(`\bU\+[0-9a-f]{4,6}\b`, "u+"), notFig(`\bISO[ -]?\d+(?:-\d+)*\b`, "iso"), notFig(`\bUTF-\d+\b`, "utf-"),
	notFig(`\bWindows-\d+\b`, "windows-"), notFig(`\bLatin-\d\b`, "latin-"),
	// Domain names: "168.am", "1news.az" name a publisher.
	notFig(`[0-9a-z-]*\d[0-9a-z-]*(?:\.[0-9a-z-]+)*\.[a-z]{2,}\b`, "."),
	// Time zones: "UTC+4", "GMT+4" name a clock, not a figure.
	notFig(`\b(?:UTC|GMT|MSK)\s?[+−-]\s?\d{1,2}(?::\d{2})?`, "utc", "gmt", "msk"),
	// Points, articles and sections of a text: "point 6", "points 7 and 8",
	// "Article 9", "§4", "#3".
	notFig(`\b(?:points?|articles?|paragraphs?|sections?)\s+\d+(?:\s*(?:,|and|or|to|–|-)\s*\d+)*`, "point", "article", "paragraph", "section"),
	notFig(`[§#]\s?\d+`, "§", "#"),
	// Days of a month, alone or in a range: "10 November", "9 to 10
	// November", "9/10 November", "November 9–10", "Nov. 20".
	notFig(`\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:–|-|/|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?`+months+`\b`, monthStems...),
	notFig(`\b`+months+`\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:–|-|/|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?)?\b`, monthStems...),
	// Dates written with dots: "10.11.2020".
	notFig(`\b\d{1,2}\.\d{1,2}\.\d{4}\b`, "."),
	// Years, and decades such as "the 1990s".
	notFig(`\b(?:1[89]|20)\d{2}s?\b`, "18", "19", "20"),
}

// hyphenDigit are the pairs a hyphen and a digit make, one of which every
// ID with a number holds.
var hyphenDigit = []string{"-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9"}

// A blanker is one expression of notFigure and the words a text must hold
// for it to match.
type blanker struct {
	re    *regexp.Regexp
	needs []string
}

// notFig compiles expr, case-insensitive, into a blanker that runs only in
// texts holding one of needs, or in every text if needs is empty.
func notFig(expr string, needs ...string) blanker {
	return blanker{regexp.MustCompile(`(?i)` + expr), needs}
}

// monthStems are the first three letters of every month's name.
var monthStems = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// blankNotFigures replaces every span of s that notFigure matches with NUL
// bytes of the same length.
func blankNotFigures(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s // every span notFigure matches holds a digit
	}
	lower := strings.ToLower(s)
	for _, b := range notFigure {
		if len(b.needs) > 0 && !slices.ContainsFunc(b.needs, func(w string) bool { return strings.Contains(lower, w) }) {
			continue
		}
		s = b.re.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("\x00", len(m)) })
	}
	return s
}

const months = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`

// figureRE matches a figure: a time of day ("00:00", "1am", "1 a.m."),
// or a number with optional digit groups and decimals ("1,960", "1 960",
// "47,1", "100,417", "11th"). English number words are matched separately.
var figureRE = regexp.MustCompile(`(?i)\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s?([ap])\.?m\b|\b([01]\d|2[0-3])([0-5]\d)\s?(?:UTC|GMT)\b|\d+(?:[,.\x{a0}\x{202f} ]\d+)*`)

// numberWords are English number words whose use in our text states a
// count: "ten days", "the ninth meeting". "One", "two", "first" and
// "second" are left out: they serve too often as words rather than as
// figures ("one side", "the two sides", "the first exchange", "the Second
// Karabakh War").
var numberWords = map[string]int{
	"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}

// quoteNumberWords are number words of the other languages the quotes are
// in, in the forms they take there, so that a quote giving "пять лет"
// supports "five years" in our English. Words that are also common words
// in another language (Azerbaijani "on", ten) are left out.
var quoteNumberWords = map[string]int{
	// English words our own text leaves out (see numberWords), which a
	// quote may still use as figures: "one killed".
	"one": 1, "two": 2,
	// Russian.
	"два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "третий": 3, "третье": 3, "третьего": 3, "третьей": 3,
	"четыре": 4, "четырех": 4, "четырёх": 4, "четвертый": 4, "четвёртый": 4, "четвертое": 4, "четвёртое": 4, "четвертым": 4, "четвёртым": 4,
	"пять": 5, "пяти": 5, "пятый": 5, "пятое": 5, "пятым": 5, "пятилетний": 5, "пятилетние": 5, "пятилетних": 5,
	"шесть": 6, "шести": 6, "шестой": 6, "семь": 7, "семи": 7, "седьмой": 7, "восемь": 8, "восьми": 8, "восьмой": 8,
	"девять": 9, "девяти": 9, "девятый": 9, "девятое": 9, "девятого": 9, "десять": 10, "десяти": 10, "десятый": 10,
	"одиннадцать": 11, "одиннадцатый": 11, "одиннадцатое": 11, "двенадцать": 12, "двадцать": 20,
	// Azerbaijani.
	"üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9,
	// Armenian.
	"երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7, "ութ": 8, "ինը": 9, "տասը": 10,
}

// A Figure is one figure found in a text: as written, and in the canonical
// form it is compared in ("1960" for "1,960", "1:00" for "01:00" and "1am").
type Figure struct {
	Text, Value string
	scale       int // the power of ten a word after it scaled it by
}

// Figures returns the figures in s, a record's own text, in order: the
// numbers, counts, distances and times of day, leaving out calendar dates,
// years, point numbers, IDs and code points.
func Figures(s string) []Figure {
	blank := blankNotFigures(s)
	figs := digitFigures(blank)
	return append(figs, numberWordsIn(blank, numberWords)...)
}

// numberWordsIn returns the number words of s found in words, reading a
// compound of tens and units ("twenty-two") as one number and the parts
// of any other hyphenated word ("five-year") apart.
func numberWordsIn(s string, words map[string]int) []Figure {
	var out []Figure
	for _, w := range wordsOf(s) {
		if v, ok := wordValue(w, words); ok {
			out = append(out, Figure{Text: w, Value: strconv.Itoa(v)})
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if v, ok := words[strings.ToLower(part)]; ok {
				out = append(out, Figure{Text: part, Value: strconv.Itoa(v)})
			}
		}
	}
	return out
}

// QuoteFigures returns the canonical values of every figure in a quote:
// every number and time of day, years and days included, since a quote
// that gives "1960 военнослужащих" supports the figure 1,960.
func QuoteFigures(q string) map[string]bool {
	out := make(map[string]bool)
	for _, f := range digitFigures(q) {
		out[f.Value] = true
		if f.scale > 0 {
			// "26,794 тыс." is 26,794 or 26.794 thousand: a quote
			// supports every reading.
			for _, n := range numbers(f.Text) {
				out[n.Value] = true
			}
			if t := strings.ReplaceAll(f.Text, ",", "."); strings.Count(t, ".") == 1 {
				out[shift(strings.TrimLeft(t, "0"), f.scale)] = true
			}
		}
	}
	for _, words := range []map[string]int{numberWords, quoteNumberWords} {
		for _, f := range numberWordsIn(q, words) {
			out[f.Value] = true
		}
	}
	return out
}

// digitFigures returns the figures written with digits in s.
func digitFigures(s string) []Figure {
	var figs []Figure
	for _, m := range figureRE.FindAllStringSubmatchIndex(s, -1) {
		text := s[m[0]:m[1]]
		if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); unicode.IsLetter(r) || nameSuffix(s[m[1]:]) {
			// Digits run into a word are part of a name: "COP29",
			// "i24NEWS", "Kyiv24", "1news.az".
			continue
		}
		switch {
		case m[2] >= 0: // hh:mm
			h, _ := strconv.Atoi(s[m[2]:m[3]])
			figs = append(figs, Figure{Text: text, Value: strconv.Itoa(h) + ":" + s[m[4]:m[5]]})
		case m[10] >= 0: // 1430 GMT
			h, _ := strconv.Atoi(s[m[10]:m[11]])
			figs = append(figs, Figure{Text: text, Value: strconv.Itoa(h) + ":" + s[m[12]:m[13]]})
		case m[6] >= 0: // 1am, 1 p.m.
			h, _ := strconv.Atoi(s[m[6]:m[7]])
			if strings.EqualFold(s[m[8]:m[9]], "p") && h < 12 {
				h += 12
			} else if strings.EqualFold(s[m[8]:m[9]], "a") && h == 12 {
				h = 0
			}
			figs = append(figs, Figure{Text: text, Value: strconv.Itoa(h) + ":00"})
		default:
			ns := numbers(text)
			if z := multiplier(s[m[1]:]); z > 0 && len(ns) > 0 {
				// "48 thousand", "47,1 тысячи": the figure is 48000, 47100.
				last := &ns[len(ns)-1]
				last.scale = z
				last.Value = shift(last.Value, z)
			}
			figs = append(figs, ns...)
		}
	}
	return figs
}

// nameSuffix reports whether rest, the text right after some digits,
// begins with letters that make the digits part of a name ("1news")
// rather than an ordinal ("11th") or a unit ("5km").
func nameSuffix(rest string) bool {
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	switch w := strings.ToLower(rest[:end]); w {
	case "", "st", "nd", "rd", "th", "km", "m", "ha", "kg", "am", "pm", "h", "e", "er", "re", "й", "го", "х":
		return false
	default:
		return true
	}
}

// numbers reads the numbers in t, digits joined by separators, writing
// each without digit groups and with a decimal point: "1,960", "1 960" and
// "1960" are "1960"; "47,1" and "47.1" are "47.1". A separator followed by
// exactly three digits groups them; any other comma or point is a decimal
// point, and any other space separates two numbers.
func numbers(t string) []Figure {
	var out []Figure
	var b strings.Builder
	start := 0
	flush := func(end int) {
		if b.Len() > 0 {
			v := strings.TrimLeft(b.String(), "0")
			if v == "" || v[0] == '.' {
				v = "0" + v
			}
			out = append(out, Figure{Text: strings.TrimSpace(t[start:end]), Value: v})
		}
		b.Reset()
	}
	for i, r := range t {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
			continue
		}
		n := 0
		for j := i + len(string(r)); j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
			n++
		}
		switch {
		case n == 3:
			// A digit group.
		case r == '.' || r == ',':
			b.WriteByte('.')
		default:
			flush(i)
			start = i + len(string(r))
		}
	}
	flush(len(t))
	return out
}

// multipliers are the words that scale the number before them, by a power
// of ten: "48 thousand", "47,1 тысячи", "1,2 млн".
var multipliers = map[string]int{
	"thousand": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "тыс": 3, "հազար": 3,
	"million": 6, "миллион": 6, "миллиона": 6, "миллионов": 6, "млн": 6, "milyon": 6,
}

// multiplier returns the power of ten by which the word at the start of
// rest, after spaces, scales the number before it, or 0.
func multiplier(rest string) int {
	rest = strings.TrimLeft(rest, " \u00a0")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return multipliers[strings.ToLower(rest[:end])]
}

// shift multiplies the canonical number v by ten to the power z, moving
// its decimal point rather than going through floating point.
func shift(v string, z int) string {
	whole, frac, _ := strings.Cut(v, ".")
	for ; z > 0; z-- {
		if frac != "" {
			whole, frac = whole+frac[:1], frac[1:]
		} else {
			whole += "0"
		}
	}
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	if frac != "" {
		return whole + "." + frac
	}
	return whole
}

// wordsOf splits s into words of letters, keeping compounds of tens and
// units ("twenty-two") together.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// wordValue returns the value of an English number word or compound
// ("nine", "ninth", "twenty-two"), or false.
func wordValue(w string, words map[string]int) (int, bool) {
	w = strings.ToLower(strings.Trim(w, "-"))
	if v, ok := words[w]; ok {
		return v, true
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := numberWords[tens]
	u, ok2 := words[unit]
	if !ok2 {
		u, ok2 = quoteNumberWords[unit]
	}
	if !ok1 || !ok2 || t < 20 || t%10 != 0 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// derivationWords mark a sentence of a note that says how a figure was
// derived: "Ten days: counted from 15 November, the date in point 6".
var derivationWords = []string{"derived", "counted", "converted", "computed", "calculated"}

// Derivations returns the canonical values of the figures that note's
// derivation sentences name: the sentences holding one of the words
// "derived", "counted", "converted", "computed" or "calculated".
func Derivations(note string) map[string]bool {
	out := make(map[string]bool)
	for _, sentence := range sentences(note) {
		low := strings.ToLower(sentence)
		derives := false
		for _, w := range derivationWords {
			if strings.Contains(low, w) {
				derives = true
				break
			}
		}
		if !derives {
			continue
		}
		for v := range QuoteFigures(sentence) {
			out[v] = true
		}
	}
	return out
}

// sentences splits text at full stops, semicolons and line breaks
// followed by a space or the end.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', ';', '\n':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				out = append(out, s[start:i+1])
				start = i + 1
			}
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// A Field is one of a record's own texts, named as problems name it.
type Field struct {
	Name, Text string
}

// Figures checks the figures rule on one record: every figure in fields
// appears in one of quotes, or in a sentence of note that says how it was
// derived (see Derivations), or is listed in the exemptions with a reason.
func (c *Checker) Figures(rec string, fields []Field, quotes []string, note string) {
	// The quotes are read one by one, only as far as a figure needs: most
	// figures are in the first quote or two.
	have := map[string]bool{}
	next, derived := 0, false
	supported := func(v string) bool {
		for !have[v] && next < len(quotes) {
			for w := range c.figs.quote(quotes[next]) {
				have[w] = true
			}
			next++
		}
		if !have[v] && !derived {
			for w := range c.figs.derivations(note) {
				have[w] = true
			}
			derived = true
		}
		return have[v]
	}
	for _, f := range fields {
		for _, fig := range c.figs.figures(f.Text) {
			if supported(fig.Value) || FigureExempt(rec, f.Name, fig.Text) != "" {
				continue
			}
			c.Addf(rec, f.Name, "figure %q is in none of the record's quotes, and no sentence of its note says how it was derived", fig.Text)
		}
	}
}

// A figureMemo remembers what Figures, QuoteFigures and Derivations read in
// each text, for one Checker. The zero figureMemo is ready to use; it holds
// at most one entry per distinct text it was asked about.
type figureMemo struct {
	texts       map[string][]Figure
	quotes      map[string]map[string]bool
	derivedVals map[string]map[string]bool
}

func (m *figureMemo) figures(s string) []Figure { return memoized(&m.texts, s, Figures) }

func (m *figureMemo) quote(q string) map[string]bool { return memoized(&m.quotes, q, QuoteFigures) }

func (m *figureMemo) derivations(note string) map[string]bool {
	return memoized(&m.derivedVals, note, Derivations)
}

// memoized returns f(s), computed once per s in *memo.
func memoized[V any](memo *map[string]V, s string, f func(string) V) V {
	if v, ok := (*memo)[s]; ok {
		return v
	}
	if *memo == nil {
		*memo = make(map[string]V)
	}
	v := f(s)
	(*memo)[s] = v
	return v
}

// Quotes returns the quotes of every source in srcs, in order. For a source
// that cites a point of the 10 November 2020 statement by number instead,
// it adds what pointText returns for that number (the point's texts), if
// pointText is not nil.
func Quotes(pointText func(n int) []string, srcs ...karabakh.Sources) []string {
	var out []string
	for _, l := range srcs {
		for s := range l.All() {
			if s.Quote != "" {
				out = append(out, s.Quote)
			}
			if s.Point != 0 && pointText != nil {
				out = append(out, pointText(s.Point)...)
			}
		}
	}
	return out
}
