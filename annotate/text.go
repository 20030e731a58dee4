package annotate

import (
	"bytes"
	"encoding/binary"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/fold"
	"github.com/caucasus-data/karabakh/places"
)

// Text yields the mentions of records, dates and quantities in text, in
// order of their start (the longer first where two start together).
// Mentions of different kinds may nest: the date in "the November 10
// declaration", the actors in the statement's full title, the actor in
// "2,000 Russian forces". Two mentions of one kind never overlap.
//
// It reads English, Russian, Armenian and Azerbaijani (see [Languages]);
// text that is not valid UTF-8 is read as far as it is, invalid bytes
// separating words. It takes time linear in the length of text and
// allocates in proportion to the number of mentions, not to the length of
// the text (see BENCHMARKS.md).
func Text(text string, opts ...Option) iter.Seq[Mention] {
	cfg := configOf(opts)
	return func(yield func(Mention) bool) {
		// The mentions are yielded from the pooled analyser's own buffer,
		// by value, so that a caller who only ranges over them costs no
		// copy of them all.
		a := analyzers.Get().(*analyzer)
		defer a.release()
		for _, m := range a.run(text, cfg, nil) {
			if !yield(m) {
				return
			}
		}
	}
}

// later yields what f returns, calling f when the sequence is ranged over.
func later[T any](f func() []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range f() {
			if !yield(v) {
				return
			}
		}
	}
}

const (
	ringSize  = 256 // tokens kept: the lookahead and the context behind
	lookahead = 96
)

type analyzer struct {
	cache [cacheSize]cacheEntry
	text  string
	cfg   config
	lx    *lexicon
	end   *endings
	sc    scanner
	last  []int32 // the last words of the name being read
	// pending holds the dates whose year the events of their day may
	// settle, and named the records the text names: see eventdays.go.
	pending  []pendingYear
	named    []string
	skbuf    [2 * maxKey]byte
	otherID  [1]string // the record a name names read the other way: see metonymy
	features featureSet
	// sample, if set, receives each name the metonymy model would read,
	// which then keeps the rules' reading: TestMetonymyWeights.
	sample func(group metonymyGroup, k Kind, i, end int)
	state
	ring [ringSize]token
}

// state is what an analyzer learns from one text.
type state struct {
	n     int // tokens scanned
	eof   bool
	latin langSet // the languages of words in Latin script
	out   []Mention
	// What the text has said so far.
	seen             []string // people named in full
	agreementSeen    bool
	lastAgreement    string
	agreementEnd     int // one more than the last agreement's last token
	statementSeen    bool
	handoverSeen     bool // the statement or a place it handed over named
	lastName         lastName
	lastCapitalActor int
	recent           [8]dateRead
	nrecent          int
	names_           [8]lastName
	nnames           int
	yearFix          yearFix
	year             int  // the last year the text wrote
	docYear          int  // the last year written in a document's own date
	docDate          int  // one more than the first token of an agreement's date read after its topic, or 0
	weekday          int  // the weekday before the date being read, 1 Monday, or 0
	firstYear        int  // the first year it writes, or -1 until textFirstYear looks
	named2025        bool // it has named the Washington meeting of 2025's host, city or documents
	// Each layer's next free token: two mentions of one kind never
	// overlap.
	until [Quantity + 1]int
	// classes, if set, receives the classes covering each token.
	classes *[]uint64
}

// record adds the classes of the entries starting at token i to the
// tokens they cover.
func (a *analyzer) record(i int) {
	cl := a.classes
	for len(*cl) <= i {
		*cl = append(*cl, 0)
	}
	for _, h := range a.hitsAt(i) {
		e := &a.lx.entries[h.entry]
		for k := i; k <= int(h.end); k++ {
			for len(*cl) <= k {
				*cl = append(*cl, 0)
			}
			(*cl)[k] |= 1 << e.cls
		}
	}
}

func analyze(text string, cfg config) []Mention {
	return analyzeClasses(text, cfg, nil)
}

// analyzeClasses is analyze that also records, in *classes, for each
// token of the text the classes of the vocabulary entries that cover it,
// for Check.
func analyzeClasses(text string, cfg config, classes *[]uint64) []Mention {
	a := analyzers.Get().(*analyzer)
	defer a.release()
	return slices.Clone(a.run(text, cfg, classes))
}

// run reads text and returns its mentions, in order, in a's buffer: they
// are a's until it is released.
func (a *analyzer) run(text string, cfg config, classes *[]uint64) []Mention {
	a.reset(text, cfg)
	a.classes = classes
	a.lastName.end, a.lastCapitalActor, a.yearFix.tok = -10, -10, -1
	a.prescan()
	for i := 0; ; i++ {
		if a.n <= i+lookahead {
			a.fill(i + lookahead)
		}
		if i >= a.n {
			break
		}
		if a.classes != nil {
			a.record(i)
		}
		a.process(i)
	}
	a.resolveYears()
	a.classes = nil
	slices.SortStableFunc(a.out, func(x, y Mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	if cfg.minScore > 0 {
		a.out = slices.DeleteFunc(a.out, func(m Mention) bool { return m.Score < cfg.minScore })
	}
	return a.out
}

// release clears a's mentions, so that the pool holds no text, and puts a
// back in the pool.
func (a *analyzer) release() {
	clear(a.out) // what lies beyond was cleared before, or by DeleteFunc
	a.out = a.out[:0]
	a.text, a.sc.text = "", ""
	analyzers.Put(a)
}

var analyzers = sync.Pool{New: func() any { return new(analyzer) }}

// reset readies a for text. The ring's tokens are overwritten as the
// text is scanned, so only the state before it is cleared.
func (a *analyzer) reset(text string, cfg config) {
	last, buf := a.last[:0], a.out[:0]
	a.state = state{}
	a.out, a.pending, a.named = buf, a.pending[:0], a.named[:0]
	a.text, a.cfg, a.lx, a.end, a.last = text, cfg, theLexicon(), endingSets(), last
	a.sc = newScanner(text)
}

// prescan settles, before scanning, what the Latin words are (Azerbaijani
// if the text has enough of ə, ı and ğ).
func (a *analyzer) prescan() {
	if a.cfg.langs != 0 {
		a.latin = a.cfg.langs & (langEN | langAZ)
		if a.latin == 0 {
			a.latin = langEN
		}
	}
	// Which Latin letters the text uses, from its first 16 KiB: a few
	// paragraphs tell Azerbaijani from English as well as the whole would.
	az, letters := 0, 0
	sample := a.text[:min(len(a.text), 16<<10)]
	for i := 0; i < len(sample); i++ {
		c := sample[i]
		if c < 0xC4 {
			if (c|0x20)-'a' < 26 {
				letters++
			}
			continue
		}
		if i+1 == len(sample) {
			break
		}
		switch c2 := sample[i+1]; {
		case c == 0xC9 && (c2 == 0x99 || c2 == 0x8F): // ə Ə
			az++
		case c == 0xC4 && (c2 == 0xB1 || c2 == 0x9F || c2 == 0x9E): // ı ğ Ğ
			az++
		case c == 0xD3 && (c2 == 0x99 || c2 == 0x98): // Cyrillic ә, as TRT writes it
			az++
		}
	}
	a.firstYear = -1
	if a.latin == 0 {
		a.latin = langEN
		switch {
		case az >= 3 && az*100 >= letters:
			a.latin = langAZ
		case az > 0:
			a.latin = langEN | langAZ
		}
	}
}

// textFirstYear returns the first year the text writes, or 0, looking for it
// on the first call: few texts need it.
func (a *analyzer) textFirstYear() int {
	if a.firstYear < 0 {
		a.firstYear = firstYear(a.text)
	}
	return a.firstYear
}

// firstYear returns the first number of four digits from 1900 to 2099 in
// text, or 0.
func firstYear(text string) int {
	for i := 0; i+4 <= len(text); i++ {
		j := strings.IndexAny(text[i:], "12")
		if j < 0 {
			return 0
		}
		i += j
		if i+4 <= len(text) && (i == 0 || !isDigit(text[i-1])) && (i+4 == len(text) || !isDigit(text[i+4])) {
			if y := atoi(text[i : i+4]); y >= 1900 && y <= 2099 {
				return y
			}
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			return -1
		}
	}
	return n
}

// at returns token i, or nil if it is not in the ring.
func (a *analyzer) at(i int) *token {
	// One comparison: i is in the ring if a.n-ringSize <= i < a.n (and
	// i >= 0, since a.n-1-i is then below a.n).
	if uint(a.n-1-i) >= ringSize || i < 0 {
		return nil
	}
	return &a.ring[uint(i)%ringSize]
}

func (a *analyzer) fill(upto int) {
	for !a.eof && a.n <= upto {
		t := &a.ring[uint(a.n)%ringSize]
		if !a.sc.next(t) {
			a.eof = true
			return
		}
		a.candidates(t)
		a.n++
	}
}

// langsOf returns the languages a token may be in, by its script.
func (a *analyzer) langsOf(t *token) langSet {
	switch {
	case t.has(tCyrillic):
		return langRU
	case t.has(tArmenian):
		return langHY
	case t.has(tLatin):
		return a.latin
	}
	return langAny
}

// candidates finds the lexicon words token t matches.
func (a *analyzer) candidates(t *token) {
	t.nc = 0
	if t.n == 0 {
		return
	}
	key := t.key[:t.n]
	ls := a.langsOf(t)
	// Words recur: the candidates of a word are kept in a small cache,
	// which lives as long as the pooled analyser, since the lexicon never
	// changes. Each set holds two words, the newer first, so that two
	// words of a text that share a set do not evict each other.
	const cached = tUpper | tCyrillic | tArmenian | tLatin
	if t.flags&tRepaired != 0 {
		a.match(t, key, ls)
		return
	}
	set := a.cache[cacheSet(key)*cacheWays:][:cacheWays]
	for w := range set {
		if c := &set[w]; c.n == t.n && c.ls == ls && c.flags == t.flags&cached && string(c.key[:c.n]) == string(key) {
			for k, p := range c.cands[:c.nc] {
				t.cands[k] = cand{word: int32(p >> 10), how: uint8(p>>7) & 7, plen: uint8(p & 0x7F)}
			}
			t.nc = c.nc
			return
		}
	}
	a.match(t, key, ls)
	if int(t.n) > len(cacheEntry{}.key) || int(t.nc) > len(cacheEntry{}.cands) {
		return
	}
	for _, cd := range t.cands[:t.nc] {
		if cd.how > 7 || cd.plen > 0x7F || cd.word >= 1<<22 {
			return // does not fit; never so for the lexicon as built
		}
	}
	copy(set[1:], set[:cacheWays-1])
	c := &set[0]
	for k, cd := range t.cands[:t.nc] {
		c.cands[k] = uint32(cd.word)<<10 | uint32(cd.how)<<7 | uint32(cd.plen)
	}
	c.n, c.nc, c.ls, c.flags = t.n, t.nc, ls, t.flags&cached
	copy(c.key[:], key)
}

// match walks the automata for the word key of token t.
func (a *analyzer) match(t *token, key []byte, ls langSet) {
	a.walk(t, &a.lx.chars, key, ls, false)
	if t.nc == 0 && t.has(tUpper) && (t.has(tCyrillic) || t.has(tArmenian) || t.has(tLatin)) && t.n >= 4 {
		sk := fold.AppendSkeleton(a.skbuf[:0], string(key))
		if len(sk) <= maxKey {
			a.walk(t, &a.lx.chars, sk, ls|langEN, true)
			a.walk(t, &a.lx.skel, sk, ls|langEN, true)
		}
		if t.nc == 0 {
			a.fuzzy(t, key, ls)
		}
	}
}

// fuzzyRunes is the fewest letters of a name's word, and of the text's
// word, for a match with one letter changed: shorter words are too close
// to each other ("Shusha" and "Shushi" are two names).
const fuzzyRunes = 7

// fuzzy finds the words of names that the capitalised word key matches
// with one letter, not the first, replaced by another: a typo
// ("Aberbaycan"), or a letter written for its neighbour ("Naxşıvanla" for
// Naxçıvanla). Only words the other walks did not match get here, once
// each, since the cache keeps the answer.
func (a *analyzer) fuzzy(t *token, key []byte, ls langSet) {
	if utf8.RuneCount(key) < fuzzyRunes {
		return
	}
	tr := &a.lx.chars
	node := int32(0)
	for p := 0; p < len(key); {
		size := 1
		if key[p] >= 0xC0 {
			_, size = utf8.DecodeRune(key[p:])
		}
		if p > 0 {
			// Every letter but key's at p, one or two bytes long; the key
			// goes on after its own letter, whatever the other's length.
			tr.children(node, func(b1 byte, n1 int32) {
				if b1 < 0x80 {
					if size != 1 || b1 != key[p] {
						a.walkFrom(t, tr, n1, key, p+size, ls)
					}
					return
				}
				tr.children(n1, func(b2 byte, n2 int32) {
					if size != 2 || b1 != key[p] || b2 != key[p+1] {
						a.walkFrom(t, tr, n2, key, p+size, ls)
					}
				})
			})
		}
		for e := p + size; p < e; p++ {
			if node = tr.next(node, key[p]); node < 0 {
				return
			}
		}
	}
}

// walkFrom walks key[from:] on from node, which spells key[:from] but one
// letter, and adds the names' words it reaches as fuzzy candidates.
func (a *analyzer) walkFrom(t *token, tr *charTrie, node int32, key []byte, from int, ls langSet) {
	for d := from; node >= 0; d++ {
		if nh := int32(tr.hcount[node]); nh != 0 && len(key)-d <= maxEnding {
			f := tr.hfirst[node]
			for _, h := range tr.hlist[f : f+nh] {
				if w := &a.lx.words[h.word]; w.name && h.runes >= fuzzyRunes && a.accepts(h, key, d, ls, false) {
					t.addCand(h.word, howFuzzy, uint8(d))
				}
			}
		}
		if d == len(key) {
			return
		}
		node = tr.next(node, key[d])
	}
}

// A cacheEntry holds the candidates of one word, in one cache line of
// the processor, each packed in 32 bits (word<<10 | how<<7 | plen): longer
// words, and words with more candidates, are not kept.
type cacheEntry struct {
	n, nc uint8
	ls    langSet
	flags tokFlag
	key   [42]byte
	cands [4]uint32
}

// cacheSet returns the set of a word in the cache, from its length and
// its first and last eight bytes: two words that differ only between
// those share a set, which costs a walk, never a wrong answer, since the
// set keeps the whole key.
func cacheSet(key []byte) int {
	const k = 0x9E3779B97F4A7C15
	h := uint64(len(key))
	if len(key) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(key)) * k
		h = (h ^ binary.LittleEndian.Uint64(key[len(key)-8:])) * k
	} else {
		for _, b := range key {
			h = h<<8 | uint64(b)
		}
		h *= k
	}
	return int(h >> (64 - cacheSetBits))
}

// cacheSize is the number of words the cache holds, a power of two, in
// sets of cacheWays.
const (
	cacheBits    = 12
	cacheSize    = 1 << cacheBits
	cacheWays    = 2
	cacheSetBits = cacheBits - 1 // cacheSize / cacheWays sets
)

func (a *analyzer) walk(t *token, tr *charTrie, key []byte, ls langSet, translit bool) {
	node := int32(0)
	for d := 0; d < len(key); d++ {
		node = tr.next(node, key[d])
		if node < 0 {
			return
		}
		nh := int32(tr.hcount[node])
		if nh == 0 {
			continue
		}
		rest := key[d+1:]
		if len(rest) > maxEnding {
			continue
		}
		f := tr.hfirst[node]
		for _, h := range tr.hlist[f : f+nh] {
			if !a.accepts(h, key, d+1, ls, translit) {
				continue
			}
			how := howWhole
			if len(rest) > 0 || h.stem {
				how = howInflected
			}
			if translit {
				how = howTranslit
			} else if t.has(tRepaired) && how == howWhole {
				how = howRepaired
			}
			t.addCand(h.word, how, uint8(d+1))
		}
	}
}

// accepts reports whether the word of h, reached after n bytes of key,
// takes what follows in key as an ending.
func (a *analyzer) accepts(h wordHit, key []byte, n int, ls langSet, translit bool) bool {
	w := &a.lx.words[h.word]
	if n == len(key) {
		return !h.stem || a.stemAllows(w, key[:n], key, ls)
	}
	// Short words take no endings in English, where "US" and "e" would
	// make "use"; nor do words of one or two letters.
	if !w.short && (h.runes < 3 || h.runes < 4 && ls&langEN != 0) {
		return false
	}
	if h.stem {
		return a.stemAllows(w, key[:n], key, ls)
	}
	return a.end.allows(ls|w.langs&ls, string(key[n:])) || translit && a.end.latin[string(key[n:])]
}

// maxEnding is the longest ending, in bytes, of any language.
const maxEnding = 24

func (a *analyzer) stemAllows(w *lexWord, stem, key []byte, ls langSet) bool {
	rest := key[len(stem):]
	if len(rest) == 0 {
		// The bare stem: the Russian genitive plural of a common noun
		// ("сил", of "силы"), never a name's ("армен", of "Армения"); the
		// Armenian genitive of a noun in -ի ("ուղու", of "ուղի").
		if ls&langHY != 0 && w.langs&langHY != 0 && strings.HasSuffix(string(stem), "ու") && strings.HasSuffix(w.key, "ի") {
			return true
		}
		return !w.name && w.langs&langRU != 0 && ls&langRU != 0
	}
	if a.end.allows(ls|w.langs, string(rest)) {
		return true
	}
	// A soft sign between the stem and the ending, which Snowball cuts
	// from the stem ("третий" → "трет", "третьим").
	if (ls|w.langs)&langRU != 0 && strings.HasPrefix(string(rest), "ь") && a.end.allows(langRU, string(rest[len("ь"):])) {
		return true
	}
	// Snowball undoubles a Russian нн at the end of a stem
	// ("трехсторонн-его" → "трехсторон"): the second н belongs before the
	// ending.
	if (ls|w.langs)&langRU != 0 && strings.HasSuffix(string(stem), "н") && strings.HasPrefix(string(rest), "н") &&
		a.end.allows(langRU, string(rest[len("н"):])) {
		return true
	}
	if len(key) > len(w.key) && string(key[:len(w.key)]) == w.key {
		return a.end.allows((ls|w.langs)&(langEN|langRU), string(key[len(w.key):]))
	}
	return false
}

func (t *token) addCand(w int32, how, plen uint8) {
	for i := range t.cands[:t.nc] {
		if t.cands[i].word == w {
			if how < t.cands[i].how {
				t.cands[i].how, t.cands[i].plen = how, plen
			}
			return
		}
	}
	if int(t.nc) < maxCands {
		t.cands[t.nc] = cand{word: w, how: how, plen: plen}
		t.nc++
	}
}

// A hit is a lexicon entry found starting at a token.
type hit struct {
	entry int32
	end   int32 // the entry's last token
	how   uint8
	cls   class // of the entry
	title bool  // the entry is an agreement's title
}

// hitsAt returns the lexicon entries that start at token i, computed once.
func (a *analyzer) hitsAt(i int) []hit {
	t := a.at(i)
	if t == nil {
		return nil
	}
	if !t.hitsDone {
		a.findHits(t, i)
	}
	return t.hits[:t.nh]
}

// findHits finds the lexicon entries that start at token t, number i.
func (a *analyzer) findHits(t *token, i int) {
	t.nh, t.mask = 0, 0
	if t.nc > 0 {
		a.dfs(t, 0, i, i, howWhole, false)
	}
	for _, h := range t.hits[:t.nh] {
		t.mask |= 1 << h.cls
		if h.title {
			t.mask |= bitAgreementName
		}
	}
	t.hitsDone = true
}

// bitAgreementName marks a token where an agreement's title starts.
const bitAgreementName = 1 << 63

// has reports whether an entry of class c starts at token i.
func (a *analyzer) has(i int, c class) bool {
	t := a.at(i)
	if t == nil {
		return false
	}
	if !t.hitsDone {
		a.findHits(t, i)
	}
	return t.mask&(1<<(c&63)) != 0
}

// dfs walks the trie of word sequences from token j, where a name that
// starts at token start goes on. open says whether a bracket opened inside
// it: a name shuts only a bracket it opened ("Kashatagh (Lachin)
// corridor"), so "Berdzor (Lachin) region" holds no "Lachin region".
func (a *analyzer) dfs(first *token, node int32, j, start int, how uint8, open bool) {
	t := a.at(j)
	if t == nil || j-start >= a.lx.maxWords {
		return
	}
	if j > start && (t.sep&^sepInName != 0 || t.sep&sepPara != 0 || t.sep&sepClose != 0 && !open) {
		return
	}
	open = open || j > start && t.sep&sepOpen != 0
	ls := a.langsOf(t)
	for _, c := range t.cands[:t.nc] {
		child := a.lx.seq.next(node, c.word)
		if child < 0 {
			continue
		}
		h := max(how, c.how)
		for _, f := range a.lx.finals[child] {
			if first.nh == maxHits {
				break
			}
			if f.lang != 0 && f.lang&ls == 0 {
				continue
			}
			if h == howTranslit && f.cls != cName || f.caps && !first.has(tAllUpper) {
				continue
			}
			first.hits[first.nh] = hit{entry: f.entry, end: int32(j), how: h, cls: f.cls, title: f.title}
			first.nh++
		}
		if a.lx.seq.count[child] > 0 {
			a.dfs(first, child, j+1, start, h, open)
		}
	}
}

// process reads the mentions that start at token i.
func (a *analyzer) process(i int) {
	t := a.at(i)
	digits := t.has(tDigits)
	ordinal := !digits && t.n >= 3 && isDigit(t.key[0]) // "9th", "6-м" is two words
	if t.nc == 0 && !digits && !ordinal {
		// No word of the lexicon, no number: nothing starts here, but for
		// a person's initials ("М.Захарова").
		if a.initial(i) {
			a.names(i)
		}
		return
	}
	if len(a.hitsAt(i)) == 0 && !digits && !ordinal {
		if t.has(tUpper) {
			a.names(i) // a surname alone, initials
		}
		return
	}
	m := t.mask
	const (
		nameBits   = 1<<cName | 1<<cContingent | 1<<cCentre | 1<<cCapital | 1<<cStateAdj | 1<<cMinistry | 1<<cPlaceAdj
		agreeBits  = bitAgreementName | 1<<cAgreementHead
		pointBits  = 1<<cPointWord | 1<<cOrdinal
		dateBits   = 1<<cMonth | 1<<cSeason | 1<<cRelDay | 1<<cRelPeriod | 1<<cWeekday | 1<<cRelSeason | 1<<cNumber | 1<<cIndefinite | 1<<cSameYear
		numberBits = 1<<cNumber | 1<<cMultiplier
	)
	if m&nameBits != 0 || t.has(tUpper) {
		a.names(i)
	}
	if m&agreeBits != 0 {
		a.agreements(i)
	}
	if m&pointBits != 0 || digits || ordinal {
		a.points(i)
	}
	if m&dateBits != 0 || digits || ordinal {
		a.dates(i)
	}
	if m&numberBits != 0 || digits {
		a.quantities(i)
	}
}

// emit adds a mention of kind k over tokens i..j.
func (a *analyzer) emit(k Kind, i, j int, how uint8, ids ...string) *Mention {
	ti, tj := a.at(i), a.at(j)
	if ti == nil || tj == nil {
		return nil
	}
	a.remember(k, i, j, ids)
	end := tj.end
	// The full stop of an abbreviated word for year is the date's:
	// "9 ноября 2020 г.", "2020 թ.".
	// The last full stop of a dotted abbreviation is the name's: "U.S.".
	if (k == Actor || k == Place) && tj.n == 1 && tj.has(tAllUpper|tUpper) && tj.sep&sepPeriod != 0 && strings.HasPrefix(a.text[end:], ".") {
		end++
	}
	if (k == Date || k == Agreement) && (tj.is("г") || tj.is("гг") || tj.is("թ") || tj.is("թթ") || tj.n > 0 && isDigit(tj.key[0]) && (bytes.HasSuffix(tj.key[:tj.n], []byte("թ")) || bytes.HasSuffix(tj.key[:tj.n], []byte("г")))) {
		switch {
		case strings.HasPrefix(a.text[end:], "."):
			end++
		case strings.HasPrefix(a.text[end:], "\u2024"): // Armenian writes "թ․" with the one-dot leader
			end += len("\u2024")
		}
	}
	return a.emitSpan(k, ti.start, end, how, ids...)
}

// remember notes a mention of an actor or place over tokens i..j, for the
// words after it: "X and Y", the contingent before a bare "agreement",
// the people in a list.
func (a *analyzer) remember(k Kind, i, j int, ids []string) {
	if k != Actor && k != Place || len(ids) == 0 {
		return
	}
	a.lastName = lastName{start: i, end: j, kind: k, id: ids[0]}
	a.names_[a.nnames%len(a.names_)] = a.lastName
	a.nnames++
}

func (a *analyzer) emitSpan(k Kind, start, end int, how uint8, ids ...string) *Mention {
	if k == Actor || k == Place || k == Agreement {
		a.named = append(a.named, ids...) // for resolveYears, whatever the caller wants
		if len(ids) > 0 {
			switch ids[0] {
			case string(actors.Trump), string(places.WashingtonDC), string(places.TRIPPRoute), string(agreement.WashingtonDeclaration2025), string(agreement.PeaceAgreementInitialled2025):
				a.named2025 = true // for era2025
			}
		}
	}
	if !a.cfg.wants(k) {
		return nil
	}
	m := Mention{Start: start, End: end, Text: a.text[start:end], Kind: k, IDs: a.lx.list(ids)}
	m.How, m.Score = matchKind(how)
	if len(ids) > 1 {
		m.Ambiguous = true
		m.Score = float64(int(m.Score*100+0.5)-10) / 100 // 0.7, not 0.7000000000000001
	}
	a.out = append(a.out, m)
	return &a.out[len(a.out)-1]
}

// matchKind returns the exported kind and the score of a way of matching.
func matchKind(how uint8) (karabakh.MatchKind, float64) {
	switch how {
	case howRepaired:
		return karabakh.MatchRepaired, 0.95
	case howTranslit:
		return karabakh.MatchTransliterated, 0.85
	case howInflected:
		return karabakh.MatchInflected, 0.95
	case howPartial:
		return karabakh.MatchPartial, 0.8
	case howFuzzy:
		return karabakh.MatchFuzzy, 0.7
	case howExact:
		return karabakh.MatchExact, 1
	}
	return karabakh.MatchFolded, 1
}

// Ways of matching a whole mention, beyond those of its words.
const (
	howPartial uint8 = iota + 10
	howExact
)
