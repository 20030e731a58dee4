package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/caucasus-data/karabakh/annotate"
	"iter"
	"path"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/internal/safefile"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"github.com/invopop/jsonschema"
	"golang.org/x/text/language"
)

// BaseID is the base of every schema's $id. The $id of a schema file is
// BaseID followed by the file's name: BaseID + "dataset.schema.json".
const BaseID = "https://github.com/caucasus-data/karabakh/schema/"

// A document is one schema file and, for collections and the dataset, the
// data file it describes.
type document struct {
	name  string // file stem: "dataset", "actors", "actor"
	title string
	typ   reflect.Type
	data  func(Dataset) any // nil for schemas of single models
}

func doc[T any](name, title string, data func(Dataset) any) document {
	return document{name, title, reflect.TypeFor[T](), data}
}

// documents lists every file pair Write writes: the dataset, each
// collection, then a schema for each model alone, so that a consumer can
// check one record without the rest.
var documents = []document{
	doc[Dataset]("dataset", "Karabakh dataset", func(d Dataset) any { return d }),
	doc[[]actors.Actor]("actors", "Actors", func(d Dataset) any { return d.Actors }),
	doc[[]agreement.Agreement]("agreements", "Agreements", func(d Dataset) any { return d.Agreements }),
	doc[[]places.Place]("places", "Places", func(d Dataset) any { return d.Places }),
	doc[[]timeline.Event]("events", "Events", func(d Dataset) any { return d.Events }),
	doc[[]implementation.Observation]("observations", "Observations", func(d Dataset) any { return d.Observations }),
	doc[[]implementation.DeadlineChange]("deadline-changes", "Deadline changes", func(d Dataset) any { return d.DeadlineChanges }),
	doc[[]implementation.Fulfilment]("fulfilments", "Fulfilments", func(d Dataset) any { return d.Fulfilments }),
	doc[[]implementation.Miss]("misses", "Misses", func(d Dataset) any { return d.Misses }),
	doc[[]factcheck.Correction]("corrections", "Corrections", func(d Dataset) any { return d.Corrections }),

	doc[actors.Actor]("actor", "Actor", nil),
	doc[actors.Office]("office", "Office", nil),
	doc[agreement.Agreement]("agreement", "Agreement", nil),
	doc[agreement.Party]("party", "Party", nil),
	doc[agreement.Relation]("relation", "Relation", nil),
	doc[agreement.DateUsage]("date-usage", "Date usage", nil),
	doc[agreement.Point]("point", "Point", nil),
	doc[agreement.Text]("text", "Text", nil),
	doc[agreement.Obligation]("obligation", "Obligation", nil),
	doc[agreement.Quantity]("quantity", "Quantity", nil),
	doc[agreement.ReportedValue]("reported-value", "Reported value", nil),
	doc[places.Place]("place", "Place", nil),
	doc[timeline.Event]("event", "Event", nil),
	doc[timeline.Participant]("participant", "Participant", nil),
	doc[implementation.Observation]("observation", "Observation", nil),
	doc[implementation.DeadlineChange]("deadline-change", "Deadline change", nil),
	doc[implementation.Fulfilment]("fulfilment", "Fulfilment", nil),
	doc[implementation.Miss]("miss", "Miss", nil),
	doc[factcheck.Correction]("correction", "Correction", nil),
	doc[karabakh.Source]("source", "Source", nil),
	doc[karabakh.Name]("name", "Name", nil),
	doc[karabakh.Identifier]("identifier", "Identifier", nil),
	// What the command karabakh annotate prints: the mentions of records,
	// dates and quantities in a text.
	doc[[]annotate.Mention]("annotation", "Annotation", nil),
}

// The methods by which the model packages describe their string and integer
// types; see jsonschema.go in each.
type (
	enumType    interface{ JSONSchemaEnum() []string }
	intEnumType interface{ JSONSchemaIntEnum() []int }
	patternType interface{ JSONSchemaPattern() string }
	aliasType   interface{ JSONSchemaAlias() any }
)

var (
	timeType = reflect.TypeFor[time.Time]()
	tagType  = reflect.TypeFor[language.Tag]()
)

// tagPattern matches the canonical form of the BCP 47 tags language.Tag
// writes: language, optional script, region and variants ("hy", "hy-Latn",
// "en-GB").
const tagPattern = `^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$`

// foreign describes the types from other modules that the models hold.
var foreign = map[reflect.Type]*jsonschema.Schema{
	timeType: {Type: "string", Format: "date-time",
		Description: "An instant in RFC 3339 form with its offset from UTC, such as 2020-11-10T00:00:00+03:00."},
	tagType: {Type: "string", Pattern: tagPattern,
		Description: "A BCP 47 language tag in canonical form: language, then script and region where they matter (hy, hy-Latn, ru)."},
}

// defName names a type's definition in $defs: its package's name and its
// own, as Go writes it ("actors.Kind", "timeline.Kind"), so that types of
// the same name in different packages do not collide.
func defName(t reflect.Type) string {
	if t.Name() == "" || t.PkgPath() == "" {
		return ""
	}
	return path.Base(t.PkgPath()) + "." + t.Name()
}

func comment(t reflect.Type, field string) string {
	k := t.PkgPath() + "." + t.Name()
	if field != "" {
		k += "." + field
	}
	return comments[k]
}

// leafSchema returns the schema of a type that marshals to a JSON string or
// integer the reflector cannot describe by itself: an enum, an ID, a date
// or a foreign type. It returns nil for other types.
func leafSchema(t reflect.Type) *jsonschema.Schema {
	if s, ok := foreign[t]; ok {
		c := *s
		return &c
	}
	if t.PkgPath() == "" {
		return nil
	}
	v := reflect.Zero(t).Interface()
	switch v := v.(type) {
	case enumType:
		enum := []any{}
		for _, e := range v.JSONSchemaEnum() {
			enum = append(enum, e)
		}
		return &jsonschema.Schema{Type: "string", Enum: enum, Description: comment(t, "")}
	case intEnumType:
		return intEnumSchema(t, v.JSONSchemaIntEnum())
	case patternType:
		return &jsonschema.Schema{Type: "string", Pattern: v.JSONSchemaPattern(), Description: comment(t, "")}
	}
	return nil
}

// intEnumSchema describes an integer type that takes only the values vals.
// Numbers alone do not say what they mean, so where the type has a String
// method the description names each value.
func intEnumSchema(t reflect.Type, vals []int) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "integer", Description: comment(t, "")}
	var meanings []string
	for _, v := range vals {
		s.Enum = append(s.Enum, v)
		if str, ok := reflect.ValueOf(v).Convert(t).Interface().(fmt.Stringer); ok {
			meanings = append(meanings, fmt.Sprintf("%d %s", v, str))
		}
	}
	if len(meanings) == len(vals) && len(vals) > 0 {
		s.Description = strings.TrimSpace(s.Description + " Values: " + strings.Join(meanings, ", ") + ".")
	}
	return s
}

// reflectSchema returns the schema of doc's type, with every definition it
// uses under $defs.
func (d document) reflectSchema() *jsonschema.Schema {
	leaves := map[string]*jsonschema.Schema{}
	r := &jsonschema.Reflector{
		Namer: defName,
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			s := leafSchema(t)
			if s == nil {
				return nil
			}
			name := defName(t)
			leaves[name] = s
			return &jsonschema.Schema{Ref: "#/$defs/" + name}
		},
		LookupComment:  comment,
		ExpandedStruct: d.typ.Kind() == reflect.Struct,
		Anonymous:      true,
	}
	s := r.ReflectFromType(d.typ)
	s.ID = jsonschema.ID(BaseID + d.name + ".schema.json")
	s.Title = d.title
	if s.Description == "" && d.typ.Kind() == reflect.Slice {
		s.Description = fmt.Sprintf("Every record of the collection %s, in the dataset's order. %s", d.name, comment(d.typ.Elem(), ""))
	}
	if s.Definitions == nil {
		s.Definitions = jsonschema.Definitions{}
	}
	if d.typ.Kind() == reflect.Struct {
		addConstraints(defName(d.typ), s)
	}
	for name, def := range s.Definitions {
		addConstraints(name, def)
	}
	for name, l := range leaves {
		s.Definitions[name] = l
	}
	if len(s.Definitions) == 0 {
		s.Definitions = nil
	}
	return s
}

// constraints are rules the Validate functions enforce on single fields that
// the Go types cannot express, keyed by definition and property.
var constraints = map[string]func(*jsonschema.Schema){
	"karabakh.Source.url":                 func(s *jsonschema.Schema) { s.Pattern = `^https?://[^/?#\s]+` },
	"karabakh.Source.point":               func(s *jsonschema.Schema) { s.Minimum, s.Maximum = "1", "9" },
	"agreement.Point.number":              func(s *jsonschema.Schema) { s.Minimum = "1" },
	"agreement.Point.topics":              minItems1,
	"agreement.Agreement.parties":         minItems1,
	"agreement.Quantity.value":            func(s *jsonschema.Schema) { s.Minimum = "1" },
	"agreement.ReportedValue.value":       func(s *jsonschema.Schema) { s.Minimum = "1" },
	"implementation.Observation.evidence": minItems1,
	"actors.Office.attested":              minItems1,
	"places.Coordinates.lat":              func(s *jsonschema.Schema) { s.Minimum, s.Maximum = "-90", "90" },
	"places.Coordinates.lon":              func(s *jsonschema.Schema) { s.Minimum, s.Maximum = "-180", "180" },
	"factcheck.Cues.contradicts":          func(s *jsonschema.Schema) { s.Pattern = `^(agreement|point|event|place|actor) \S+ [a-zA-Z]+$` },
}

// recordConstraints are rules on whole records, keyed by definition.
var recordConstraints = map[string]func(*jsonschema.Schema){
	// An office has a sourced term or attested days, never both.
	// Each branch names the property it requires, which ajv's strict mode
	// wants defined beside the "required" that names it.
	"actors.Office": func(s *jsonschema.Schema) {
		s.OneOf = []*jsonschema.Schema{requiring("term"), requiring("attested")}
	},
}

// requiring returns a schema that requires property name, declaring it
// too so that strict validators (ajv) see where it is defined.
func requiring(name string) *jsonschema.Schema {
	props := jsonschema.NewProperties()
	props.Set(name, jsonschema.TrueSchema)
	return &jsonschema.Schema{Properties: props, Required: []string{name}}
}

func minItems1(s *jsonschema.Schema) {
	one := uint64(1)
	s.MinItems = &one
}

// addConstraints adds the constraints of the properties of the struct
// schema s, named name; and, since every record must cite a source, a
// minimum of one item to every required "sources" list.
func addConstraints(name string, s *jsonschema.Schema) {
	if s.Properties == nil {
		return
	}
	if f, ok := recordConstraints[name]; ok {
		f(s)
	}
	for p := s.Properties.Oldest(); p != nil; p = p.Next() {
		if f, ok := constraints[name+"."+p.Key]; ok {
			f(p.Value)
		}
		if p.Key == "sources" && slices.Contains(s.Required, "sources") {
			minItems1(p.Value)
		}
	}
}

// A File is one generated file: its name within the output directory and
// its contents.
type File struct {
	Name string
	Data []byte
}

// Files yields every file [Write] writes, in a stable order, or an error
// that ends the sequence: for the
// dataset and each collection the data file and then its schema, then the
// schema of each model.
func Files() iter.Seq2[File, error] {
	return func(yield func(File, error) bool) {
		ds := Export()
		for _, d := range documents {
			if d.data != nil {
				b, err := Marshal(d.data(ds))
				if err != nil {
					yield(File{}, fmt.Errorf("schema: %s.json: %w", d.name, err))
					return
				}
				if !yield(File{d.name + ".json", b}, nil) {
					return
				}
			}
			b, err := Marshal(d.reflectSchema())
			if err != nil {
				yield(File{}, fmt.Errorf("schema: %s.schema.json: %w", d.name, err))
				return
			}
			if !yield(File{d.name + ".schema.json", b}, nil) {
				return
			}
		}
	}
}

// Write writes every file of [Files] into dir, creating dir if needed. It
// leaves other files in dir alone. It writes all the files or, if it
// fails, none: they are written aside and then renamed into place. A
// symbolic link in dir under one of their names is replaced by the file,
// never written through.
func Write(dir string) error {
	var out []safefile.File
	for f, err := range Files() {
		if err != nil {
			return err
		}
		out = append(out, safefile.File{Name: f.Name, Data: f.Data})
	}
	return safefile.WriteDir(dir, out, 0o644)
}

// Marshal returns the JSON the files hold: indented by two spaces, keys in
// the order of the Go fields, with "<", ">" and "&" written as themselves
// rather than escaped, and a final newline. The same value always gives
// the same bytes.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	// Values with their own MarshalJSON (List) escape HTML characters
	// whatever the encoder's setting; undo that.
	return unescapeHTML(b.Bytes()), nil
}

// unescapeHTML replaces the escapes \u003c, \u003e and \u0026 in JSON text
// with the characters they stand for. Escapes are read left to right, so an
// escaped backslash followed by "u0026" is left alone.
func unescapeHTML(b []byte) []byte {
	if !bytes.Contains(b, []byte(`\u00`)) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			out = append(out, c)
			continue
		}
		if b[i+1] == 'u' && i+6 <= len(b) {
			switch strings.ToLower(string(b[i+2 : i+6])) {
			case "003c":
				out = append(out, '<')
				i += 5
				continue
			case "003e":
				out = append(out, '>')
				i += 5
				continue
			case "0026":
				out = append(out, '&')
				i += 5
				continue
			}
		}
		out = append(out, c, b[i+1])
		i++
	}
	return out
}
