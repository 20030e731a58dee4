package agreement

// These methods describe the package's types to the JSON Schema that package
// schema generates, which cannot see const blocks. They are plain methods,
// so that this package does not depend on a schema library.

// idPattern is the form of every ID: lower-case ASCII words joined by
// hyphens.
const idPattern = `[a-z0-9]+(-[a-z0-9]+)*`

// JSONSchemaPattern returns the pattern every ID matches.
func (ID) JSONSchemaPattern() string { return `^` + idPattern + `$` }

// JSONSchemaPattern returns the pattern every PointID matches: an
// agreement's ID, "#" and a point number from 1.
func (PointID) JSONSchemaPattern() string { return `^` + idPattern + `#[1-9][0-9]*$` }

// JSONSchemaPattern returns the pattern every ObligationID matches.
func (ObligationID) JSONSchemaPattern() string { return `^` + idPattern + `$` }

// JSONSchemaEnum lists every Role.
func (Role) JSONSchemaEnum() []string { return enumOf(Roles()) }

// JSONSchemaEnum lists every RelationKind.
func (RelationKind) JSONSchemaEnum() []string { return enumOf(RelationKinds()) }

// JSONSchemaEnum lists every Coverage.
func (Coverage) JSONSchemaEnum() []string { return enumOf(Coverages()) }

// JSONSchemaEnum lists every Unit.
func (Unit) JSONSchemaEnum() []string { return enumOf(Units()) }

// JSONSchemaEnum lists every Topic.
func (Topic) JSONSchemaEnum() []string { return enumOf(Topics()) }

func enumOf[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
