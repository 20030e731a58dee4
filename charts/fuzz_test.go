package charts

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile are texts a Linker or the data might hand the writer.
var hostile = []string{"", "a.html#x", `"><script>alert(1)</script>`, "javascript:alert(1)", "&amp;&lt;", "\x00\x01\ufffe", "\xff\xfe", "]]>", "<!--", "a\nb\tc\rd", strings.Repeat("é", 300)}

// FuzzEscape gives the SVG writer text from outside, as an address, a
// title and a label: whatever it is, the document stays well-formed XML,
// and text XML can hold comes back from the parsed document unchanged.
// (TestHostileLinks gives the same texts to whole charts through LinkTo.)
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var buf bytes.Buffer
		s := &svg{buf: &buf}
		s.open("svg", "xmlns", "http://www.w3.org/2000/svg")
		s.mark(text, text, "kc-x", func() { s.label(1, 2, "kc-y", "", text) })
		s.close("svg")
		got, err := readBack(buf.Bytes())
		if err != nil {
			t.Fatalf("%q gives a document that does not parse: %v\n%s", text, err, buf.Bytes())
		}
		if !utf8.ValidString(text) || strings.ContainsFunc(text, notXMLChar) {
			return
		}
		want := []string{text, text}
		if text != "" {
			want = []string{"href=" + text, text, text}
		}
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("%q came back as %q, want %q", text, got, want)
		}
	})
}

// readBack returns, in order, the href attributes and the text of the
// title and text elements of a document.
func readBack(doc []byte) ([]string, error) {
	var out, open []string
	dec := xml.NewDecoder(bytes.NewReader(doc))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			open = append(open, tok.Name.Local)
			for _, a := range tok.Attr {
				if a.Name.Local == "href" {
					out = append(out, "href="+a.Value)
				}
			}
			if tok.Name.Local == "title" || tok.Name.Local == "text" {
				out = append(out, "")
			}
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			if n := len(open); n > 0 && (open[n-1] == "title" || open[n-1] == "text") {
				out[len(out)-1] += string(tok)
			}
		}
	}
}

// notXMLChar reports whether r may not appear in an XML document.
func notXMLChar(r rune) bool {
	return !(r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF)
}
