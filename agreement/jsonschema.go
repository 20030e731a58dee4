package agreement

import "github.com/caucasus-data/karabakh/internal/enum"

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
func (Role) JSONSchemaEnum() []string { return enum.Strings(Roles()) }

// JSONSchemaEnum lists every RelationKind.
func (RelationKind) JSONSchemaEnum() []string { return enum.Strings(RelationKinds()) }

// JSONSchemaEnum lists every Coverage.
func (Coverage) JSONSchemaEnum() []string { return enum.Strings(Coverages()) }

// JSONSchemaEnum lists every Unit.
func (Unit) JSONSchemaEnum() []string { return enum.Strings(Units()) }

// JSONSchemaEnum lists every Topic.
func (Topic) JSONSchemaEnum() []string { return enum.Strings(Topics()) }

// JSONSchemaPattern returns the pattern every DeadlineID matches.
func (DeadlineID) JSONSchemaPattern() string { return `^` + idPattern + `$` }

// JSONSchemaEnum lists every DueBasis.
func (DueBasis) JSONSchemaEnum() []string { return enum.Strings(DueBases()) }
