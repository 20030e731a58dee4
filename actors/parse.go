package actors

import "github.com/caucasus-data/karabakh/internal/check"

// ParseID returns the ID of the actor named by s, such as "nikol-pashinyan".
// It fails, saying why, if s is malformed or names no actor; use it on IDs
// that come from outside the program (a URL, a form, a file).
func ParseID(s string) (ID, error) {
	id, err := check.ParseID("actor", s, func(s string) bool { return Exists(ID(s)) })
	return ID(id), err
}
