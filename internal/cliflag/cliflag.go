// Package cliflag parses the command lines of the module's commands with
// the flag package, refusing what it lets pass silently, and reports a
// misuse in one line and a pointer to -h rather than the whole usage.
package cliflag

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// Parse parses args with fs, as fs.Parse does, and also refuses a flag
// given twice: the flag package keeps the last, so "-out a -out b" would
// quietly write to b. The error says what is wrong and what would be
// right, in one line; for -h or -help it is flag.ErrHelp. fs should be
// made with flag.ContinueOnError; its own error messages are not printed.
func Parse(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err != nil {
		return err
	}
	return twice(fs, args)
}

// twice returns an error for the first flag args give twice. It reads args
// as fs.Parse did: flags, each "-name", "--name", "-name=value" or, unless
// boolean, "-name value", up to "--" or the first argument that is not a
// flag.
func twice(fs *flag.FlagSet, args []string) error {
	given := map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' || a == "--" {
			return nil
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		f := fs.Lookup(name)
		if f == nil {
			return nil
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			if _, ok := given[name]; ok {
				return fmt.Errorf("-%s is given twice; give it once", name)
			}
		} else {
			if !hasValue && i+1 < len(args) {
				i++
				value = args[i]
			}
			if prev, ok := given[name]; ok {
				return fmt.Errorf("-%s is given twice (%q, then %q); give it once", name, prev, value)
			}
		}
		given[name] = value
	}
	return nil
}

// Misuse writes err, as a misuse of the command cmd, to w: one line saying
// what is wrong, then one saying where the usage is.
func Misuse(w io.Writer, cmd string, err error) {
	fmt.Fprintf(w, "%s: %v\nRun '%s -h' for usage.\n", cmd, err, cmd)
}
