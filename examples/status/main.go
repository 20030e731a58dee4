// Command status prints, for each point of the statement of 10 November
// 2020, its deadlines, its state on a given date and the evidence for it,
// with sources.
//
//	go run ./examples/status                 # as of today
//	go run ./examples/status -date 2021-02-01
//	go run ./examples/status -date 2020-11
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/caucasus-data/karabakh"
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

func report(w io.Writer, on karabakh.Date) error {
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return fmt.Errorf("the dataset has no %s", agreement.Statement2020)
	}
	// A month or a year is reported as of its last day.
	day := on.Last()
	fmt.Fprintf(w, "State of the points of the statement of %s, as of %s\n", s.Signed, day)
	for p := range s.Points.Values() {
		fmt.Fprintf(w, "\n%d. %s\n", p.Number, p.Summary)
		for o := range p.Obligations.Values() {
			if o.Deadline.IsZero() {
				continue
			}
			fmt.Fprintf(w, "   deadline %s: %s", o.Deadline, o.Action)
			if out, ok := implementation.DeadlineOutcome(o.ID); ok {
				if out.Final != out.Deadline {
					fmt.Fprintf(w, " (moved to %s)", out.Final)
				}
				switch {
				case out.Done.IsZero():
					fmt.Fprint(w, ": not recorded as done")
				case out.Done.After(day):
					fmt.Fprintf(w, ": not yet done (done %s)", out.Done)
				case out.Met:
					fmt.Fprintf(w, ": met on %s, %d day(s) early", out.Done, out.DaysEarly)
				default:
					fmt.Fprintf(w, ": done on %s, %d day(s) late", out.Done, -out.DaysEarly)
				}
			}
			fmt.Fprintln(w)
		}
		obs, ok := implementation.StateOn(p.ID, day)
		if !ok {
			fmt.Fprintln(w, "   no observation by this date")
			continue
		}
		state := ""
		if obs.State != "" {
			state = ", " + string(obs.State)
		}
		fmt.Fprintf(w, "   state since %s: %s (%d/3%s)\n", obs.Date, obs.Level, obs.Level, state)
		fmt.Fprintf(w, "   %s\n", obs.Summary)
		for id := range obs.Evidence.Values() {
			if e, ok := timeline.Get(id); ok {
				fmt.Fprintf(w, "   evidence: %s %s\n", e.When, e.Title)
			}
		}
		for src := range obs.Sources.Values() {
			fmt.Fprintf(w, "   source: %s (%s)\n", src.URL, src.Publisher)
		}
	}
	return nil
}
