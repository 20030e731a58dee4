// Package golden keeps generated files committed in step with the code that
// generates them: a test compares them, and with -update rewrites them, as
// go generate does.
package golden

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Check compares each of files, by its path relative to the test's
// directory, with the committed file, and reports every difference and
// every file in dirs that is no longer generated. With update it writes
// the files instead, and removes those no longer generated. Hidden files
// in dirs (.gitattributes) are left alone.
func Check(t testing.TB, files map[string][]byte, dirs []string, update bool) {
	t.Helper()
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil && !update {
			t.Errorf("%v; run go generate ./...", err)
		}
		for _, e := range entries {
			name := filepath.Join(dir, e.Name())
			if _, ok := files[name]; ok || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if update {
				os.Remove(name)
			} else {
				t.Errorf("%s is not generated any more; run go generate ./...", name)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		want := files[name]
		if update {
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%v; run go generate ./...", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the code generates (first difference at byte %d); run go generate ./...", name, FirstDiff(got, want))
		}
	}
}

// FirstDiff returns the offset of the first byte at which a and b differ.
func FirstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
