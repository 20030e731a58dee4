package karabakh

import "github.com/caucasus-data/karabakh/internal/enum"

// These methods describe the package's types to the JSON Schema that package
// schema generates. A schema generator sees types, not const blocks or
// parsers, so each enum type lists its values and each text type gives the
// pattern of the text it marshals to. They are plain methods, so that the
// data packages do not depend on a schema library.

// datePattern matches the dates a [Date] marshals to: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD", year 0001 to 9999, with no 31st in a 30-day month and no 30th
// of February. It cannot see leap years: ParseDate rejects 2021-02-29.
const datePattern = `(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})` +
	`(-((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?|02(-(0[1-9]|1[0-9]|2[0-9]))?))?`

// JSONSchemaPattern returns the pattern of the text a non-zero Date
// marshals to.
func (Date) JSONSchemaPattern() string { return `^` + datePattern + `$` }

// JSONSchemaPattern returns the pattern of the text an Interval with at
// least one end marshals to: a date, "start/end", "start/.." or "../end".
func (Interval) JSONSchemaPattern() string {
	return `^(` + datePattern + `(/(` + datePattern + `|\.\.))?|\.\./` + datePattern + `)$`
}

// JSONSchemaEnum lists every NameKind.
func (NameKind) JSONSchemaEnum() []string { return enum.Strings(NameKinds()) }

// JSONSchemaEnum lists every Scheme.
func (Scheme) JSONSchemaEnum() []string { return enum.Strings(Schemes()) }
