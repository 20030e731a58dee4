package annotate

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
)

// Check yields the findings of reading text against the record, in order
// of their start:
//
//   - every claim of the corrections register (package factcheck) that
//     the text repeats: in the words of the claim or of a page it was seen
//     on (Correction.Seen), or recognised by its cues (the terms that mark
//     it, in any of their languages, and the figures it states);
//   - figures for what the statement's points set (its peacekeepers,
//     armoured personnel carriers, vehicles, the corridor's width, the
//     peacekeepers' term and notice) that differ from the text's value or
//     are one of the other values sources reported;
//   - "signed by X", where X did not sign the agreement;
//   - the dates the statement was signed and took effect, and the
//     deadlines and handover dates of points 2 and 6, with the extension
//     for Kalbajar;
//   - words quoted as the statement's that are in none of its texts.
//
// Findings are conservative: where the text does not say plainly what it
// claims (which agreement, which date, whose words), Check says nothing
// rather than call a claim wrong. Consistent claims are reported too, so
// that a reader sees what was checked.
func Check(text string, opts ...Option) iter.Seq[Finding] {
	cfg := configOf(opts)
	cfg.kinds, cfg.minScore = 0, 0
	return later(func() []Finding { return check(text, cfg) })
}

// A ctoken is a word of the text, for Check.
type ctoken struct {
	start, end int
	key        string
	sep        sepSet
}

// A checker holds what Check reads from a text.
type checker struct {
	text      string
	toks      []ctoken
	mentions  []Mention
	sentences [][2]int // byte spans
	out       []Finding
	lx        *lexicon
	byKey     map[string][]int
	classes   []uint64 // per token: the classes of vocabulary it is a word of
}

func check(text string, cfg config) []Finding {
	return checkWith(text, cfg, shippedRegister())
}

// A regEntry is a correction of the register with the keys of the words
// its claim and its cues are found by, worked out once.
type regEntry struct {
	corr     factcheck.Correction
	passages [][]string // the words of each passage of the claim, and of each page's quote of it
	terms    [][]string // the words of each term of the cues
}

func compileRegister(register iter.Seq[factcheck.Correction]) []regEntry {
	var out []regEntry
	for c := range register {
		e := regEntry{corr: c}
		for passage := range strings.SplitSeq(c.Claim, " […] ") {
			e.passages = append(e.passages, keysOf(passage))
		}
		// The passages that make the claim on the pages it was seen on.
		for src := range c.Seen.All() {
			if src.Quote != "" {
				e.passages = append(e.passages, keysOf(src.Quote))
			}
		}
		for t := range c.Cues.Terms.All() {
			e.terms = append(e.terms, keysOf(t.Text))
		}
		out = append(out, e)
	}
	return out
}

var shippedRegister = sync.OnceValue(func() []regEntry { return compileRegister(factcheck.All()) })

// checkWith is check against the given corrections register.
func checkWith(text string, cfg config, register []regEntry) []Finding {
	c := &checker{text: text, lx: theLexicon()}
	c.mentions = analyzeClasses(text, cfg, &c.classes)
	sc := newScanner(text)
	var t token
	for sc.next(&t) {
		c.toks = append(c.toks, ctoken{start: t.start, end: t.end, key: t.keyString(), sep: t.sep})
	}
	c.sentences = sentences(text, c.toks)
	c.register(register)
	c.quantities()
	c.signatories()
	c.dates()
	c.quotations()
	slices.SortStableFunc(c.out, func(x, y Finding) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	// One finding per span and check.
	c.out = slices.CompactFunc(c.out, func(x, y Finding) bool {
		return x.Start == y.Start && x.End == y.End && x.Check == y.Check && x.Correction == y.Correction && x.Verdict == y.Verdict
	})
	return c.out
}

// sentences cuts the text at sentence ends: a full stop, question or
// exclamation mark (or the Armenian ։) before a capital letter, a quote or
// a digit, and blank lines.
func sentences(text string, toks []ctoken) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		gap := text[toks[i-1].end:t.start]
		end := t.sep&sepPara != 0
		if !end && t.sep&(sepPeriod|sepStop) != 0 {
			r, _ := utf8.DecodeRuneInString(text[t.start:])
			// "V. Putin", "I.H.Aliyev": an initial's period ends nothing.
			initial := utf8.RuneCountInString(text[toks[i-1].start:toks[i-1].end]) == 1
			end = !initial && (strings.ContainsAny(gap, "!?։") || strings.Contains(gap, ". ") || strings.Contains(gap, ".\n") || strings.Contains(gap, ".\u00a0")) && (isUpperRune(r) || t.sep&sepQuote != 0 || isDigit(text[t.start]))
		}
		if end {
			out = append(out, [2]int{start, toks[i-1].end + len(strings.TrimRight(gap, " \t\n\r\u00a0"))})
			start = t.start
		}
	}
	out = append(out, [2]int{start, len(text)})
	return out
}

func isUpperRune(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 0x410 && r <= 0x42F || r >= 0x531 && r <= 0x556 || r >= 0xC0 && r <= 0xDE || r == 'Ə' || r == 'İ' || r == 'Ş' || r == 'Ç' || r == 'Ğ'
}

// sentenceOf returns the sentence holding byte offset at.
func (c *checker) sentenceOf(at int) [2]int {
	i, _ := slices.BinarySearchFunc(c.sentences, at, func(s [2]int, at int) int {
		switch {
		case s[1] <= at:
			return -1
		case s[0] > at:
			return 1
		}
		return 0
	})
	if i >= len(c.sentences) {
		return c.sentences[len(c.sentences)-1]
	}
	return c.sentences[i]
}

// tokIndex returns the index of the first token starting at or after
// byte offset at.
func (c *checker) tokIndex(at int) int {
	i, _ := slices.BinarySearchFunc(c.toks, at, func(t ctoken, at int) int { return t.start - at })
	return i
}

// mentionsIn returns the mentions within the byte span s.
func (c *checker) mentionsIn(s [2]int) []Mention {
	i, _ := slices.BinarySearchFunc(c.mentions, s[0], func(m Mention, at int) int { return m.Start - at })
	j := i
	for j < len(c.mentions) && c.mentions[j].Start < s[1] {
		j++
	}
	return c.mentions[i:j]
}

func (c *checker) add(f Finding) { c.out = append(c.out, f) }

// keysOf folds s into the keys of its words.
func keysOf(s string) []string {
	var out []string
	sc := newScanner(s)
	var t token
	for sc.next(&t) {
		out = append(out, t.keyString())
	}
	return out
}

// findKeys returns the token spans where the words keys occur in order,
// each matching a text word whole, or the last allowed a short ending.
func (c *checker) findKeys(keys []string) [][2]int {
	if len(keys) == 0 {
		return nil
	}
	var out [][2]int
	for _, i := range c.starts(keys[0]) {
		if i+len(keys) > len(c.toks) {
			break
		}
		ok := true
		for k, key := range keys[1:] {
			tk := c.toks[i+1+k].key
			if tk == key || k == len(keys)-2 && len(tk) > len(key) && len(tk)-len(key) <= 6 && strings.HasPrefix(tk, key) {
				continue
			}
			ok = false
			break
		}
		if ok {
			out = append(out, [2]int{i, i + len(keys) - 1})
		}
	}
	return out
}

// starts returns the tokens whose key is key, from an index built once.
func (c *checker) starts(key string) []int {
	if c.byKey == nil {
		c.byKey = map[string][]int{}
		for i, t := range c.toks {
			c.byKey[t.key] = append(c.byKey[t.key], i)
		}
	}
	return c.byKey[key]
}

// verdictOf maps the register's verdicts to a finding's.
func verdictOf(v factcheck.Verdict) Verdict {
	switch v {
	case factcheck.Wrong, factcheck.Misattributed:
		return Wrong
	case factcheck.Garbled, factcheck.Imprecise, factcheck.Outdated:
		return Imprecise
	case factcheck.Correct:
		return Consistent
	}
	return Disputed
}

// register finds the register's claims: in the words the register quotes
// them in, and by their cues.
func (c *checker) register(register []regEntry) {
	for _, re := range register {
		corr := re.corr
		refs := []Ref{{"correction", string(corr.ID)}}
		if kind, id, ok := contradicts(corr.Cues.Contradicts); ok {
			refs = append(refs, Ref{kind, id})
		}
		for p := range corr.Points.All() {
			if !slices.Contains(refs, Ref{"point", string(p)}) {
				refs = append(refs, Ref{"point", string(p)})
			}
		}
		f := Finding{Verdict: verdictOf(corr.Verdict), Check: CheckRegister, Records: karabakh.ListOf(refs...),
			Correction: corr.ID, Sourced: corr.Correction, Sources: corr.Sources}
		found := false
		for _, keys := range re.passages {
			if len(keys) < 3 {
				continue // too short to be the claim anywhere else
			}
			for _, sp := range c.findKeys(keys) {
				f.Start, f.End = c.toks[sp[0]].start, c.toks[sp[1]].end
				f.Claim = c.text[f.Start:f.End]
				c.add(f)
				found = true
			}
		}
		if found {
			continue
		}
		for _, s := range c.cued(corr.Cues, re.terms) {
			f.Start, f.End = s[0], s[1]
			f.Claim = c.text[s[0]:s[1]]
			c.add(f)
		}
	}
}

// contradicts reads a Cues.Contradicts: "KIND ID FIELD".
func contradicts(s string) (kind, id string, ok bool) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return "", "", false
	}
	return f[0], f[1], true
}

// cued returns the sentences that repeat a claim by its cues: a term that
// marks it, and, where the claim states figures, one of them; or, for a
// claim with figures and no terms, all its figures beside a mention of
// the record it contradicts.
func (c *checker) cued(cues factcheck.Cues, terms [][]string) [][2]int {
	if cues.IsZero() {
		return nil
	}
	// The sentences with a term, found once over the whole text.
	withTerm := map[[2]int]bool{}
	for _, keys := range terms {
		for _, sp := range c.findKeys(keys) {
			s := c.sentenceOf(c.toks[sp[0]].start)
			if c.toks[sp[1]].end <= s[1] {
				withTerm[s] = true
			}
		}
	}
	var out [][2]int
	for _, s := range c.sentences {
		if cues.Terms.Len() > 0 && !withTerm[s] {
			continue
		}
		figures := 0
		if cues.Figures.Len() > 0 {
			nums := digitGroups(c.text[s[0]:s[1]])
			for f := range cues.Figures.All() {
				if d := digitsOf(f); d != "" && slices.Contains(nums, d) {
					figures++
				}
			}
		}
		switch {
		case cues.Terms.Len() > 0 && (cues.Figures.Len() == 0 || figures > 0):
		case cues.Terms.Len() == 0 && cues.Figures.Len() > 0 && figures == cues.Figures.Len() && c.mentionsRecord(s, cues.Contradicts):
		default:
			continue
		}
		out = append(out, s)
	}
	return out
}

// mentionsRecord reports whether sentence s mentions the record a
// Contradicts names, or, for a field of a point, the point's agreement.
func (c *checker) mentionsRecord(s [2]int, contra string) bool {
	_, id, ok := contradicts(contra)
	if !ok {
		return false
	}
	ag, _, _ := strings.Cut(id, "#")
	for _, m := range c.mentionsIn(s) {
		if slices.Contains(m.IDs.Slice(), id) || slices.Contains(m.IDs.Slice(), ag) {
			return true
		}
		if p, ok := agreement.GetPoint(agreement.PointID(id)); ok && pointConcerns(p, m) {
			return true
		}
	}
	return false
}

// pointConcerns reports whether mention m is of an actor or place point p
// names in its obligations or places.
func pointConcerns(p agreement.Point, m Mention) bool {
	if m.IDs.Len() == 0 {
		return false
	}
	id := m.IDs.At(0)
	for o := range p.Obligations.All() {
		if string(o.Obligor) == id || string(o.Beneficiary) == id {
			return true
		}
	}
	for pl := range p.Places.All() {
		if string(pl) == id {
			return true
		}
	}
	return id == string(actors.PeacekeepingContingent) && p.ID == agreement.Point3
}

// digitsOf returns the digits of s, in order.
func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// digitGroups returns the numbers written in s, digits only: "1,960",
// "1 960" and "00:00" give "1960", "1960" and "0000".
func digitGroups(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case isDigit(ch):
			b.WriteByte(ch)
		case b.Len() > 0 && (ch == ',' || ch == '.' || ch == ':' || ch == ' ') && i+1 < len(s) && isDigit(s[i+1]):
		default:
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}
