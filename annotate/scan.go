package annotate

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/internal/fold"
)

// The scanner cuts a text into words, folds each into a key, and says what
// separates it from the word before. It keeps nothing per word beyond the
// ring of tokens the analyser reads, so scanning allocates nothing, except
// to repair a word of mojibake.

const (
	maxKey   = 64 // bytes of a folded word kept; a longer word matches nothing
	maxCands = 8  // lexicon words one token can match
	maxHits  = 16 // lexicon entries that can start at one token
)

// A sepSet says what lies between two tokens.
type sepSet uint32

const (
	sepSpace sepSet = 1 << iota
	sepNewline
	sepPara // a blank line
	sepHyphen
	sepDash // – or —
	sepApos
	sepPeriod
	sepComma
	sepColon
	sepSemi
	sepStop // ! or ?
	sepQuote
	sepOpen  // ( [ {
	sepClose // ) ] }
	sepSlash
	sepPercent
	sepOther
)

// Separators that may stand inside a name: "Nagorno-Karabakh", "I.H.Aliyev",
// "Statement by the President of the Republic of Azerbaijan, the Prime
// Minister", "Azerbaijan’s defence ministry", "Kashatagh (Lachin) corridor".
const sepInName = sepSpace | sepNewline | sepHyphen | sepApos | sepPeriod | sepComma | sepOpen | sepClose | sepColon

type tokFlag uint16

const (
	tUpper    tokFlag = 1 << iota // begins with a capital letter
	tAllUpper                     // every letter a capital, two or more letters
	tDigits                       // digits only
	tRepaired                     // the key is of the word's mojibake repaired
	tLong                         // too long to match
	tLatin
	tCyrillic
	tArmenian
	tMixed // Latin with Cyrillic look-alikes, folded to Latin
)

// A cand is a lexicon word a token matches.
type cand struct {
	word int32
	how  uint8 // a howX constant
	plen uint8 // bytes of the token's key before its ending
}

// How a word matched, from the surest; the mention takes the loosest of its
// words.
const (
	howWhole uint8 = iota
	howRepaired
	howTranslit
	howInflected
	howFuzzy // one letter other than the name's: "Aberbaycan", "Naxşıvanla"
)

// A token is one word of the text. Its fields are in the order the matcher
// reads them, so that a short word with few candidates takes two lines of
// the processor's cache.
type token struct {
	start, end int
	sep        sepSet // what lies between the previous token and this one
	flags      tokFlag
	n          uint8 // bytes of key
	nc         uint8 // cands
	nh         uint8
	hitsDone   bool
	hashed     bool   // keyHash and stemHash are computed: see hashes
	keyHash    uint32 // of key, for the metonymy model's features
	stemHash   uint32 // of key's first five runes
	mask       uint64 // classes of the hits (bitAgreementName for titles)
	cands      [maxCands]cand
	key        [maxKey]byte
	hits       [maxHits]hit // lexicon entries starting here, once computed
}

func (t *token) keyString() string { return string(t.key[:t.n]) }

// is reports whether the token's key is s; it does not allocate.
func (t *token) is(s string) bool { return string(t.key[:t.n]) == s }

// startsWith reports whether the token's key begins with s; it does not
// allocate.
func (t *token) startsWith(s string) bool { return int(t.n) >= len(s) && string(t.key[:len(s)]) == s }

func (t *token) has(f tokFlag) bool { return t.flags&f != 0 }

type scanner struct {
	text    string
	table   *[0x800]charInfo // runeTable()
	pos     int
	key     []byte // the folded word, built as it is scanned
	scratch [256]byte
	repair  [128]byte
	mixed   [2 * maxKey]byte // a Cyrillic word's key with its Latin look-alikes rewritten
}

// newScanner returns a scanner of text.
func newScanner(text string) scanner { return scanner{text: text, table: runeTable()} }

// next scans the next word into t, reporting false at the end of the text.
func (s *scanner) next(t *token) bool {
	text := s.text
	var sep sepSet
	newlines := 0
	// Separators.
	for s.pos < len(text) {
		c := text[s.pos]
		if c < utf8.RuneSelf {
			if isWordByte(c) {
				break
			}
			s.pos++
			switch c {
			case '\n':
				newlines++
				sep |= sepNewline
				if newlines >= 2 {
					sep |= sepPara
				}
				continue
			case ' ', '\t', '\r', '\f', '\v':
				sep |= sepSpace
				continue
			}
			sep |= asciiSep(c)
			if c != ' ' {
				newlines = 0
			}
			continue
		}
		r, size := decode(text, s.pos)
		if r != utf8.RuneError && isWordRune(r) {
			break
		}
		s.pos += size
		sep |= runeSep(r)
	}
	if s.pos >= len(text) {
		return false
	}
	t.sep = sep
	t.flags = 0
	t.nc = 0
	t.nh = 0
	t.hitsDone = false
	t.hashed = false
	t.start = s.pos
	suspect := false
	var st wordStats
	if s.key == nil {
		s.key = s.scratch[:0]
	}
	s.key = s.key[:0]
	s.word(&suspect, &st)
	// A word broken at the end of a line with a hyphen, the next line
	// going on in small letters, is one word: "Pashi-\nnyan".
	joinAt := -1
	if j, ok := s.lineBreakHyphen(); ok {
		joinAt = s.pos
		s.pos = j
		s.word(&suspect, &st)
	}
	t.end = s.pos
	s.fill(t, joinAt, suspect, &st)
	return true
}

// decode decodes the rune at text[i], as utf8.DecodeRuneInString does, with
// the two-byte letters of Cyrillic, Armenian and accented Latin decoded in
// line.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(text) {
		if c2 := text[i+1]; c2&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c2&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}

// wordStats counts what kinds of characters a word has.
type wordStats struct {
	upper, lower, digits int
	first                bool  // the first letter is a capital
	scripts              uint8 // kLatin, kCyrillic, kArmenian, kOther: the scripts of the letters
}

// word advances over one word's characters, counting them in st. It works
// on copies of the position and the key, written back at the end: it runs
// for every byte of the text.
func (s *scanner) word(suspect *bool, st *wordStats) {
	text, table := s.text, s.table
	pos, key := s.pos, s.key
scan:
	for pos < len(text) {
		c := text[pos]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				// A run of small Latin letters, the commonest case, is its
				// own key.
				j := pos + 1
				for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
					j++
				}
				st.lower += j - pos
				st.scripts |= kLatin
				if room := 2*maxKey - len(key); room > 0 {
					key = append(key, text[pos:min(j, pos+room)]...)
				}
				pos = j
				continue
			case 'A' <= c && c <= 'Z':
				if st.upper+st.lower == 0 {
					st.first = true
				}
				st.upper++
				st.scripts |= kLatin
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				st.digits++
			default:
				break scan
			}
			if len(key) < 2*maxKey {
				key = append(key, c)
			}
			pos++
			continue
		}
		// Two-byte characters (the letters of Cyrillic, Armenian and
		// accented Latin) from a table: whether they belong to a word, their
		// script and case, and their folded form.
		if c >= 0xC2 && c < 0xE0 && pos+1 < len(text) && text[pos+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(text[pos+1]&0x3F)
			if r <= 0xEF {
				if n := s.mojibake(pos, r, 2, suspect); n > 0 {
					pos += n
					continue
				}
			}
			info := &table[r&0x7FF]
			if info.kind == 0 {
				break scan
			}
			if len(key) < 2*maxKey {
				switch info.n {
				case 2: // most letters of the scripts read
					key = append(key, info.b[0], info.b[1])
				case 1:
					key = append(key, info.b[0])
				default:
					key = append(key, info.b[:info.n]...)
				}
			}
			pos += 2
			st.count(info.kind)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		if r == utf8.RuneError && size <= 1 {
			break scan
		}
		if n := s.mojibake(pos, r, size, suspect); n > 0 {
			pos += n
			continue
		}
		if !isWordRune(r) {
			break scan
		}
		if len(key) <= 2*maxKey {
			key = fold.AppendKey(key, text[pos:pos+size])
		}
		pos += size
		st.count(runeKind(r))
	}
	s.pos, s.key = pos, key
}

// mojibake reports whether the rune r at text position pos, of size bytes,
// and the rune after it are UTF-8 read as Windows-1252: a lead byte shown
// as Â..ï followed by a continuation byte shown as one of cp1252's
// 0x80..0xBF, which may be punctuation ("Ã©", "Ð¡", "ÄŸ"). If so it marks
// the word suspect and returns the bytes of both, else 0.
func (s *scanner) mojibake(pos int, r rune, size int, suspect *bool) int {
	if r < 0xC2 || r > 0xEF || pos+size >= len(s.text) {
		return 0
	}
	r2, size2 := utf8.DecodeRuneInString(s.text[pos+size:])
	if !cp1252Continuation(r2) {
		return 0
	}
	*suspect = true
	return size + size2
}

// The kinds of character of a word, for wordStats: one bit each, so that
// counting them takes no branch.
const (
	kNone  = 0 // not part of a word
	kLower = 1 << (iota - 1)
	kUpper
	kDigit
	kMark // a combining mark or invisible character: no letter
)

// Scripts, in the bits above the kind.
const (
	kLatin = 1 << (4 + iota)
	kCyrillic
	kArmenian
	kOther
)

// runeKind classifies a character of a word.
func runeKind(r rune) uint8 {
	var script uint8
	switch {
	case r >= 0x400 && r <= 0x52F:
		script = kCyrillic
	case r >= 0x530 && r < 0x590:
		script = kArmenian
	case r < 0x250 || r >= 0x1E00 && r < 0x1F00:
		script = kLatin
	default:
		script = kOther
	}
	switch {
	case !isWordRune(r):
		return kNone
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return kUpper | script
	case unicode.IsLetter(r):
		return kLower | script
	case unicode.IsDigit(r):
		return kDigit
	}
	return kMark
}

// count adds a character of kind k to the statistics. Only letters carry
// a script.
func (st *wordStats) count(k uint8) {
	if k&kUpper != 0 && st.upper+st.lower == 0 {
		st.first = true
	}
	st.upper += int(k >> 1 & 1)
	st.lower += int(k & 1)
	st.digits += int(k >> 2 & 1)
	st.scripts |= k &^ 0x0F
}

// A charInfo is what the scanner needs of one two-byte character.
type charInfo struct {
	kind uint8 // runeKind
	n    uint8 // bytes of the folded form
	b    [6]byte
}

// runeTable holds the charInfo of every two-byte character, U+0080 to
// U+07FF, by the character (the first 128 entries are unused, so that a
// two-byte character indexes it without a bounds check), made with runeKind and fold.AppendKey so as to agree with them.
// A character whose folded form is long, or not letters alone, is not in
// a word here: none of the scripts read has one.
var runeTable = sync.OnceValue(func() *[0x800]charInfo {
	var t [0x800]charInfo
	for r := rune(0x80); r < 0x800; r++ {
		ci := &t[r]
		ci.kind = runeKind(r)
		if ci.kind == kNone {
			continue
		}
		k := fold.AppendKey(nil, string(r))
		if len(k) > len(ci.b) || bytes.IndexByte(k, ' ') >= 0 {
			ci.kind = kNone
			continue
		}
		ci.n = uint8(copy(ci.b[:], k))
	}
	return &t
})

// lineBreakHyphen reports where the rest of a word broken by a hyphen at
// the end of a line begins.
func (s *scanner) lineBreakHyphen() (int, bool) {
	text := s.text
	i := s.pos
	if i >= len(text) || text[i] != '-' {
		return 0, false
	}
	i++
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if i >= len(text) || text[i] != '\n' {
		return 0, false
	}
	i++
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i >= len(text) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsLower(r) {
		return 0, false
	}
	return i, true
}

// fill sets t's key and flags from the text it spans.
func (s *scanner) fill(t *token, joinAt int, suspect bool, st *wordStats) {
	word := s.text[t.start:t.end]
	if len(word) > 96 {
		t.flags |= tLong
		t.n = 0
		return
	}
	var key []byte
	if suspect {
		if rep, ok := repairCP1252(s.repair[:0], word); ok {
			key = fold.AppendKey(s.scratch[:0], string(rep))
			t.flags |= tRepaired
		}
	}
	if key == nil {
		key = s.key // folded while scanning, both halves of a broken word
	}
	// Flags from the letters.
	if st.first {
		t.flags |= tUpper
	}
	if st.upper >= 2 && st.lower == 0 {
		t.flags |= tAllUpper
	}
	if st.digits > 0 && st.upper+st.lower == 0 {
		t.flags |= tDigits
	}
	if st.scripts&kArmenian != 0 {
		t.flags |= tArmenian
	}
	latin, cyr := st.scripts&kLatin != 0, st.scripts&kCyrillic != 0
	switch {
	case latin && cyr && cyrillicMostly(key):
		// A Latin look-alike inside a Cyrillic word, as pages write ë for
		// ё ("трëхсторонней"): fold it to the Cyrillic letter.
		key = cyrillicLookalikes(s.mixed[:0], key)
		t.flags |= tCyrillic
	case latin && cyr:
		// Cyrillic look-alikes inside a Latin word, as TRT writes ə: fold
		// them to the Latin letters they stand for.
		key = latinLookalikes(key)
		t.flags |= tLatin | tMixed
	case latin:
		t.flags |= tLatin
	case cyr:
		t.flags |= tCyrillic
	}
	if st.scripts&kArmenian != 0 && st.scripts&(kLatin|kCyrillic) == 0 && len(key) <= maxKey && classicalSpelling(key) {
		key = reformedSpelling(s.mixed[:0], key)
	}
	if len(key) > maxKey {
		t.flags |= tLong
		t.n = 0
		return
	}
	if len(key) == 0 || &key[0] != &t.key[0] {
		t.n = uint8(copy(t.key[:], key))
	}
}

// latinLookalikes rewrites, in place, the Cyrillic letters of key that look
// like Latin ones.
func latinLookalikes(key []byte) []byte {
	out := key[:0]
	for i := 0; i < len(key); {
		r, size := utf8.DecodeRune(key[i:])
		i += size
		if l, ok := lookalike(r); ok {
			out = append(out, l)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// reformedSpelling appends to dst the Armenian key with the classical
// spelling, which the diaspora's press keeps, rewritten to the reformed
// one the record's names use: "Հանրապետութեան" → "հանրապետության",
// "-ութիւն" → "-ություն", "կէտ" → "կետ", "Փաշինեան" → "փաշինյան",
// "եօթերորդ" → "յոթերորդ", "յայտարարութիւն" → "հայտարարություն". No name
// or word of the lexicon has a rewritten sequence. Reformed spelling has
// է inside a word too, after a prefix ("հիդրոէլեկտրակայան") and in the
// negated copula ("չէր"), which the matcher reads as a word: it is kept
// after a first չ. And it has յ at the start before other vowels
// ("յոթ"): յ is rewritten only before ա, ե and ի.
func reformedSpelling(dst, key []byte) []byte {
	for i := 0; i < len(key); {
		rest := key[i:]
		from, to := "", ""
		switch {
		case i == 0 && (bytes.HasPrefix(rest, []byte("յա")) || bytes.HasPrefix(rest, []byte("յե")) || bytes.HasPrefix(rest, []byte("յի"))):
			from, to = "յ", "հ"
		case i > 0 && bytes.HasPrefix(rest, []byte("է")) && !(i == len("չ") && bytes.HasPrefix(key, []byte("չ"))):
			from, to = "է", "ե"
		case bytes.HasPrefix(rest, []byte("եան")):
			from, to = "եա", "յա"
		case bytes.HasPrefix(rest, []byte("իւ")):
			from, to = "իւ", "յու"
		case bytes.HasPrefix(rest, []byte("աւ")):
			from, to = "աւ", "ավ"
		case bytes.HasPrefix(rest, []byte("եօ")):
			from, to = "եօ", "յո"
		default:
			_, size := utf8.DecodeRune(rest)
			dst = append(dst, rest[:size]...)
			i += size
			continue
		}
		dst = append(dst, to...)
		i += len(from)
	}
	return dst
}

// classicalSpelling reports whether the Armenian key may have a sequence
// that reformedSpelling rewrites. It runs on every Armenian word, so it
// reads the key once, rune by rune, without decoding the runes it skips.
func classicalSpelling(key []byte) bool {
	var prev rune
	for i := 0; i < len(key); {
		c := key[i]
		if c < 0xD5 || c > 0xD6 || i+1 >= len(key) {
			prev = 0
			i += seqLen(c)
			continue
		}
		r := rune(c&0x1F)<<6 | rune(key[i+1]&0x3F)
		switch {
		case r == 'է' && i > 0 && !(i == len("չ") && prev == 'չ'),
			r == 'ւ' && (prev == 'ի' || prev == 'ա'),
			(r == 'ա' || r == 'օ') && prev == 'ե',
			i == len("յ") && prev == 'յ' && (r == 'ա' || r == 'ե' || r == 'ի'):
			return true
		}
		prev = r
		i += 2
	}
	return false
}

// seqLen returns the length of the UTF-8 sequence that lead byte c starts
// (1 for a stray continuation byte).
func seqLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

// cyrillicMostly reports whether key has more Cyrillic letters than Latin
// ones.
func cyrillicMostly(key []byte) bool {
	n := 0
	for _, r := range string(key) {
		switch {
		case r >= 0x400 && r < 0x530:
			n++
		case r < utf8.RuneSelf && isWordByte(byte(r)) && !('0' <= r && r <= '9'):
			n--
		}
	}
	return n > 0
}

// cyrillicLookalikes appends to dst key with the Latin letters that look
// like Cyrillic ones rewritten; the others stay.
func cyrillicLookalikes(dst, key []byte) []byte {
	out := dst
	for len(key) > 0 {
		r, size := utf8.DecodeRune(key)
		key = key[size:]
		switch r {
		case 'a':
			r = 'а'
		case 'c':
			r = 'с'
		case 'e':
			r = 'е'
		case 'k':
			r = 'к'
		case 'o':
			r = 'о'
		case 'p':
			r = 'р'
		case 'x':
			r = 'х'
		case 'y':
			r = 'у'
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

func lookalike(r rune) (byte, bool) {
	switch r {
	case 'а':
		return 'a', true
	case 'е', 'ә', 'э':
		return 'e', true
	case 'о', 'ө':
		return 'o', true
	case 'р':
		return 'p', true
	case 'с':
		return 'c', true
	case 'х':
		return 'x', true
	case 'у', 'ү':
		return 'u', true
	case 'і':
		return 'i', true
	case 'ј':
		return 'j', true
	case 'һ':
		return 'h', true
	}
	return 0, false
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return isWordByte(byte(r))
	// The scripts of the four languages, without a table lookup.
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x400 && r <= 0x52F:
		return true
	case r >= 0x531 && r <= 0x556, r >= 0x560 && r <= 0x588:
		return true
	case r >= 0x559 && r <= 0x55F, r == 0x589:
		return r == 0x559 // ՙ is a letter; the rest is punctuation
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || fold.Ignorable(r)
}

func asciiSep(c byte) sepSet {
	switch c {
	case '-':
		return sepHyphen
	case '\'', '`':
		return sepApos
	case '.':
		return sepPeriod
	case ',':
		return sepComma
	case ':':
		return sepColon
	case ';':
		return sepSemi
	case '!', '?':
		return sepStop
	case '"':
		return sepQuote
	case '(', '[', '{':
		return sepOpen
	case ')', ']', '}':
		return sepClose
	case '/':
		return sepSlash
	case '%':
		return sepPercent
	}
	return sepOther
}

func runeSep(r rune) sepSet {
	switch r {
	case '\u00a0', '\u2009', '\u202f', '\u2007', '\u2002', '\u2003', '\u3000', '\u200b':
		return sepSpace
	case '\u2028', '\u2029', '\u0085':
		return sepNewline
	case '\u2010', '\u2011', '\u058a': // and the Armenian hyphen ֊ ("10֊ին")
		return sepHyphen
	case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return sepDash
	case '\u2019', '\u2018', '\u02bc', '\u00b4', '\u055a', '\u055b':
		return sepApos
	case '\u2026', '\u0589', '\u3002', '\u2024':
		return sepPeriod // "…", the Armenian full stop ։, the one-dot leader ․ Armenian writes for "թ."'s point
	case '\u055d', '\u060c':
		return sepComma
	case '\u055e', '\u055c':
		return sepStop
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u201a', '\u201f':
		return sepQuote
	case '\uff05', '\u066a':
		return sepPercent
	}
	if unicode.IsSpace(r) {
		return sepSpace
	}
	return sepOther
}

// repairCP1252 undoes mojibake: it writes to dst the bytes that word's
// characters stand for in Windows-1252 (or Latin-1), and reports whether
// they are valid UTF-8 unlike word itself: "ErdoÄŸan" gives "Erdoğan". It
// does what fold.Repairs does for one encoding, without allocating.
func repairCP1252(dst []byte, word string) ([]byte, bool) {
	if len(word) > cap(dst) {
		return nil, false
	}
	for _, r := range word {
		switch {
		case r < 0x100:
			dst = append(dst, byte(r))
		default:
			b, ok := cp1252Byte(r)
			if !ok {
				return nil, false
			}
			dst = append(dst, b)
		}
	}
	if !utf8.Valid(dst) || string(dst) == word {
		return nil, false
	}
	return dst, true
}

// cp1252Byte returns the byte Windows-1252 shows as r, for the characters
// it puts at 0x80..0x9F.
func cp1252Byte(r rune) (byte, bool) {
	const extras = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
	i := byte(0x80)
	for _, e := range extras {
		if e == r {
			return i, true
		}
		i++
	}
	return 0, false
}

// cp1252Continuation reports whether r is what a UTF-8 continuation byte
// (0x80..0xBF) shows as in Windows-1252 or Latin-1.
func cp1252Continuation(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž',
		'‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}
