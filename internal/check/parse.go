package check

import (
	"strconv"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
)

// ParseID checks that s is a well-formed ID that exists, as reported by
// exists, and returns it. kind names the record kind in errors.
func ParseID(kind, s string, exists func(string) bool) (string, error) {
	in := s
	if len(in) > 64 {
		in = in[:64] + "…"
	}
	in = strconv.Quote(in)
	switch {
	case s == "":
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "empty"}
	case !utf8.ValidString(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "not valid UTF-8"}
	case !ValidID(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "not lower-case ASCII words joined by hyphens"}
	case !exists(s):
		return "", &karabakh.IDError{Kind: kind, Input: in, Reason: "no such " + kind}
	}
	return s, nil
}
