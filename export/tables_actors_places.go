package export

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/places"
)

// or returns the Go doc comment d, or fallback where the field has none.
func or(d, fallback string) string {
	if d != "" {
		return d
	}
	return fallback
}

const noteDesc = "Our note on the record: what the sources leave out or disagree on."

func actorsTable() *def[actors.Actor] {
	return &def[actors.Actor]{
		name: "actors", kind: "actor", title: "Actors",
		desc: "One row per actor. " + doc[actors.Actor](""),
		rows: actors.All(),
		cols: concat(
			one(
				reqText("id", doc[actors.ID](""), func(a actors.Actor) string { return string(a.ID) }),
				enumCol("kind", doc[actors.Kind](""), actors.Kinds(), func(a actors.Actor) actors.Kind { return a.Kind }),
			),
			labelCols(func(a actors.Actor) karabakh.Names { return a.Names }),
			one(
				textCol("part_of", doc[actors.Actor]("PartOf"), func(a actors.Actor) string { return string(a.PartOf) }),
				textCol("note", or(doc[actors.Actor]("Note"), noteDesc), func(a actors.Actor) string { return a.Note }),
			),
		),
		pk:          []string{"id"},
		fks:         []ForeignKey{ref("part_of", "actors")},
		id:          func(a actors.Actor) string { return string(a.ID) },
		names:       func(a actors.Actor) karabakh.Names { return a.Names },
		identifiers: func(a actors.Actor) karabakh.List[karabakh.Identifier] { return a.Identifiers },
		sources:     sourced(func(a actors.Actor) karabakh.Sources { return a.Sources }),
	}
}

func offices() func(func(sub[actors.Office]) bool) {
	return subs(actors.All(), func(a actors.Actor) string { return string(a.ID) },
		func(a actors.Actor) karabakh.List[actors.Office] { return a.Offices })
}

func officesTable() *def[sub[actors.Office]] {
	type row = sub[actors.Office]
	return &def[row]{
		name: "offices", kind: "office", title: "Offices",
		desc: "One row per office an actor held. " + doc[actors.Office](""),
		rows: offices(),
		cols: concat(
			one(
				reqText("id", "The actor's ID and the office's number: nikol-pashinyan/1.", row.id),
				reqText("actor_id", "The actor who held the office.", func(r row) string { return r.parent }),
				numberCol("The office's position among the actor's offices, from 1, in order of start.", func(r row) int { return r.n }),
				reqText("title", doc[actors.Office]("Title"), func(r row) string { return r.v.Title }),
				reqText("of_actor", doc[actors.Office]("Of"), func(r row) string { return string(r.v.Of) }),
			),
			intervalCols("term", doc[actors.Office]("Term"), false, func(r row) karabakh.Interval { return r.v.Term }),
			one(textCol("note", or(doc[actors.Office]("Note"), noteDesc), func(r row) string { return r.v.Note })),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("actor_id", "actors"), ref("of_actor", "actors")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func attestationsTable() *def[sub[karabakh.Date]] {
	type row = sub[karabakh.Date]
	return &def[row]{
		name: "office_attestations", title: "Office attestations",
		desc: "One row per day on which a source shows an actor in an office whose term no source gives. " + doc[actors.Office]("Attested"),
		rows: subs(offices(), sub[actors.Office].id, func(o sub[actors.Office]) karabakh.List[karabakh.Date] { return o.v.Attested }),
		cols: concat(
			one(
				reqText("office_id", "The office.", func(r row) string { return r.parent }),
				numberCol("The day's position among the office's attested days, from 1.", func(r row) int { return r.n }),
			),
			dateCols("when", "The day a source shows the actor in the office.", true, func(r row) karabakh.Date { return r.v }),
		),
		pk:  []string{"office_id", "number"},
		fks: []ForeignKey{ref("office_id", "offices")},
	}
}

func placesTable() *def[places.Place] {
	return &def[places.Place]{
		name: "places", kind: "place", title: "Places",
		desc: "One row per place. " + doc[places.Place](""),
		rows: places.All(),
		cols: concat(
			one(
				reqText("id", doc[places.ID](""), func(p places.Place) string { return string(p.ID) }),
				enumCol("kind", doc[places.Kind](""), places.Kinds(), func(p places.Place) places.Kind { return p.Kind }),
			),
			labelCols(func(p places.Place) karabakh.Names { return p.Names }),
			one(
				textCol("part_of", doc[places.Place]("PartOf"), func(p places.Place) string { return string(p.PartOf) }),
				floatCol("lat", "The latitude of the preferred coordinates (place_coordinates), WGS 84 degrees north; empty where no source gives coordinates.",
					func(p places.Place) (float64, bool) { c, ok := p.Location(); return c.Lat, ok }),
				floatCol("lon", "The longitude of the preferred coordinates, WGS 84 degrees east; empty where no source gives coordinates.",
					func(p places.Place) (float64, bool) { c, ok := p.Location(); return c.Lon, ok }),
				textCol("note", or(doc[places.Place]("Note"), noteDesc), func(p places.Place) string { return p.Note }),
			),
		),
		pk:          []string{"id"},
		fks:         []ForeignKey{ref("part_of", "places")},
		id:          func(p places.Place) string { return string(p.ID) },
		names:       func(p places.Place) karabakh.Names { return p.Names },
		identifiers: func(p places.Place) karabakh.List[karabakh.Identifier] { return p.Identifiers },
		sources:     sourced(func(p places.Place) karabakh.Sources { return p.Sources }),
	}
}

func placeCoordinatesTable() *def[sub[places.Coordinates]] {
	type row = sub[places.Coordinates]
	return &def[row]{
		name: "place_coordinates", kind: "coordinates", title: "Place coordinates",
		desc: "One row per version of a place's coordinates that a source gives. " + doc[places.Coordinates](""),
		rows: subs(places.All(), func(p places.Place) string { return string(p.ID) },
			func(p places.Place) karabakh.List[places.Coordinates] { return p.Coordinates }),
		cols: one(
			reqText("id", "The place's ID and the version's number: kalbajar-district/1.", row.id),
			reqText("place_id", "The place.", func(r row) string { return r.parent }),
			numberCol("The version's position among the place's coordinates, from 1.", func(r row) int { return r.n }),
			floatCol("lat", doc[places.Coordinates]("Lat"), func(r row) (float64, bool) { return r.v.Lat, true }),
			floatCol("lon", "Lon is degrees east of Greenwich (negative west), -180 to 180.", func(r row) (float64, bool) { return r.v.Lon, true }),
			reqText("precision", doc[places.Coordinates]("Precision"), func(r row) string { return r.v.Precision }),
			boolCol("preferred", doc[places.Coordinates]("Preferred"), func(r row) bool { return r.v.Preferred }),
			textCol("note", noteDesc, func(r row) string { return r.v.Note }),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("place_id", "places")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}
