package timeline

import (
	"iter"
	"slices"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// An ID names an event. By convention it starts with the event's date.
type ID string

// A Kind says what sort of event a record is.
type Kind string

// The kinds of event.
const (
	War          Kind = "war"          // fighting on a large scale
	Clash        Kind = "clash"        // a limited exchange of fire
	Ceasefire    Kind = "ceasefire"    // fighting stops, by agreement or announcement
	Signing      Kind = "signing"      // a document is signed or initialled
	Meeting      Kind = "meeting"      // leaders, ministers or a working group meet
	Statement    Kind = "statement"    // a public declaration or claim
	Handover     Kind = "handover"     // territory passes from one side's control to the other
	Deadline     Kind = "deadline"     // a deadline is set, extended or falls due
	Deployment   Kind = "deployment"   // forces arrive or take up positions
	Withdrawal   Kind = "withdrawal"   // forces leave
	Exchange     Kind = "exchange"     // prisoners, detainees or bodies are exchanged or returned
	Displacement Kind = "displacement" // people flee or return
	Blockade     Kind = "blockade"     // a route is closed or obstructed
	Opening      Kind = "opening"      // a body, route or checkpoint begins to operate
	Closure      Kind = "closure"      // a body, route or mission ends
	Appointment  Kind = "appointment"  // someone takes or leaves an office
	Protest      Kind = "protest"
	Offensive    Kind = "offensive" // a military operation to take territory
	Dissolution  Kind = "dissolution"
	Negotiation  Kind = "negotiation" // talks on a text, without a signing
)

var kinds = [...]Kind{War, Clash, Ceasefire, Signing, Meeting, Statement, Handover, Deadline,
	Deployment, Withdrawal, Exchange, Displacement, Blockade, Opening, Closure, Appointment,
	Protest, Offensive, Dissolution, Negotiation}

// Kinds lists every Kind.
func Kinds() iter.Seq[Kind] { return slices.Values(kinds[:]) }

// Valid reports whether k is a known Kind.
func (k Kind) Valid() bool { return slices.Contains(kinds[:], k) }

// A Role is an actor's part in an event.
type Role string

// The roles of actors in events.
const (
	Agent     Role = "agent"     // carried it out
	Subject   Role = "subject"   // it was done to or about them
	Signatory Role = "signatory" // signed
	Mediator  Role = "mediator"  // mediated or brokered
	Host      Role = "host"      // hosted
	Speaker   Role = "speaker"   // announced, said or claimed it
	TookPart  Role = "took-part" // took part
)

var roles = [...]Role{Agent, Subject, Signatory, Mediator, Host, Speaker, TookPart}

// Roles lists every Role.
func Roles() iter.Seq[Role] { return slices.Values(roles[:]) }

// Valid reports whether r is a known Role.
func (r Role) Valid() bool { return slices.Contains(roles[:], r) }

// A Participant is an actor with its role in an event.
type Participant struct {
	Actor actors.ID `json:"actor"`
	Role  Role      `json:"role"`
}

// String returns the participant as "ilham-aliyev (signatory)".
func (p Participant) String() string { return string(p.Actor) + " (" + string(p.Role) + ")" }

// An Event is something that happened, on a date known to some precision.
type Event struct {
	ID   ID   `json:"id"`
	Kind Kind `json:"kind"`
	// When is the date or span of the event in local time, as precise as
	// the sources allow.
	When karabakh.Interval `json:"when"`
	// Moment is the instant the event happened or took effect, with the
	// time zone the sources give, where they give a time of day. The zero
	// time means no time of day is known.
	Moment time.Time `json:"moment,omitzero"`
	// Title is our short English headline.
	Title string `json:"title"`
	// Summary is our English account in a sentence or two.
	Summary string                     `json:"summary,omitempty"`
	Actors  karabakh.List[Participant] `json:"actors,omitzero"`
	Places  karabakh.List[places.ID]   `json:"places,omitzero"`
	// Points are the points of agreements the event bears on.
	Points karabakh.List[agreement.PointID] `json:"points,omitzero"`
	// Agreements are documents the event concerns (signed, discussed).
	Agreements karabakh.List[agreement.ID] `json:"agreements,omitzero"`
	// ClaimedBy is set when the event is one side's claim, not established
	// by the sources independently.
	ClaimedBy actors.ID        `json:"claimedBy,omitempty"`
	Note      string           `json:"note,omitempty"`
	Sources   karabakh.Sources `json:"sources"`
}

// Involves reports whether actor id itself takes part in e, in any role.
func (e Event) Involves(id actors.ID) bool {
	return e.Actors.ContainsFunc(func(p Participant) bool { return p.Actor == id })
}

// InvolvesFor reports whether id, or an actor acting for id on the event's
// first day, takes part in e: see [actors.Represents]. An event in which
// Pashinyan signs involves Armenia in this sense.
func (e Event) InvolvesFor(id actors.ID) bool {
	return e.Actors.ContainsFunc(func(p Participant) bool { return actors.Represents(p.Actor, id, e.When.Start) })
}

// BearsOn reports whether e bears on point p.
func (e Event) BearsOn(p agreement.PointID) bool { return karabakh.Contains(e.Points, p) }

// At reports whether e names place p.
func (e Event) At(p places.ID) bool { return karabakh.Contains(e.Places, p) }

// Report returns the first of e's sources that reports the event itself,
// rather than giving background (see karabakh.Source.Background), and
// false if every source is background.
func (e Event) Report() (karabakh.Source, bool) {
	for s := range e.Sources.All() {
		if !s.Background {
			return s, true
		}
	}
	return karabakh.Source{}, false
}
