package factcheck

import "github.com/caucasus-data/karabakh/internal/check"

// ParseID returns the ID of the correction named by s. It fails, saying why,
// if s is malformed or names no correction.
func ParseID(s string) (ID, error) {
	id, err := check.ParseID("correction", s, func(s string) bool { _, ok := Get(ID(s)); return ok })
	return ID(id), err
}
