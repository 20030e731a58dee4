package export

import (
	"iter"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/caucasus-data/karabakh"
)

// A Table is one table of the export: its name, what it holds, its
// columns, keys and rows. Rows cannot be changed through a Table, so a
// Table a caller receives shares nothing the caller can change.
type Table struct {
	// Name is the table's name, and the stem of its file names
	// (events.csv, events.parquet).
	Name string
	// Kind is what the table calls one of its rows in the record_kind
	// column of the names, identifiers and sources tables ("event" for
	// events), or "" if no row is referred to that way.
	Kind        string
	Title       string
	Description string
	Columns     karabakh.List[Column]
	// PrimaryKey names the columns whose values identify a row.
	PrimaryKey  karabakh.List[string]
	ForeignKeys karabakh.List[ForeignKey]
	rows        []Row
}

// Len returns the number of rows.
func (t Table) Len() int { return len(t.rows) }

// Rows yields the rows in the table's stable order: the order of the
// dataset, parents before the records they hold.
func (t Table) Rows() iter.Seq[Row] { return slices.Values(t.rows) }

// Row returns the i-th row. It panics if i is out of range, as indexing a
// slice does.
func (t Table) Row(i int) Row { return t.rows[i] }

// ColumnIndex returns the index of the column named name, or -1.
func (t Table) ColumnIndex(name string) int {
	return t.Columns.IndexFunc(func(c Column) bool { return c.Name == name })
}

// A Column is one column of a Table.
type Column struct {
	Name string
	Type Type
	// Description says what the column holds: the Go doc comment of the
	// field it comes from, or how it is derived.
	Description string
	// Required is set on a column that is never empty.
	Required bool
	// Enum lists the values the column can take, where they are a closed
	// set, such as the kinds of event.
	Enum karabakh.List[string]
}

// A ForeignKey says that the values of some columns of a table name a row
// of another table, by the values of its columns References.
type ForeignKey struct {
	Columns    karabakh.List[string]
	Table      string
	References karabakh.List[string]
}

// A Type is the type of a column's values. The names are those of
// Frictionless Table Schema.
type Type uint8

// The types of column.
const (
	String   Type = iota + 1 // UTF-8 text in NFC
	Integer                  // a 64-bit signed integer
	Boolean                  // true or false
	Date                     // a calendar day, ISO 8601: 2020-11-10
	DateTime                 // an instant with its offset from UTC, RFC 3339
	Number                   // a 64-bit floating-point number, such as a coordinate
)

var typeNames = [...]string{"", "string", "integer", "boolean", "date", "datetime", "number"}

// String returns the Table Schema name of t: "string", "integer",
// "boolean", "date", "datetime" or "number".
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// A Row is one row of a Table: one Value for each column, in order.
type Row struct{ cells []Value }

// Len returns the number of values, which is the number of columns.
func (r Row) Len() int { return len(r.cells) }

// At returns the value of the i-th column. It panics if i is out of
// range.
func (r Row) At(i int) Value { return r.cells[i] }

// All yields the values in column order.
func (r Row) All() iter.Seq[Value] { return slices.Values(r.cells) }

// A Value is one cell of a Row: null, or a value of its column's Type.
// The zero Value is null.
type Value struct {
	typ Type
	s   string // String; the text of Date, DateTime and Number
	n   int64  // Integer; Boolean 0 or 1; days since 1970-01-01 for Date; Unix microseconds for DateTime; the bits of a Number
}

// IsNull reports whether v is null: a field the record leaves out.
func (v Value) IsNull() bool { return v.typ == 0 }

// Type returns v's type, or 0 if v is null.
func (v Value) Type() Type { return v.typ }

// String returns v as a CSV file holds it: the text; an integer in
// decimal; true or false; a date as 2020-11-10; an instant in RFC 3339
// with its offset; a number in decimal, as short as reads back exactly;
// "" for null.
func (v Value) String() string {
	switch v.typ {
	case Integer:
		return strconv.FormatInt(v.n, 10)
	case Boolean:
		return strconv.FormatBool(v.n != 0)
	}
	return v.s
}

// Int returns the value of an Integer, 1 or 0 for a Boolean, the days
// since 1970-01-01 for a Date, the Unix time in microseconds for a
// DateTime, and 0 for null, a String or a Number (see Float).
func (v Value) Int() int64 {
	if v.typ == Number {
		return 0
	}
	return v.n
}

// Float returns the value of a Number, and 0 for any other Value.
func (v Value) Float() float64 {
	if v.typ != Number {
		return 0
	}
	return math.Float64frombits(uint64(v.n))
}

// Bool reports whether v is the Boolean true.
func (v Value) Bool() bool { return v.typ == Boolean && v.n != 0 }

// Time returns a Date as midnight UTC, and a DateTime as the instant in
// the offset the sources give; the zero time for any other Value.
func (v Value) Time() time.Time {
	switch v.typ {
	case Date:
		return time.Unix(v.n*86400, 0).UTC()
	case DateTime:
		t, err := time.Parse(time.RFC3339Nano, v.s)
		if err != nil {
			return time.UnixMicro(v.n).UTC()
		}
		return t
	}
	return time.Time{}
}

// Tables yields every table, in a stable order in which a table comes
// after the tables its foreign keys name, but for a key to itself
// (actors.part_of). The tables are built from the data packages on first
// use, once.
func Tables() iter.Seq[Table] { return slices.Values(tables()) }

// Get returns the table named name.
func Get(name string) (Table, bool) {
	for _, t := range tables() {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

var tables = sync.OnceValue(build)

// build builds every table from the data packages.
func build() []Table {
	var out []Table
	for _, b := range builders() {
		out = append(out, b.table())
	}
	return out
}
