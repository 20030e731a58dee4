// Package sqlite writes the tables of package export as one SQLite
// database, with a Datasette metadata.json beside it.
//
// The database has the same tables, columns and rows as the CSV files,
// and more:
//
//   - every table is STRICT, and every column has the SQL type of its
//     values: TEXT for text, dates (2020-11-10) and instants (RFC 3339),
//     INTEGER for integers and for booleans (0 or 1); a column that is
//     never empty is NOT NULL, and one with a closed set of values CHECKs
//     it;
//   - primary and foreign keys are declared, and foreign keys are checked
//     when the database is built; SQLite enforces them on a connection
//     that sets PRAGMA foreign_keys = ON;
//   - every key column is indexed: each foreign key, and record_kind with
//     record_id in names, identifiers and sources;
//   - views answer the questions asked most: point_states, the current
//     state of each point; deadline_outcomes, each deadline's status with
//     its point and evidence; event_details, each event with its actors
//     and places;
//   - search is an FTS5 full-text index of titles, summaries, claims,
//     the texts of the points, the quotes of the sources and every form of
//     every name, each row naming the record (record_kind, record_id) and
//     the field it comes from.
//
// It is a package of its own so that only its users link an SQL engine.
// The engine is modernc.org/sqlite, SQLite compiled to Go: no C toolchain
// is needed.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/schema"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Database is the name of the database file Files yields; Datasette names
// the database after it, karabakh.
const Database = "karabakh.db"

// Files yields the database, karabakh.db, and its Datasette metadata,
// metadata.json. Write them with export.Write and open them with
//
//	datasette karabakh.db --metadata metadata.json
//
// The database is built in memory.
func Files() iter.Seq2[schema.File, error] {
	return func(yield func(schema.File, error) bool) {
		db, err := database()
		if err != nil {
			yield(schema.File{}, err)
			return
		}
		if !yield(schema.File{Name: Database, Data: db}, nil) {
			return
		}
		md, err := schema.Marshal(metadata())
		if err != nil {
			yield(schema.File{}, fmt.Errorf("sqlite: metadata.json: %w", err))
			return
		}
		yield(schema.File{Name: "metadata.json", Data: md}, nil)
	}
}

// database builds the database in memory and returns the bytes of its
// file. It checks every foreign key first.
func database() (out []byte, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("sqlite: %w", err)
		}
	}()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	// One connection: an in-memory database lives as long as its
	// connection, and the pragmas hold for it.
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := fill(ctx, conn); err != nil {
		return nil, err
	}
	err = conn.Raw(func(dc any) error {
		s, ok := dc.(interface{ Serialize() ([]byte, error) })
		if !ok {
			return errors.New("the driver cannot serialize a database")
		}
		out, err = s.Serialize()
		return err
	})
	return out, err
}

// fill creates the tables, indexes, views and search index on conn, and
// fills them.
func fill(ctx context.Context, conn *sql.Conn) error {
	for _, p := range []string{"PRAGMA journal_mode = OFF", "PRAGMA foreign_keys = ON"} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var tables []export.Table
	for t := range export.Tables() {
		tables = append(tables, t)
		if _, err := tx.Exec(createTable(t)); err != nil {
			return fmt.Errorf("table %s: %w", t.Name, err)
		}
		if err := insert(tx, t); err != nil {
			return fmt.Errorf("table %s: %w", t.Name, err)
		}
	}
	for _, s := range indexes(tables) {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	for _, v := range views {
		if _, err := tx.Exec(v.sql); err != nil {
			return fmt.Errorf("view %s: %w", v.name, err)
		}
	}
	for _, s := range searchIndex() {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
	}
	// The foreign keys are deferred, so that a table may refer to rows
	// that come later in it (actors.part_of); Commit fails if one does
	// not resolve.
	if err := tx.Commit(); err != nil {
		return err
	}
	if err := foreignKeysResolve(ctx, conn); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "VACUUM")
	return err
}

// foreignKeysResolve returns an error naming the first row whose foreign
// key names no row, as PRAGMA foreign_key_check finds it.
func foreignKeysResolve(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		return fmt.Errorf("a row of %s (rowid %d) refers to no row of %s", table, rowid.Int64, parent)
	}
	return rows.Err()
}

// quote quotes an identifier: when and end are keywords.
func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func quoteAll(names iter.Seq[string]) string {
	var q []string
	for n := range names {
		q = append(q, quote(n))
	}
	return strings.Join(q, ", ")
}

// literal returns s as an SQL string literal.
func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

var sqlTypes = map[export.Type]string{
	export.String: "TEXT", export.Integer: "INTEGER", export.Boolean: "INTEGER",
	export.Date: "TEXT", export.DateTime: "TEXT", export.Number: "REAL",
}

// createTable returns the CREATE TABLE statement of t.
func createTable(t export.Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (\n", quote(t.Name))
	for c := range t.Columns.All() {
		fmt.Fprintf(&b, "  %s %s", quote(c.Name), sqlTypes[c.Type])
		if c.Required {
			b.WriteString(" NOT NULL")
		}
		switch {
		case c.Type == export.Boolean:
			fmt.Fprintf(&b, " CHECK (%s IN (0, 1))", quote(c.Name))
		case c.Enum.Len() > 0:
			var vals []string
			for v := range c.Enum.All() {
				if c.Type == export.Integer {
					vals = append(vals, v)
				} else {
					vals = append(vals, literal(v))
				}
			}
			fmt.Fprintf(&b, " CHECK (%s IN (%s))", quote(c.Name), strings.Join(vals, ", "))
		}
		b.WriteString(",\n")
	}
	fmt.Fprintf(&b, "  PRIMARY KEY (%s)", quoteAll(t.PrimaryKey.All()))
	for k := range t.ForeignKeys.All() {
		fmt.Fprintf(&b, ",\n  FOREIGN KEY (%s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
			quoteAll(k.Columns.All()), quote(k.Table), quoteAll(k.References.All()))
	}
	b.WriteString("\n) STRICT")
	return b.String()
}

// insert inserts the rows of t.
func insert(tx *sql.Tx, t export.Table) error {
	marks := strings.TrimSuffix(strings.Repeat("?, ", t.Columns.Len()), ", ")
	var names []string
	for c := range t.Columns.All() {
		names = append(names, c.Name)
	}
	st, err := tx.Prepare(fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", quote(t.Name), quoteAll(slices.Values(names)), marks))
	if err != nil {
		return err
	}
	defer st.Close()
	args := make([]any, t.Columns.Len())
	for r := range t.Rows() {
		for i := range args {
			args[i] = value(r.At(i))
		}
		if _, err := st.Exec(args...); err != nil {
			return err
		}
	}
	return nil
}

// value returns v as the driver takes it.
func value(v export.Value) any {
	switch v.Type() {
	case 0:
		return nil
	case export.Integer, export.Boolean:
		return v.Int()
	case export.Number:
		return v.Float()
	}
	return v.String()
}

// indexes returns a CREATE INDEX statement for every foreign key whose
// columns do not start the primary key, which SQLite indexes itself, and
// for the record_kind and record_id of names, identifiers and sources.
func indexes(tables []export.Table) []string {
	var out []string
	for _, t := range tables {
		pk := t.PrimaryKey.Slice()
		var keys [][]string
		for k := range t.ForeignKeys.All() {
			keys = append(keys, k.Columns.Slice())
		}
		if t.ColumnIndex("record_kind") >= 0 && t.ColumnIndex("record_id") >= 0 {
			keys = append(keys, []string{"record_kind", "record_id"})
		}
		for _, k := range keys {
			if len(k) <= len(pk) && slices.Equal(k, pk[:len(k)]) {
				continue
			}
			name := t.Name + "_" + strings.Join(k, "_")
			out = append(out, fmt.Sprintf("CREATE INDEX %s ON %s (%s)", quote(name), quote(t.Name), quoteAll(slices.Values(k))))
		}
	}
	return out
}
