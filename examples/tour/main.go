// Command tour prints a short tour of the dataset: the statement of
// 10 November 2020, its signatories, each point with its deadlines and
// quantities, and the first weeks of the timeline.
//
//	go run ./examples/tour
//	go run ./examples/tour -lang ru -weeks 8
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "en", "preferred `language` for names (BCP 47: en, ru, hy, az, ...)")
	weeks := flag.Int("weeks", 5, "how many `weeks` of the timeline to show, from 9 November 2020")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(2)
	}
	if err := tour(os.Stdout, tag, *weeks); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

func tour(w io.Writer, lang language.Tag, weeks int) error {
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return fmt.Errorf("the dataset has no %s", agreement.Statement2020)
	}
	fmt.Fprintf(w, "%s\n", s.Titles.Label(lang))
	fmt.Fprintf(w, "%s\n\n", strings.Repeat("=", 72))
	fmt.Fprintf(w, "Signed:    %s\n", s.Signed)
	if !s.Effective.IsZero() {
		fmt.Fprintf(w, "Effective: %s (%s)\n", s.Effective.Format("2006-01-02 15:04 MST"), s.Effective.UTC().Format("2006-01-02 15:04 UTC"))
	}
	for id := range s.Identifiers.All() {
		if id.Scheme == karabakh.SchemePAX {
			fmt.Fprintf(w, "PA-X:      %s\n", id.Value)
		}
	}
	fmt.Fprintln(w, "\nSignatories:")
	for p := range s.Signatories() {
		fmt.Fprintf(w, "  %s %s\n", pad(actorName(p.Actor, lang), 28), p.Office)
	}

	fmt.Fprintln(w, "\nPoints:")
	for p := range s.Points.All() {
		fmt.Fprintf(w, "\n%d. %s\n", p.Number, p.Summary)
		if t, ok := bestText(p, lang); ok {
			fmt.Fprintf(w, "   Text (%s, %s): %s\n", t.Lang, t.Coverage, clip(t.Body, 160))
		}
		// Every deadline the point sets, by a date or as a period, with
		// its status on the dataset's date.
		for d := range agreement.Deadlines() {
			if d.Point != p.ID {
				continue
			}
			status := ""
			if out, ok := implementation.OutcomeOf(d.ID, karabakh.MustParseDate(karabakh.DatasetUpdated)); ok {
				status = " [" + string(out.Status) + "]"
			}
			fmt.Fprintf(w, "   Deadline %s (%s)%s: %s\n", d.Due, d.Basis, status, clip(d.What, 120))
		}
		for q := range p.Quantities.All() {
			limit := ""
			if q.Limit {
				limit = "up to "
			}
			fmt.Fprintf(w, "   %s%d %s: %s\n", limit, q.Value, q.Unit, q.What)
		}
	}

	from := karabakh.Day(2020, time.November, 9)
	to := from.AddDays(7*weeks - 1)
	fmt.Fprintf(w, "\nTimeline %s to %s:\n", from, to)
	// Events known only to a month, or running over weeks, count when they
	// overlap the window: the query's default.
	for e := range timeline.Query(timeline.Between(from, to)) {
		fmt.Fprintf(w, "  %-23s %s\n", e.When, e.Title)
	}
	return nil
}

// bestText prefers the reader's language, then the authentic Russian, then
// English, and within each the fullest text.
func bestText(p agreement.Point, lang language.Tag) (agreement.Text, bool) {
	for _, l := range []language.Tag{lang, language.English, language.Russian} {
		if t, ok := p.Text(l); ok {
			return t, true
		}
	}
	return agreement.Text{}, false
}

func actorName(id actors.ID, lang language.Tag) string {
	if a, ok := actors.Get(id); ok {
		return a.Names.Label(lang)
	}
	return string(id)
}

// pad pads s with spaces to n characters; fmt pads by bytes, which
// misaligns Armenian and Cyrillic names.
func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
