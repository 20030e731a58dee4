package export

import (
	"iter"
	"math"
	"reflect"
	"strconv"
	"time"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

// A def describes one table: where its rows come from and how each column
// reads a row. A new field of a record is one new col in its def.
type def[R any] struct {
	name, kind, title, desc string
	rows                    iter.Seq[R]
	cols                    []col[R]
	pk                      []string
	fks                     []ForeignKey
	// id returns the row's ID, by which names, identifiers and sources
	// refer to it; nil for a table no other refers to that way.
	id          func(R) string
	names       func(R) karabakh.Names
	identifiers func(R) karabakh.List[karabakh.Identifier]
	sources     []sourceSet[R]
}

// A sourceSet is one list of sources a row carries, under a record kind of
// its own where it is not the row's (the pages a claim was seen on).
type sourceSet[R any] struct {
	kind string // "" for the table's kind
	get  func(R) karabakh.Sources
}

// A builder is a def of any row type.
type builder interface {
	table() Table
	// each calls f with the kind and ID of every row that has names,
	// identifiers or sources.
	eachNames(f func(k kindOf, id string, ns karabakh.Names))
	eachIdentifiers(f func(k kindOf, id string, ids karabakh.List[karabakh.Identifier]))
	eachSources(f func(k kindOf, id string, ss karabakh.Sources))
	// sourceKinds returns the record kinds of the sources the rows carry,
	// each with the table whose id column the sources' record_id names.
	sourceKinds() []kindOf
}

// A kindOf is a record kind and the table of those records.
type kindOf struct{ kind, table string }

// A col is one column: its name, type and description, and how it reads a
// row.
type col[R any] struct {
	Column
	get func(R) Value
}

func (d *def[R]) table() Table {
	cols := make([]Column, len(d.cols))
	for i, c := range d.cols {
		cols[i] = c.Column
	}
	var rows []Row
	for r := range d.rows {
		cells := make([]Value, len(d.cols))
		for i, c := range d.cols {
			cells[i] = c.get(r)
		}
		rows = append(rows, Row{cells})
	}
	return Table{
		Name: d.name, Kind: d.kind, Title: d.title, Description: d.desc,
		Columns:     karabakh.ListOf(cols...),
		PrimaryKey:  karabakh.ListOf(d.pk...),
		ForeignKeys: karabakh.ListOf(d.fks...),
		rows:        rows,
	}
}

func (d *def[R]) eachNames(f func(k kindOf, id string, ns karabakh.Names)) {
	if d.names == nil {
		return
	}
	for r := range d.rows {
		f(kindOf{d.kind, d.name}, d.id(r), d.names(r))
	}
}

func (d *def[R]) eachIdentifiers(f func(k kindOf, id string, ids karabakh.List[karabakh.Identifier])) {
	if d.identifiers == nil {
		return
	}
	for r := range d.rows {
		f(kindOf{d.kind, d.name}, d.id(r), d.identifiers(r))
	}
}

func (d *def[R]) eachSources(f func(k kindOf, id string, ss karabakh.Sources)) {
	if len(d.sources) == 0 {
		return
	}
	for r := range d.rows {
		for _, s := range d.sources {
			f(kindOf{cmpOr(s.kind, d.kind), d.name}, d.id(r), s.get(r))
		}
	}
}

func (d *def[R]) sourceKinds() []kindOf {
	var out []kindOf
	for _, s := range d.sources {
		out = append(out, kindOf{cmpOr(s.kind, d.kind), d.name})
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// sourced returns the one sourceSet of a row's own sources.
func sourced[R any](get func(R) karabakh.Sources) []sourceSet[R] {
	return []sourceSet[R]{{get: get}}
}

// fk returns a foreign key from columns of the table to columns of table.
func fk(table string, columns []string, refs ...string) ForeignKey {
	return ForeignKey{Columns: karabakh.ListOf(columns...), Table: table, References: karabakh.ListOf(refs...)}
}

// ref is a foreign key of one column to the id column of table.
func ref(column, table string) ForeignKey { return fk(table, []string{column}, "id") }

// Values. The zero Value is null.

func text(s string) Value {
	if s == "" {
		return Value{}
	}
	return Value{typ: String, s: s}
}

func integer(n int64) Value { return Value{typ: Integer, n: n} }

// count is an integer that is null when zero: a field the JSON leaves out
// when it is 0.
func count(n int) Value {
	if n == 0 {
		return Value{}
	}
	return integer(int64(n))
}

func boolean(b bool) Value {
	v := Value{typ: Boolean}
	if b {
		v.n = 1
	}
	return v
}

// day returns d's first or last day as a date Value, null for the zero Date.
func day(d karabakh.Date) Value {
	if d.IsZero() {
		return Value{}
	}
	t := d.Lower()
	return Value{typ: Date, s: t.Format(time.DateOnly), n: t.Unix() / 86400}
}

// number returns f as a Number Value.
func number(f float64) Value {
	return Value{typ: Number, s: strconv.FormatFloat(f, 'f', -1, 64), n: int64(math.Float64bits(f))}
}

func dateTime(t time.Time) Value {
	if t.IsZero() {
		return Value{}
	}
	return Value{typ: DateTime, s: t.Format(time.RFC3339Nano), n: t.UnixMicro()}
}

func tag(t language.Tag) Value {
	if t == language.Und {
		return Value{}
	}
	return text(t.String())
}

// Column makers. Each takes the column's name, its description and how it
// reads a row.

func textCol[R any](name, desc string, get func(R) string) col[R] {
	return col[R]{Column{Name: name, Type: String, Description: desc}, func(r R) Value { return text(get(r)) }}
}

// reqText is a required text column: an ID, a reference or a text that
// every row has.
func reqText[R any](name, desc string, get func(R) string) col[R] {
	c := textCol(name, desc, get)
	c.Required = true
	return c
}

func numberCol[R any](desc string, get func(R) int) col[R] {
	return col[R]{Column{Name: "number", Type: Integer, Description: desc, Required: true}, func(r R) Value { return integer(int64(get(r))) }}
}

func intCol[R any](name, desc string, get func(R) Value) col[R] {
	return col[R]{Column{Name: name, Type: Integer, Description: desc}, get}
}

// floatCol is a column of Numbers, empty where get reports false: a
// coordinate that is not known.
func floatCol[R any](name, desc string, get func(R) (float64, bool)) col[R] {
	return col[R]{Column{Name: name, Type: Number, Description: desc}, func(r R) Value {
		if f, ok := get(r); ok {
			return number(f)
		}
		return Value{}
	}}
}

func boolCol[R any](name, desc string, get func(R) bool) col[R] {
	return col[R]{Column{Name: name, Type: Boolean, Description: desc, Required: true}, func(r R) Value { return boolean(get(r)) }}
}

func tagCol[R any](name, desc string, get func(R) language.Tag) col[R] {
	return col[R]{Column{Name: name, Type: String, Description: desc + " A BCP 47 language tag (hy, hy-Latn, ru)."}, func(r R) Value { return tag(get(r)) }}
}

func timeCol[R any](name, desc string, get func(R) time.Time) col[R] {
	return col[R]{Column{Name: name, Type: DateTime, Description: desc + " RFC 3339, with the offset from UTC the sources give."}, func(r R) Value { return dateTime(get(r)) }}
}

// enumCol is a text column of an enumeration's values. It is required
// unless the enumeration has an empty value that means none.
func enumCol[R any, T ~string](name, desc string, values iter.Seq[T], get func(R) T) col[R] {
	var enum []string
	for v := range values {
		enum = append(enum, string(v))
	}
	return col[R]{Column{Name: name, Type: String, Description: desc, Required: true, Enum: karabakh.ListOf(enum...)},
		func(r R) Value { return text(string(get(r))) }}
}

// required returns c as a column that is never empty.
func required[R any](c col[R]) col[R] {
	c.Required = true
	return c
}

// optional returns c as a column that may be empty.
func optional[R any](c col[R]) col[R] {
	c.Required = false
	return c
}

var precisions = []string{"year", "month", "day"}

// dateNames returns the names of the four columns of a date or interval:
// when, start, end and precision for the record's own date (field
// "when"), and FIELD, FIELD_start, FIELD_end and FIELD_precision for
// another.
func dateNames(field string) (when, start, end, precision string) {
	if field == "when" {
		return "when", "start", "end", "precision"
	}
	return field, field + "_start", field + "_end", field + "_precision"
}

// intervalCols returns the four columns of an interval: its EDTF text as
// stored, its first and last days, and its precision.
func intervalCols[R any](field, desc string, required bool, get func(R) karabakh.Interval) []col[R] {
	when, start, end, precision := dateNames(field)
	return []col[R]{
		{Column{Name: when, Type: String, Required: required, Description: desc + " EDTF as stored: 2020, 2020-11, 2020-11-10, or a span such as 2020-09-27/2020-11-10 with .. for an open end."},
			func(r R) Value {
				if iv := get(r); !iv.IsZero() {
					return text(iv.String())
				}
				return Value{}
			}},
		{Column{Name: start, Type: Date, Description: "The first day " + when + " may cover (ISO 8601); empty when its start is open or unknown."},
			func(r R) Value { return day(get(r).Start.First()) }},
		{Column{Name: end, Type: Date, Description: "The last day " + when + " may cover (ISO 8601); empty when its end is open or unknown."},
			func(r R) Value { return day(get(r).End.Last()) }},
		{Column{Name: precision, Type: String, Required: required, Enum: karabakh.ListOf(precisions...),
			Description: "How precisely " + when + " is known: year, month or day; for a span, the coarser of its known ends."},
			func(r R) Value { return precisionOf(get(r)) }},
	}
}

// dateCols is intervalCols for a single date.
func dateCols[R any](field, desc string, required bool, get func(R) karabakh.Date) []col[R] {
	return intervalCols(field, desc, required, func(r R) karabakh.Interval {
		d := get(r)
		if d.IsZero() {
			return karabakh.Interval{}
		}
		return d.Interval()
	})
}

func precisionOf(iv karabakh.Interval) Value {
	p := karabakh.PrecisionNone
	for _, d := range []karabakh.Date{iv.Start, iv.End} {
		if q := d.Precision(); q != karabakh.PrecisionNone && (p == karabakh.PrecisionNone || q < p) {
			p = q
		}
	}
	if p == karabakh.PrecisionNone {
		return Value{}
	}
	return text(p.String())
}

// labelLangs are the languages of the label columns, in order.
var labelLangs = []language.Tag{language.English, language.Russian, language.Armenian, language.Azerbaijani}

// labelCols returns the columns label_en, label_ru, label_hy and label_az:
// the record's label in exactly that language (Names.LabelIn), empty when
// it has none.
func labelCols[R any](get func(R) karabakh.Names) []col[R] {
	var out []col[R]
	for _, lang := range labelLangs {
		out = append(out, col[R]{
			Column{Name: "label_" + lang.String(), Type: String,
				Description: "The label in " + langNames[lang.String()] + " (" + lang.String() + "), as Names.LabelIn gives it: empty when there is none, never another language's."},
			func(r R) Value {
				s, _ := get(r).LabelIn(lang)
				return text(s)
			},
		})
	}
	return out
}

var langNames = map[string]string{"en": "English", "ru": "Russian", "hy": "Armenian", "az": "Azerbaijani"}

// concat joins column lists.
func concat[R any](parts ...[]col[R]) []col[R] {
	var out []col[R]
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func one[R any](c ...col[R]) []col[R] { return c }

// doc returns the doc comment of type T's field, or of T itself for "".
func doc[T any](field string) string {
	t := reflect.TypeFor[T]()
	k := t.PkgPath() + "." + t.Name()
	if field != "" {
		k += "." + field
	}
	return comments[k]
}

// A sub is a record held in a list of another record, with that record's
// ID and its position from 1.
type sub[T any] struct {
	parent string
	n      int
	v      T
}

func (s sub[T]) id() string { return s.parent + "/" + strconv.Itoa(s.n) }

// subs yields the elements of each parent's list, numbered within it.
func subs[P, T any](parents iter.Seq[P], id func(P) string, list func(P) karabakh.List[T]) iter.Seq[sub[T]] {
	return func(yield func(sub[T]) bool) {
		for p := range parents {
			l := list(p)
			for i := range l.Len() {
				if !yield(sub[T]{id(p), i + 1, l.At(i)}) {
					return
				}
			}
		}
	}
}

// numbered yields records numbered within their parent, in the order
// given.
func numbered[T any](all iter.Seq[T], parent func(T) string) iter.Seq[sub[T]] {
	return func(yield func(sub[T]) bool) {
		n := map[string]int{}
		for v := range all {
			p := parent(v)
			n[p]++
			if !yield(sub[T]{p, n[p], v}) {
				return
			}
		}
	}
}

// A link is one element of a record's list of references: the record's ID
// and the element.
type link[T any] struct {
	from string
	v    T
}

func links[P, T any](parents iter.Seq[P], id func(P) string, list func(P) karabakh.List[T]) iter.Seq[link[T]] {
	return func(yield func(link[T]) bool) {
		for s := range subs(parents, id, list) {
			if !yield(link[T]{s.parent, s.v}) {
				return
			}
		}
	}
}

// linkTable is a table of a many-to-many relation: one row per reference
// from a record of table from, in column fromCol, to one of table to, in
// column toCol.
func linkTable[P any, T ~string](name, title, desc string, parents iter.Seq[P], id func(P) string, list func(P) karabakh.List[T], from, fromCol, to, toCol string) *def[link[T]] {
	return &def[link[T]]{
		name: name, title: title, desc: desc,
		rows: links(parents, id, list),
		cols: []col[link[T]]{
			reqText(fromCol, "The "+singular(from)+".", func(l link[T]) string { return l.from }),
			reqText(toCol, "The "+singular(to)+".", func(l link[T]) string { return string(l.v) }),
		},
		pk:  []string{fromCol, toCol},
		fks: []ForeignKey{ref(fromCol, from), ref(toCol, to)},
	}
}

// singular names one row of a table: "actor" for "actors".
func singular(table string) string { return table[:len(table)-1] }
