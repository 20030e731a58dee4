package check

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
)

// ParseID checks that s is a well-formed ID that exists, as reported by
// exists, and returns it. kind names the record kind in errors.
func ParseID(kind, s string, exists func(string) bool) (string, error) {
	in := QuoteInput(s)
	switch {
	case s == "":
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "empty"}
	case len(s) > MaxIDLen:
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: fmt.Sprintf("%d bytes long; an ID has at most %d", len(s), MaxIDLen)}
	case !utf8.ValidString(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "not valid UTF-8"}
	case !ValidID(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "not lower-case ASCII words joined by hyphens"}
	case !exists(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "no such " + kind}
	}
	return s, nil
}

// QuoteInput quotes a caller's text for an error message, cut so that the
// message stays short whatever the text: at most 40 bytes of it are shown,
// each escaped byte taking up to four characters, cut at the start of a
// character.
func QuoteInput(s string) string {
	if len(s) > 40 {
		n := 40
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return strconv.Quote(s[:n]) + "…"
	}
	return strconv.Quote(s)
}
