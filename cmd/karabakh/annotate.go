package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/annotate"
)

const annotateUsage = `usage: karabakh annotate [-date YYYY-MM-DD] FILE|-

Finds in a text, in English, Russian, Armenian or Azerbaijani, every mention
of an actor, place, agreement or point of the dataset, and every date and
quantity, and prints them as a JSON array in the order they start. Each
mention has its byte offsets (start, end), its text, its kind (actor, place,
point, agreement, date or quantity), the IDs of the records it may refer to,
best first (for a date its EDTF form, for a quantity its value and unit), how
it matched and a score; "ambiguous", "inferred", "relative" and "approximate"
appear where they hold. schema/json/annotation.schema.json describes the
format. With -, it reads standard input.

-date gives the day the text was published: relative dates ("last week")
resolve against it, and dates without a year take its year when the text
gives none before.

Example:

  $ echo 'Nikol Pashinyan signed the statement on 10 November 2020.' | karabakh annotate -
  [
    {"start": 0, "end": 15, "text": "Nikol Pashinyan", "kind": "actor", "ids": ["nikol-pashinyan"], "how": "exact", "score": 1},
    ...
  ]
`

func runAnnotate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("annotate", annotateUsage, stderr)
	var date dateFlag
	fs.Var(&date, "date", "the `day` the text was published, YYYY-MM-DD")
	text, code, ok := textArg(fs, "karabakh annotate", args, stdin, stdout, stderr)
	if !ok {
		return code
	}
	ms := slices.Collect(annotate.Text(text, date.options()...))
	if ms == nil {
		ms = []annotate.Mention{}
	}
	b, err := marshalLines(ms)
	if err != nil {
		fmt.Fprintf(stderr, "karabakh annotate: %v\n", err)
		return 1
	}
	stdout.Write(b)
	return 0
}

// marshalLines encodes a slice as a JSON array with one element a line.
func marshalLines[T any](vs []T) ([]byte, error) {
	out := []byte("[")
	for i, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "\n  "...)
		out = append(out, b...)
	}
	if len(vs) > 0 {
		out = append(out, '\n')
	}
	return append(out, "]\n"...), nil
}

// textArg parses args with fs and reads the text its one argument names:
// a file, or standard input for "-". It reports false with the exit code
// when the command should stop.
func textArg(fs *flag.FlagSet, cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) (string, int, bool) {
	if code, ok := parse(fs, cmd, args, stdout, stderr, 1); !ok {
		return "", code, false
	}
	text, err := readText(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return "", 1, false
	}
	return text, 0, true
}

// maxText is the largest text the commands read: well beyond any article.
const maxText = 64 << 20

// readText reads the text of FILE, or of standard input for "-".
func readText(name string, stdin io.Reader) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxText+1))
	if err != nil {
		return "", fmt.Errorf("%s: %v", name, err)
	}
	if len(b) > maxText {
		return "", fmt.Errorf("%s: longer than %d MiB", name, maxText>>20)
	}
	return string(b), nil
}

// A dateFlag is a -date flag: a day in EDTF form.
type dateFlag struct{ d karabakh.Date }

func (f *dateFlag) String() string { return f.d.String() }

func (f *dateFlag) Set(s string) error {
	d, err := karabakh.ParseDate(s)
	if err != nil {
		return err
	}
	if d.Precision() != karabakh.PrecisionDay {
		return fmt.Errorf("%q is not a day; want YYYY-MM-DD", s)
	}
	f.d = d
	return nil
}

func (f *dateFlag) options() []annotate.Option {
	if f.d.IsZero() {
		return nil
	}
	return []annotate.Option{annotate.Published(f.d)}
}

var _ flag.Value = (*dateFlag)(nil)
