package site

import (
	"fmt"
	"net/url"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// The site's address scheme. Every page sits in one directory, so that a
// link is a file name and an anchor, and the site opens from disk. Every
// record's anchor is its ID, written as the ID itself in the id attribute
// and percent-encoded in links (a point's "#" as %23), so that others can
// link to it: index.html#statement-2020-11-10-return-kalbajar.
const (
	statementPage   = "index.html"
	actorsPage      = "actors.html"
	placesPage      = "places.html"
	correctionsPage = "corrections.html"
	agreementsPage  = "agreements.html"
	timelinePage    = "timeline.html"
	stylesheet      = "style.css"
)

// pointPage is the page of point n of the 2020 statement.
func pointPage(n int) string { return fmt.Sprintf("point-%d.html", n) }

// timelinePageOf is the page of the timeline narrowed to a year, a kind or
// both; 0 and "" for none.
func timelinePageOf(year int, kind timeline.Kind) string {
	switch {
	case year == 0 && kind == "":
		return timelinePage
	case kind == "":
		return fmt.Sprintf("timeline-%d.html", year)
	case year == 0:
		return fmt.Sprintf("timeline-%s.html", kind)
	}
	return fmt.Sprintf("timeline-%d-%s.html", year, kind)
}

// at returns the address of the anchor id on page.
func at(page, id string) string { return page + "#" + (&url.URL{Fragment: id}).EscapedFragment() }

// observationAnchor is the anchor of an observation, which has no ID of its
// own: its point's ID, "@" and its date, "statement-2020-11-10#6@2020-11-15".
func observationAnchor(o implementation.Observation) string {
	return string(o.Point) + "@" + o.Date.String()
}

// links gives the address of every record. It implements charts.Linker.
type links struct{}

func (links) Actor(id actors.ID) string               { return at(actorsPage, string(id)) }
func (links) Place(id places.ID) string               { return at(placesPage, string(id)) }
func (links) Event(id timeline.ID) string             { return at(timelinePage, string(id)) }
func (links) Correction(id factcheck.ID) string       { return at(correctionsPage, string(id)) }
func (links) Deadline(id agreement.DeadlineID) string { return at(statementPage, string(id)) }

// Agreement links the 2020 statement to the front page, the others to the
// page of later statements.
func (links) Agreement(id agreement.ID) string {
	if id == agreement.Statement2020 {
		return at(statementPage, string(id))
	}
	return at(agreementsPage, string(id))
}

// Point links a point of the 2020 statement to its own page, with its
// history; a point of a later statement to its place among that
// statement's points.
func (links) Point(id agreement.PointID) string {
	if id.Agreement() == agreement.Statement2020 {
		return pointPage(id.Number())
	}
	return at(agreementsPage, string(id))
}

// PointText links a point to its texts: for the 2020 statement, its
// section of the front page.
func (l links) PointText(id agreement.PointID) string {
	if id.Agreement() == agreement.Statement2020 {
		return at(statementPage, string(id))
	}
	return l.Point(id)
}

// Obligation links an obligation to its point's page (2020) or its place
// among a later statement's points.
func (links) Obligation(pt agreement.PointID, id agreement.ObligationID) string {
	if pt.Agreement() == agreement.Statement2020 {
		return at(pointPage(pt.Number()), string(id))
	}
	return at(agreementsPage, string(id))
}

// Observation links an observation to its place in its point's history.
func (links) Observation(o implementation.Observation) string {
	return at(pointPage(o.Point.Number()), observationAnchor(o))
}
