package annotate

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
)

// Quotations: words quoted as the statement's are looked for in every
// text of its points the record holds, in any language. Words found are
// consistent; words close to a point's text but not its words are
// imprecise; words the statement's full texts in the quotation's
// language do not come near are wrong. Where the record holds no text
// of the quoted point in that language, nothing is said.

// A quote is a quotation: the words between its marks.
type quote struct{ start, end int }

// quotePairs are the quotation marks, opening and closing.
var quotePairs = [...][2]rune{{'„', '“'}, {'“', '”'}, {'«', '»'}, {'‹', '›'}, {'"', '"'}, {'„', '”'}, {'‚', '‘'}}

// quotes returns the quotations of text, outermost only, each at most
// 2,000 bytes.
func quotes(text string) []quote {
	var out []quote
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		for _, p := range quotePairs {
			if r != p[0] {
				continue
			}
			limit := min(len(text), i+2000)
			if j := strings.IndexRune(text[i:limit], p[1]); j > 0 {
				out = append(out, quote{i, i + j})
				i += j + utf8.RuneLen(p[1])
				break
			}
		}
	}
	return out
}

// A pointText is one text of one point, folded.
type pointText struct {
	point agreement.Point
	text  agreement.Text
	keys  []string
	set   map[string]bool
}

var statementTexts = sync.OnceValue(func() []pointText {
	var out []pointText
	st, _ := agreement.Get(agreement.Statement2020)
	for p := range st.Points.All() {
		for t := range p.Texts.All() {
			keys := keysOf(t.Body)
			set := map[string]bool{}
			for _, k := range keys {
				set[k] = true
			}
			out = append(out, pointText{point: p, text: t, keys: keys, set: set})
		}
	}
	return out
})

func (c *checker) quotations() {
	for _, q := range quotes(c.text) {
		keys := keysOf(c.text[q.start:q.end])
		if len(keys) < 5 {
			continue // a phrase, not a passage
		}
		point, ok := c.attributed(q)
		if !ok {
			continue
		}
		lang := c.scriptLang(q)
		texts := statementTexts()
		f := Finding{Start: q.start, End: q.end, Claim: c.text[q.start:q.end], Check: CheckQuotation}
		// The words themselves, in any text.
		for _, t := range texts {
			if (point == 0 || t.point.Number == point) && contains(t.keys, keys) {
				f.Verdict = Consistent
				f.Records = karabakh.ListOf(Ref{"point", string(t.point.ID)})
				f.Sourced = fmt.Sprintf("point %d of the statement (%s text)", t.point.Number, t.text.Lang)
				f.Sources = t.text.Sources
				c.add(f)
				goto next
			}
		}
		{
			// How near the closest text in the quotation's language comes.
			best, bestText := 0.0, -1
			full := false
			for k, t := range texts {
				if b, _ := t.text.Lang.Base(); b.String() != lang || point != 0 && t.point.Number != point {
					continue
				}
				if t.text.Coverage == agreement.Full {
					full = true
				}
				if o := overlap(keys, t.set); o > best {
					best, bestText = o, k
				}
			}
			switch {
			case bestText >= 0 && best >= 0.6:
				t := texts[bestText]
				f.Verdict = Imprecise
				f.Records = karabakh.ListOf(Ref{"point", string(t.point.ID)})
				f.Sourced = fmt.Sprintf("not the words of point %d of the statement, which reads: %s", t.point.Number, shorten(t.text.Body, 300))
				f.Sources = t.text.Sources
				c.add(f)
			case full && best < 0.35 && point == 0:
				f.Verdict = Wrong
				f.Records = karabakh.ListOf(Ref{"agreement", string(agreement.Statement2020)})
				f.Sourced = "no text of the statement holds these words"
				if st, ok := agreement.Get(agreement.Statement2020); ok {
					f.Sources = st.Sources
				}
				c.add(f)
			}
		}
	next:
	}
}

// attributed reports whether quotation q is given as the statement's
// words: the statement, or a point of it, is named before it in its
// sentence with a verb of saying or a colon, or after it with a verb of
// saying. It returns the point quoted, or 0 for the statement as a whole.
func (c *checker) attributed(q quote) (int, bool) {
	s := c.sentenceOf(q.start - 1)
	before := [2]int{s[0], q.start}
	point, named, after := 0, false, 0
	for _, m := range c.mentionsIn(before) {
		if m.End > q.start || m.IDs.Len() == 0 {
			continue
		}
		id := m.IDs.At(0)
		switch {
		case m.Kind == Agreement && id == string(agreement.Statement2020):
			named, after = true, max(after, m.End)
		case m.Kind == Point && strings.HasPrefix(id, string(agreement.Statement2020)+"#"):
			named, after = true, max(after, m.End)
			point = agreement.PointID(id).Number()
		case m.Kind == Actor && m.Start >= after && named:
			named = false // someone else speaks: "the agreement, Pashinyan said: „…“"
		}
	}
	if !named {
		return 0, false
	}
	// The statement says it, after being named: "The agreement (…)
	// states: „…“", "в заявлении говорится: «…»".
	lead := strings.TrimRight(c.text[after:q.start], " \u00a0„“”«‹\"‚")
	if _, ok := c.classIn([2]int{after, q.start}, cSayVerb); ok || strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, "։") {
		return point, true
	}
	return 0, false
}

// scriptLang returns the language of quotation q by its letters.
func (c *checker) scriptLang(q quote) string {
	for _, r := range c.text[q.start:q.end] {
		switch {
		case r >= 0x400 && r < 0x530:
			return "ru"
		case r >= 0x530 && r < 0x590:
			return "hy"
		case r == 'ə' || r == 'Ə' || r == 'ı' || r == 'ğ':
			return "az"
		}
	}
	return "en"
}

// contains reports whether keys occur in order in text, the last word
// allowed an ending.
func contains(text, keys []string) bool {
	for i := 0; i+len(keys) <= len(text); i++ {
		ok := true
		for k, key := range keys {
			if t := text[i+k]; t != key && !(k == len(keys)-1 && strings.HasPrefix(t, key)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// overlap returns the share of the content words of keys (of four
// letters or more) that the text has.
func overlap(keys []string, set map[string]bool) float64 {
	n, all := 0, 0
	for _, k := range keys {
		if utf8.RuneCountInString(k) < 4 {
			continue
		}
		all++
		if set[k] {
			n++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(n) / float64(all)
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
