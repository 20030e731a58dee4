package site

import (
	"errors"
	"fmt"
	"slices"

	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// The statement's page and the page of each point.

type statementView struct {
	Agreement   agreement.Agreement
	Signatories []agreement.Party
	Charts      []chartView
	Points      []pointState
	Deadlines   []implementation.Outcome
}

type pointState struct {
	Point    agreement.Point
	State    implementation.Observation
	HasState bool
}

type pointView struct {
	pointState
	Prev, Next  agreement.PointID
	History     []implementation.Observation
	Obligations []obligationView
	Notices     []implementation.Outcome
	TakenUp     []relationView
	Corrections []factcheck.Correction
	Events      []timeline.ID
}

// An obligationView is an obligation with what became of it: how its
// deadline stood, the changes to it, and when it was done or shown not
// done.
type obligationView struct {
	Obligation  agreement.Obligation
	Outcome     *implementation.Outcome
	Changes     []implementation.DeadlineChange
	Fulfilments []implementation.Fulfilment
	Misses      []implementation.Miss
}

type relationView struct {
	Agreement agreement.ID
	Relation  agreement.Relation
}

func (b *builder) statementPages() ([]page, error) {
	s, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return nil, errors.New("the dataset has no " + string(agreement.Statement2020))
	}
	v := statementView{Agreement: s, Signatories: slices.Collect(s.Signatories()), Charts: b.charts}
	for p := range s.Points.All() {
		v.Points = append(v.Points, b.pointState(p))
	}
	v.Deadlines = slices.Collect(implementation.Outcomes(b.asOf))
	pages := []page{b.newPage(statementPage, s.Titles.English(), statementPage, "statement", v)}
	for i, ps := range v.Points {
		pv := pointView{pointState: ps}
		if i > 0 {
			pv.Prev = v.Points[i-1].Point.ID
		}
		if i+1 < len(v.Points) {
			pv.Next = v.Points[i+1].Point.ID
		}
		id := ps.Point.ID
		pv.History = slices.Collect(implementation.History(id))
		pv.Obligations = b.obligations(ps.Point)
		for _, o := range v.Deadlines {
			if o.Deadline.Point == id && o.Deadline.Obligation == "" {
				pv.Notices = append(pv.Notices, o)
			}
		}
		for a := range agreement.All() {
			for r := range a.Relations.All() {
				if r.Target == id {
					pv.TakenUp = append(pv.TakenUp, relationView{a.ID, r})
				}
			}
		}
		pv.Corrections = slices.Collect(factcheck.Query(factcheck.Point(id)))
		for e := range timeline.Query(timeline.Point(id)) {
			pv.Events = append(pv.Events, e.ID)
		}
		section := ""
		if i == 0 {
			section = pointPage(1)
		}
		pages = append(pages, b.newPage(pointPage(ps.Point.Number), fmt.Sprintf("Point %d", ps.Point.Number), section, "point", pv))
	}
	return pages, nil
}

func (b *builder) pointState(p agreement.Point) pointState {
	o, ok := implementation.StateOn(p.ID, b.asOf)
	return pointState{Point: p, State: o, HasState: ok}
}

// obligations returns the obligations of point p with what became of
// each.
func (b *builder) obligations(p agreement.Point) []obligationView {
	var out []obligationView
	for ob := range p.Obligations.All() {
		v := obligationView{Obligation: ob}
		if o, ok := implementation.OutcomeOf(agreement.DeadlineID(ob.ID), b.asOf); ok && o.Deadline.Obligation == ob.ID {
			v.Outcome = &o
			v.Changes = o.Changes.Slice()
		}
		for f := range implementation.Fulfilments() {
			if f.Obligation == ob.ID {
				v.Fulfilments = append(v.Fulfilments, f)
			}
		}
		for m := range implementation.Misses() {
			if m.Deadline == agreement.DeadlineID(ob.ID) {
				v.Misses = append(v.Misses, m)
			}
		}
		out = append(out, v)
	}
	return out
}
