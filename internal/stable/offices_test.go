package stable

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/timeline"
)

// unclosedOffices returns the offices that the dataset records the end of
// but leaves open or ends too late. An office's end is recorded where:
//
//   - a successor holds the same post (same Title and Of), with a sourced
//     term starting after this one's: the office must have an end;
//   - the body it belongs to is dissolved (a Dissolution event with the
//     body as Subject): the office must end by the last such event;
//   - its holder resigns (an Appointment event titled "… resigns …", with
//     the holder as Agent and the body as Subject): the office must end by
//     that day.
//
// Offices known only by Attested days say nothing of the days between or
// after them, so only their last day is checked against a dissolution or
// resignation; concurrent posts (the working group's co-chairs) are known
// only so.
func unclosedOffices(all []actors.Actor, events []timeline.Event) []string {
	var out []string
	end := func(o actors.Office) karabakh.Date {
		if !o.Term.IsZero() {
			return o.Term.End
		}
		if n := o.Attested.Len(); n > 0 {
			return o.Attested.At(n - 1)
		}
		return karabakh.Date{}
	}
	involves := func(e timeline.Event, id actors.ID, role timeline.Role) bool {
		for p := range e.Actors.All() {
			if p.Actor == id && p.Role == role {
				return true
			}
		}
		return false
	}
	for _, a := range all {
		for j := range a.Offices.Len() {
			o := a.Offices.At(j)
			where := fmt.Sprintf("%s Offices[%d] (%s)", a.ID, j, o)
			// A successor.
			if !o.Term.IsZero() {
				for _, b := range all {
					for p := range b.Offices.All() {
						if b.ID == a.ID || p.Title != o.Title || p.Of != o.Of || p.Term.IsZero() ||
							p.Term.Start.IsZero() || p.Term.Start.Compare(o.Term.Start) <= 0 {
							continue
						}
						if o.Term.End.IsZero() {
							out = append(out, fmt.Sprintf("%s: open, though %s succeeded to the post from %s", where, b.ID, p.Term.Start))
						}
					}
				}
			}
			e := end(o)
			for _, ev := range events {
				var why string
				switch {
				case ev.Kind == timeline.Dissolution && involves(ev, o.Of, timeline.Subject):
					why = "dissolved"
				case ev.Kind == timeline.Appointment && strings.Contains(ev.Title, " resigns") &&
					involves(ev, a.ID, timeline.Agent) && involves(ev, o.Of, timeline.Subject):
					why = "resignation"
				default:
					continue
				}
				if ev.When.Start.Compare(o.Term.Start) < 0 && !o.Term.IsZero() {
					continue // before this office began
				}
				if why == "dissolved" && slices.ContainsFunc(events, func(later timeline.Event) bool {
					return later.Kind == timeline.Dissolution && involves(later, o.Of, timeline.Subject) &&
						later.When.Start.Compare(ev.When.Start) > 0
				}) {
					continue // a later event of the same dissolution sets the end
				}
				switch {
				case e.IsZero():
					out = append(out, fmt.Sprintf("%s: open, though %s records its end (%s, %s)", where, ev.ID, why, ev.When))
				case e.Compare(ev.When.End) > 0 && !ev.When.End.IsZero():
					out = append(out, fmt.Sprintf("%s: ends %s, after %s (%s, %s)", where, e, ev.ID, why, ev.When))
				}
			}
		}
	}
	return out
}

// TestOfficesClosedWhereEndRecorded is the office-dates rule across
// packages: an office is closed where the dataset itself records its end.
func TestOfficesClosedWhereEndRecorded(t *testing.T) {
	for _, p := range unclosedOffices(slices.Collect(actors.All()), slices.Collect(timeline.All())) {
		t.Error(p)
	}
}

// TestOfficeClosureRuleFires reopens, in turn, an office that a successor,
// a dissolution and a resignation each close, and checks that the rule
// reports it.
func TestOfficeClosureRuleFires(t *testing.T) {
	events := slices.Collect(timeline.All())
	for _, tt := range []struct {
		name  string
		actor actors.ID
		title string
		want  string
	}{
		{"successor", actors.Volkov, "Commander", "succeeded to the post"},
		{"dissolution", actors.Shahramanyan, "President", "dissolved"},
		{"resignation", actors.Harutyunyan, "President", "resignation"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			all := slices.Collect(actors.All())
			i := slices.IndexFunc(all, func(a actors.Actor) bool { return a.ID == tt.actor })
			offs := all[i].Offices.Slice()
			k := slices.IndexFunc(offs, func(o actors.Office) bool { return o.Title == tt.title })
			if i < 0 || k < 0 {
				t.Fatalf("no %s office of %s", tt.title, tt.actor)
			}
			offs[k].Term = karabakh.Span(offs[k].Term.Start, karabakh.Date{})
			all[i].Offices = karabakh.ListOf(offs...)
			got := unclosedOffices(all, events)
			if len(got) == 0 || !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tt.want) }) {
				t.Errorf("reopened %s's %s office: got %q, want a problem saying %q", tt.actor, tt.title, got, tt.want)
			}
		})
	}
	t.Run("ending after the resignation", func(t *testing.T) {
		all := slices.Collect(actors.All())
		i := slices.IndexFunc(all, func(a actors.Actor) bool { return a.ID == actors.Harutyunyan })
		offs := all[i].Offices.Slice()
		offs[0].Term = karabakh.Span(offs[0].Term.Start, offs[0].Term.End.AddDays(30))
		all[i].Offices = karabakh.ListOf(offs...)
		if got := unclosedOffices(all, events); len(got) != 1 || !strings.Contains(got[0], "after") {
			t.Errorf("got %q, want one problem: ends after the resignation", got)
		}
	})
}
