package export

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/timeline"
)

func eventID(e timeline.Event) string { return string(e.ID) }

func eventsTable() *def[timeline.Event] {
	type row = timeline.Event
	return &def[row]{
		name: "events", kind: "event", title: "Events",
		desc: "One row per dated event, in chronological order. " + doc[timeline.Event](""),
		rows: timeline.All(),
		cols: concat(
			one(
				reqText("id", doc[timeline.ID](""), eventID),
				enumCol("kind", doc[timeline.Kind](""), timeline.Kinds(), func(e row) timeline.Kind { return e.Kind }),
			),
			intervalCols("when", doc[timeline.Event]("When"), true, func(e row) karabakh.Interval { return e.When }),
			one(
				timeCol("moment", doc[timeline.Event]("Moment"), func(e row) time.Time { return e.Moment }),
				reqText("title", doc[timeline.Event]("Title"), func(e row) string { return e.Title }),
				textCol("summary", doc[timeline.Event]("Summary"), func(e row) string { return e.Summary }),
				textCol("claimed_by", doc[timeline.Event]("ClaimedBy"), func(e row) string { return string(e.ClaimedBy) }),
				textCol("note", or(doc[timeline.Event]("Note"), noteDesc), func(e row) string { return e.Note }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("claimed_by", "actors")},
		id:      eventID,
		sources: sourced(func(e row) karabakh.Sources { return e.Sources }),
	}
}

func eventActorsTable() *def[link[timeline.Participant]] {
	type row = link[timeline.Participant]
	return &def[row]{
		name: "event_actors", title: "Actors in events",
		desc: "One row per actor's part in an event. " + doc[timeline.Participant](""),
		rows: links(timeline.All(), eventID, func(e timeline.Event) karabakh.List[timeline.Participant] { return e.Actors }),
		cols: []col[row]{
			reqText("event_id", "The event.", func(r row) string { return r.from }),
			reqText("actor_id", "The actor.", func(r row) string { return string(r.v.Actor) }),
			enumCol("role", doc[timeline.Role](""), timeline.Roles(), func(r row) timeline.Role { return r.v.Role }),
		},
		pk:  []string{"event_id", "actor_id", "role"},
		fks: []ForeignKey{ref("event_id", "events"), ref("actor_id", "actors")},
	}
}

func eventPlacesTable() *def[link[string]] {
	return linkTable("event_places", "Places of events", "One row per place an event names.",
		timeline.All(), eventID, func(e timeline.Event) karabakh.List[string] { return idList(e.Places) },
		"events", "event_id", "places", "place_id")
}

func eventPointsTable() *def[link[string]] {
	return linkTable("event_points", "Points events bear on", "One row per point of an agreement that an event bears on. "+doc[timeline.Event]("Points"),
		timeline.All(), eventID, func(e timeline.Event) karabakh.List[string] { return idList(e.Points) },
		"events", "event_id", "points", "point_id")
}

func eventAgreementsTable() *def[link[string]] {
	return linkTable("event_agreements", "Agreements events concern", "One row per agreement an event concerns. "+doc[timeline.Event]("Agreements"),
		timeline.All(), eventID, func(e timeline.Event) karabakh.List[string] { return idList(e.Agreements) },
		"events", "event_id", "agreements", "agreement_id")
}
