// Package check holds the rules that every package's Validate applies to its
// records, so that a rule means the same thing everywhere.
package check

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/fold"
	"golang.org/x/text/unicode/norm"
)

// A Checker collects problems. The zero Checker is ready to use.
type Checker struct {
	problems []karabakh.Problem
	// figs memoises the figures rule's reading of texts and quotes for one
	// run: a dataset repeats its quotes, and a decoded document may repeat
	// whole records.
	figs figureMemo
}

// Addf records a problem with record rec at field.
func (c *Checker) Addf(rec, field, format string, args ...any) {
	c.problems = append(c.problems, karabakh.Problem{Record: rec, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Err returns a *karabakh.ValidationError with every problem, or nil.
func (c *Checker) Err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return &karabakh.ValidationError{Problems: c.problems}
}

// MaxIDLen is the most bytes an ID may have.
const MaxIDLen = 100

// ValidID reports whether id is lower-case ASCII words joined by hyphens,
// the form every ID in the dataset takes ("ilham-aliyev", "15th-brigade"),
// of at most MaxIDLen bytes.
func ValidID(id string) bool {
	if id == "" || len(id) > MaxIDLen {
		return false
	}
	prevHyphen := true
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			prevHyphen = false
		case c == '-':
			if prevHyphen {
				return false
			}
			prevHyphen = true
		default:
			return false
		}
	}
	return !prevHyphen
}

// ID checks that id is well formed and not seen before in this set.
func (c *Checker) ID(seen map[string]bool, rec, field, id string) {
	if !ValidID(id) {
		c.Addf(rec, field, "ID %q is not lower-case words joined by hyphens", id)
	}
	if seen[id] {
		c.Addf(rec, field, "duplicate ID %q", id)
	}
	seen[id] = true
}

// Text checks that s is valid UTF-8 in NFC, with no control characters, no
// invisible characters and none of the marks of text decoded with the
// wrong encoding. Empty text is allowed; use Required for fields that must
// be set. Messages quote at most the first 40 bytes of s, and say at which
// byte of it a bad character is.
func (c *Checker) Text(rec, field, s string) {
	if !utf8.ValidString(s) {
		c.Addf(rec, field, "text %s is not valid UTF-8", QuoteInput(s))
		return
	}
	if !norm.NFC.IsNormalString(s) {
		c.Addf(rec, field, "text %s is not in Unicode NFC", QuoteInput(s))
	}
	for i, r := range s {
		if r == utf8.RuneError {
			c.Addf(rec, field, "text %s holds U+FFFD, a character lost in decoding, at byte %d", QuoteInput(s), i)
			break
		}
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			c.Addf(rec, field, "text %s holds control character %U at byte %d", QuoteInput(s), r, i)
			break
		}
	}
	c.invisible(rec, field, s)
	if m := Mojibake(s); m != "" {
		c.Addf(rec, field, "text %s looks like mojibake (%q: UTF-8 read as Windows-1252 or Latin-1)", QuoteInput(s), m)
	}
}

// AsFound checks text kept as it was found, damage included, such as a
// garbled name or a claim quoted from a source: it must be set, valid UTF-8
// in NFC and free of invisible characters, but may look like mojibake.
func (c *Checker) AsFound(rec, field, s string) {
	switch {
	case strings.TrimSpace(s) == "":
		c.Addf(rec, field, "is empty")
		return
	case !utf8.ValidString(s):
		c.Addf(rec, field, "text %s is not valid UTF-8", QuoteInput(s))
		return
	case !norm.NFC.IsNormalString(s):
		c.Addf(rec, field, "text %s is not in Unicode NFC", QuoteInput(s))
	}
	c.invisible(rec, field, s)
}

// invisible reports the first default-ignorable code point in s: a soft
// hyphen, a zero-width character, a bidirectional control, a variation
// selector. They show nothing, or reorder what is shown, so that a name
// holding one can pass for another; the dataset has no use for them.
func (c *Checker) invisible(rec, field, s string) {
	for i, r := range s {
		if fold.Ignorable(r) {
			c.Addf(rec, field, "text %s holds invisible character %U at byte %d (a zero-width, bidirectional or formatting control)", QuoteInput(s), r, i)
			return
		}
	}
}

// Required checks that s is set, then checks it as Text.
func (c *Checker) Required(rec, field, s string) {
	if strings.TrimSpace(s) == "" {
		c.Addf(rec, field, "is empty")
		return
	}
	c.Text(rec, field, s)
}

// mojibakeLeads are how the lead bytes of UTF-8 for Latin, Cyrillic and
// Armenian letters (0xC3..0xD6) show when read as Windows-1252 or Latin-1.
// Followed by how a continuation byte shows, they mark mojibake.
const mojibakeLeads = "ÃÄÅÐÑÔÕÖ"

// Mojibake returns the first run in s that looks like UTF-8 decoded as
// Windows-1252 or Latin-1 (such as "Ã©" for "é" or "Ä" for "ğ"),
// or "" if there is none.
func Mojibake(s string) string {
	if i := strings.Index(s, "â€"); i >= 0 {
		return s[i : i+len("â€")]
	}
	leadAt := -1
	for i, r := range s {
		if leadAt >= 0 && isContinuationLook(r) {
			return s[leadAt : i+utf8.RuneLen(r)]
		}
		leadAt = -1
		if strings.ContainsRune(mojibakeLeads, r) {
			leadAt = i
		}
	}
	return ""
}

// isContinuationLook reports whether r is how a UTF-8 continuation byte
// 0x80..0xBF shows in Windows-1252 or Latin-1.
func isContinuationLook(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0xbf: // Latin-1 symbols: NBSP, ©, ®, °, ±, ¶ ...
		return true
	case r >= 0x80 && r <= 0x9f: // C1 controls (Latin-1)
		return true
	}
	// Windows-1252's 0x80..0x9F.
	return strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r)
}

// Sources checks that a record cites at least one source and that each is
// complete: an absolute http(s) URL, a publisher, and a quote or a point.
func (c *Checker) Sources(rec, field string, srcs karabakh.Sources) {
	if srcs.Len() == 0 {
		c.Addf(rec, field, "cites no source")
		return
	}
	for i := range srcs.Len() {
		s := srcs.At(i)
		f := fmt.Sprintf("%s[%d]", field, i)
		c.Source(rec, f, s)
	}
}

// MinQuoteLen is the fewest characters a quote may have, unless it is
// exempted with a reason (see QuoteExempt): a shorter quote seldom carries
// the claim it is cited for ("relatively stable", "closing in").
const MinQuoteLen = 25

// Source checks one source.
func (c *Checker) Source(rec, f string, s karabakh.Source) {
	u, err := url.Parse(s.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		c.Addf(rec, f+".URL", "%s is not an absolute http(s) URL", QuoteInput(s.URL))
	}
	c.invisible(rec, f+".URL", s.URL)
	c.Required(rec, f+".Publisher", s.Publisher)
	c.Text(rec, f+".Title", s.Title)
	c.Text(rec, f+".Quote", s.Quote)
	c.Text(rec, f+".Note", s.Note)
	if s.Quote == "" && s.Point == 0 {
		c.Addf(rec, f, "has neither a quote nor a point number")
	}
	if n := utf8.RuneCountInString(s.Quote); s.Quote != "" && n < MinQuoteLen && QuoteExempt(rec, s.Quote) == "" {
		c.Addf(rec, f+".Quote", "%s is %d characters long: a quote must carry its claim, in at least %d characters", QuoteInput(s.Quote), n, MinQuoteLen)
	}
	if s.Point < 0 || s.Point > 9 {
		c.Addf(rec, f+".Point", "point %d is not 1..9", s.Point)
	}
}

// Names checks a record's names: at least one label, every name with a
// known kind, a language and valid text. Garbled names are exempt from the
// mojibake rule, since showing the damage is what they are for.
func (c *Checker) Names(rec, field string, ns karabakh.Names) {
	labels := 0
	for i := range ns.Len() {
		n := ns.At(i)
		f := fmt.Sprintf("%s[%d]", field, i)
		if !n.Kind.Valid() {
			c.Addf(rec, f+".Kind", "unknown name kind %q", n.Kind)
		}
		if n.Kind == karabakh.KindLabel {
			labels++
		}
		if n.Lang == (karabakh.Name{}).Lang {
			c.Addf(rec, f+".Lang", "has no language")
		}
		if n.Kind == karabakh.KindGarbled {
			c.AsFound(rec, f+".Text", n.Text)
		} else {
			c.Required(rec, f+".Text", n.Text)
		}
		c.Text(rec, f+".Usage", n.Usage)
		for j := range n.Sources.Len() {
			s := n.Sources.At(j)
			c.Source(rec, fmt.Sprintf("%s.Sources[%d]", f, j), s)
		}
	}
	if labels == 0 {
		c.Addf(rec, field, "has no label")
	}
}

// Interval checks that an interval's ends are in order.
func (c *Checker) Interval(rec, field string, iv karabakh.Interval) {
	if !iv.Valid() {
		c.Addf(rec, field, "starts (%s) after it ends (%s)", iv.Start, iv.End)
	}
}

// Identifiers checks external identifiers.
func (c *Checker) Identifiers(rec, field string, ids karabakh.List[karabakh.Identifier]) {
	for i := range ids.Len() {
		id := ids.At(i)
		f := fmt.Sprintf("%s[%d]", field, i)
		if !id.Scheme.Valid() {
			c.Addf(rec, f+".Scheme", "unknown scheme %q", id.Scheme)
		}
		c.Required(rec, f+".Value", id.Value)
		c.Sources(rec, f+".Sources", id.Sources)
	}
}

// Rec names the i-th record of a kind for problem reports: "actor
// ilham-aliyev", or "actor #3" when the record has no ID.
func Rec(kind, id string, i int) string {
	if id == "" {
		return fmt.Sprintf("%s #%d", kind, i)
	}
	return kind + " " + id
}

// Refs checks that every ID in ids names a record, as exists reports, and
// reports each that does not as "no <kind> ..." at field[i].
func Refs[T ~string](c *Checker, rec, field, kind string, ids karabakh.List[T], exists func(T) bool) {
	for i := range ids.Len() {
		id := ids.At(i)
		if !exists(id) {
			c.Addf(rec, fmt.Sprintf("%s[%d]", field, i), "no %s %q", kind, id)
		}
	}
}

// A Named is what every record with names holds: actors and places.
type Named struct {
	ID, Kind    string
	KindValid   bool
	Names       karabakh.Names
	PartOf      string
	Identifiers karabakh.List[karabakh.Identifier]
	Note        string
	Sources     karabakh.Sources
}

// NamedRecords checks a complete set of named records of one kind ("actor",
// "place"): IDs unique and well formed, kinds known, names, identifiers,
// note and sources valid, and every PartOf within the set and not the
// record itself. For the caller's own checks it calls more, if not nil,
// with each record, the name problems are reported under, and the set of
// IDs.
func NamedRecords[T any](c *Checker, kind string, all []T, named func(T) Named, more func(rec string, r T, ids map[string]bool)) {
	seen := make(map[string]bool, len(all))
	for i, r := range all {
		n := named(r)
		c.ID(seen, Rec(kind, n.ID, i), "ID", n.ID)
	}
	for i, r := range all {
		n := named(r)
		rec := Rec(kind, n.ID, i)
		if !n.KindValid {
			c.Addf(rec, "Kind", "unknown kind %q", n.Kind)
		}
		c.Names(rec, "Names", n.Names)
		if n.PartOf != "" {
			if !seen[n.PartOf] {
				c.Addf(rec, "PartOf", "no %s %q", kind, n.PartOf)
			} else if n.PartOf == n.ID {
				c.Addf(rec, "PartOf", "a%s %s cannot be part of itself", article(kind), kind)
			}
		}
		c.Identifiers(rec, "Identifiers", n.Identifiers)
		c.Text(rec, "Note", n.Note)
		c.Sources(rec, "Sources", n.Sources)
		if more != nil {
			more(rec, r, seen)
		}
	}
}

func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "n"
	}
	return ""
}
