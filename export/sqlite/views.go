package sqlite

// A view is a named query the database keeps.
type view struct {
	name, title, desc string
	// columns describes each column of the view, in order.
	columns [][2]string
	sql     string
}

// views are the questions users ask most, answered in SQL. Their rows are
// in the order of the tables' rows (rowid), which is the dataset's. A list
// inside a row (the actors of an event) is joined with "; ", in the order
// of the record, which is the order of the link table's rows.
var views = []view{
	{
		name: "point_states", title: "The current state of each point",
		desc: "For each point observed, its latest observation: how far it had been carried out on the PAM scale (level 0-3) and what became of it beyond the scale (state), from the date given.",
		columns: [][2]string{
			{"agreement_id", "The agreement."},
			{"point_id", "The point."},
			{"number", "The point's number."},
			{"point_summary", "Our one-line summary of the point."},
			{"observation_id", "The latest observation of the point."},
			{"when", "The date from which the observation holds (EDTF)."},
			{"start", "The first day of when."},
			{"level", "0 not initiated, 1 minimal, 2 intermediate, 3 full."},
			{"state", "deadline-extended, disputed, suspended, lapsed or overtaken; empty when none applies."},
			{"summary", "Our account of the point's state at that date."},
		},
		sql: `CREATE VIEW point_states AS
SELECT p.agreement_id, p.id AS point_id, p.number, p.summary AS point_summary,
       o.id AS observation_id, o."when", o.start, o.level, o.state, o.summary
FROM points AS p
JOIN observations AS o ON o.point_id = p.id
WHERE o.number = (SELECT max(number) FROM observations WHERE point_id = p.id)
ORDER BY p.rowid`,
	},
	{
		name: "deadline_outcomes", title: "Deadlines and how they stood",
		desc: "Each deadline with its point, the party that owed it, the date it was due and the date in force, when it was done, its status as of the dataset's date, and the titles of the events that show it.",
		columns: [][2]string{
			{"deadline_id", "The deadline."},
			{"agreement_id", "The agreement that sets it."},
			{"point", "The number of the point that sets it."},
			{"obligor", "The party that owed it, for a deadline an obligation sets."},
			{"obligor_label", "The obligor's English label."},
			{"what", "What was due."},
			{"due", "The date the text sets or that follows from it (EDTF)."},
			{"final", "The date in force, after any change the parties agreed."},
			{"done", "When it was done; empty if it was not."},
			{"status", "met, met-extended, late, missed, pending, overtaken or unrecorded."},
			{"days_early", "Days before the date in force it was done; negative when late."},
			{"as_of", "The day the status describes: the dataset's date."},
			{"evidence", "The titles of the events that show the status, joined with \" | \"."},
		},
		sql: `CREATE VIEW deadline_outcomes AS
SELECT d.id AS deadline_id, d.agreement_id, p.number AS point, o.obligor, a.label_en AS obligor_label,
       d.what, d.due, d.final, d.done, d.status, d.days_early, d.as_of,
       (SELECT group_concat(title, ' | ') FROM (
          SELECT e.title FROM deadline_evidence AS de JOIN events AS e ON e.id = de.event_id
          WHERE de.deadline_id = d.id ORDER BY de.number)) AS evidence
FROM deadlines AS d
JOIN points AS p ON p.id = d.point_id
LEFT JOIN obligations AS o ON o.id = d.obligation_id
LEFT JOIN actors AS a ON a.id = o.obligor
ORDER BY d.rowid`,
	},
	{
		name: "event_details", title: "Events with their actors and places",
		desc: "Each event with the English labels of its actors, each with its role, and of its places.",
		columns: [][2]string{
			{"id", "The event."},
			{"kind", "The kind of event."},
			{"when", "The date or span (EDTF)."},
			{"start", "The first day it may cover."},
			{"end", "The last day it may cover; empty when open."},
			{"title", "Our short English headline."},
			{"actors", "Its actors with their roles, as \"Nikol Pashinyan (signatory)\", joined with \"; \"."},
			{"places", "Its places, joined with \"; \"."},
		},
		sql: `CREATE VIEW event_details AS
SELECT e.id, e.kind, e."when", e.start, e."end", e.title,
       (SELECT group_concat(name, '; ') FROM (
          SELECT coalesce(a.label_en, a.id) || ' (' || ea.role || ')' AS name
          FROM event_actors AS ea JOIN actors AS a ON a.id = ea.actor_id
          WHERE ea.event_id = e.id ORDER BY ea.rowid)) AS actors,
       (SELECT group_concat(name, '; ') FROM (
          SELECT coalesce(pl.label_en, pl.id) AS name
          FROM event_places AS ep JOIN places AS pl ON pl.id = ep.place_id
          WHERE ep.event_id = e.id ORDER BY ep.rowid)) AS places
FROM events AS e
ORDER BY e.rowid`,
	},
}

// searchDesc describes the full-text index.
const searchDesc = "An FTS5 full-text index: one row per title, summary, claim, text of a point, quote of a source and form of a name, " +
	"with the record it belongs to (record_kind, record_id) and the field it comes from. " +
	"Query it with MATCH: SELECT record_kind, record_id, field FROM search WHERE search MATCH 'Lachin'. " +
	"Case and diacritics are folded (unicode61, remove_diacritics 2)."

var searchColumns = [][2]string{
	{"text", "The text indexed."},
	{"record_kind", "The kind of record, as in the sources table: event, point, text, correction, actor, place ..."},
	{"record_id", "The record's id in the table of its kind."},
	{"field", "The field the text comes from: title, summary, body, claim, correction, action, what, quote, name."},
}

// searchIndex returns the statements that create and fill the full-text
// index: the quotes under the kind of the record that cites them, and the
// names under the kind of the record they name.
func searchIndex() []string {
	return []string{
		`CREATE VIRTUAL TABLE search USING fts5(text, record_kind UNINDEXED, record_id UNINDEXED, field UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
		`INSERT INTO search SELECT title, 'event', id, 'title' FROM events`,
		`INSERT INTO search SELECT summary, 'event', id, 'summary' FROM events WHERE summary IS NOT NULL`,
		`INSERT INTO search SELECT summary, 'point', id, 'summary' FROM points`,
		`INSERT INTO search SELECT body, 'text', id, 'body' FROM texts`,
		`INSERT INTO search SELECT action, 'obligation', id, 'action' FROM obligations`,
		`INSERT INTO search SELECT what, 'deadline', id, 'what' FROM deadlines`,
		`INSERT INTO search SELECT summary, 'observation', id, 'summary' FROM observations`,
		`INSERT INTO search SELECT claim, 'correction', id, 'claim' FROM corrections`,
		`INSERT INTO search SELECT correction, 'correction', id, 'correction' FROM corrections`,
		`INSERT INTO search SELECT quote, record_kind, record_id, 'quote' FROM sources WHERE quote IS NOT NULL`,
		`INSERT INTO search SELECT text, record_kind, record_id, 'name' FROM names`,
		`INSERT INTO search (search) VALUES ('optimize')`,
	}
}
