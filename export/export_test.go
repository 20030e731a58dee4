package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// apiCounts returns the number of rows each table must have, counted from
// the data packages' own API, not from the tables: the records, the
// elements of their lists, and every name, identifier and source found in
// the JSON export.
func apiCounts(t testing.TB) map[string]int {
	t.Helper()
	n := map[string]int{}
	for a := range actors.All() {
		n["actors"]++
		n["offices"] += a.Offices.Len()
		for o := range a.Offices.All() {
			n["office_attestations"] += o.Attested.Len()
		}
	}
	n["places"] = places.Len()
	for p := range places.All() {
		n["place_coordinates"] += p.Coordinates.Len()
	}
	for a := range agreement.All() {
		n["agreements"]++
		n["agreement_dates"] += a.Dated.Len()
		n["parties"] += a.Parties.Len()
		n["relations"] += a.Relations.Len()
		for p := range a.Points.All() {
			n["points"]++
			n["point_topics"] += p.Topics.Len()
			n["point_places"] += p.Places.Len()
			n["texts"] += p.Texts.Len()
			n["obligations"] += p.Obligations.Len()
			n["quantities"] += p.Quantities.Len()
			for o := range p.Obligations.All() {
				n["obligation_places"] += o.Places.Len()
			}
			for q := range p.Quantities.All() {
				n["reported_values"] += q.Reported.Len()
			}
		}
	}
	n["events"] = timeline.Len()
	for e := range timeline.All() {
		n["event_actors"] += e.Actors.Len()
		n["event_places"] += e.Places.Len()
		n["event_points"] += e.Points.Len()
		n["event_agreements"] += e.Agreements.Len()
	}
	var deadlines []agreement.Deadline
	for o := range implementation.Outcomes(karabakh.MustParseDate(karabakh.DatasetUpdated)) {
		n["deadlines"]++
		n["deadline_evidence"] += o.Evidence.Len()
		deadlines = append(deadlines, o.Deadline)
	}
	for o := range implementation.Observations() {
		n["observations"]++
		n["observation_evidence"] += o.Evidence.Len()
	}
	for range implementation.DeadlineChanges() {
		n["deadline_changes"]++
	}
	for range implementation.Fulfilments() {
		n["fulfilments"]++
	}
	n["misses"] = 0 // counted even when there is none
	for range implementation.Misses() {
		n["misses"]++
	}
	for c := range factcheck.All() {
		n["corrections"]++
		n["correction_terms"] += c.Cues.Terms.Len()
		n["correction_figures"] += c.Cues.Figures.Len()
		n["correction_actors"] += c.Actors.Len()
		n["correction_places"] += c.Places.Len()
		n["correction_points"] += c.Points.Len()
		n["correction_events"] += c.Events.Len()
	}
	// Names, identifiers and sources may sit at any depth of a record:
	// count the elements of every list the JSON export holds under those
	// keys ("titles" for an agreement's names, "seen" for the pages a
	// claim was seen on), in the dataset and in the deadlines, which it
	// does not hold.
	for _, v := range []any{schema.Export(), deadlines} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		countLists(doc, map[string]string{"names": "names", "titles": "names", "identifiers": "identifiers", "sources": "sources", "seen": "sources"}, n)
	}
	return n
}

func countLists(v any, keys map[string]string, n map[string]int) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if table, ok := keys[k]; ok {
				if l, ok := x.([]any); ok {
					n[table] += len(l)
				}
			}
			countLists(x, keys, n)
		}
	case []any:
		for _, x := range v {
			countLists(x, keys, n)
		}
	}
}

// TestCountsMatchGoAPI checks that every table has one row per record or
// list element of the data packages, and no table is missing or extra.
func TestCountsMatchGoAPI(t *testing.T) {
	want := apiCounts(t)
	got := map[string]int{}
	for tb := range Tables() {
		got[tb.Name] = tb.Len()
	}
	for name, n := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("no table %s; want one of %d rows", name, n)
		} else if g != n {
			t.Errorf("%s has %d rows; the Go API counts %d", name, g, n)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("table %s is not counted by the test", name)
		}
	}
}

// TestKeys checks that every primary key is unique, that every foreign key
// resolves, and that the names, identifiers and sources of every record
// kind name an existing row of the kind's table.
func TestKeys(t *testing.T) {
	byName := map[string]Table{}
	for tb := range Tables() {
		byName[tb.Name] = tb
	}
	keyOf := func(tb Table, r Row, cols []string) string {
		var parts []string
		for _, c := range cols {
			i := tb.ColumnIndex(c)
			if i < 0 {
				t.Fatalf("%s has no column %s", tb.Name, c)
			}
			if r.At(i).IsNull() {
				return ""
			}
			parts = append(parts, r.At(i).String())
		}
		return strings.Join(parts, "\x00")
	}
	keys := func(tb Table, cols []string) map[string]bool {
		m := map[string]bool{}
		for r := range tb.Rows() {
			m[keyOf(tb, r, cols)] = true
		}
		return m
	}
	for tb := range Tables() {
		pk := tb.PrimaryKey.Slice()
		if len(pk) == 0 {
			t.Errorf("%s has no primary key", tb.Name)
		}
		seen := map[string]bool{}
		for r := range tb.Rows() {
			k := keyOf(tb, r, pk)
			if k == "" || seen[k] {
				t.Errorf("%s: primary key %q is empty or repeated", tb.Name, k)
			}
			seen[k] = true
		}
		for fk := range tb.ForeignKeys.All() {
			parent, ok := byName[fk.Table]
			if !ok {
				t.Errorf("%s: foreign key to missing table %s", tb.Name, fk.Table)
				continue
			}
			targets := keys(parent, fk.References.Slice())
			for r := range tb.Rows() {
				if k := keyOf(tb, r, fk.Columns.Slice()); k != "" && !targets[k] {
					t.Errorf("%s: %v = %q names no row of %s", tb.Name, fk.Columns.Slice(), k, fk.Table)
				}
			}
		}
	}
	// record_kind and record_id name a row of the table the kind belongs to.
	tableOf := map[string]string{}
	for _, b := range builders() {
		for _, k := range b.sourceKinds() {
			tableOf[k.kind] = k.table
		}
	}
	for _, name := range []string{"names", "identifiers", "sources"} {
		tb := byName[name]
		kind, id := tb.ColumnIndex("record_kind"), tb.ColumnIndex("record_id")
		for r := range tb.Rows() {
			table, ok := tableOf[r.At(kind).String()]
			if !ok {
				t.Errorf("%s: record_kind %q has no table", name, r.At(kind))
				continue
			}
			if !keys(byName[table], []string{"id"})[r.At(id).String()] {
				t.Errorf("%s: %s %q is no row of %s", name, r.At(kind), r.At(id), table)
			}
		}
	}
}

// TestTableOrder checks the promise of Tables: a table comes after every
// other table its foreign keys name, so that a database can be loaded in
// order.
func TestTableOrder(t *testing.T) {
	seen := map[string]bool{}
	for tb := range Tables() {
		for fk := range tb.ForeignKeys.All() {
			if fk.Table != tb.Name && !seen[fk.Table] {
				t.Errorf("%s comes before %s, which its foreign key names", tb.Name, fk.Table)
			}
		}
		seen[tb.Name] = true
	}
}

// TestRequiredAndEnum checks the column constraints against the values:
// a required column is never null, a value has its column's type, and an
// enumerated column holds only its values.
func TestRequiredAndEnum(t *testing.T) {
	for tb := range Tables() {
		for r := range tb.Rows() {
			for i := range r.Len() {
				c, v := tb.Columns.At(i), r.At(i)
				switch {
				case v.IsNull() && c.Required:
					t.Errorf("%s.%s is required but null in a row", tb.Name, c.Name)
				case !v.IsNull() && v.Type() != c.Type:
					t.Errorf("%s.%s holds a %v; the column is %v", tb.Name, c.Name, v.Type(), c.Type)
				case !v.IsNull() && c.Enum.Len() > 0 && !karabakh.Contains(c.Enum, v.String()):
					t.Errorf("%s.%s = %q is none of %v", tb.Name, c.Name, v, c.Enum.Slice())
				}
			}
		}
	}
}

// TestCSVParsesBack reads every CSV file with encoding/csv, as a consumer
// would, and checks that it gives back the header and every value.
func TestCSVParsesBack(t *testing.T) {
	files := map[string][]byte{}
	for f, err := range CSV() {
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = f.Data
	}
	for tb := range Tables() {
		// A record of one empty field would be an empty line, which
		// readers skip.
		if tb.Columns.Len() < 2 {
			t.Errorf("%s has one column", tb.Name)
		}
		data := files[tb.Name+".csv"]
		if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			t.Errorf("%s.csv: records must end with CRLF, and no byte order mark", tb.Name)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s.csv: %v", tb.Name, err)
		}
		var header []string
		for c := range tb.Columns.All() {
			header = append(header, c.Name)
		}
		if !slices.Equal(recs[0], header) {
			t.Errorf("%s.csv header %q, want %q", tb.Name, recs[0], header)
		}
		if len(recs)-1 != tb.Len() {
			t.Errorf("%s.csv has %d records, want %d", tb.Name, len(recs)-1, tb.Len())
			continue
		}
		for i, r := range recs[1:] {
			for j, v := range r {
				if want := tb.Row(i).At(j).String(); v != want {
					t.Errorf("%s.csv row %d column %s = %q, want %q", tb.Name, i+1, header[j], v, want)
				}
			}
		}
	}
}

// TestDates checks every group of date columns against EDTF: start and
// end are the first and last days of when (Date.First and Date.Last),
// empty where it is open, and precision is that of its coarser end. It
// also checks the events against the records themselves.
func TestDates(t *testing.T) {
	groups := 0
	for tb := range Tables() {
		for i := range tb.Columns.Len() {
			when := tb.Columns.At(i).Name
			_, start, end, precision := dateNames(when)
			is, ie, ip := tb.ColumnIndex(start), tb.ColumnIndex(end), tb.ColumnIndex(precision)
			if is < 0 || ie < 0 || ip < 0 {
				continue
			}
			groups++
			for r := range tb.Rows() {
				w := r.At(i)
				if w.IsNull() {
					if !r.At(is).IsNull() || !r.At(ie).IsNull() || !r.At(ip).IsNull() {
						t.Errorf("%s.%s is empty but its other columns are not", tb.Name, when)
					}
					continue
				}
				iv, err := karabakh.ParseInterval(w.String())
				if err != nil {
					t.Errorf("%s.%s = %q: %v", tb.Name, when, w, err)
					continue
				}
				if got, want := r.At(is).String(), iv.Start.First().String(); got != want {
					t.Errorf("%s.%s of %q = %q, want %q", tb.Name, start, w, got, want)
				}
				if got, want := r.At(ie).String(), iv.End.Last().String(); got != want {
					t.Errorf("%s.%s of %q = %q, want %q", tb.Name, end, w, got, want)
				}
				if got, want := r.At(ip).String(), coarser(iv); got != want {
					t.Errorf("%s.%s of %q = %q, want %q", tb.Name, precision, w, got, want)
				}
			}
		}
	}
	if groups < 15 {
		t.Errorf("found %d groups of date columns; the test no longer finds them", groups)
	}
	events, _ := Get("events")
	for i, e := range slices.Collect(timeline.All()) {
		r := events.Row(i)
		if r.At(0).String() != string(e.ID) || r.At(events.ColumnIndex("start")).Time() != e.When.Lower() {
			t.Errorf("event %s: row %d starts %v, want %v", e.ID, i, r.At(events.ColumnIndex("start")).Time(), e.When.Lower())
		}
		if end := r.At(events.ColumnIndex("end")); !e.When.End.IsZero() && end.Time() != e.When.Upper() {
			t.Errorf("event %s ends %v, want %v", e.ID, end.Time(), e.When.Upper())
		}
	}
}

func coarser(iv karabakh.Interval) string {
	ps := []karabakh.Precision{}
	for _, d := range []karabakh.Date{iv.Start, iv.End} {
		if !d.IsZero() {
			ps = append(ps, d.Precision())
		}
	}
	return slices.Min(ps).String()
}

// TestLabels checks the label columns against Names.LabelIn.
func TestLabels(t *testing.T) {
	named := map[string]func(string) (karabakh.Names, bool){
		"actors": func(id string) (karabakh.Names, bool) { a, ok := actors.Get(actors.ID(id)); return a.Names, ok },
		"places": func(id string) (karabakh.Names, bool) { p, ok := places.Get(places.ID(id)); return p.Names, ok },
		"agreements": func(id string) (karabakh.Names, bool) {
			a, ok := agreement.Get(agreement.ID(id))
			return a.Titles, ok
		},
	}
	labelled := 0
	for name, get := range named {
		tb, _ := Get(name)
		for r := range tb.Rows() {
			ns, ok := get(r.At(0).String())
			if !ok {
				t.Fatalf("%s: no record %s", name, r.At(0))
			}
			for _, lang := range []language.Tag{language.English, language.Russian, language.Armenian, language.Azerbaijani} {
				want, _ := ns.LabelIn(lang)
				if got := r.At(tb.ColumnIndex("label_" + lang.String())).String(); got != want {
					t.Errorf("%s %s label_%s = %q, want %q", name, r.At(0), lang, got, want)
				}
				if want != "" {
					labelled++
				}
			}
		}
	}
	if labelled < 100 {
		t.Errorf("only %d labels; the columns are mostly empty", labelled)
	}
}

// TestDeadlineStatus checks the deadlines table against
// implementation.Outcomes as of the dataset's date.
func TestDeadlineStatus(t *testing.T) {
	tb, _ := Get("deadlines")
	i := 0
	for o := range implementation.Outcomes(karabakh.MustParseDate(karabakh.DatasetUpdated)) {
		r := tb.Row(i)
		i++
		got := fmt.Sprintf("%s %s %s %s", r.At(0), r.At(tb.ColumnIndex("status")), r.At(tb.ColumnIndex("final")), r.At(tb.ColumnIndex("done")))
		if want := fmt.Sprintf("%s %s %s %s", o.Deadline.ID, o.Status, o.Final, o.Done); got != want {
			t.Errorf("deadline row %d = %s, want %s", i, got, want)
		}
		if days := r.At(tb.ColumnIndex("days_early")); o.Done.IsZero() != days.IsNull() || (!days.IsNull() && days.Int() != int64(o.DaysEarly)) {
			t.Errorf("deadline %s: days_early %v, want %d (done %v)", o.Deadline.ID, days, o.DaysEarly, o.Done)
		}
	}
}

// TestNDJSON decodes every line of every NDJSON file and of the single
// stream, and checks it against the table's row.
func TestNDJSON(t *testing.T) {
	files := map[string][]byte{}
	for f, err := range NDJSON() {
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = f.Data
	}
	var stream bytes.Buffer
	if err := EncodeNDJSON(&stream); err != nil {
		t.Fatal(err)
	}
	streamLines := bytes.Split(bytes.TrimSuffix(stream.Bytes(), []byte("\n")), []byte("\n"))
	k := 0
	for tb := range Tables() {
		var lines [][]byte
		if data := files[tb.Name+".ndjson"]; len(data) > 0 {
			lines = bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
		}
		if len(lines) != tb.Len() {
			t.Errorf("%s.ndjson has %d lines, want %d", tb.Name, len(lines), tb.Len())
			continue
		}
		for i, line := range lines {
			checkObject(t, tb, i, line, "")
			checkObject(t, tb, i, streamLines[k], tb.Name)
			k++
		}
	}
	if k != len(streamLines) {
		t.Errorf("the stream has %d lines, want %d", len(streamLines), k)
	}
}

// checkObject checks that line is row i of tb as a JSON object: its keys
// the columns in order, after "table" if table is set.
func checkObject(t *testing.T, tb Table, i int, line []byte, table string) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s line %d: %q is not an object", tb.Name, i+1, line)
	}
	col := 0
	if table != "" {
		k, _ := dec.Token()
		v, _ := dec.Token()
		if k != "table" || v != table {
			t.Errorf("stream line of %s starts %v: %v", tb.Name, k, v)
		}
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatalf("%s line %d: %v", tb.Name, i+1, err)
		}
		v, err := dec.Token()
		if err != nil {
			t.Fatalf("%s line %d: %v", tb.Name, i+1, err)
		}
		c, want := tb.Columns.At(col), tb.Row(i).At(col)
		var got string
		switch v := v.(type) {
		case nil:
			got = ""
		case json.Number:
			got = v.String()
		case bool:
			got = fmt.Sprint(v)
		case string:
			got = v
		}
		if k != c.Name || got != want.String() || (v == nil) != want.IsNull() {
			t.Errorf("%s line %d: %v = %#v, want %s = %q", tb.Name, i+1, k, v, c.Name, want)
		}
		col++
	}
	if col != tb.Columns.Len() {
		t.Errorf("%s line %d has %d keys, want %d", tb.Name, i+1, col, tb.Columns.Len())
	}
}

// TestDataPackage checks datapackage.json against the tables: one
// resource per table, its fields the columns with their types, and keys
// that name existing fields and resources.
func TestDataPackage(t *testing.T) {
	var dp struct {
		Version   string `json:"version"`
		Resources []struct {
			Name, Path string
			Schema     struct {
				Fields []struct {
					Name, Type, Description string
					Constraints             struct {
						Required bool
						Enum     []any
					}
				}
				PrimaryKey  []string
				ForeignKeys []struct {
					Fields    []string
					Reference struct {
						Resource string
						Fields   []string
					}
				}
			}
		}
	}
	var data []byte
	for f, err := range CSV() {
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "datapackage.json" {
			data = f.Data
		}
	}
	if err := json.Unmarshal(data, &dp); err != nil {
		t.Fatal(err)
	}
	if dp.Version != karabakh.DatasetVersion {
		t.Errorf("version %q, want %q", dp.Version, karabakh.DatasetVersion)
	}
	fields := map[string][]string{}
	for _, r := range dp.Resources {
		for _, f := range r.Schema.Fields {
			fields[r.Name] = append(fields[r.Name], f.Name)
		}
	}
	i := 0
	for tb := range Tables() {
		r := dp.Resources[i]
		i++
		if r.Name != tb.Name || r.Path != tb.Name+".csv" || len(r.Schema.Fields) != tb.Columns.Len() {
			t.Errorf("resource %d is %s (%s, %d fields), want %s", i, r.Name, r.Path, len(r.Schema.Fields), tb.Name)
			continue
		}
		for j, f := range r.Schema.Fields {
			c := tb.Columns.At(j)
			if f.Name != c.Name || f.Type != c.Type.String() || f.Description != c.Description || f.Constraints.Required != c.Required || len(f.Constraints.Enum) != c.Enum.Len() {
				t.Errorf("%s field %d = %+v, want column %+v", tb.Name, j, f, c)
			}
		}
		for _, k := range r.Schema.PrimaryKey {
			if !slices.Contains(fields[r.Name], k) {
				t.Errorf("%s: primary key %s is no field", r.Name, k)
			}
		}
		for _, fk := range r.Schema.ForeignKeys {
			for _, f := range fk.Fields {
				if !slices.Contains(fields[r.Name], f) {
					t.Errorf("%s: foreign key field %s is no field", r.Name, f)
				}
			}
			for _, f := range fk.Reference.Fields {
				if !slices.Contains(fields[fk.Reference.Resource], f) {
					t.Errorf("%s: foreign key to %s.%s, which is no field", r.Name, fk.Reference.Resource, f)
				}
			}
		}
	}
	if i != len(dp.Resources) {
		t.Errorf("%d resources, want %d", len(dp.Resources), i)
	}
}

// TestNumberColumn checks a column of Numbers, which no table has yet (a
// place's coordinates will be one): the CSV and NDJSON text reads back as
// the same float, and an unknown value is empty.
func TestNumberColumn(t *testing.T) {
	type row struct {
		lat float64
		ok  bool
	}
	d := &def[row]{
		name: "points_on_a_map", title: "T", desc: "D",
		rows: slices.Values([]row{{39.8153, true}, {-0.1, true}, {1e-7, true}, {0, false}}),
		cols: []col[row]{
			reqText("id", "ID.", func(r row) string { return strconv.FormatFloat(r.lat, 'g', -1, 64) }),
			floatCol("lat", "Latitude.", func(r row) (float64, bool) { return r.lat, r.ok }),
		},
		pk: []string{"id"},
	}
	tb := d.table()
	recs, err := csv.NewReader(bytes.NewReader(encodeCSV(tb))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range slices.Collect(tb.Rows()) {
		v := r.At(1)
		var fromJSON struct{ Lat *float64 }
		if err := json.Unmarshal(appendRow(nil, tb, r, ""), &fromJSON); err != nil {
			t.Fatal(err)
		}
		switch {
		case v.IsNull():
			if recs[i+1][1] != "" || fromJSON.Lat != nil {
				t.Errorf("an unknown number is %q in CSV, %v in NDJSON", recs[i+1][1], fromJSON.Lat)
			}
		default:
			parsed, err := strconv.ParseFloat(recs[i+1][1], 64)
			if err != nil || parsed != v.Float() || fromJSON.Lat == nil || *fromJSON.Lat != v.Float() || v.Type() != Number || v.Int() != 0 {
				t.Errorf("%v reads back as %q (%v) in CSV, %v in NDJSON", v.Float(), recs[i+1][1], err, fromJSON.Lat)
			}
		}
	}
	if Number.String() != "number" {
		t.Errorf("Number is %q in Table Schema", Number)
	}
}
