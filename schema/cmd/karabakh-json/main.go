// Command karabakh-json writes the dataset as JSON, with its JSON Schemas,
// for programs not written in Go. It writes the same files that are
// committed under schema/json/ in the repository:
//
//	go run github.com/caucasus-data/karabakh/schema/cmd/karabakh-json -out DIR
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/schema"
)

const usage = `usage: karabakh-json -out DIR

karabakh-json writes the karabakh dataset (version %s) as JSON into DIR,
creating DIR if needed and replacing files of the same names:

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

func main() {
	log.SetFlags(0)
	log.SetPrefix("karabakh-json: ")
	out := flag.String("out", "", "the directory to write the files into (required)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), usage, karabakh.DatasetVersion, schema.BaseID)
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := schema.Write(*out); err != nil {
		log.Fatal(err)
	}
}
