package charts_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/charts"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// anyLink links every mark to the same caller-given text.
type anyLink string

func (l anyLink) Point(agreement.PointID) string                { return string(l) }
func (l anyLink) Observation(implementation.Observation) string { return string(l) }
func (l anyLink) Deadline(agreement.DeadlineID) string          { return string(l) }
func (l anyLink) Event(timeline.ID) string                      { return string(l) }

// FuzzLinkTo gives the charts addresses from outside: whatever a Linker
// returns, the chart stays well-formed XML, and a valid address comes back
// from the parsed document unchanged.
func FuzzLinkTo(f *testing.F) {
	for _, s := range []string{"", "a.html#x", `"><script>alert(1)</script>`, "javascript:alert(1)", "&amp;&lt;", "\x00\x01\ufffe", "\xff\xfe", "]]>", "<!--", "a\nb\tc\rd", strings.Repeat("é", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, link string) {
		var b bytes.Buffer
		if err := charts.FirstSixtyDays.Render(&b, charts.LinkTo(anyLink(link))); err != nil {
			t.Fatal(err)
		}
		got := hrefs(t, "first sixty days", b.Bytes())
		switch {
		case link == "":
			if len(got) != 0 {
				t.Errorf("empty address: links %v", got)
			}
		case len(got) != 1:
			t.Errorf("address %q: links %v, want one", link, got)
		case utf8.ValidString(link) && !strings.ContainsFunc(link, notXMLChar) && !got[link]:
			t.Errorf("address %q came back as %v", link, got)
		}
	})
}

// notXMLChar reports whether r may not appear in an XML document.
func notXMLChar(r rune) bool {
	return !(r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF)
}
