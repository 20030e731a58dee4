// Command karabakh is the dataset's one command. Each subcommand has its
// own flags and its own -h with an example:
//
//	karabakh version                 the dataset's version and date
//	karabakh validate FILE|-         decode a JSON document strictly, as schema.Decode does
//	karabakh export -format F -out DIR|-  write the dataset as json, csv, sqlite, parquet, ndjson or timelinejs
//	karabakh site -out DIR           write the record as a static web site
//	karabakh annotate FILE|-         the mentions of records, dates and quantities in a text, as JSON
//	karabakh check FILE|-            a text read against the record: findings as text, JSON or an HTML page
//
// Install it with
//
//	go install github.com/caucasus-data/karabakh/cmd/karabakh@latest
//
// or run it in place with go run. A misuse prints one line saying what was
// wrong and what would be right, then a pointer to -h, and exits with
// status 2; a failure after the start exits with status 1.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// A command is one subcommand: its name, a line saying what it does, and
// the function that runs it with its arguments and returns the exit code.
type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands lists the subcommands in the order -h shows them.
func commands() []command {
	return []command{
		{"version", "print the dataset's version and date", runVersion},
		{"validate", "decode a JSON document of the dataset strictly and report every problem", runValidate},
		{"export", "write the dataset as JSON, CSV, SQLite, Parquet, NDJSON or TimelineJS", runExport},
		{"site", "write the record as a static web site: HTML and CSS, no script", runSite},
		{"annotate", "find the actors, places, points, agreements, dates and quantities in a text", runAnnotate},
		{"check", "read a text against the record and report what it gets wrong", runCheck},
	}
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run runs the subcommand args name and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmds := commands()
	var names []string
	for _, c := range cmds {
		names = append(names, c.name)
	}
	if len(args) == 0 {
		misuse(stderr, "karabakh", fmt.Errorf("no command given; want one of %s", strings.Join(names, ", ")))
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout, cmds)
		return 0
	}
	for _, c := range cmds {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	misuse(stderr, "karabakh", fmt.Errorf("unknown command %q; want one of %s", args[0], strings.Join(names, ", ")))
	return 2
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "usage: karabakh COMMAND [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The karabakh dataset: the statement of 10 November 2020, its points, the people, places and")
	fmt.Fprintln(w, "events around it, and what became of each point. Commands:")
	fmt.Fprintln(w)
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'karabakh COMMAND -h' for a command's flags and an example.")
}
