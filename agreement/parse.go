package agreement

import (
	"errors"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"

	"github.com/caucasus-data/karabakh/internal/check"
)

// ParseID returns the ID of the agreement named by s, such as
// "statement-2020-11-10". It fails, saying why, if s is malformed or names
// no agreement.
func ParseID(s string) (ID, error) {
	id, err := check.ParseID("agreement", s, func(s string) bool { return Exists(ID(s)) })
	return ID(id), err
}

// ParsePointID returns the ID of the point named by s, written as an
// agreement ID, "#" and the point number: "statement-2020-11-10#4".
func ParsePointID(s string) (PointID, error) {
	in := check.QuoteInput(s)
	ag, num, ok := strings.Cut(s, "#")
	if !ok {
		return "", &karabakh.IDError{Kind: "point", Input: in, Reason: `want an agreement ID, "#" and a point number`}
	}
	if _, err := ParseID(ag); err != nil {
		// The error is about the point ID the caller gave, not about an
		// agreement ID.
		var ie *karabakh.IDError
		if errors.As(err, &ie) {
			return "", &karabakh.IDError{Kind: "point", Input: in, Reason: "before \"#\": " + ie.Reason}
		}
		return "", err
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || strconv.Itoa(n) != num {
		return "", &karabakh.IDError{Kind: "point", Input: in, Reason: "the point number is not a positive whole number"}
	}
	id := PointOf(ID(ag), n)
	if !ExistsPoint(id) {
		return "", &karabakh.IDError{Kind: "point", Input: in, Reason: "the agreement has no point " + num}
	}
	return id, nil
}
