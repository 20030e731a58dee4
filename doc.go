// Package karabakh is a typed, sourced and validated account of the statement
// of 10 November 2020 that ended the 44-day Nagorno-Karabakh war, of the people,
// bodies and places it names, and of what became of each of its nine points.
//
// The data is split into packages that import only downward:
//
//	karabakh (this package)  the shared vocabulary: Date, Interval, Name, Names, NameIndex, Source, List
//	actors                   people, states, organisations, units, de-facto authorities; offices; who acts for whom
//	places                   districts, towns, corridors and countries, with every side's names
//	agreement                the statement, its points, texts, obligations and deadlines; the statements after it
//	timeline                 dated events linking actors, places and points; Query
//	implementation           what became of each point; the status of every deadline
//	factcheck                known misstatements about the statement, with corrections
//	annotate                 reading a text against the record: mentions of records, dates, quantities; findings
//	collation                sorting names the way a language sorts them
//	schema                   JSON Schema and JSON export of all of the above; strict decoding
//	charts                   SVG charts of the record: the points over time, the first sixty days, the peacekeeping term
//	site                     the record as a static web site of HTML and CSS
//
// Every record cites at least one [Source]. Nothing here is filled in from
// memory: where the stored sources hold only part of a text, the text says so
// with its coverage, and where sources disagree each version is kept with its
// source.
//
// # Values, not pointers
//
// Lookups return records by value. Their collections are [List] values, which
// cannot be modified through their API, so a record a caller receives can be
// kept and changed freely without touching the shared data, and returning it
// allocates nothing. Nothing is parsed or built at import: each package builds
// its tables on first use, and every function is safe for concurrent use.
//
// # Iterators, not slices
//
// One rule decides what a function returns: a function or method that
// returns one value returns it (with a bool or an error), and one that
// returns several returns an [iter.Seq] that yields them in a documented
// order. That holds for a package's records (actors.All), for query results
// (timeline.Query, actors.Search, agreement.Deadlines), and for the constants
// of an enumeration (timeline.Kinds). A record's own collections are List
// fields, whose All method yields the same way. No function returns a slice,
// so nothing a caller receives can alias the shared data; slices.Collect
// makes one where a slice is wanted.
//
// # Options
//
// Queries take opaque option values, as golang.org/x/text/collate does:
// timeline.Query(timeline.Between(a, b), timeline.Actor(id)). Options given
// side by side must all hold; a package's AnyOf combines options with OR.
// The zero option changes nothing.
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
//
// # Names
//
// A record's [Names] keep labels apart from aliases, transliterations and
// garbled forms. [Names.Label] picks a label for a reader's languages,
// falling back to English; [Names.LabelIn] answers in exactly one language
// or not at all. A [NameIndex] finds records by any of their names, folding
// case, diacritics and script, and repairing mojibake.
package karabakh

// DatasetVersion is the version of the data shipped with this module. It
// follows semantic versioning: a published ID is never removed or given a new
// meaning without a major version change noted in CHANGELOG.md.
const DatasetVersion = "0.1.0"

// DatasetUpdated is the date, in EDTF form, on which the dataset was last
// revised. Parse it with [MustParseDate] when a [Date] is needed.
const DatasetUpdated = "2026-12-02"
