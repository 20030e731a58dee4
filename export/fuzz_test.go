package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCSVField checks the CSV writer against encoding/csv's reader: any
// two fields, written as one record, read back as those two fields, a
// line break inside a field included. A CR before a LF is the one thing
// the reader changes (to LF), as RFC 4180 readers do; the data holds no
// CR, which TestCSVParsesBack would catch.
func FuzzCSVField(f *testing.F) {
	for _, s := range []string{"", "plain", "a,b", `say "no"`, "two\nlines", "cr\r\nlf", " lead", "Ստեփանակերտ", `"`, "\r"} {
		f.Add(s, "second")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || strings.ContainsRune(a+b, '\r') {
			t.Skip()
		}
		var buf bytes.Buffer
		writeField(&buf, a)
		buf.WriteByte(',')
		writeField(&buf, b)
		buf.WriteString("\r\n")
		r := csv.NewReader(&buf)
		r.LazyQuotes = false
		rec, err := r.Read()
		if err != nil {
			t.Fatalf("%q, %q written as %q: %v", a, b, buf.String(), err)
		}
		if len(rec) != 2 || rec[0] != a || rec[1] != b {
			t.Errorf("%q, %q read back as %q", a, b, rec)
		}
	})
}

// FuzzJSONString checks the NDJSON string encoder against encoding/json:
// any text decodes back to itself, with bytes that are not UTF-8 as
// U+FFFD, and the encoding holds no raw control character or line break.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\r", "\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "Əliyev", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := appendString(nil, s)
		var got string
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("%q encodes as %s: %v", s, b, err)
		}
		// strings.Map, like appendString, reads each byte that is not
		// UTF-8 as one U+FFFD.
		if want := strings.Map(func(r rune) rune { return r }, s); got != want {
			t.Errorf("%q encodes as %s, which decodes as %q", s, b, got)
		}
		if bytes.ContainsAny(b, "\n\r\u2028\u2029") {
			t.Errorf("%q encodes as %s, which breaks a line", s, b)
		}
	})
}
