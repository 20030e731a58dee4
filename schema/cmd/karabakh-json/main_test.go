package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh/schema"
)

// names returns the names of the files schema.Files generates.
func names(t *testing.T) []string {
	t.Helper()
	var ns []string
	for f, err := range schema.Files() {
		if err != nil {
			t.Fatal(err)
		}
		ns = append(ns, f.Name)
	}
	slices.Sort(ns)
	return ns
}

// list returns the names in dir, hidden ones included, in order.
func list(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		paths[i] = filepath.Base(p)
	}
	return paths
}

func TestWrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stderr bytes.Buffer
	if code := run([]string{"-out", dir}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if got, want := list(t, dir), names(t); !slices.Equal(got, want) {
		t.Errorf("wrote %v, want %v", got, want)
	}
	if !strings.Contains(stderr.String(), "karabakh-json is deprecated") || !strings.Contains(stderr.String(), "karabakh export -format json -out DIR") {
		t.Errorf("stderr %q does not say that the command is deprecated and what replaces it", stderr.String())
	}
}

// TestMisuse checks each misuse: exit 2, one line saying what is wrong
// and what would be right, a pointer to -h, and nothing written.
func TestMisuse(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-out", a, "-out", b}, `-out is given twice ("` + a + `", then "` + b + `"); give it once`},
		{[]string{"-out=" + a, "--out", a}, "-out is given twice"},
		{nil, "-out is missing: give the directory to write into, as in -out DIR"},
		{[]string{"-out", a, "extra"}, `unexpected argument "extra": give only -out DIR`},
		{[]string{"-o", a}, "flag provided but not defined: -o"},
	} {
		var stderr bytes.Buffer
		if code := run(tt.args, &stderr); code != 2 {
			t.Errorf("%q: exit %d, want 2", tt.args, code)
		}
		want := "karabakh-json: " + tt.msg
		lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
		if len(lines) != 2 || !strings.HasPrefix(lines[0], want) || lines[1] != "Run 'karabakh-json -h' for usage." {
			t.Errorf("%q: stderr %q, want %q and a pointer to -h", tt.args, stderr.String(), want)
		}
		if got := list(t, root); len(got) != 0 {
			t.Errorf("%q wrote %v", tt.args, got)
		}
	}
	var stderr bytes.Buffer
	if code := run([]string{"-h"}, &stderr); code != 0 || !strings.Contains(stderr.String(), "usage: karabakh-json -out DIR") || !strings.Contains(stderr.String(), "Deprecated:") {
		t.Errorf("-h: exit %d, %q", code, stderr.String())
	}
}

// TestLinks checks the reproducers of issue 11: an out/dataset.json
// linking to ../victim overwrote the victim, and a dangling link created
// a file outside -out.
func TestLinks(t *testing.T) {
	root := t.TempDir()
	out, victim, outside := filepath.Join(root, "out"), filepath.Join(root, "victim"), filepath.Join(root, "outside.json")
	for _, err := range []error{os.WriteFile(victim, []byte("precious"), 0o644), os.Mkdir(out, 0o755)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, target := range map[string]string{"dataset.json": "../victim", "actors.json": outside} {
		if err := os.Symlink(target, filepath.Join(out, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	var stderr bytes.Buffer
	if code := run([]string{"-out", out}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if b, _ := os.ReadFile(victim); string(b) != "precious" {
		t.Errorf("the victim now holds %.40q", b)
	}
	if _, err := os.Lstat(outside); !os.IsNotExist(err) {
		t.Errorf("a dangling link made %s: %v", outside, err)
	}
	for _, name := range []string{"dataset.json", "actors.json"} {
		if info, err := os.Lstat(filepath.Join(out, name)); err != nil || !info.Mode().IsRegular() {
			t.Errorf("%s is %v, %v; want a regular file", name, info.Mode(), err)
		}
	}
}

// TestFailureWritesNothing makes the write fail: a directory stands where
// the last file goes. Writing file by file left the others written;
// internal/safefile tests a failure half way through writing.
func TestFailureWritesNothing(t *testing.T) {
	out := t.TempDir()
	ns := names(t)
	if err := os.Mkdir(filepath.Join(out, ns[len(ns)-1]), 0o755); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run([]string{"-out", out}, &stderr); code != 1 {
		t.Errorf("exit %d, want 1: %s", code, stderr.String())
	}
	if got := list(t, out); !slices.Equal(got, ns[len(ns)-1:]) {
		t.Errorf("a failed write left %v", got)
	}
}
