// Package karabakh is a typed, sourced and validated account of the statement
// of 10 November 2020 that ended the 44-day Nagorno-Karabakh war, of the people
// and bodies it names, and of what became of each of its nine points.
//
// The data is split into packages that import only downward:
//
//	karabakh (this package)  the shared vocabulary: Date, Interval, Source, Name, List
//	actors                   people, states, organisations, units, de-facto authorities
//	agreement                the statement, its points, texts, terms and places; follow-up statements
//	timeline                 dated events linking actors, places and points
//	factcheck                known misstatements about the statement, with corrections
//	schema                   JSON Schema and JSON export of all of the above
//
// Every record cites at least one [Source]. Nothing here is filled in from
// memory: where the stored sources hold only part of a text, the [Text] says so
// with its [Coverage], and where sources disagree each version is kept with its
// source.
//
// # Values, not pointers
//
// Lookups return records by value. Their collections are [List] values, which
// cannot be modified through their API, so a record a caller receives can be
// kept and changed freely without touching the shared dataset, and returning it
// allocates nothing.
//
// # Dates
//
// Historical dates are known to different precisions ("2020", "2020-11",
// "2020-11-10"). [Date] keeps the precision and [Interval] adds ranges with
// open ends, both in the ISO 8601 / EDTF forms the sources use. A moment known
// with its time zone, such as the ceasefire taking effect at 00:00 Moscow time,
// is a [time.Time] kept beside the calendar date.
//
// A Date holds the years 1 to 9999. What computes a Date ([DateOf],
// [Date.AddDays] and the terms and deadlines built on them) returns the zero
// Date, "not known", when there is no answer: for the zero Date, or for a day
// outside those years. It never panics and never makes up a day. Only the
// constructors for dates written in code ([Year], [Month], [Day],
// [MustParseDate]) panic, on a date that does not exist; text from outside
// goes through [ParseDate], which returns an error.
package karabakh

// DatasetVersion is the version of the data shipped with this module. It
// follows semantic versioning: a published ID is never removed or given a new
// meaning without a major version change noted in CHANGELOG.md.
const DatasetVersion = "0.1.0"

// DatasetUpdated is the date, in EDTF form, on which the dataset was last
// revised. Parse it with [MustParseDate] when a [Date] is needed.
const DatasetUpdated = "2026-11-27"
