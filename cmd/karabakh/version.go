package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/cliflag"
)

const versionUsage = `usage: karabakh version

Prints the version of the dataset and the date it was last revised, and the
version of the module the command was built from.

Example:

  $ karabakh version
  dataset 0.2.0, revised 2026-12-02 (module github.com/caucasus-data/karabakh v0.2.0)
`

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", versionUsage, stderr)
	if code, ok := parse(fs, "karabakh version", args, stdout, stderr, 0); !ok {
		return code
	}
	mod := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		mod = bi.Main.Version
	}
	fmt.Fprintf(stdout, "dataset %s, revised %s (module github.com/caucasus-data/karabakh %s)\n", karabakh.DatasetVersion, karabakh.DatasetUpdated, mod)
	return 0
}

// newFlagSet returns a flag set for subcommand name whose -h prints usage.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("karabakh "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(fs.Output(), "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses args, refusing repeated flags, and checks that exactly
// nargs arguments follow the flags (any number if nargs < 0). It reports
// false with the exit code when the command should stop: 0 after -h, which
// prints the usage to stdout, or 2 after a misuse, reported on stderr.
func parse(fs *flag.FlagSet, cmd string, args []string, stdout, stderr io.Writer, nargs int) (int, bool) {
	err := cliflag.Parse(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, false
	case err == nil && nargs >= 0 && fs.NArg() != nargs:
		if fs.NArg() > nargs {
			err = fmt.Errorf("unexpected argument %q", fs.Arg(nargs))
		} else {
			err = fmt.Errorf("want %d argument(s) after the flags, got %d", nargs, fs.NArg())
		}
	}
	if err != nil {
		misuse(stderr, cmd, err)
		return 2, false
	}
	return 0, true
}

// misuse reports a misuse of cmd: one line saying what was wrong, one
// pointing to -h.
func misuse(w io.Writer, cmd string, err error) { cliflag.Misuse(w, cmd, err) }
