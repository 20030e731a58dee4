package export

import (
	"cmp"
	"encoding/json"
	"fmt"
	"iter"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/internal/golden"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// goldenFiles returns every committed file the package generates, by path
// relative to the package: the CSV files and their descriptor, the
// TimelineJS file, the row counts and the README's expected outputs, which
// .ci/run compares with what DuckDB, sqlite3, jq and pandas print.
func goldenFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range []struct {
		dir   string
		files iter.Seq2[schema.File, error]
	}{
		{"csv", CSV()},
		{"timelinejs", TimelineJS()},
	} {
		for file, err := range f.files {
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Join(f.dir, file.Name)] = file.Data
		}
	}
	counts, err := json.MarshalIndent(apiCounts(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out[filepath.Join("testdata", "counts.json")] = append(counts, '\n')
	for name, text := range readmeOutputs() {
		out[filepath.Join("testdata", "readme", name+".out")] = []byte(text)
	}
	return out
}

// TestGolden fails when the committed files differ from what the code
// generates. go generate ./..., or go test ./export -run TestGolden
// -update, refreshes them.
func TestGolden(t *testing.T) {
	golden.Check(t, goldenFiles(t), []string{"csv", "timelinejs", filepath.Join("testdata", "readme")}, *update)
}

// readmeOutputs returns what each snippet of README.md marked
// "<!-- check: NAME -->" must print, worked out with the Go API: the
// questions the snippets ask, answered without the tables.
func readmeOutputs() map[string]string {
	asOf := karabakh.MustParseDate(karabakh.DatasetUpdated)
	nov := karabakh.Month(2020, time.November)
	november := 0
	for range timeline.Query(timeline.Between(nov, nov)) {
		november++
	}
	var sqlite3 strings.Builder
	fmt.Fprintln(&sqlite3, november)
	statuses := map[implementation.Status]int{}
	var notMet strings.Builder
	for o := range implementation.Outcomes(asOf) {
		statuses[o.Status]++
		if o.Status != implementation.StatusMet {
			fmt.Fprintf(&notMet, "%s\t%s\t%s\n", o.Deadline.ID, o.Final, o.Status)
		}
	}
	for _, s := range slices.Sorted(maps.Keys(statuses)) {
		fmt.Fprintf(&sqlite3, "%s|%d\n", s, statuses[s])
	}
	for o := range implementation.StatesOn(asOf) {
		fmt.Fprintf(&sqlite3, "%d|%d|%s\n", o.Point.Number(), o.Level, o.State)
	}
	years := map[string]int{}
	for e := range timeline.Query(timeline.Actor(actors.Pashinyan)) {
		y := ""
		if !e.When.Start.IsZero() {
			y = fmt.Sprint(e.When.Start.Year())
		}
		years[y]++
	}
	for _, y := range slices.Sorted(maps.Keys(years)) {
		fmt.Fprintf(&sqlite3, "%s|%d\n", y, years[y])
	}
	fmt.Fprintln(&sqlite3, eventsMentioning("lachin"))

	type kind struct {
		kind        timeline.Kind
		n           int
		first, last karabakh.Date
	}
	kinds := map[timeline.Kind]*kind{}
	for e := range timeline.All() {
		k := kinds[e.Kind]
		if k == nil {
			k = &kind{kind: e.Kind}
			kinds[e.Kind] = k
		}
		k.n++
		if d := e.When.Start.First(); !d.IsZero() {
			if k.first.IsZero() || d.Before(k.first) {
				k.first = d
			}
			if k.last.IsZero() || d.After(k.last) {
				k.last = d
			}
		}
	}
	byCount := slices.SortedFunc(maps.Values(kinds), func(a, b *kind) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.kind, b.kind))
	})
	var duckdb strings.Builder
	for _, k := range byCount {
		fmt.Fprintf(&duckdb, "%s|%d|%s|%s\n", k.kind, k.n, k.first, k.last)
	}
	return map[string]string{
		"pandas":  fmt.Sprintf("%d events overlap November 2020\n", november),
		"sqlite3": sqlite3.String(),
		"duckdb":  duckdb.String(),
		"jq":      notMet.String(),
	}
}

// eventsMentioning counts the events whose title, summary or the quote of
// one of their sources has word as a token, as SQLite's unicode61
// tokenizer with remove_diacritics splits and folds text: runs of letters
// and digits, in lower case, without diacritics.
func eventsMentioning(word string) int {
	fold := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	has := func(s string) bool {
		s, _, _ = transform.String(fold, strings.ToLower(s))
		return slices.Contains(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }), word)
	}
	n := 0
	for e := range timeline.All() {
		found := has(e.Title) || has(e.Summary)
		for s := range e.Sources.All() {
			found = found || has(s.Quote)
		}
		if found {
			n++
		}
	}
	return n
}
