// Package bundle reads the source bundle the dataset was compiled from
// (../shared/sources beside the repository), for the tests that check the
// data against it: that quotes are copied exactly and that every dated fact
// is cited. A user's clone does not have the bundle; the tests then skip.
//
// Quotes read with the search tool on stored pages that the bundle does
// not hold are logged in searched.tsv, one row per page and passage, with
// where the reading was done; the Corpus holds them as if the bundle did.
package bundle

import (
	_ "embed"
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

// A Corpus is the text of every file of the bundle, and of the search log,
// with block-quote marks dropped and runs of white space collapsed, so that
// a quote can be looked up however the bundle wrapped it.
type Corpus struct{ text string }

//go:embed searched.tsv
var searchedTSV string

// A Searched row logs one passage read with the search tool on a stored
// page that the bundle does not hold.
type Searched struct {
	URL, Quote string
	// Read says where the reading was done: by the research for an issue
	// (naming its file), in an issue's own session, or before the log
	// was kept.
	Read string
}

// SearchLog returns the rows of searched.tsv.
func SearchLog() ([]Searched, error) {
	r := csv.NewReader(strings.NewReader(searchedTSV))
	r.Comma = '\t'
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Searched
	for i, rec := range recs {
		if i == 0 {
			continue // header
		}
		if len(rec) != 3 {
			return nil, errors.New("searched.tsv: a row has not 3 columns")
		}
		out = append(out, Searched{URL: rec[0], Quote: rec[1], Read: rec[2]})
	}
	return out, nil
}

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
	log, err := SearchLog()
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range log {
		// A separator that no quote holds, so that no quote can run on
		// into the next row's.
		b.WriteString(" \x00 " + s.URL + " \x00 " + s.Quote)
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
