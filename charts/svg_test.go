package charts

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// TestStyleNeedsNoEscaping checks what lets begin write the style as it
// is: it holds nothing XML would read as markup.
func TestStyleNeedsNoEscaping(t *testing.T) {
	if strings.ContainsAny(style, "<&") {
		t.Error("the style holds < or &; escape it or take them out")
	}
}

// TestEscape checks that the fast path of escape writes what
// xml.EscapeText writes, for text that takes it and text that does not.
func TestEscape(t *testing.T) {
	for _, s := range []string{"", "kc-band kc-l1", "12.5", "Point 4: 5 years", `a "quoted" <b> & 'c'`, "Ağdam — 10 Nov", "tab\there", "\x00\xff", "]]>"} {
		var got, want bytes.Buffer
		(&svg{buf: &got}).escape(s)
		xml.EscapeText(&want, []byte(s))
		if got.String() != want.String() {
			t.Errorf("escape(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

func TestNum(t *testing.T) {
	for x, want := range map[float64]string{0: "0", -0.04: "0", 1.25: "1.3", -1.25: "-1.3", 936: "936", 12.04: "12"} {
		if got := num(x); got != want {
			t.Errorf("num(%v) = %q, want %q", x, got, want)
		}
	}
}
