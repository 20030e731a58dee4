package parquet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/export"
	pq "github.com/parquet-go/parquet-go"
)

// TestReadBack reads every file with parquet-go's reader, as another
// program would, and checks its columns (names, order, logical types,
// which are optional) and every value of every row against the table.
func TestReadBack(t *testing.T) {
	tables := map[string]export.Table{}
	for tb := range export.Tables() {
		tables[tb.Name+".parquet"] = tb
	}
	n := 0
	for f, err := range Files() {
		if err != nil {
			t.Fatal(err)
		}
		n++
		tb, ok := tables[f.Name]
		if !ok {
			t.Errorf("file %s is no table", f.Name)
			continue
		}
		file, err := pq.OpenFile(bytes.NewReader(f.Data), int64(len(f.Data)))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if v, _ := file.Lookup("karabakh.dataset.version"); v != karabakh.DatasetVersion {
			t.Errorf("%s: dataset version %q", f.Name, v)
		}
		checkColumns(t, tb, file.Schema())
		if file.NumRows() != int64(tb.Len()) {
			t.Errorf("%s has %d rows, want %d", f.Name, file.NumRows(), tb.Len())
			continue
		}
		r := pq.NewReader(bytes.NewReader(f.Data))
		rows := make([]pq.Row, tb.Len())
		if k, err := r.ReadRows(rows); k != tb.Len() || (err != nil && !errors.Is(err, io.EOF)) {
			t.Fatalf("%s: read %d rows: %v", f.Name, k, err)
		}
		for i, row := range rows {
			for j, v := range row {
				want := tb.Row(i).At(j).String()
				if tb.Columns.At(j).Type == export.DateTime && !v.IsNull() {
					// Parquet keeps the instant, in UTC, not its offset.
					want = tb.Row(i).At(j).Time().UTC().Format(time.RFC3339)
				}
				if got := show(tb.Columns.At(j).Type, v); got != want {
					t.Errorf("%s row %d column %s = %q, want %q", f.Name, i+1, tb.Columns.At(j).Name, got, want)
				}
			}
		}
	}
	if n != len(tables) {
		t.Errorf("%d files for %d tables", n, len(tables))
	}
}

// wantTypes are the logical types each column type must have, as
// parquet-go names them.
var wantTypes = map[export.Type]string{
	export.String: "STRING", export.Integer: "INT(64,true)", export.Boolean: "BOOLEAN",
	export.Date: "DATE", export.DateTime: "TIMESTAMP(isAdjustedToUTC=true,unit=MICROS)", export.Number: "DOUBLE",
}

func checkColumns(t *testing.T, tb export.Table, s *pq.Schema) {
	t.Helper()
	fields := s.Fields()
	if len(fields) != tb.Columns.Len() {
		t.Errorf("%s: %d columns, want %d", tb.Name, len(fields), tb.Columns.Len())
		return
	}
	for i, f := range fields {
		c := tb.Columns.At(i)
		typ := f.Type().String()
		if lt := f.Type().LogicalType(); lt != nil {
			typ = lt.String()
		}
		if f.Name() != c.Name || typ != wantTypes[c.Type] || f.Optional() == c.Required {
			t.Errorf("%s column %d is %s %s (optional %v), want %s %s (required %v)", tb.Name, i, f.Name(), typ, f.Optional(), c.Name, wantTypes[c.Type], c.Required)
		}
	}
}

// show returns v as a CSV file writes a value of type typ.
func show(typ export.Type, v pq.Value) string {
	if v.IsNull() {
		return ""
	}
	switch typ {
	case export.Integer:
		return fmt.Sprint(v.Int64())
	case export.Boolean:
		return fmt.Sprint(v.Boolean())
	case export.Number:
		return strconv.FormatFloat(v.Double(), 'f', -1, 64)
	case export.Date:
		return time.Unix(int64(v.Int32())*86400, 0).UTC().Format(time.DateOnly)
	case export.DateTime:
		return time.UnixMicro(v.Int64()).UTC().Format(time.RFC3339)
	}
	return string(v.ByteArray())
}
