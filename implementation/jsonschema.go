package implementation

import "github.com/caucasus-data/karabakh/internal/enum"

// These methods describe the package's types to the JSON Schema that package
// schema generates, which cannot see const blocks. They are plain methods,
// so that this package does not depend on a schema library.

// JSONSchemaIntEnum lists every Level: the PAM scale from 0 to 3.
func (Level) JSONSchemaIntEnum() []int {
	return []int{int(NotInitiated), int(Minimal), int(Intermediate), int(Full)}
}

// JSONSchemaEnum lists every State. The empty State is not among them: it
// is left out of the JSON (omitempty) rather than written as "".
func (State) JSONSchemaEnum() []string { return enum.Strings(States()) }
