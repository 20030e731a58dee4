package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/caucasus-data/karabakh/schema"
)

const validateUsage = `usage: karabakh validate FILE|-

Decodes a JSON document of the dataset (dataset.json, or any document with
the same fields) strictly, as schema.Decode does: unknown fields, values the
dataset never writes, records that break a rule and references that do not
resolve are all reported, each at its JSON path, line and column. With -,
it reads standard input. It exits with status 0 if the document is valid, 1
if it is not.

Example:

  $ karabakh validate schema/json/dataset.json
  schema/json/dataset.json: valid: 50 actors, 7 agreements, 36 places, 134 events
`

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("validate", validateUsage, stderr)
	if code, ok := parse(fs, "karabakh validate", args, stdout, stderr, 1); !ok {
		return code
	}
	name := fs.Arg(0)
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "karabakh validate: %v\n", err)
			return 1
		}
		defer f.Close()
		r = f
	}
	ds, err := schema.Decode(r)
	if err != nil {
		var de *schema.DecodeError
		if errors.As(err, &de) {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
		} else {
			fmt.Fprintf(stderr, "karabakh validate: %s: %v\n", name, err)
		}
		return 1
	}
	fmt.Fprintf(stdout, "%s: valid: %d actors, %d agreements, %d places, %d events\n", name, len(ds.Actors), len(ds.Agreements), len(ds.Places), len(ds.Events))
	return 0
}
