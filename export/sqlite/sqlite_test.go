package sqlite

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
)

// built is the database, built once for all the tests: under the race
// detector a build takes seconds. ExampleFiles goes through Files.
var built = sync.OnceValues(database)

// open writes the database to a temporary file and opens it read-only.
func open(t *testing.T) *sql.DB {
	t.Helper()
	return openWith(t, "mode=ro")
}

// openWith writes the database to a temporary file and opens it with the
// connection parameters params.
func openWith(t *testing.T, params string) *sql.DB {
	t.Helper()
	data, err := built()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), Database)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+params)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// query returns the rows of q as sqlite3 prints them by default: the
// values of a row joined with "|", a null as nothing.
func query(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, v := range vals {
			s = append(s, v.String)
		}
		out = append(out, strings.Join(s, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestIntegrity(t *testing.T) {
	db := open(t)
	if got := query(t, db, "PRAGMA integrity_check"); !slices.Equal(got, []string{"ok"}) {
		t.Errorf("integrity_check: %q", got)
	}
	if got := query(t, db, "PRAGMA foreign_key_check"); len(got) != 0 {
		t.Errorf("foreign_key_check: %q", got)
	}
}

// TestTablesHoldTheRows checks every table of the database against the
// export's: the same columns in order, and every value of every row, with
// its SQL type.
func TestTablesHoldTheRows(t *testing.T) {
	db := open(t)
	for tb := range export.Tables() {
		var names []string
		for c := range tb.Columns.All() {
			names = append(names, quote(c.Name))
		}
		got := query(t, db, fmt.Sprintf("SELECT %s FROM %s ORDER BY rowid", strings.Join(names, ", "), quote(tb.Name)))
		if len(got) != tb.Len() {
			t.Errorf("%s has %d rows, want %d", tb.Name, len(got), tb.Len())
			continue
		}
		for i, r := range slices.Collect(tb.Rows()) {
			var want []string
			for v := range r.All() {
				s := v.String()
				if v.Type() == export.Boolean {
					s = fmt.Sprint(v.Int())
				}
				want = append(want, s)
			}
			if w := strings.Join(want, "|"); got[i] != w {
				t.Errorf("%s row %d = %q, want %q", tb.Name, i+1, got[i], w)
			}
		}
		for c := range tb.Columns.All() {
			types := query(t, db, fmt.Sprintf("SELECT DISTINCT typeof(%s) FROM %s WHERE %[1]s IS NOT NULL", quote(c.Name), quote(tb.Name)))
			want := strings.ToLower(sqlTypes[c.Type])
			if len(types) > 1 || (len(types) == 1 && types[0] != want) {
				t.Errorf("%s.%s holds %q, want %s", tb.Name, c.Name, types, want)
			}
		}
	}
}

// TestIndexes checks that every foreign key and every record reference
// can be looked up by an index, as EXPLAIN QUERY PLAN shows.
func TestIndexes(t *testing.T) {
	db := open(t)
	for tb := range export.Tables() {
		var keys [][]string
		for fk := range tb.ForeignKeys.All() {
			keys = append(keys, fk.Columns.Slice())
		}
		if tb.ColumnIndex("record_kind") >= 0 {
			keys = append(keys, []string{"record_kind", "record_id"})
		}
		for _, k := range keys {
			var where []string
			for _, c := range k {
				where = append(where, quote(c)+" = 'x'")
			}
			plan := strings.Join(query(t, db, fmt.Sprintf("EXPLAIN QUERY PLAN SELECT * FROM %s WHERE %s", quote(tb.Name), strings.Join(where, " AND "))), "\n")
			if !strings.Contains(plan, "INDEX") {
				t.Errorf("%s %v is looked up by a scan: %s", tb.Name, k, plan)
			}
		}
	}
}

// TestForeignKeysEnforced checks that the database refuses a row whose
// foreign key names nothing, on a connection that enforces them.
func TestForeignKeysEnforced(t *testing.T) {
	db := openWith(t, "_pragma=foreign_keys(1)")
	_, err := db.Exec(`INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-20-aghdam-handover', 'no-such-actor', 'agent')`)
	if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Errorf("inserting a participant who is no actor: %v; want a foreign key error", err)
	}
	_, err = db.Exec(`UPDATE events SET kind = 'picnic' WHERE id = '2020-11-20-aghdam-handover'`)
	if err == nil || !strings.Contains(err.Error(), "CHECK") {
		t.Errorf("setting an unknown kind: %v; want a CHECK error", err)
	}
}

// TestViews checks the views against the Go API: each point's current
// state against implementation.StatesOn on the dataset's date, and each
// event's actors and places against the event.
func TestViews(t *testing.T) {
	db := open(t)
	asOf := karabakh.MustParseDate(karabakh.DatasetUpdated)
	var want []string
	for o := range implementation.StatesOn(asOf) {
		want = append(want, fmt.Sprintf("%s|%s|%d|%s", o.Point, o.Date, o.Level, o.State))
	}
	got := query(t, db, `SELECT point_id, "when", level, state FROM point_states WHERE agreement_id = 'statement-2020-11-10' ORDER BY number`)
	if !slices.Equal(got, want) {
		t.Errorf("point_states:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	want = nil
	for o := range implementation.Outcomes(asOf) {
		want = append(want, fmt.Sprintf("%s|%s|%s", o.Deadline.ID, o.Status, o.Final))
	}
	if got := query(t, db, "SELECT deadline_id, status, final FROM deadline_outcomes"); !slices.Equal(got, want) {
		t.Errorf("deadline_outcomes:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	want = nil
	for e := range timeline.All() {
		var as, ps []string
		for p := range e.Actors.All() {
			a, _ := actors.Get(p.Actor)
			as = append(as, fmt.Sprintf("%s (%s)", a.Names.English(), p.Role))
		}
		for id := range e.Places.All() {
			p, _ := places.Get(id)
			ps = append(ps, p.Names.English())
		}
		want = append(want, fmt.Sprintf("%s|%s|%s", e.ID, strings.Join(as, "; "), strings.Join(ps, "; ")))
	}
	if got := query(t, db, "SELECT id, actors, places FROM event_details"); !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("event_details row %d = %q, want %q", i+1, got[i], want[i])
			}
		}
	}
}

// TestSearch checks the full-text index: a name in any script finds its
// record, diacritics and case are folded, and every kind of text is there.
func TestSearch(t *testing.T) {
	db := open(t)
	for _, c := range []struct{ match, kind, id string }{
		{"Ստեփանակերտ", "place", "stepanakert"},
		{"susa", "place", "shusha"}, // Şuşa, its cedillas folded
		{"erdogan", "actor", "recep-tayyip-erdogan"},
		{"Пашинян", "actor", "nikol-pashinyan"},
	} {
		got := query(t, db, "SELECT DISTINCT record_id FROM search WHERE search MATCH ? AND record_kind = ?", c.match, c.kind)
		if !slices.Contains(got, c.id) {
			t.Errorf("search %q for a %s: %q, want %s among them", c.match, c.kind, got, c.id)
		}
	}
	fields := query(t, db, "SELECT DISTINCT field FROM search ORDER BY field")
	if want := []string{"action", "body", "claim", "correction", "name", "quote", "summary", "title", "what"}; !slices.Equal(fields, want) {
		t.Errorf("fields %q, want %q", fields, want)
	}
}

// TestREADME runs the SQL of the README's sqlite3 snippet, statement by
// statement, and checks that it prints what the Go API gives for the same
// questions (../testdata/readme/sqlite3.out, which .ci/run also compares
// with what the sqlite3 command prints).
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../testdata/readme/sqlite3.out")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := bytes.Cut(readme, []byte("<!-- check: sqlite3 -->"))
	if !ok {
		t.Fatal("README.md has no sqlite3 snippet")
	}
	_, after, _ = bytes.Cut(after, []byte("<<'SQL'\n"))
	script, _, ok := bytes.Cut(after, []byte("\nSQL\n"))
	if !ok {
		t.Fatal("the sqlite3 snippet has no SQL here-document")
	}
	db := open(t)
	var got []string
	var stmt strings.Builder
	for line := range strings.Lines(string(script)) {
		if strings.HasPrefix(line, "--") {
			continue
		}
		stmt.WriteString(line)
		if s := strings.TrimSpace(stmt.String()); strings.HasSuffix(s, ";") {
			got = append(got, query(t, db, s)...)
			stmt.Reset()
		}
	}
	if g := strings.Join(got, "\n") + "\n"; g != string(want) {
		t.Errorf("the README's queries print\n%s\nthe Go API gives\n%s", g, want)
	}
}

// TestMetadata checks that metadata.json describes every table, view and
// column of the database.
func TestMetadata(t *testing.T) {
	var md dsMetadata
	b, err := schema.Marshal(metadata())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &md); err != nil {
		t.Fatal(err)
	}
	tables := md.Databases["karabakh"].Tables
	if md.Title == "" || md.LicenseURL == "" || md.SourceURL == "" || len(tables) == 0 {
		t.Fatalf("metadata lacks a title, licence or source, or tables: %+v", md)
	}
	db := open(t)
	for _, name := range query(t, db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%'") {
		tb, ok := tables[name]
		if !ok || tb.Description == "" {
			t.Errorf("metadata.json does not describe %s", name)
			continue
		}
		for _, col := range query(t, db, "SELECT name FROM pragma_table_info(?)", name) {
			if tb.Columns[col] == "" {
				t.Errorf("metadata.json does not describe %s.%s", name, col)
			}
		}
	}
}
