package site

import (
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// The pages of actors, places, corrections and later statements.

type actorGroup struct {
	Kind   actors.Kind
	Label  string
	Actors []actorView
}

type actorView struct {
	Actor       actors.Actor
	Obligations []agreement.PointObligation
	Events      []timeline.ID
}

type placeView struct {
	Place     places.Place
	Contested bool
	Points    []agreement.PointID
	Events    []timeline.ID
}

type correctionsView struct {
	Verdicts    []verdictCount
	Corrections []factcheck.Correction
}

type verdictCount struct {
	Verdict factcheck.Verdict
	Count   int
}

type agreementView struct {
	Agreement agreement.Agreement
	Points    []agreementPoint
}

type agreementPoint struct {
	Point       agreement.Point
	Obligations []obligationView
}

func (b *builder) recordPages() ([]page, error) {
	return []page{
		b.newPage(actorsPage, "People and bodies", actorsPage, "actors", actorGroups()),
		b.newPage(placesPage, "Places", placesPage, "places", placeViews()),
		b.newPage(correctionsPage, "Corrections", correctionsPage, "corrections", corrections()),
		b.newPage(agreementsPage, "The statements that followed", agreementsPage, "agreements", b.agreements()),
	}, nil
}

// actorGroups returns the actors by kind, in the order of actors.Kinds,
// each kind in the dataset's order.
func actorGroups() []actorGroup {
	var groups []actorGroup
	for k := range actors.Kinds() {
		g := actorGroup{Kind: k, Label: kindLabel(string(k))}
		for a := range actors.All() {
			if a.Kind != k {
				continue
			}
			v := actorView{Actor: a, Obligations: slices.Collect(agreement.ObligationsOf(a.ID))}
			for e := range timeline.Query(timeline.Actor(a.ID)) {
				v.Events = append(v.Events, e.ID)
			}
			g.Actors = append(g.Actors, v)
		}
		if len(g.Actors) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// kindLabel makes a heading of a kind: "military-unit" gives "Military
// units", "person" gives "People".
func kindLabel(k string) string {
	switch k {
	case string(actors.Person):
		return "People"
	case "":
		return ""
	}
	s := strings.ReplaceAll(k, "-", " ")
	if strings.HasSuffix(s, "y") {
		s = strings.TrimSuffix(s, "y") + "ie"
	}
	return strings.ToUpper(s[:1]) + s[1:] + "s"
}

func placeViews() []placeView {
	var out []placeView
	for p := range places.All() {
		v := placeView{Place: p, Contested: p.Names.ContainsFunc(func(n karabakh.Name) bool { return n.Usage != "" })}
		for a := range agreement.All() {
			for pt := range a.Points.All() {
				if karabakh.Contains(pt.Places, p.ID) {
					v.Points = append(v.Points, pt.ID)
				}
			}
		}
		for e := range timeline.Query(timeline.Place(p.ID)) {
			v.Events = append(v.Events, e.ID)
		}
		out = append(out, v)
	}
	return out
}

func corrections() correctionsView {
	v := correctionsView{Corrections: slices.Collect(factcheck.All())}
	for verdict := range factcheck.Verdicts() {
		n := 0
		for _, c := range v.Corrections {
			if c.Verdict == verdict {
				n++
			}
		}
		if n > 0 {
			v.Verdicts = append(v.Verdicts, verdictCount{verdict, n})
		}
	}
	return v
}

// agreements returns the documents after the 2020 statement, each point
// with its obligations and what became of them.
func (b *builder) agreements() []agreementView {
	var out []agreementView
	for a := range agreement.All() {
		if a.ID == agreement.Statement2020 {
			continue
		}
		v := agreementView{Agreement: a}
		for p := range a.Points.All() {
			v.Points = append(v.Points, agreementPoint{Point: p, Obligations: b.obligations(p)})
		}
		out = append(out, v)
	}
	return out
}
