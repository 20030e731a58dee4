// Package bundle reads the source bundle the dataset was compiled from
// (../shared/sources beside the repository), for the tests that check the
// data against it: that quotes are copied exactly and that every dated fact
// is cited. A user's clone does not have the bundle; the tests then skip.
package bundle

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Dir returns the bundle's directory: $KARABAKH_SOURCES if set, else
// shared/sources beside the module's root directory. It skips the test if
// there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	d, err := dir()
	if err != nil {
		tb.Skipf("source bundle not present: %v", err)
	}
	return d
}

var dir = sync.OnceValues(func() (string, error) {
	if d := os.Getenv("KARABAKH_SOURCES"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared", "sources")
			if _, err := os.Stat(filepath.Join(s, "facts.tsv")); err != nil {
				return "", err
			}
			return s, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod above " + wd)
		}
	}
})

// Read returns the content of the bundle's file name.
func Read(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(Dir(tb), name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TSV returns the rows of the bundle's tab-separated file name, without its
// header row. Rows keep their own number of columns.
func TSV(tb testing.TB, name string) [][]string {
	tb.Helper()
	r := csv.NewReader(strings.NewReader(string(Read(tb, name))))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		rows = append(rows, rec)
	}
	if len(rows) == 0 {
		return nil
	}
	return rows[1:]
}

// A Corpus is the text of every file of the bundle, with block-quote marks
// dropped and runs of white space collapsed, so that a quote can be looked
// up however the bundle wrapped it.
type Corpus struct{ text string }

// Text returns the bundle as a Corpus.
func Text(tb testing.TB) *Corpus {
	tb.Helper()
	d := Dir(tb)
	entries, err := os.ReadDir(d)
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(d, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			b.WriteString(strings.TrimLeft(line, "> "))
			b.WriteByte(' ')
		}
	}
	return &Corpus{Collapse(b.String())}
}

// Contains reports whether s, with its white space collapsed, is in the
// corpus.
func (c *Corpus) Contains(s string) bool { return strings.Contains(c.text, Collapse(s)) }

// HasURL reports whether the corpus cites u, however the bundle wrote its
// scheme and "www.".
func (c *Corpus) HasURL(u string) bool { return c.Contains(HostPath(u)) }

// Collapse replaces every run of white space in s with one space.
func Collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// HostPath drops a URL's scheme and a leading "www.".
func HostPath(u string) string {
	if _, rest, ok := strings.Cut(u, "://"); ok {
		u = rest
	}
	return strings.TrimPrefix(u, "www.")
}
