package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/caucasus-data/karabakh/export"
)

// The columns of the events table: the record's own date is when, start,
// end and precision.
func ExampleGet() {
	events, _ := export.Get("events")
	var names []string
	for c := range events.Columns.All() {
		names = append(names, c.Name)
	}
	fmt.Println(strings.Join(names, " "))
	fmt.Println(events.PrimaryKey.Slice(), events.ForeignKeys.At(0).Table)
	// Output:
	// id kind when start end precision moment title summary claimed_by note
	// [id] actors
}

// A deadline's status, as of the dataset's date, and how its date was
// moved.
func ExampleTable_Row() {
	deadlines, _ := export.Get("deadlines")
	col := func(name string) int { return deadlines.ColumnIndex(name) }
	for r := range deadlines.Rows() {
		if r.At(0).String() == "statement-2020-11-10-return-kalbajar" {
			fmt.Println(r.At(col("due")), r.At(col("final")), r.At(col("done")), r.At(col("status")), r.At(col("original_days_early")))
		}
	}
	// Output:
	// 2020-11-15 2020-11-25 2020-11-25 met-extended -10
}

// Every table, with the tables its foreign keys name before it.
func ExampleTables() {
	n := 0
	for t := range export.Tables() {
		if n < 4 {
			fmt.Printf("%s %q\n", t.Name, t.Kind)
		}
		n++
	}
	// Output:
	// actors "actor"
	// offices "office"
	// office_attestations ""
	// places "place"
}

// Writing the CSV files and their Data Package descriptor: all of them,
// or none if one fails.
func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "karabakh-csv")
	defer os.RemoveAll(dir)
	if err := export.Write(dir, export.CSV()); err != nil {
		fmt.Println(err)
		return
	}
	b, _ := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	var dp struct {
		Profile   string `json:"$schema"`
		Resources []struct{ Path string }
	}
	json.Unmarshal(b, &dp)
	fmt.Println(dp.Profile)
	fmt.Println(dp.Resources[0].Path)
	// Output:
	// https://datapackage.org/profiles/2.0/datapackage.json
	// actors.csv
}

// One stream of every table, each line naming its table: what
// karabakh export -format ndjson -out - writes.
func ExampleEncodeNDJSON() {
	var b bytes.Buffer
	export.EncodeNDJSON(&b)
	first, _, _ := strings.Cut(b.String(), `,"label_en"`)
	fmt.Println(first)
	// Output:
	// {"table":"actors","id":"ilham-aliyev","kind":"person"
}

// The eras of the TimelineJS file.
func ExampleTimelineJS() {
	for f := range export.TimelineJS() {
		var doc struct {
			Eras []struct {
				Text struct{ Headline string }
			}
		}
		json.Unmarshal(f.Data, &doc)
		for _, e := range doc.Eras {
			fmt.Println(e.Text.Headline)
		}
	}
	// Output:
	// The 44-day war
	// The Russian peacekeepers' presence
	// The blockade of the Lachin corridor
}
