// Command status prints, for each point of the statement of 10 November
// 2020, its deadlines, its state on a given date and the evidence for it,
// with sources.
//
//	go run ./examples/status                 # as of today
//	go run ./examples/status -date 2021-02-01
//	go run ./examples/status -date 2020-11
//
// A month or a year is reported as of its last day. Only what was known by
// that day is shown: a deadline moved later, or an obligation carried out
// later, is reported as not yet so.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

func main() {
	date := flag.String("date", time.Now().Format(time.DateOnly), "the `date` (YYYY, YYYY-MM or YYYY-MM-DD) to report the state on")
	flag.Parse()
	d, err := karabakh.ParseDate(*date)
	if err != nil {
		fmt.Fprintln(os.Stderr, "status:", err)
		os.Exit(2)
	}
	if err := report(os.Stdout, d); err != nil {
		fmt.Fprintln(os.Stderr, "status:", err)
		os.Exit(1)
	}
}

const width = 100 // wrap prose at this column

func report(w io.Writer, on karabakh.Date) error {
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return fmt.Errorf("the dataset has no %s", agreement.Statement2020)
	}
	day := on.Last()
	fmt.Fprintf(w, "The nine points of the statement signed on %s, as of %s\n", s.Signed, day)
	if day.Before(s.Signed) {
		fmt.Fprintln(w, "\nThe statement had not yet been signed.")
		return nil
	}
	for p := range s.Points.All() {
		fmt.Fprintln(w)
		wrap(w, "", "   ", fmt.Sprintf("Point %d. %s", p.Number, p.Summary))
		for o := range p.Obligations.All() {
			if !o.Deadline.IsZero() {
				deadline(w, o, day)
			}
		}
		takenUp(w, p.ID, day)
		obs, ok := implementation.StateOn(p.ID, day)
		if !ok {
			fmt.Fprintln(w, "   No observation by this date.")
			continue
		}
		state := ""
		if obs.State != "" {
			state = "; " + strings.ReplaceAll(string(obs.State), "-", " ")
		}
		fmt.Fprintf(w, "   State since %s: %s (%d/3)%s\n", obs.Date, obs.Level, obs.Level, state)
		wrap(w, "   ", "   ", obs.Summary)
		for id := range obs.Evidence.All() {
			if e, ok := timeline.Get(id); ok {
				wrap(w, "   ", "             ", fmt.Sprintf("Evidence: %s, %s", e.When, e.Title))
			}
		}
		for src := range obs.Sources.All() {
			wrap(w, "   ", "           ", fmt.Sprintf("Source: %s: “%s”", src.Publisher, src.Quote))
			fmt.Fprintf(w, "           %s\n", src.URL)
		}
	}
	return nil
}

// deadline prints an obligation's deadline and whether it was met, as far
// as was known on day.
func deadline(out io.Writer, o agreement.Obligation, day karabakh.Date) {
	w := new(strings.Builder)
	defer func() { wrap(out, "   ", "     ", w.String()) }()
	who := string(o.Obligor)
	if a, ok := actors.Get(o.Obligor); ok {
		who = a.Names.English()
	}
	fmt.Fprintf(w, "Deadline %s for %s: %s.", o.Deadline, who, o.Action)
	res, ok := implementation.DeadlineOutcome(o.ID)
	if !ok {
		return
	}
	final := res.Deadline
	for _, c := range res.Changes {
		if e, ok := timeline.Get(c.Event); ok && !e.When.Start.After(day) {
			fmt.Fprintf(w, " Moved to %s on %s.", c.To, e.When.Start)
			final = c.To
		}
	}
	switch done := res.Done; {
	case done.IsZero() || done.After(day):
		if day.After(final) {
			fmt.Fprint(w, " Not recorded as done by the deadline.")
		} else {
			fmt.Fprint(w, " Not yet due.")
		}
	case res.Met && res.DaysEarly == 0:
		fmt.Fprintf(w, " Met on %s, on the deadline", done)
		if !res.MetOriginal {
			fmt.Fprintf(w, " as moved, %d day(s) after the original one", -res.OriginalDaysEarly)
		}
		fmt.Fprint(w, ".")
	case res.Met:
		fmt.Fprintf(w, " Met on %s, %d day(s) early.", done, res.DaysEarly)
	default:
		fmt.Fprintf(w, " Done on %s, %d day(s) late.", done, -res.DaysEarly)
	}
}

// takenUp prints the later documents, signed by day, whose points take up
// point p.
func takenUp(w io.Writer, p agreement.PointID, day karabakh.Date) {
	for a := range agreement.All() {
		if a.Signed.After(day) {
			continue
		}
		for r := range a.Relations.All() {
			if r.Target != p {
				continue
			}
			from := string(a.ID)
			if r.From != "" {
				from = fmt.Sprintf("%s point %d", a.ID, r.From.Number())
			}
			verb := map[agreement.RelationKind]string{
				agreement.Implements: "Implemented by",
				agreement.Elaborates: "Elaborated by",
				agreement.References: "Referred to by",
				agreement.Supersedes: "Superseded by",
			}[r.Kind]
			if verb == "" {
				verb = "Taken up (" + string(r.Kind) + ") by"
			}
			wrap(w, "   ", "     ", fmt.Sprintf("%s %s, signed %s.", verb, from, a.Signed))
		}
	}
}

// wrap prints text wrapped at width, the first line indented by first and
// the others by rest.
func wrap(w io.Writer, first, rest, text string) {
	indent := rest
	col := len(first)
	fmt.Fprint(w, first)
	for i, word := range strings.Fields(text) {
		n := len([]rune(word))
		if i > 0 && col+1+n > width {
			fmt.Fprint(w, "\n", indent)
			col = len(indent)
		} else if i > 0 {
			fmt.Fprint(w, " ")
			col++
		}
		fmt.Fprint(w, word)
		col += n
	}
	fmt.Fprintln(w)
}
