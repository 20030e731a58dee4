package schema_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/schema"
	"golang.org/x/text/language"
)

// Decode reads dataset.json back into Go, checking it strictly.
func ExampleDecode() {
	f, err := os.Open(filepath.Join("json", "dataset.json"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	ds, err := schema.Decode(f)
	if err != nil {
		log.Fatal(err)
	}
	a := ds.Agreements[0]
	fmt.Println(a.ID, "has", a.Points.Len(), "points")
	// Output: statement-2020-11-10 has 9 points
}

// Problems are reported at their JSON path, all at once.
func ExampleDecode_errors() {
	doc := `{
	  "version": "0.1.0", "updated": "2026-11-27",
	  "actors": [], "agreements": [], "places": [], "corrections": [],
	  "observations": [], "deadlineChanges": [], "fulfilments": [], "misses": [],
	  "events": [{"id": "x", "kind": "war", "when": "2020-13", "sources": [], "colour": "red"}]
	}`
	_, err := schema.Decode(strings.NewReader(doc))
	fmt.Println(err)
	// Output:
	// schema: 3 problem(s) in the JSON dataset:
	//	/events/0/when: karabakh: invalid date "2020-13": month is not 01..12
	//	/events/0/colour: unknown field "colour" in timeline.Event
	//	/events/0: missing required field "title" of timeline.Event
}

// Options set the limits of Decode: here, the number of problems listed.
// The rest are counted. A syntax error, or a document over a limit, is
// reported alone, where it is.
func ExampleMaxProblems() {
	doc := `{"actors": [{}, {}, {}]}`
	_, err := schema.Decode(strings.NewReader(doc), schema.MaxProblems(2))
	fmt.Println(err)
	_, err = schema.Decode(strings.NewReader("{\n  \"version\": 1.0.0\n}"))
	fmt.Println(err)
	_, err = schema.Decode(strings.NewReader(doc), schema.MaxSize(10))
	fmt.Println(err)
	// Output:
	// schema: 2 problem(s) in the JSON dataset, and 20 more not listed:
	//	/actors/0: missing required field "id" of actors.Actor
	//	/actors/0: missing required field "kind" of actors.Actor
	// schema: 1 problem(s) in the JSON dataset:
	//	(document): invalid JSON at offset 18 (line 2, column 17): want ',' or '}' after an object's member, found '.'
	// schema: 1 problem(s) in the JSON dataset:
	//	(document): the document is larger than 10 bytes, the limit MaxSize sets
}

// Marshal writes the JSON of the files: indented, with "&" as itself.
func ExampleMarshal() {
	b, err := schema.Marshal(karabakh.Source{
		URL:       "https://example.org/?a=1&b=2",
		Publisher: "Example",
		Quote:     "peace & quiet",
		Lang:      language.English,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "url": "https://example.org/?a=1&b=2",
	//   "publisher": "Example",
	//   "quote": "peace & quiet",
	//   "lang": "en"
	// }
}

// Write writes the data files and their schemas into a directory.
func ExampleWrite() {
	dir, err := os.MkdirTemp("", "karabakh-json")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := schema.Write(dir); err != nil {
		log.Fatal(err)
	}
	data, _ := filepath.Glob(filepath.Join(dir, "*s.json"))
	for _, f := range data {
		fmt.Println(filepath.Base(f))
	}
	// Output:
	// actors.json
	// agreements.json
	// corrections.json
	// deadline-changes.json
	// events.json
	// fulfilments.json
	// misses.json
	// observations.json
	// places.json
}
