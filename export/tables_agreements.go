package export

import (
	"iter"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"golang.org/x/text/language"
)

func agreementID(a agreement.Agreement) string { return string(a.ID) }

func agreementsTable() *def[agreement.Agreement] {
	type row = agreement.Agreement
	return &def[row]{
		name: "agreements", kind: "agreement", title: "Agreements",
		desc: "One row per agreement or statement, in order of signature. " + doc[agreement.Agreement](""),
		rows: agreement.All(),
		cols: concat(
			one(reqText("id", doc[agreement.ID](""), agreementID)),
			labelCols(func(a row) karabakh.Names { return a.Titles }),
			one(
				textCol("type", doc[agreement.Agreement]("Type"), func(a row) string { return a.Type }),
				textCol("stage", or(doc[agreement.Agreement]("Stage"), doc[agreement.Agreement]("Type")), func(a row) string { return a.Stage }),
			),
			dateCols("signed", doc[agreement.Agreement]("Signed"), true, func(a row) karabakh.Date { return a.Signed }),
			one(
				timeCol("effective", doc[agreement.Agreement]("Effective"), func(a row) time.Time { return a.Effective }),
				textCol("place", doc[agreement.Agreement]("Place"), func(a row) string { return string(a.Place) }),
				tagCol("authentic_lang", doc[agreement.Agreement]("AuthenticLang"), func(a row) language.Tag { return a.AuthenticLang }),
				textCol("note", or(doc[agreement.Agreement]("Note"), noteDesc), func(a row) string { return a.Note }),
			),
		),
		pk:          []string{"id"},
		fks:         []ForeignKey{ref("place", "places")},
		id:          agreementID,
		names:       func(a row) karabakh.Names { return a.Titles },
		identifiers: func(a row) karabakh.List[karabakh.Identifier] { return a.Identifiers },
		sources:     sourced(func(a row) karabakh.Sources { return a.Sources }),
	}
}

func agreementDatesTable() *def[sub[agreement.DateUsage]] {
	type row = sub[agreement.DateUsage]
	return &def[row]{
		name: "agreement_dates", kind: "agreement_date", title: "Other dates of agreements",
		desc: "One row per other date by which sources name an agreement. " + doc[agreement.Agreement]("Dated"),
		rows: subs(agreement.All(), agreementID, func(a agreement.Agreement) karabakh.List[agreement.DateUsage] { return a.Dated }),
		cols: concat(
			one(
				reqText("id", "The agreement's ID and the date's number: statement-2020-11-10/1.", row.id),
				reqText("agreement_id", "The agreement.", func(r row) string { return r.parent }),
				numberCol("The date's position among the agreement's other dates, from 1.", func(r row) int { return r.n }),
			),
			dateCols("when", or(doc[agreement.DateUsage]("Date"), "The date by which these sources name the agreement."), true, func(r row) karabakh.Date { return r.v.Date }),
			one(reqText("usage", doc[agreement.DateUsage]("Usage"), func(r row) string { return r.v.Usage })),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("agreement_id", "agreements")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func partiesTable() *def[sub[agreement.Party]] {
	type row = sub[agreement.Party]
	return &def[row]{
		name: "parties", kind: "party", title: "Parties to agreements",
		desc: "One row per party to an agreement. " + doc[agreement.Party](""),
		rows: subs(agreement.All(), agreementID, func(a agreement.Agreement) karabakh.List[agreement.Party] { return a.Parties }),
		cols: []col[row]{
			reqText("id", "The agreement's ID and the party's number: statement-2020-11-10/1.", row.id),
			reqText("agreement_id", "The agreement.", func(r row) string { return r.parent }),
			numberCol("The party's position among the agreement's parties, from 1.", func(r row) int { return r.n }),
			reqText("actor_id", or(doc[agreement.Party]("Actor"), "The actor who took part."), func(r row) string { return string(r.v.Actor) }),
			enumCol("role", doc[agreement.Role](""), agreement.Roles(), func(r row) agreement.Role { return r.v.Role }),
			textCol("office", doc[agreement.Party]("Office"), func(r row) string { return r.v.Office }),
			textCol("for_actor", doc[agreement.Party]("For"), func(r row) string { return string(r.v.For) }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("agreement_id", "agreements"), ref("actor_id", "actors"), ref("for_actor", "actors")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func relationsTable() *def[sub[agreement.Relation]] {
	type row = sub[agreement.Relation]
	return &def[row]{
		name: "relations", kind: "relation", title: "Relations between agreements",
		desc: "One row per relation of an agreement, or of one of its points, to an earlier agreement or point. " + doc[agreement.Relation](""),
		rows: subs(agreement.All(), agreementID, func(a agreement.Agreement) karabakh.List[agreement.Relation] { return a.Relations }),
		cols: []col[row]{
			reqText("id", "The agreement's ID and the relation's number: statement-2021-01-11/1.", row.id),
			reqText("agreement_id", "The later agreement.", func(r row) string { return r.parent }),
			numberCol("The relation's position among the agreement's relations, from 1.", func(r row) int { return r.n }),
			enumCol("kind", doc[agreement.RelationKind](""), agreement.RelationKinds(), func(r row) agreement.RelationKind { return r.v.Kind }),
			textCol("from_point", doc[agreement.Relation]("From"), func(r row) string { return string(r.v.From) }),
			textCol("target_point", doc[agreement.Relation]("Target"), func(r row) string { return string(r.v.Target) }),
			textCol("target_agreement", or(doc[agreement.Relation]("TargetAgreement"), "The earlier agreement, where the relation is to a whole document."), func(r row) string { return string(r.v.TargetAgreement) }),
			textCol("note", or(doc[agreement.Relation]("Note"), noteDesc), func(r row) string { return r.v.Note }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("agreement_id", "agreements"), ref("from_point", "points"), ref("target_point", "points"), ref("target_agreement", "agreements")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

// points yields every point of every agreement, in order.
func points() iter.Seq[agreement.Point] {
	return func(yield func(agreement.Point) bool) {
		for a := range agreement.All() {
			for p := range a.Points.All() {
				if !yield(p) {
					return
				}
			}
		}
	}
}

func pointID(p agreement.Point) string { return string(p.ID) }

func pointsTable() *def[agreement.Point] {
	type row = agreement.Point
	return &def[row]{
		name: "points", kind: "point", title: "Points",
		desc: "One row per numbered point of an agreement. " + doc[agreement.Point](""),
		rows: points(),
		cols: []col[row]{
			reqText("id", doc[agreement.PointID](""), pointID),
			reqText("agreement_id", "The agreement the point belongs to.", func(p row) string { return string(p.ID.Agreement()) }),
			numberCol(or(doc[agreement.Point]("Number"), "The point's number in its agreement, from 1."), func(p row) int { return p.Number }),
			reqText("summary", doc[agreement.Point]("Summary"), func(p row) string { return p.Summary }),
			textCol("note", or(doc[agreement.Point]("Note"), noteDesc), func(p row) string { return p.Note }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("agreement_id", "agreements")},
		id:      pointID,
		sources: sourced(func(p row) karabakh.Sources { return p.Sources }),
	}
}

func pointTopicsTable() *def[link[agreement.Topic]] {
	type row = link[agreement.Topic]
	return &def[row]{
		name: "point_topics", title: "Topics of points",
		desc: "One row per subject a point deals with.",
		rows: links(points(), pointID, func(p agreement.Point) karabakh.List[agreement.Topic] { return p.Topics }),
		cols: []col[row]{
			reqText("point_id", "The point.", func(r row) string { return r.from }),
			enumCol("topic", doc[agreement.Topic](""), agreement.Topics(), func(r row) agreement.Topic { return r.v }),
		},
		pk:  []string{"point_id", "topic"},
		fks: []ForeignKey{ref("point_id", "points")},
	}
}

func pointPlacesTable() *def[link[string]] {
	return linkTable("point_places", "Places of points", "One row per place a point names. "+doc[agreement.Point]("Places"),
		points(), pointID, func(p agreement.Point) karabakh.List[string] { return idList(p.Places) },
		"points", "point_id", "places", "place_id")
}

// idList converts a list of IDs to strings.
func idList[T ~string](l karabakh.List[T]) karabakh.List[string] {
	s := make([]string, l.Len())
	for i := range s {
		s[i] = string(l.At(i))
	}
	return karabakh.ListOf(s...)
}

func textsTable() *def[sub[agreement.Text]] {
	type row = sub[agreement.Text]
	return &def[row]{
		name: "texts", kind: "text", title: "Texts of points",
		desc: "One row per version of a point's wording. " + doc[agreement.Text](""),
		rows: subs(points(), pointID, func(p agreement.Point) karabakh.List[agreement.Text] { return p.Texts }),
		cols: []col[row]{
			reqText("id", "The point's ID and the text's number: statement-2020-11-10#1/1.", row.id),
			reqText("point_id", "The point.", func(r row) string { return r.parent }),
			numberCol("The text's position among the point's texts, from 1.", func(r row) int { return r.n }),
			required(tagCol("lang", or(doc[agreement.Text]("Lang"), "The language of the text."), func(r row) language.Tag { return r.v.Lang })),
			enumCol("coverage", doc[agreement.Coverage](""), agreement.Coverages(), func(r row) agreement.Coverage { return r.v.Coverage }),
			boolCol("authentic", doc[agreement.Text]("Authentic"), func(r row) bool { return r.v.Authentic }),
			boolCol("official", doc[agreement.Text]("Official"), func(r row) bool { return r.v.Official }),
			boolCol("authoritative", doc[agreement.Text]("Authoritative"), func(r row) bool { return r.v.Authoritative }),
			textCol("translator", doc[agreement.Text]("Translator"), func(r row) string { return r.v.Translator }),
			reqText("body", or(doc[agreement.Text]("Body"), "The wording, as the source gives it."), func(r row) string { return r.v.Body }),
			textCol("note", or(doc[agreement.Text]("Note"), noteDesc), func(r row) string { return r.v.Note }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("point_id", "points")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

// obligations yields every obligation with its point.
func obligations() iter.Seq[sub[agreement.Obligation]] {
	return subs(points(), pointID, func(p agreement.Point) karabakh.List[agreement.Obligation] { return p.Obligations })
}

func obligationID(o sub[agreement.Obligation]) string { return string(o.v.ID) }

func obligationsTable() *def[sub[agreement.Obligation]] {
	type row = sub[agreement.Obligation]
	within := func(r row) agreement.Period { return r.v.Within }
	return &def[row]{
		name: "obligations", kind: "obligation", title: "Obligations",
		desc: "One row per obligation a point lays on a party. " + doc[agreement.Obligation](""),
		rows: obligations(),
		cols: concat(
			one(
				reqText("id", doc[agreement.ObligationID](""), obligationID),
				reqText("point_id", "The point that sets the obligation.", func(r row) string { return r.parent }),
				numberCol("The obligation's position among the point's obligations, from 1.", func(r row) int { return r.n }),
				reqText("obligor", doc[agreement.Obligation]("Obligor"), func(r row) string { return string(r.v.Obligor) }),
				textCol("beneficiary", doc[agreement.Obligation]("Beneficiary"), func(r row) string { return string(r.v.Beneficiary) }),
				reqText("action", doc[agreement.Obligation]("Action"), func(r row) string { return r.v.Action }),
			),
			dateCols("deadline", doc[agreement.Obligation]("Deadline"), false, func(r row) karabakh.Date { return r.v.Deadline }),
			one(
				intCol("within_value", "The length of the period the text allows instead of a date, in within_unit; empty if it allows none. "+doc[agreement.Obligation]("Within"),
					func(r row) Value { return count(within(r).Value) }),
				optional(enumCol("within_unit", "The unit of within_value. "+doc[agreement.Unit](""), agreement.Units(), func(r row) agreement.Unit { return within(r).Unit })),
				textCol("within_from", doc[agreement.Period]("From"), func(r row) string { return within(r).From }),
			),
			dateCols("within_start", doc[agreement.Period]("Start"), false, func(r row) karabakh.Date { return within(r).Start }),
			one(textCol("note", or(doc[agreement.Obligation]("Note"), noteDesc), func(r row) string { return r.v.Note })),
		),
		pk:  []string{"id"},
		fks: []ForeignKey{ref("point_id", "points"), ref("obligor", "actors"), ref("beneficiary", "actors")},
		id:  obligationID,
		sources: []sourceSet[row]{
			{get: func(r row) karabakh.Sources { return r.v.Sources }},
			// The sources of the period's start, under a kind of their own.
			{kind: "period", get: func(r row) karabakh.Sources { return within(r).Sources }},
		},
	}
}

func obligationPlacesTable() *def[link[string]] {
	return linkTable("obligation_places", "Places of obligations", "One row per place an obligation names.",
		obligations(), obligationID, func(o sub[agreement.Obligation]) karabakh.List[string] { return idList(o.v.Places) },
		"obligations", "obligation_id", "places", "place_id")
}

func quantities() iter.Seq[sub[agreement.Quantity]] {
	return subs(points(), pointID, func(p agreement.Point) karabakh.List[agreement.Quantity] { return p.Quantities })
}

func quantitiesTable() *def[sub[agreement.Quantity]] {
	type row = sub[agreement.Quantity]
	return &def[row]{
		name: "quantities", kind: "quantity", title: "Quantities",
		desc: "One row per number a point sets. " + doc[agreement.Quantity](""),
		rows: quantities(),
		cols: []col[row]{
			reqText("id", "The point's ID and the quantity's number: statement-2020-11-10#3/1.", row.id),
			reqText("point_id", "The point.", func(r row) string { return r.parent }),
			numberCol("The quantity's position among the point's quantities, from 1.", func(r row) int { return r.n }),
			reqText("what", doc[agreement.Quantity]("What"), func(r row) string { return r.v.What }),
			required(intCol("value", or(doc[agreement.Quantity]("Value"), "The number the text sets, in unit."), func(r row) Value { return integer(r.v.Value) })),
			enumCol("unit", doc[agreement.Unit](""), agreement.Units(), func(r row) agreement.Unit { return r.v.Unit }),
			boolCol("up_to", doc[agreement.Quantity]("Limit"), func(r row) bool { return r.v.Limit }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("point_id", "points")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func reportedValuesTable() *def[sub[agreement.ReportedValue]] {
	type row = sub[agreement.ReportedValue]
	return &def[row]{
		name: "reported_values", kind: "reported_value", title: "Reported values",
		desc: "One row per other value that sources gave for a quantity. " + doc[agreement.ReportedValue](""),
		rows: subs(quantities(), sub[agreement.Quantity].id, func(q sub[agreement.Quantity]) karabakh.List[agreement.ReportedValue] { return q.v.Reported }),
		cols: []col[row]{
			reqText("id", "The quantity's ID and the value's number: statement-2020-11-10#3/1/1.", row.id),
			reqText("quantity_id", "The quantity.", func(r row) string { return r.parent }),
			numberCol("The value's position among the quantity's reported values, from 1.", func(r row) int { return r.n }),
			required(intCol("value", or(doc[agreement.ReportedValue]("Value"), "The value the source gave."), func(r row) Value { return integer(r.v.Value) })),
			boolCol("approximate", doc[agreement.ReportedValue]("Approximate"), func(r row) bool { return r.v.Approximate }),
			textCol("note", or(doc[agreement.ReportedValue]("Note"), noteDesc), func(r row) string { return r.v.Note }),
		},
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("quantity_id", "quantities")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}
