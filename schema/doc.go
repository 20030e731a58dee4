// Package schema exports the dataset as JSON, describes it with JSON Schema
// (draft 2020-12), and reads it back strictly, so that programs not written
// in Go can use the data and trust its shape.
//
// The files are committed under schema/json/ in the repository:
//
//	dataset.json            everything, as one [Dataset]
//	actors.json             one file per collection: actors, agreements,
//	agreements.json         places, events, the implementation records
//	places.json             (observations of each point, deadline changes,
//	events.json             fulfilments of obligations) and corrections,
//	observations.json       each a JSON array in the dataset's order
//	deadline-changes.json
//	fulfilments.json
//	corrections.json
//	*.schema.json           beside each data file, its schema; and one schema
//	                        per model (actor.schema.json, point.schema.json,
//	                        observation.schema.json ...)
//
// Every schema is self-contained: it holds the definitions it uses under
// $defs, and its $id is under https://github.com/caucasus-data/karabakh/schema/.
// Descriptions come from the Go doc comments, enums list their values
// (strings, or integers such as an observation's level 0–3, whose
// description names each value), and dates, intervals, IDs and language
// tags carry the pattern of the text the Go types write.
//
// Run go generate ./... to regenerate the files after changing the data or
// the models; a test fails when the committed files differ from what the
// code generates. The command karabakh-json writes the same files to any
// directory.
//
// [Decode] reads a dataset back and is strict: unknown fields, unknown enum
// values, malformed dates, IDs and language tags, missing required fields,
// duplicate IDs and references to records the document does not hold are
// errors that name the JSON path (as a JSON Pointer, "/events/12/when").
// It then runs each package's ValidateRecords, implementation's included,
// and reports their problems at JSON paths too
// ("/observations/3/evidence/0"). It also refuses what this package never
// writes: bytes that are not UTF-8 (at their offset, line and column),
// invisible characters in text, numbers such as -0, and optional fields
// holding the value that leaves them out ("title": "", "point": 0).
//
// Decode is built for documents from anyone: time and memory grow
// linearly with the document, paths are built only for the problems
// reported, and [MaxSize], [MaxDepth] and [MaxProblems] bound the size,
// nesting and error, with defaults safe for untrusted input.
package schema

// The doc comments first, since the files are built with them; then the
// files under json/ and testdata/broken/. Both are golden tests' -update.
//go:generate go test -run ^TestComments$ -update .
//go:generate go test -run ^TestGolden$ -update .
