// Command karabakh-json writes the dataset as JSON, with its JSON Schemas,
// for programs not written in Go. It writes the same files that are
// committed under schema/json/ in the repository:
//
//	go run github.com/caucasus-data/karabakh/schema/cmd/karabakh-json -out DIR
//
// Deprecated: use the karabakh command, which writes the same files and
// the other formats; karabakh-json is kept for this release only:
//
//	go run github.com/caucasus-data/karabakh/cmd/karabakh@latest export -format json -out DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/cliflag"
	"github.com/caucasus-data/karabakh/schema"
)

const usage = `usage: karabakh-json -out DIR

Deprecated: use 'karabakh export -format json -out DIR', which writes the
same files; karabakh-json will be removed in the next release.

karabakh-json writes the karabakh dataset (version %s) as JSON into DIR,
creating DIR if needed and replacing files of the same names, all of them
or, if it fails, none; it leaves other files in DIR alone, and replaces a
symbolic link under one of the names rather than write through it:

  dataset.json           everything, as one document
  actors.json            one file per collection, each a JSON array in the
  agreements.json        dataset's order; observations, deadline-changes
  places.json            and fulfilments say what became of each point and
  events.json            obligation
  observations.json
  deadline-changes.json
  fulfilments.json
  corrections.json
  NAME.schema.json       beside each of the above, its JSON Schema
                         (draft 2020-12)
  MODEL.schema.json      a schema for each model alone: actor, office,
                         agreement, party, relation, date-usage, point, text,
                         obligation, quantity, reported-value, place, event,
                         participant, observation, deadline-change,
                         fulfilment, correction, source, name, identifier

The JSON is indented by two spaces and ends with a newline; the same data
always gives the same bytes. Each schema's $id is
%sNAME.schema.json.

Flags:
`

// deprecated is the line the command writes to stderr on every run.
const deprecated = "karabakh-json is deprecated and will be removed in the next release: use 'karabakh export -format json -out DIR' (github.com/caucasus-data/karabakh/cmd/karabakh), which writes the same files"

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run runs the command with the arguments args, writing messages to
// stderr, and returns the exit code: 0, 1 if writing failed, or 2 for a
// misuse.
func run(args []string, stderr io.Writer) int {
	const cmd = "karabakh-json"
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "the directory to write the files into (required)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), usage, karabakh.DatasetVersion, schema.BaseID)
		fs.PrintDefaults()
	}
	err := cliflag.Parse(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return 0
	case err == nil && *out == "":
		err = errors.New("-out is missing: give the directory to write into, as in -out DIR")
	case err == nil && fs.NArg() > 0:
		err = fmt.Errorf("unexpected argument %q: give only -out DIR", fs.Arg(0))
	}
	if err != nil {
		cliflag.Misuse(stderr, cmd, err)
		return 2
	}
	fmt.Fprintln(stderr, deprecated)
	if err := schema.Write(*out); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return 1
	}
	return 0
}
