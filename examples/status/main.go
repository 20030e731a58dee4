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
		for d := range agreement.Deadlines() {
			if d.Point == p.ID {
				deadline(w, d, day)
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

// deadline prints a deadline, how its date follows from the text, and
// how it stood on day, as far as was known then.
func deadline(out io.Writer, d agreement.Deadline, day karabakh.Date) {
	w := new(strings.Builder)
	defer func() { wrap(out, "   ", "     ", w.String()) }()
	who := ""
	if o, ok := obligation(d); ok {
		who = string(o.Obligor)
		if a, ok := actors.Get(o.Obligor); ok {
			who = a.Names.English()
		}
		who = " for " + who
	}
	fmt.Fprintf(w, "Deadline %s%s: %s. %s", d.Due, who, d.What, d.Derivation)
	res, ok := implementation.OutcomeOf(d.ID, day)
	if !ok {
		return
	}
	for c := range res.Changes.All() {
		fmt.Fprintf(w, " Moved to %s.", c.To)
	}
	switch res.Status {
	case implementation.StatusPending:
		fmt.Fprint(w, " Not yet due.")
	case implementation.StatusUnrecorded:
		fmt.Fprint(w, " Due date passed; not recorded either way.")
	case implementation.StatusMissed:
		fmt.Fprint(w, " Missed.")
	case implementation.StatusOvertaken:
		fmt.Fprint(w, " Overtaken by events before it fell due.")
	case implementation.StatusMet:
		if res.DaysEarly == 0 {
			fmt.Fprintf(w, " Met on %s, on the deadline.", res.Done)
		} else {
			fmt.Fprintf(w, " Met on %s, %d day(s) early.", res.Done, res.DaysEarly)
		}
	case implementation.StatusMetExtended:
		fmt.Fprintf(w, " Met on %s, on the deadline as moved, %d day(s) after the original one.", res.Done, -res.OriginalDaysEarly)
	case implementation.StatusLate:
		fmt.Fprintf(w, " Done on %s, %d day(s) late.", res.Done, -res.DaysEarly)
	}
}

// obligation returns the obligation that sets deadline d, if any.
func obligation(d agreement.Deadline) (agreement.Obligation, bool) {
	p, ok := agreement.GetPoint(d.Point)
	if !ok {
		return agreement.Obligation{}, false
	}
	i := p.Obligations.IndexFunc(func(o agreement.Obligation) bool { return o.ID == d.Obligation })
	if i < 0 {
		return agreement.Obligation{}, false
	}
	return p.Obligations.At(i), true
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
