package places

import "github.com/caucasus-data/karabakh/internal/check"

// ParseID returns the ID of the place named by s, such as
// "kalbajar-district". It fails, saying why, if s is malformed or names no
// place; use it on IDs that come from outside the program.
func ParseID(s string) (ID, error) {
	id, err := check.ParseID("place", s, func(s string) bool { return Exists(ID(s)) })
	return ID(id), err
}
