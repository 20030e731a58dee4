package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/export/parquet"
	"github.com/caucasus-data/karabakh/export/sqlite"
	"github.com/caucasus-data/karabakh/schema"
)

const exportUsage = `usage: karabakh export -format FORMAT -out DIR|-

Writes the dataset in FORMAT into the directory DIR, creating it if needed
and replacing files of the same names: all of them or, if it fails, none.
It leaves other files in DIR alone. With -out -, it writes to standard
output instead, for the formats that are one stream.

Formats:

  json        dataset.json, one file per collection and their JSON Schemas,
              as committed under schema/json/ (- writes dataset.json)
  csv         one NAME.csv per table and datapackage.json, a Frictionless
              Data Package (v2) descriptor, as committed under export/csv/
  sqlite      karabakh.db, one SQLite database with the same tables, views
              and a full-text index, and metadata.json for Datasette
  parquet     one NAME.parquet per table, with typed columns
  ndjson      one NAME.ndjson per table, a JSON object per row and line
              (- writes every table in one stream, each line naming its table)
  timelinejs  timeline.json, the events for TimelineJS 3, as committed under
              export/timelinejs/ (- writes it)

Example:

  $ karabakh export -format sqlite -out out
  $ sqlite3 out/karabakh.db 'SELECT status, count(*) FROM deadlines GROUP BY status'
  $ karabakh export -format ndjson -out - | jq -c 'select(.table == "events" and .start >= "2023-09")'
`

// A format is one way to write the dataset: the files it writes into a
// directory, and how it writes to standard output, if it does.
type format struct {
	name   string
	files  func() iter.Seq2[schema.File, error]
	stream func(w io.Writer) error // nil if it writes only files
}

// formats lists the formats in the order the usage gives them.
func formats() []format {
	return []format{
		{"json", schema.Files, func(w io.Writer) error { return first(w, schema.Files()) }},
		{"csv", export.CSV, nil},
		{"sqlite", sqlite.Files, nil},
		{"parquet", parquet.Files, nil},
		{"ndjson", export.NDJSON, export.EncodeNDJSON},
		{"timelinejs", export.TimelineJS, func(w io.Writer) error { return first(w, export.TimelineJS()) }},
	}
}

// first writes the first file of files to w: dataset.json for json, the
// only file for timelinejs.
func first(w io.Writer, files iter.Seq2[schema.File, error]) error {
	for f, err := range files {
		if err != nil {
			return err
		}
		_, err = w.Write(f.Data)
		return err
	}
	return errors.New("no file to write")
}

func runExport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	const cmd = "karabakh export"
	fs := newFlagSet("export", exportUsage, stderr)
	name := fs.String("format", "", "the format: json, csv, sqlite, parquet, ndjson or timelinejs (required)")
	out := fs.String("out", "", "the directory to write into, or - for standard output (required)")
	if code, ok := parse(fs, cmd, args, stdout, stderr, 0); !ok {
		return code
	}
	f, err := lookupFormat(*name)
	switch {
	case err != nil:
	case *out == "":
		err = errors.New("-out is missing: give the directory to write into, as in -out DIR, or - for standard output")
	case *out == "-" && f.stream == nil:
		err = fmt.Errorf("-format %s writes several files and cannot go to standard output; give a directory, as in -out DIR", f.name)
	}
	if err != nil {
		misuse(stderr, cmd, err)
		return 2
	}
	if *out == "-" {
		// Encode it all first, so that a failure writes nothing.
		var b bytes.Buffer
		if err := f.stream(&b); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
			return 1
		}
		if _, err := stdout.Write(b.Bytes()); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
			return 1
		}
		return 0
	}
	if err := export.Write(*out, f.files()); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return 1
	}
	return 0
}

// lookupFormat returns the format named name, or an error that lists the
// formats.
func lookupFormat(name string) (format, error) {
	var names []string
	for _, f := range formats() {
		if f.name == name {
			return f, nil
		}
		names = append(names, f.name)
	}
	if name == "" {
		return format{}, fmt.Errorf("-format is missing; want one of %s", strings.Join(names, ", "))
	}
	return format{}, fmt.Errorf("unknown format %q; want one of %s", cut(name), strings.Join(names, ", "))
}

// cut shortens a text given on the command line to at most 40 bytes, at a
// character boundary, so that an error stays one short line.
func cut(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
