package export

import (
	"iter"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// asOf is the day as of which the deadlines table gives each deadline's
// status: the dataset's date, karabakh.DatasetUpdated, not the day the
// export runs, so that the same data always gives the same files.
func asOf() karabakh.Date { return karabakh.MustParseDate(karabakh.DatasetUpdated) }

func outcomes() iter.Seq[implementation.Outcome] { return implementation.Outcomes(asOf()) }

func deadlineID(o implementation.Outcome) string { return string(o.Deadline.ID) }

func deadlinesTable() *def[implementation.Outcome] {
	type row = implementation.Outcome
	type dl = agreement.Deadline
	type oc = implementation.Outcome
	return &def[row]{
		name: "deadlines", kind: "deadline", title: "Deadlines and their status",
		desc: "One row per deadline the agreements set, earliest first, with how it stood on the dataset's date (" + karabakh.DatasetUpdated + "): " +
			"the date in force, when it was done and its status, as implementation.Outcomes gives them. " + doc[agreement.Deadline](""),
		rows: outcomes(),
		cols: concat(
			one(
				reqText("id", doc[agreement.DeadlineID](""), deadlineID),
				reqText("agreement_id", "The agreement that sets the deadline.", func(o row) string { return string(o.Deadline.Agreement) }),
				reqText("point_id", "The point that sets the deadline.", func(o row) string { return string(o.Deadline.Point) }),
				textCol("obligation_id", doc[dl]("Obligation"), func(o row) string { return string(o.Deadline.Obligation) }),
				reqText("what", doc[dl]("What"), func(o row) string { return o.Deadline.What }),
			),
			dateCols("due", doc[dl]("Due"), true, func(o row) karabakh.Date { return o.Deadline.Due }),
			one(
				enumCol("basis", doc[agreement.DueBasis](""), agreement.DueBases(), func(o row) agreement.DueBasis { return o.Deadline.Basis }),
				reqText("derivation", doc[dl]("Derivation"), func(o row) string { return o.Deadline.Derivation }),
				required(col[row]{Column{Name: "as_of", Type: Date, Description: doc[oc]("AsOf")}, func(o row) Value { return day(o.AsOf) }}),
			),
			dateCols("final", doc[oc]("Final"), true, func(o row) karabakh.Date { return o.Final }),
			dateCols("done", doc[oc]("Done"), false, func(o row) karabakh.Date { return o.Done }),
			one(
				enumCol("status", doc[implementation.Status](""), implementation.Statuses(), func(o row) implementation.Status { return o.Status }),
				intCol("days_early", doc[oc]("DaysEarly")+" Empty when not done.", func(o row) Value { return ifDone(o, o.DaysEarly) }),
				intCol("original_days_early", "How many days before the text's own date it was done; negative when after it. Empty when not done.", func(o row) Value { return ifDone(o, o.OriginalDaysEarly) }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("agreement_id", "agreements"), ref("point_id", "points"), ref("obligation_id", "obligations")},
		id:      deadlineID,
		sources: sourced(func(o row) karabakh.Sources { return o.Deadline.Sources }),
	}
}

func ifDone(o implementation.Outcome, days int) Value {
	if o.Done.IsZero() {
		return Value{}
	}
	return integer(int64(days))
}

// evidenceTable is a table of the events that show a record's state, in
// order: one row per event of each parent's list.
func evidenceTable[P any](name, title, desc string, parents iter.Seq[P], id func(P) string, list func(P) karabakh.List[timeline.ID], parentTable, parentCol string) *def[sub[timeline.ID]] {
	type row = sub[timeline.ID]
	return &def[row]{
		name: name, title: title, desc: desc,
		rows: subs(parents, id, list),
		cols: []col[row]{
			reqText(parentCol, "The "+singular(parentTable)+".", func(r row) string { return r.parent }),
			numberCol("The event's position in the list of evidence, from 1.", func(r row) int { return r.n }),
			reqText("event_id", "The event.", func(r row) string { return string(r.v) }),
		},
		pk:  []string{parentCol, "number"},
		fks: []ForeignKey{ref(parentCol, parentTable), ref("event_id", "events")},
	}
}

func deadlineEvidenceTable() *def[sub[timeline.ID]] {
	return evidenceTable("deadline_evidence", "Evidence of deadlines' status", "One row per event that shows a deadline's status. "+doc[implementation.Outcome]("Evidence"),
		outcomes(), deadlineID, func(o implementation.Outcome) karabakh.List[timeline.ID] { return o.Evidence }, "deadlines", "deadline_id")
}

func observations() iter.Seq[sub[implementation.Observation]] {
	return numbered(implementation.Observations(), func(o implementation.Observation) string { return string(o.Point) })
}

func observationsTable() *def[sub[implementation.Observation]] {
	type row = sub[implementation.Observation]
	type ob = implementation.Observation
	return &def[row]{
		name: "observations", kind: "observation", title: "Observations of points",
		desc: "One row per observation, by point and then date. " + doc[ob](""),
		rows: observations(),
		cols: concat(
			one(
				reqText("id", "The point's ID and the observation's number: statement-2020-11-10#2/1.", row.id),
				reqText("point_id", "The point observed.", func(r row) string { return r.parent }),
				numberCol("The observation's position among the point's observations, from 1, in date order.", func(r row) int { return r.n }),
			),
			dateCols("when", doc[ob]("Date"), true, func(r row) karabakh.Date { return r.v.Date }),
			one(
				col[row]{Column{Name: "level", Type: Integer, Required: true, Enum: karabakh.ListOf("0", "1", "2", "3"),
					Description: doc[ob]("Level") + " " + doc[implementation.Level]("") + " 0 not initiated, 1 minimal, 2 intermediate, 3 full."},
					func(r row) Value { return integer(int64(r.v.Level)) }},
				optional(enumCol("state", doc[implementation.State]("")+" Empty when none applies.", implementation.States(), func(r row) implementation.State { return r.v.State })),
				reqText("summary", doc[ob]("Summary"), func(r row) string { return r.v.Summary }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("point_id", "points")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func observationEvidenceTable() *def[sub[timeline.ID]] {
	return evidenceTable("observation_evidence", "Evidence of observations", "One row per event that shows an observed state. "+doc[implementation.Observation]("Evidence"),
		observations(), sub[implementation.Observation].id,
		func(o sub[implementation.Observation]) karabakh.List[timeline.ID] { return o.v.Evidence }, "observations", "observation_id")
}

func deadlineChangesTable() *def[sub[implementation.DeadlineChange]] {
	type row = sub[implementation.DeadlineChange]
	type dc = implementation.DeadlineChange
	return &def[row]{
		name: "deadline_changes", kind: "deadline_change", title: "Deadline changes",
		desc: "One row per change to a deadline an obligation set, in the order made. " + doc[dc](""),
		rows: numbered(implementation.DeadlineChanges(), func(c dc) string { return string(c.Obligation) }),
		cols: concat(
			one(
				reqText("id", "The obligation's ID and the change's number.", row.id),
				reqText("obligation_id", "The obligation whose deadline moved.", func(r row) string { return r.parent }),
				numberCol("The change's position among the obligation's changes, from 1.", func(r row) int { return r.n }),
			),
			dateCols("from_date", or(doc[dc]("From"), "The deadline before the change."), true, func(r row) karabakh.Date { return r.v.From }),
			dateCols("to_date", or(doc[dc]("To"), "The deadline after the change."), true, func(r row) karabakh.Date { return r.v.To }),
			one(
				reqText("event_id", doc[dc]("Event"), func(r row) string { return string(r.v.Event) }),
				textCol("note", or(doc[dc]("Note"), noteDesc), func(r row) string { return r.v.Note }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("obligation_id", "obligations"), ref("event_id", "events")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func fulfilmentsTable() *def[sub[implementation.Fulfilment]] {
	type row = sub[implementation.Fulfilment]
	type fu = implementation.Fulfilment
	return &def[row]{
		name: "fulfilments", kind: "fulfilment", title: "Fulfilments",
		desc: "One row per obligation carried out, in date order. " + doc[fu](""),
		rows: numbered(implementation.Fulfilments(), func(f fu) string { return string(f.Obligation) }),
		cols: concat(
			one(
				reqText("id", "The obligation's ID and the fulfilment's number.", row.id),
				reqText("obligation_id", "The obligation carried out.", func(r row) string { return r.parent }),
				numberCol("The fulfilment's position among the obligation's fulfilments, from 1.", func(r row) int { return r.n }),
			),
			dateCols("when", or(doc[fu]("Date"), "When the obligation was carried out."), true, func(r row) karabakh.Date { return r.v.Date }),
			one(
				reqText("event_id", or(doc[fu]("Event"), "The event in which it was carried out."), func(r row) string { return string(r.v.Event) }),
				textCol("note", or(doc[fu]("Note"), noteDesc), func(r row) string { return r.v.Note }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("obligation_id", "obligations"), ref("event_id", "events")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func missesTable() *def[sub[implementation.Miss]] {
	type row = sub[implementation.Miss]
	type mi = implementation.Miss
	return &def[row]{
		name: "misses", kind: "miss", title: "Missed deadlines",
		desc: "One row per deadline that passed unmet, as a source shows, in date order. " + doc[mi](""),
		rows: numbered(implementation.Misses(), func(m mi) string { return string(m.Deadline) }),
		cols: concat(
			one(
				reqText("id", "The deadline's ID and the miss's number.", row.id),
				reqText("deadline_id", "The deadline missed.", func(r row) string { return r.parent }),
				numberCol("The miss's position among the deadline's misses, from 1.", func(r row) int { return r.n }),
			),
			dateCols("when", doc[mi]("Date"), true, func(r row) karabakh.Date { return r.v.Date }),
			one(
				reqText("event_id", or(doc[mi]("Event"), "The event that shows it was not done."), func(r row) string { return string(r.v.Event) }),
				textCol("note", or(doc[mi]("Note"), noteDesc), func(r row) string { return r.v.Note }),
			),
		),
		pk:      []string{"id"},
		fks:     []ForeignKey{ref("deadline_id", "deadlines"), ref("event_id", "events")},
		id:      row.id,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}
