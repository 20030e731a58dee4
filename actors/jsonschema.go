package actors

import "github.com/caucasus-data/karabakh/internal/enum"

// These methods describe the package's types to the JSON Schema that package
// schema generates, which cannot see const blocks. They are plain methods,
// so that this package does not depend on a schema library.

// JSONSchemaPattern returns the pattern every ID matches: lower-case ASCII
// words joined by hyphens.
func (ID) JSONSchemaPattern() string { return `^[a-z0-9]+(-[a-z0-9]+)*$` }

// JSONSchemaEnum lists every Kind.
func (Kind) JSONSchemaEnum() []string { return enum.Strings(Kinds()) }
