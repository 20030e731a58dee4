// Package fold turns names into keys that compare equal across case,
// width, diacritics and punctuation, repairs mojibake, and ranks near
// matches by edit distance. It is shared by the name lookups of the actors
// and agreement packages.
//
// Folding follows what golang.org/x/text would give for
// transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), cases.Fold())
// (the tests check it against that chain), but works rune by rune into a
// caller's buffer so that a lookup allocates nothing. Azerbaijani ə and
// dotless ı, and a few Latin letters that have no decomposition (ł, ø, đ,
// ß, æ), get explicit rules. Default-ignorable code points (soft hyphen,
// zero-width space and joiners, bidirectional controls, variation
// selectors ...) are removed with the combining marks, so that an invisible
// character inside a name changes nothing.
package fold

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AppendKey appends the folded key of s to dst and returns the result.
// Letters and digits are kept, lower-cased and stripped of diacritics;
// compatibility forms (full-width letters, ligatures) are decomposed;
// default-ignorable code points are dropped; every run of other characters
// (spaces, punctuation, symbols, invalid UTF-8) becomes a single space, and
// none leads or trails.
//
// With a large enough dst, AppendKey allocates nothing.
func AppendKey(dst []byte, s string) []byte {
	start := len(dst)
	sep := false // a separator is pending
	emit := func(r rune) {
		if sep && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		dst = utf8.AppendRune(dst, r)
	}
	var tbl *[tableEnd - tableStart]folded
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				if sep && len(dst) > start {
					dst = append(dst, ' ')
				}
				sep = false
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				if sep && len(dst) > start {
					dst = append(dst, ' ')
				}
				sep = false
				dst = append(dst, c+'a'-'A')
			default:
				sep = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			i++
			sep = true
			continue
		}
		i += size
		// Latin, Greek, Cyrillic and Armenian letters come from a table
		// of their folded forms, built once by the general path below.
		if r >= tableStart && r < tableEnd {
			if tbl == nil {
				tbl = table()
			}
			switch f := &tbl[r-tableStart]; f.kind {
			case foldLetters:
				if sep && len(dst) > start {
					dst = append(dst, ' ')
				}
				sep = false
				dst = append(dst, f.b[:f.n]...)
				continue
			case foldSeparator:
				sep = true
				continue
			case foldDrop:
				continue
			}
		}
		foldOne(r, s[i-size:], emit, &sep)
	}
	return dst
}

// foldOne folds the rune r that starts s.
func foldOne(r rune, s string, emit func(rune), sep *bool) {
	if d := norm.NFKD.PropertiesString(s).Decomposition(); d != nil {
		for j := 0; j < len(d); {
			dr, n := utf8.DecodeRune(d[j:])
			j += n
			foldRune(dr, emit, sep)
		}
		return
	}
	foldRune(r, emit, sep)
}

// The range of runes folded through the table.
const (
	tableStart = 0x80
	tableEnd   = 0x590
)

type foldKind uint8

const (
	foldSlow      foldKind = iota // not in the table: fold in full
	foldLetters                   // letters only: append b[:n]
	foldSeparator                 // a separator
	foldDrop                      // a combining mark: nothing
)

type folded struct {
	kind foldKind
	n    uint8
	b    [6]byte
}

// table holds the folded form of each rune in [tableStart, tableEnd) whose
// folding is letters only, a separator alone, or nothing, computed by
// foldOne so that it cannot disagree with it.
var table = sync.OnceValue(func() *[tableEnd - tableStart]folded {
	var t [tableEnd - tableStart]folded
	for r := rune(tableStart); r < tableEnd; r++ {
		var out []byte
		sep, mixed := false, false
		emit := func(x rune) {
			if sep {
				mixed = true
			}
			out = utf8.AppendRune(out, x)
		}
		foldOne(r, string(r), emit, &sep)
		f := &t[r-tableStart]
		switch {
		case mixed || len(out) > 0 && sep || len(out) > len(f.b):
			f.kind = foldSlow
		case len(out) > 0:
			f.kind, f.n = foldLetters, uint8(copy(f.b[:], out))
		case sep:
			f.kind = foldSeparator
		default:
			f.kind = foldDrop
		}
	}
	return &t
})

// Key returns the folded key of s as a new string.
func Key(s string) string {
	var buf [128]byte
	return string(AppendKey(buf[:0], s))
}

// foldRune emits the folded form of a rune that has no further
// decomposition.
func foldRune(r rune, emit func(rune), sep *bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			emit(r)
		case 'A' <= r && r <= 'Z':
			emit(r + 'a' - 'A')
		default:
			*sep = true
		}
		return
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return // a combining mark: diacritics are ignored
	case Ignorable(r):
		return // invisible: "Ali\u00adyev" is "Aliyev"
	case !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mc, r):
		*sep = true
		return
	}
	// Simple case folding: the lower case of the upper case, so that ſ,
	// ς and ı fold with s, σ and i.
	r = unicode.ToLower(unicode.ToUpper(r))
	switch r {
	case 'ə': // Azerbaijani schwa has no decomposition: Kəlbəcər ~ Kelbecer
		emit('e')
	case 'ł':
		emit('l')
	case 'ø':
		emit('o')
	case 'đ', 'ð':
		emit('d')
	case 'ħ':
		emit('h')
	case 'ß', 'ẞ':
		emit('s')
		emit('s')
	case 'æ':
		emit('a')
		emit('e')
	case 'œ':
		emit('o')
		emit('e')
	default:
		if r < utf8.RuneSelf {
			emit(r)
			return
		}
		emit(r)
	}
}
