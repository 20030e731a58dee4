package schema

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The JSON scanner Decode reads documents with. It works on the document's
// bytes in place: it copies a string only to look at its text, keeps
// offsets rather than paths, and turns offsets into JSON paths, lines and
// columns only for the problems it reports, in one more pass. So its time
// and memory grow linearly with the document, whatever the document holds.

// A problem is one problem found in the document, located by offsets.
type problem struct {
	at    int // offset of the value or member key it is about; -1 for the document
	pos   int // offset of a byte to give with its line and column, or -1
	first int // offset of an earlier value the message names ("first at"), or -1
	msg   string
}

// A segment is one step of the path to the value being scanned: a member
// key (the bytes between its quotes) or an array index.
type segment struct {
	key     []byte
	escaped bool
	index   int // -1 for a member
}

// A scanner reads JSON text from src, checking its syntax as it goes.
type scanner struct {
	src      []byte
	pos      int
	depth    int
	maxDepth int
	fatal    *PathError // the syntax error or limit that stopped the scan
	done     bool       // every sought path is found: stop

	// badUTF8 is called with the offset of a string, or of the member
	// whose key it is, and of its first byte that is not UTF-8; nil to
	// ignore such strings.
	badUTF8 func(at, pos int)

	// Path tracking, for resolving offsets: want holds the offsets whose
	// paths are sought, in order; paths receives them.
	track bool
	path  []segment
	want  []int
	paths map[int]string
}

// fail stops the scan with a syntax error at offset pos.
func (s *scanner) fail(pos int, format string, args ...any) {
	if s.fatal == nil {
		line, col := lineColumn(s.src, pos)
		s.fatal = &PathError{"", fmt.Sprintf("invalid JSON at offset %d (line %d, column %d): %s", pos, line, col, fmt.Sprintf(format, args...))}
	}
}

// found reports the byte at s.pos as unexpected.
func (s *scanner) found() string {
	if s.pos >= len(s.src) {
		return "the end of the document"
	}
	c := s.src[s.pos]
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("byte %#02x", c)
}

func (s *scanner) space() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// next skips space and reports whether the byte there is c, consuming it
// if so.
func (s *scanner) next(c byte) bool {
	s.space()
	if s.pos < len(s.src) && s.src[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// enter counts one more level of nesting, failing past the limit.
func (s *scanner) enter() bool {
	s.depth++
	if s.depth > s.maxDepth {
		line, col := lineColumn(s.src, s.pos)
		s.fatal = &PathError{"", fmt.Sprintf("nesting deeper than %d levels at offset %d (line %d, column %d); the limit is set with MaxDepth", s.maxDepth, s.pos, line, col)}
		return false
	}
	return true
}

// str scans the string whose opening quote is at s.pos, leaving s.pos
// after its closing quote. It returns the bytes between the quotes and
// whether they hold an escape or bytes that are not UTF-8, so that the
// bytes are not the text itself. at is the offset of the value the string
// is, or of the member it is the key of, for reporting invalid UTF-8.
func (s *scanner) str(at int) (raw []byte, escaped bool) {
	start := s.pos + 1
	bad := false
	for i := start; ; {
		if i >= len(s.src) {
			s.pos = i
			s.fail(i, "the document ends inside a string")
			return nil, false
		}
		switch c := s.src[i]; {
		case c == '"':
			s.pos = i + 1
			return s.src[start:i], escaped || bad
		case c == '\\':
			escaped = true
			if i+1 >= len(s.src) {
				i++
				continue
			}
			switch s.src[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(s.src) || !isHex4(s.src[i+2:i+6]) {
					s.fail(i, `"\u" is not followed by four hexadecimal digits`)
					return nil, false
				}
				i += 6
			default:
				s.fail(i, "invalid escape %q in a string", s.src[i:i+2])
				return nil, false
			}
		case c < 0x20:
			s.fail(i, "control character %U in a string; write it as an escape", c)
			return nil, false
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRune(s.src[i:])
			if r == utf8.RuneError && n == 1 && !bad {
				bad = true
				if s.badUTF8 != nil {
					s.badUTF8(at, i)
				}
			}
			i += n
		}
	}
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// number scans the number at s.pos by the JSON grammar and returns its
// text.
func (s *scanner) number() []byte {
	b, i := s.src, s.pos
	digits := func() bool {
		j := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case !digits():
		s.fail(i, "want a digit in a number, found %s", quoteByte(b, i))
		return nil
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			s.fail(i, "want a digit after the decimal point, found %s", quoteByte(b, i))
			return nil
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			s.fail(i, "want a digit in an exponent, found %s", quoteByte(b, i))
			return nil
		}
	}
	num := b[s.pos:i]
	s.pos = i
	return num
}

func quoteByte(b []byte, i int) string {
	s := scanner{src: b, pos: i}
	return s.found()
}

// literal scans true, false or null at s.pos.
func (s *scanner) literal(lit string) bool {
	if !bytes.HasPrefix(s.src[s.pos:], []byte(lit)) {
		s.fail(s.pos, "want a value, found %s", s.found())
		return false
	}
	s.pos += len(lit)
	return true
}

// kindAt names the kind of JSON value that starts with c, or "" if none
// does.
func kindAt(c byte) string {
	switch {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't', c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-', '0' <= c && c <= '9':
		return "a number"
	}
	return ""
}

// skip scans the value at s.pos, whatever it is, checking its syntax. It
// is how the decoder passes over values it has already rejected, and how
// paths are resolved: with tracking on, it records the path of each
// offset in s.want that a value or a member key starts at.
func (s *scanner) skip() {
	s.space()
	if s.pos >= len(s.src) {
		s.fail(s.pos, "want a value, found the end of the document")
		return
	}
	s.visit()
	switch c := s.src[s.pos]; c {
	case '{':
		if !s.enter() {
			return
		}
		s.pos++
		s.members(func(int, []byte, bool) bool { s.skip(); return !s.halted() })
		s.depth--
	case '[':
		if !s.enter() {
			return
		}
		s.pos++
		s.elements(func() bool { s.skip(); return !s.halted() })
		s.depth--
	case '"':
		s.str(s.pos)
	case 't':
		s.literal("true")
	case 'f':
		s.literal("false")
	case 'n':
		s.literal("null")
	default:
		if kindAt(c) == "" {
			s.fail(s.pos, "want a value, found %s", s.found())
			return
		}
		s.number()
	}
}

// members scans the members of an object whose '{' has been read, up to
// and including its '}'. For each it reads the key and the colon and calls
// value with the key's offset and bytes (between the quotes; escaped if
// they are not its text), which must scan the value and report whether to
// go on. The key is s.path's last segment while value runs.
func (s *scanner) members(value func(keyAt int, key []byte, escaped bool) bool) {
	if s.next('}') {
		return
	}
	if s.track {
		s.path = append(s.path, segment{index: -1})
		defer func() { s.path = s.path[:len(s.path)-1] }()
	}
	for {
		s.space()
		if s.pos >= len(s.src) || s.src[s.pos] != '"' {
			s.fail(s.pos, "want a member's key in quotes, found %s", s.found())
			return
		}
		keyAt := s.pos
		key, escaped := s.str(keyAt)
		if s.track {
			s.path[len(s.path)-1] = segment{key: key, escaped: escaped, index: -1}
			s.visitAt(keyAt)
		}
		if s.halted() {
			return
		}
		if !s.next(':') {
			s.fail(s.pos, "want ':' after a member's key, found %s", s.found())
			return
		}
		s.space()
		if !value(keyAt, key, escaped) || !s.more('}', "an object's member") {
			return
		}
	}
}

// more reads what follows a member or an element: a comma, and it reports
// that another follows, or the closing bracket close.
func (s *scanner) more(close byte, after string) bool {
	switch {
	case s.next(','):
		return true
	case !s.next(close):
		s.fail(s.pos, "want ',' or '%c' after %s, found %s", close, after, s.found())
	}
	return false
}

// elements scans the elements of an array whose '[' has been read, up to
// and including its ']', calling value for each as members does.
func (s *scanner) elements(value func() bool) {
	if s.next(']') {
		return
	}
	if s.track {
		s.path = append(s.path, segment{index: 0})
		defer func() { s.path = s.path[:len(s.path)-1] }()
	}
	for i := 0; ; i++ {
		if s.track {
			s.path[len(s.path)-1].index = i
		}
		s.space()
		if !value() || !s.more(']', "an array's element") {
			return
		}
	}
}

// visit records the path of the value at s.pos if it is sought.
func (s *scanner) visit() {
	if s.track {
		s.visitAt(s.pos)
	}
}

func (s *scanner) visitAt(off int) {
	for len(s.want) > 0 && s.want[0] <= off {
		if s.want[0] == off {
			s.paths[off] = jsonPointer(s.path)
		}
		s.want = s.want[1:]
	}
	// Once every path is found, stop rather than scan the rest.
	s.done = len(s.want) == 0
}

// halted reports whether the scan must stop.
func (s *scanner) halted() bool { return s.fatal != nil || s.done }

// Paths stay short whatever the document: a key is cut after keyShown
// bytes, and of a path deeper than 2*pathShown levels only the first and
// last pathShown are shown.
const (
	keyShown  = 32
	pathShown = 16
)

// jsonPointer writes path as a JSON Pointer (RFC 6901), cutting long keys and
// deep paths, each cut marked with "…".
func jsonPointer(path []segment) string {
	var b strings.Builder
	for i, seg := range path {
		if len(path) > 2*pathShown && i >= pathShown && i < len(path)-pathShown {
			if i == pathShown {
				fmt.Fprintf(&b, "/…%d levels…", len(path)-2*pathShown)
			}
			continue
		}
		b.WriteByte('/')
		if seg.index >= 0 {
			b.WriteString(strconv.Itoa(seg.index))
			continue
		}
		var key string
		var cut bool
		if seg.escaped || len(seg.key) > keyShown {
			key, cut = unquote(seg.key, keyShown)
		} else {
			key = string(seg.key)
		}
		b.WriteString(escapePointer(key))
		if cut {
			b.WriteString("…")
		}
	}
	return b.String()
}

// unquote returns the text of a JSON string from the bytes between its
// quotes, as encoding/json decodes it: escapes resolved, and each byte
// that is not UTF-8 and each lone surrogate replaced by U+FFFD. It stops
// once the text has limit bytes or more, reporting that it did; limit < 0
// means no limit.
func unquote(raw []byte, limit int) (text string, cut bool) {
	n := len(raw)
	if limit >= 0 {
		n = min(n, limit+utf8.UTFMax)
	}
	b := make([]byte, 0, n)
	for i := 0; i < len(raw); {
		if limit >= 0 && len(b) >= limit {
			return string(b), true
		}
		c := raw[i]
		if c == '\\' && i+1 < len(raw) {
			switch e := raw[i+1]; {
			case e == 'u' && i+6 <= len(raw):
				r := hex4(raw[i+2 : i+6])
				i += 6
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
						r2 = hex4(raw[i+2 : i+6])
					}
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						i += 6
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
			case e == 'u':
				b = utf8.AppendRune(b, utf8.RuneError) // cut short: not from the scanner
				i = len(raw)
			default:
				b = append(b, unescaped[e])
				i += 2
			}
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		b = utf8.AppendRune(b, r)
		i += n
	}
	return string(b), false
}

// unescaped maps the letter of a one-letter escape to the byte it stands
// for.
var unescaped = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// lineColumn returns the line and column of offset pos in src, both from
// 1, the column counted in characters.
func lineColumn(src []byte, pos int) (line, col int) {
	pos = min(pos, len(src))
	line = 1 + bytes.Count(src[:pos], []byte{'\n'})
	start := bytes.LastIndexByte(src[:pos], '\n') + 1
	return line, 1 + utf8.RuneCount(src[start:pos])
}

// A locator gives the lines and columns of increasing offsets in one pass.
type locator struct {
	src       []byte
	pos       int // the offset last located
	line, col int
}

func (l *locator) locate(pos int) (line, col int) {
	if l.line == 0 || pos < l.pos {
		l.pos, l.line, l.col = 0, 1, 1
	}
	seg := l.src[l.pos:min(pos, len(l.src))]
	if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
		l.line += bytes.Count(seg, []byte{'\n'})
		l.col = 1 + utf8.RuneCount(seg[nl+1:])
	} else {
		l.col += utf8.RuneCount(seg)
	}
	l.pos = pos
	return l.line, l.col
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// escapePointer escapes a key for a JSON Pointer.
func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return pointerEscaper.Replace(s)
}
