// Package parquet writes the tables of package export as Parquet files,
// one per table, with typed columns: text as UTF-8 strings, integers as
// INT64, booleans as BOOLEAN, dates as DATE and instants as TIMESTAMP in
// microseconds, adjusted to UTC, numbers as DOUBLE (the offset the sources give for an
// instant is in the CSV and NDJSON, not here). An empty column is null. A
// column that is never empty is required. The columns are in the order of
// the table's, and the rows in its order.
//
// It is a package of its own so that only its users link a Parquet
// encoder (github.com/parquet-go/parquet-go).
package parquet

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"reflect"
	"strconv"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/schema"
	pq "github.com/parquet-go/parquet-go"
)

// Files yields one file per table, NAME.parquet, in the order of
// export.Tables. Write them with export.Write:
//
//	err := export.Write("out/parquet", parquet.Files())
func Files() iter.Seq2[schema.File, error] {
	return func(yield func(schema.File, error) bool) {
		for t := range export.Tables() {
			var b bytes.Buffer
			if err := Encode(&b, t); err != nil {
				yield(schema.File{}, err)
				return
			}
			if !yield(schema.File{Name: t.Name + ".parquet", Data: b.Bytes()}, nil) {
				return
			}
		}
	}
}

// Encode writes table t to w as one Parquet file, compressed with
// Zstandard. The file's metadata holds the dataset's version.
func Encode(w io.Writer, t export.Table) error {
	s := schemaOf(t)
	pw := pq.NewWriter(w, s,
		pq.Compression(&pq.Zstd),
		pq.CreatedBy("github.com/caucasus-data/karabakh", karabakh.DatasetVersion, ""),
		pq.KeyValueMetadata("karabakh.dataset.version", karabakh.DatasetVersion),
		pq.KeyValueMetadata("karabakh.dataset.updated", karabakh.DatasetUpdated),
	)
	rows := make([]pq.Row, 0, t.Len())
	for r := range t.Rows() {
		rows = append(rows, row(t, r))
	}
	if _, err := pw.WriteRows(rows); err != nil {
		return fmt.Errorf("parquet: %s: %w", t.Name, err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("parquet: %s: %w", t.Name, err)
	}
	return nil
}

// schemaOf returns the Parquet schema of t. parquet-go orders the columns
// of a group by name; a struct keeps its fields' order, so the schema is
// made from a struct type with one field per column.
func schemaOf(t export.Table) *pq.Schema {
	var fields []reflect.StructField
	for i := range t.Columns.Len() {
		c := t.Columns.At(i)
		var typ reflect.Type
		var tag string
		switch c.Type {
		case export.Integer:
			typ = reflect.TypeFor[int64]()
		case export.Boolean:
			typ = reflect.TypeFor[bool]()
		case export.Date:
			typ, tag = reflect.TypeFor[int32](), ",date"
		case export.DateTime:
			typ, tag = reflect.TypeFor[int64](), ",timestamp(microsecond:utc)"
		case export.Number:
			typ = reflect.TypeFor[float64]()
		default:
			typ = reflect.TypeFor[string]()
		}
		if !c.Required {
			tag += ",optional"
		}
		fields = append(fields, reflect.StructField{
			Name: "F" + strconv.Itoa(i),
			Type: typ,
			Tag:  reflect.StructTag(`parquet:"` + c.Name + tag + `"`),
		})
	}
	return pq.SchemaOf(reflect.New(reflect.StructOf(fields)).Interface())
}

// row returns r as a Parquet row: one value per column, null or at the
// definition level of a present optional value.
func row(t export.Table, r export.Row) pq.Row {
	out := make(pq.Row, r.Len())
	for i := range r.Len() {
		c, v := t.Columns.At(i), r.At(i)
		def := 0
		if !c.Required {
			def = 1
		}
		var pv pq.Value
		switch {
		case v.IsNull():
			pv, def = pq.NullValue(), 0
		case c.Type == export.Integer || c.Type == export.DateTime:
			pv = pq.Int64Value(v.Int())
		case c.Type == export.Date:
			pv = pq.Int32Value(int32(v.Int()))
		case c.Type == export.Boolean:
			pv = pq.BooleanValue(v.Bool())
		case c.Type == export.Number:
			pv = pq.DoubleValue(v.Float())
		default:
			pv = pq.ByteArrayValue([]byte(v.String()))
		}
		out[i] = pv.Level(0, def, i)
	}
	return out
}
