package export

import (
	"bytes"
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/schema"
)

// CSV yields the files WriteCSV writes, in a stable order: one NAME.csv
// per table, in the order of Tables, then datapackage.json. It yields an
// error, and stops, if a file cannot be made.
//
// Each file is RFC 4180: UTF-8 without a byte order mark, a header row,
// fields separated by commas and quoted with double quotes where they hold
// a comma, a quote or a line break, each record ended by CRLF. A line
// break inside a text is kept as it is (LF). An empty field is a null.
func CSV() iter.Seq2[schema.File, error] {
	return func(yield func(schema.File, error) bool) {
		for t := range Tables() {
			if !yield(schema.File{Name: t.Name + ".csv", Data: encodeCSV(t)}, nil) {
				return
			}
		}
		b, err := schema.Marshal(dataPackage())
		if err != nil {
			yield(schema.File{}, fmt.Errorf("export: datapackage.json: %w", err))
			return
		}
		yield(schema.File{Name: "datapackage.json", Data: b}, nil)
	}
}

// encodeCSV returns table t as CSV.
func encodeCSV(t Table) []byte {
	var b bytes.Buffer
	for i := range t.Columns.Len() {
		if i > 0 {
			b.WriteByte(',')
		}
		writeField(&b, t.Columns.At(i).Name)
	}
	b.WriteString("\r\n")
	for _, r := range t.rows {
		for i, v := range r.cells {
			if i > 0 {
				b.WriteByte(',')
			}
			writeField(&b, v.String())
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// writeField writes s as one CSV field, quoted where it must be. Unlike
// encoding/csv's Writer with UseCRLF, it leaves a line break inside a
// quoted field as it is, so that a reader gets back the text's own LF.
func writeField(b *bytes.Buffer, s string) {
	if !strings.ContainsAny(s, ",\"\r\n") {
		b.WriteString(s)
		return
	}
	b.WriteByte('"')
	b.WriteString(strings.ReplaceAll(s, `"`, `""`))
	b.WriteByte('"')
}

// The Data Package descriptor: Frictionless Data Package v2, with a Table
// Schema for each resource.
type (
	dpPackage struct {
		Profile     string       `json:"$schema"`
		Name        string       `json:"name"`
		Title       string       `json:"title"`
		Description string       `json:"description"`
		Version     string       `json:"version"`
		Homepage    string       `json:"homepage"`
		Keywords    []string     `json:"keywords"`
		Licenses    []dpLicense  `json:"licenses"`
		Sources     []dpSource   `json:"sources"`
		Resources   []dpResource `json:"resources"`
	}
	dpLicense struct {
		Path  string `json:"path"`
		Title string `json:"title"`
	}
	dpSource struct {
		Title string `json:"title"`
		Path  string `json:"path"`
	}
	dpResource struct {
		Name        string    `json:"name"`
		Type        string    `json:"type"`
		Path        string    `json:"path"`
		Scheme      string    `json:"scheme"`
		Format      string    `json:"format"`
		Mediatype   string    `json:"mediatype"`
		Encoding    string    `json:"encoding"`
		Title       string    `json:"title"`
		Description string    `json:"description"`
		Dialect     dpDialect `json:"dialect"`
		Schema      dpSchema  `json:"schema"`
	}
	dpDialect struct {
		Profile        string `json:"$schema"`
		Header         bool   `json:"header"`
		Delimiter      string `json:"delimiter"`
		LineTerminator string `json:"lineTerminator"`
		QuoteChar      string `json:"quoteChar"`
	}
	dpSchema struct {
		Profile       string         `json:"$schema"`
		Fields        []dpField      `json:"fields"`
		MissingValues []string       `json:"missingValues"`
		PrimaryKey    []string       `json:"primaryKey"`
		ForeignKeys   []dpForeignKey `json:"foreignKeys,omitempty"`
	}
	dpField struct {
		Name        string         `json:"name"`
		Type        string         `json:"type"`
		Description string         `json:"description"`
		Constraints *dpConstraints `json:"constraints,omitempty"`
	}
	dpConstraints struct {
		Required bool  `json:"required,omitempty"`
		Enum     []any `json:"enum,omitempty"`
	}
	dpForeignKey struct {
		Fields    []string    `json:"fields"`
		Reference dpReference `json:"reference"`
	}
	dpReference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	}
)

// What every format says of the dataset as a whole.
const (
	// Title is the dataset's title.
	Title = "The statement of 10 November 2020 on Nagorno-Karabakh and what became of it"
	// Homepage is the repository the dataset is published in.
	Homepage = "https://github.com/caucasus-data/karabakh"
	// Terms is where the terms of reuse are stated. The repository names
	// no licence; the formats point here rather than name one it has not
	// chosen.
	Terms = Homepage + "#terms-of-reuse-of-the-texts"
	// TermsTitle is the title of Terms.
	TermsTitle = "Terms of reuse of the texts, in the README of the repository"
)

// Description returns a paragraph on the dataset as a whole, with its
// version and date.
func Description() string {
	return fmt.Sprintf(packageDescription, karabakh.DatasetVersion, karabakh.DatasetUpdated, karabakh.DatasetUpdated)
}

const packageDescription = "A typed, sourced and validated account of the statement of 10 November 2020 that ended " +
	"the 44-day Nagorno-Karabakh war: its points in each language the sources hold, who owes what to whom by when, " +
	"the people, bodies and places it names, the dated events that followed, what became of each point, and " +
	"known misstatements about it. Every record cites its sources (the sources table). Version %s, revised %s. " +
	"Dates are EDTF as stored (when) with their first and last days (start, end) and precision; " +
	"deadline statuses are as of %s."

func dataPackage() dpPackage {
	p := dpPackage{
		Profile:     "https://datapackage.org/profiles/2.0/datapackage.json",
		Name:        "karabakh",
		Title:       Title,
		Description: Description(),
		Version:     karabakh.DatasetVersion,
		Homepage:    Homepage,
		Keywords:    []string{"Nagorno-Karabakh", "Armenia", "Azerbaijan", "Russia", "ceasefire", "peace agreements", "EDTF"},
		Licenses:    []dpLicense{{Path: Terms, Title: TermsTitle}},
		Sources: []dpSource{{
			Title: "The stored public pages each record cites, with URL, publisher and a short quote (the sources resource)",
			Path:  "sources.csv",
		}},
	}
	for t := range Tables() {
		p.Resources = append(p.Resources, resource(t))
	}
	return p
}

func resource(t Table) dpResource {
	s := dpSchema{
		Profile:       "https://datapackage.org/profiles/2.0/tableschema.json",
		MissingValues: []string{""},
		PrimaryKey:    t.PrimaryKey.Slice(),
	}
	for c := range t.Columns.All() {
		f := dpField{Name: c.Name, Type: c.Type.String(), Description: c.Description}
		if c.Required || c.Enum.Len() > 0 {
			f.Constraints = &dpConstraints{Required: c.Required}
			for e := range c.Enum.All() {
				f.Constraints.Enum = append(f.Constraints.Enum, enumValue(c.Type, e))
			}
		}
		s.Fields = append(s.Fields, f)
	}
	for k := range t.ForeignKeys.All() {
		s.ForeignKeys = append(s.ForeignKeys, dpForeignKey{
			Fields:    k.Columns.Slice(),
			Reference: dpReference{Resource: k.Table, Fields: k.References.Slice()},
		})
	}
	return dpResource{
		Name: t.Name, Type: "table", Path: t.Name + ".csv",
		Scheme: "file", Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
		Title: t.Title, Description: t.Description,
		Dialect: dpDialect{
			Profile: "https://datapackage.org/profiles/2.0/tabledialect.json",
			Header:  true, Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`,
		},
		Schema: s,
	}
}

// enumValue returns an enum value as the descriptor writes it: a number
// for an integer column.
func enumValue(t Type, s string) any {
	if t == Integer {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n
		}
	}
	return s
}
