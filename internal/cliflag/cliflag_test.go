package cliflag

import (
	"bytes"
	"errors"
	"flag"
	"strings"
	"testing"
)

func newSet() (*flag.FlagSet, *string, *bool) {
	fs := flag.NewFlagSet("cmd", flag.ContinueOnError)
	out := fs.String("out", "", "")
	v := fs.Bool("v", false, "")
	return fs, out, v
}

func TestParse(t *testing.T) {
	tests := []struct {
		args []string
		err  string // "" for none
	}{
		{[]string{"-out", "a"}, ""},
		{[]string{"-out=a", "-v", "x", "-out", "b"}, ""}, // after the first argument, nothing is a flag
		{[]string{"-out", "a", "--", "-out", "b"}, ""},
		{[]string{"-out", "a", "-out", "b"}, `-out is given twice ("a", then "b"); give it once`},
		{[]string{"--out=a", "-out", "a"}, `-out is given twice ("a", then "a"); give it once`},
		{[]string{"-v", "-out", "a", "-v=false"}, "-v is given twice; give it once"},
		{[]string{"-nope"}, "flag provided but not defined: -nope"},
		{[]string{"-out"}, "flag needs an argument: -out"},
	}
	for _, tt := range tests {
		fs, _, _ := newSet()
		var buf bytes.Buffer
		fs.SetOutput(&buf)
		err := Parse(fs, tt.args)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("Parse(%q) = %v", tt.args, err)
		case tt.err != "" && (err == nil || err.Error() != tt.err):
			t.Errorf("Parse(%q) = %v, want %q", tt.args, err, tt.err)
		}
		if buf.Len() > 0 {
			t.Errorf("Parse(%q) printed %q", tt.args, buf.String())
		}
	}
	fs, _, _ := newSet()
	if err := Parse(fs, []string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("Parse(-h) = %v, want flag.ErrHelp", err)
	}
}

func TestMisuse(t *testing.T) {
	var buf bytes.Buffer
	Misuse(&buf, "karabakh-json", errors.New("-out is given twice"))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 || lines[0] != "karabakh-json: -out is given twice" || !strings.Contains(lines[1], "karabakh-json -h") {
		t.Errorf("Misuse wrote %q", buf.String())
	}
}
