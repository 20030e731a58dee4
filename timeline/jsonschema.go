package timeline

// These methods describe the package's types to the JSON Schema that package
// schema generates, which cannot see const blocks. They are plain methods,
// so that this package does not depend on a schema library.

// JSONSchemaPattern returns the pattern every ID matches: lower-case ASCII
// words joined by hyphens.
func (ID) JSONSchemaPattern() string { return `^[a-z0-9]+(-[a-z0-9]+)*$` }

// JSONSchemaEnum lists every Kind.
func (Kind) JSONSchemaEnum() []string { return enumOf(Kinds()) }

// JSONSchemaEnum lists every Role.
func (Role) JSONSchemaEnum() []string { return enumOf(Roles()) }

func enumOf[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
