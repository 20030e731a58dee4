package timeline

import "github.com/caucasus-data/karabakh/internal/check"

// ParseID returns the ID of the event named by s, such as
// "2020-11-20-aghdam-handover". It fails, saying why, if s is malformed or
// names no event.
func ParseID(s string) (ID, error) {
	id, err := check.ParseID("event", s, func(s string) bool { return Exists(ID(s)) })
	return ID(id), err
}
