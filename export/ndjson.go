package export

import (
	"bufio"
	"io"
	"iter"
	"strconv"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/schema"
)

// NDJSON yields one file per table, NAME.ndjson, in the order of Tables:
// one JSON object per row and line, its keys the column names in order,
// its values typed (a number for an integer, true or false, a date as
// "2020-11-10", an instant in RFC 3339, null for an empty column). Lines
// end with LF.
func NDJSON() iter.Seq2[schema.File, error] {
	return func(yield func(schema.File, error) bool) {
		for t := range Tables() {
			var b []byte
			for _, r := range t.rows {
				b = appendRow(b, t, r, "")
			}
			if !yield(schema.File{Name: t.Name + ".ndjson", Data: b}, nil) {
				return
			}
		}
	}
}

// EncodeNDJSON writes every table to w as one stream of NDJSON, the
// tables one after another in the order of Tables. Each line is a row as
// NDJSON writes it, with the key "table", naming its table, first:
//
//	{"table":"actors","id":"ilham-aliyev","kind":"person",...}
func EncodeNDJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var b []byte
	for t := range Tables() {
		for _, r := range t.rows {
			b = appendRow(b[:0], t, r, t.Name)
			if _, err := bw.Write(b); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// appendRow appends row r of t as a JSON object and a newline, starting
// with the key "table" if table is not "".
func appendRow(b []byte, t Table, r Row, table string) []byte {
	b = append(b, '{')
	if table != "" {
		b = append(b, `"table":`...)
		b = appendString(b, table)
	}
	for i, v := range r.cells {
		if i > 0 || table != "" {
			b = append(b, ',')
		}
		b = appendString(b, t.Columns.At(i).Name)
		b = append(b, ':')
		switch v.typ {
		case 0:
			b = append(b, "null"...)
		case Integer:
			b = strconv.AppendInt(b, v.n, 10)
		case Number:
			b = append(b, v.s...)
		case Boolean:
			b = strconv.AppendBool(b, v.n != 0)
		default:
			b = appendString(b, v.s)
		}
	}
	return append(b, '}', '\n')
}

// appendString appends s as a JSON string. Like encoding/json with
// SetEscapeHTML(false) it escapes only what JSON requires, and U+2028
// and U+2029, which JavaScript once did not allow in strings; bytes that
// are not UTF-8 become U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
