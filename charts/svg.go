package charts

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/datefmt"
)

// svg writes SVG elements one per line, indented, with every attribute and
// text escaped as XML, so that a committed chart diffs line by line and no
// text from the data can break out of its element.
type svg struct {
	buf   *bytes.Buffer
	depth int
}

// attrs writes name="value" pairs; a pair with an empty value is left out.
func (s *svg) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		s.buf.WriteByte(' ')
		s.buf.WriteString(kv[i])
		s.buf.WriteString(`="`)
		s.escape(kv[i+1])
		s.buf.WriteByte('"')
	}
}

// escape writes text escaped for XML content or a quoted attribute.
// Most of what a chart writes (numbers, classes, English labels) needs no
// escaping and is copied as it is; anything else goes through
// xml.EscapeText, which also replaces what XML cannot hold.
func (s *svg) escape(text string) {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
			xml.EscapeText(s.buf, []byte(text))
			return
		}
	}
	s.buf.WriteString(text)
}

func (s *svg) indent() {
	for range s.depth {
		s.buf.WriteByte(' ')
	}
}

// tag writes an indented tag up to its closing bracket, which it leaves
// to the caller.
func (s *svg) tag(name string, kv []string) {
	s.indent()
	s.buf.WriteByte('<')
	s.buf.WriteString(name)
	s.attrs(kv)
}

// open writes a start tag; close writes the matching end tag.
func (s *svg) open(name string, kv ...string) {
	s.tag(name, kv)
	s.buf.WriteString(">\n")
	s.depth++
}

func (s *svg) close(name string) {
	s.depth--
	s.indent()
	s.buf.WriteString("</")
	s.buf.WriteString(name)
	s.buf.WriteString(">\n")
}

// leaf writes an empty element.
func (s *svg) leaf(name string, kv ...string) {
	s.tag(name, kv)
	s.buf.WriteString("/>\n")
}

// text writes an element holding text.
func (s *svg) text(name, text string, kv ...string) {
	s.tag(name, kv)
	s.buf.WriteByte('>')
	s.escape(text)
	s.buf.WriteString("</")
	s.buf.WriteString(name)
	s.buf.WriteString(">\n")
}

// label writes a <text> at x, y with the given class and anchor ("" for
// start).
func (s *svg) label(x, y float64, class, anchor, text string) {
	s.text("text", text, "x", num(x), "y", num(y), "class", class, "text-anchor", anchor)
}

// mark writes a mark: a link to href when there is one, else a group,
// titled title, with what draw writes inside.
func (s *svg) mark(href, title, class string, draw func()) {
	el := "g"
	if href != "" {
		el = "a"
	}
	s.open(el, "href", href, "class", class)
	s.text("title", title)
	draw()
	s.close(el)
}

// num formats a coordinate with at most one decimal, never as "-0", so
// that the same chart gives the same bytes on every platform.
func num(x float64) string {
	r := math.Round(x*10) / 10
	if r == 0 {
		r = 0 // turns -0 into 0
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// The shapes of marks, centred on x, y.

func (s *svg) diamond(x, y, r float64, class string) {
	s.leaf("path", "d", "M"+num(x)+" "+num(y-r)+"L"+num(x+r)+" "+num(y)+"L"+num(x)+" "+num(y+r)+"L"+num(x-r)+" "+num(y)+"Z", "class", class)
}

func (s *svg) dot(x, y, r float64, class string) {
	s.leaf("circle", "cx", num(x), "cy", num(y), "r", num(r), "class", class)
}

func (s *svg) triangle(x, y, r float64, class string) {
	s.leaf("path", "d", "M"+num(x)+" "+num(y-r)+"L"+num(x+r)+" "+num(y+r*0.8)+"L"+num(x-r)+" "+num(y+r*0.8)+"Z", "class", class)
}

func (s *svg) cross(x, y, r float64, class string) {
	s.leaf("path", "d", "M"+num(x-r)+" "+num(y-r)+"L"+num(x+r)+" "+num(y+r)+"M"+num(x-r)+" "+num(y+r)+"L"+num(x+r)+" "+num(y-r), "class", class)
}

func (s *svg) line(x1, y1, x2, y2 float64, class string) {
	s.leaf("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "class", class)
}

func (s *svg) rect(x, y, w, h float64, class, fill string) {
	s.leaf("rect", "x", num(x), "y", num(y), "width", num(max(w, 0)), "height", num(max(h, 0)), "class", class, "fill", fill)
}

// A scale maps days to x coordinates: the first day of from to x0, the day
// after the last day of to to x1.
type scale struct {
	from   karabakh.Date
	days   int
	x0, x1 float64
}

func newScale(from, to karabakh.Date, x0, x1 float64) scale {
	from = from.First()
	return scale{from: from, days: max(from.DaysUntil(to.Last())+1, 1), x0: x0, x1: x1}
}

// x returns where the first day of d begins; end where its last day ends.
func (sc scale) x(d karabakh.Date) float64 {
	return sc.x0 + float64(sc.from.DaysUntil(d.First()))*(sc.x1-sc.x0)/float64(sc.days)
}

func (sc scale) end(d karabakh.Date) float64 {
	return sc.x0 + float64(sc.from.DaysUntil(d.Last())+1)*(sc.x1-sc.x0)/float64(sc.days)
}

// mid returns the middle of the first day of d, where a mark for d goes.
func (sc scale) mid(d karabakh.Date) float64 {
	return sc.x(d) + (sc.x1-sc.x0)/float64(sc.days)/2
}

// covers reports whether some day of d falls within the scale.
func (sc scale) covers(d karabakh.Date) bool {
	last := sc.from.AddDays(sc.days - 1)
	return !d.IsZero() && !d.First().After(last) && !d.Last().Before(sc.from)
}

// clamp keeps x within the scale.
func (sc scale) clamp(x float64) float64 { return min(max(x, sc.x0), sc.x1) }

// human writes a date for a label as a reader would: "10 Nov 2020",
// "Aug 2022", "2020".
func human(d karabakh.Date) string { return datefmt.Short(d) }

// shortDay writes a day without its year: "10 Nov".
func shortDay(d karabakh.Date) string { return d.Lower().Format("2 Jan") }

// words turns an enumeration value into words: "deadline-extended" into
// "deadline extended".
func words(s string) string { return strings.ReplaceAll(s, "-", " ") }

// plural writes n and a noun, in the plural unless n is 1.
func plural(n int, noun string) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
