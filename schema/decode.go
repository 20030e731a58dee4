package schema

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/timeline"
)

// A PathError is one problem at one place in a JSON document.
type PathError struct {
	// Path is a JSON Pointer (RFC 6901) to the value: "/events/12/when".
	// It is "" for the whole document.
	Path    string
	Message string
}

func (e PathError) Error() string {
	p := e.Path
	if p == "" {
		p = "(document)"
	}
	return p + ": " + e.Message
}

// A DecodeError lists every problem [Decode] found, each at its JSON path.
type DecodeError struct {
	Problems []PathError
}

func (e *DecodeError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "schema: %d problem(s) in the JSON dataset:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Decode reads a dataset in the form of dataset.json and checks it as a
// whole. It is strict where encoding/json is lenient, so that a document
// that decodes is one this package could have written:
//
//   - every field is known and every required field is present; null is
//     never a value;
//   - enums, string or integer, hold one of their values; IDs, dates, intervals, instants and
//     language tags are well formed and written as the Go types write them;
//   - numbers fit their Go types, with no fraction or exponent;
//   - an object has no key twice, and nothing follows the document;
//   - IDs are unique, and every reference names a record the document
//     holds;
//   - the records pass the packages' ValidateRecords rules (sourced, text
//     in NFC, points numbered in order ...). Those functions check
//     references between packages against the shipped data, so a document
//     that adds records the module does not ship may be refused.
//
// Every problem is reported at once, at its JSON path, in a *DecodeError.
func Decode(r io.Reader) (Dataset, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	var d decoder
	root, err := d.parse(dec)
	if err != nil {
		return Dataset{}, &DecodeError{[]PathError{{"", err.Error()}}}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Dataset{}, &DecodeError{[]PathError{{"", "data after the end of the document"}}}
	}
	d.check("", root, reflect.TypeFor[Dataset](), false)
	if root.kind == 'o' {
		if v, ok := root.get("version"); ok && v.kind == 's' && !versionRE.MatchString(v.str) {
			d.addf("/version", "%q is not a version of the form 1.2.3", v.str)
		}
	}
	d.checkRefs()
	if len(d.problems) > 0 {
		return Dataset{}, &DecodeError{d.problems}
	}
	// The document is known to fit the Go types, so a plain decode of the
	// tree cannot fail.
	var ds Dataset
	if err := json.Unmarshal(d.src, &ds); err != nil {
		return Dataset{}, &DecodeError{[]PathError{{"", err.Error()}}}
	}
	if err := ds.validate(); err != nil {
		return Dataset{}, err
	}
	return ds, nil
}

var versionRE = regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`)

// validate runs each package's ValidateRecords and reports the problems at
// their JSON paths.
func (ds Dataset) validate() error {
	var probs []PathError
	add := func(err error) {
		var ve *karabakh.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				probs = append(probs, ds.problemPath(p))
			}
		} else if err != nil {
			probs = append(probs, PathError{"", err.Error()})
		}
	}
	add(actors.ValidateRecords(ds.Actors))
	add(agreement.ValidateRecords(ds.Agreements, ds.Places))
	add(timeline.ValidateRecords(ds.Events))
	add(implementation.ValidateRecords(ds.Observations, ds.DeadlineChanges, ds.Fulfilments))
	add(factcheck.ValidateRecords(ds.Corrections))
	if len(probs) > 0 {
		return &DecodeError{probs}
	}
	return nil
}

// recordKinds are the words by which ValidateRecords functions name the
// records of each kind, longest first so that no kind is taken for a
// prefix of another.
var recordKinds = []string{"deadline change", "observation", "correction", "fulfilment", "agreement", "actor", "event", "place"}

// problemPath turns a problem a ValidateRecords function reports, which
// names a record and a Go field path ("actor ilham-aliyev",
// "Offices[1].Term"), into a JSON path ("/actors/0/offices/1/term"). A
// record is named by its ID or by its index ("deadline change #2 (...)",
// "observation #4 (...)"). It falls back to the record and field as text
// where it cannot.
func (ds Dataset) problemPath(p karabakh.Problem) PathError {
	fallback := PathError{"", p.String()}
	var kind, id string
	for _, k := range recordKinds {
		if rest, ok := strings.CutPrefix(p.Record, k+" "); ok {
			kind, id = k, rest
			break
		}
	}
	if kind == "" {
		return fallback
	}
	var coll string
	var idx = -1
	var elem reflect.Type
	find := func(name string, n int, idOf func(int) string, t reflect.Type) {
		coll, elem = name, t
		if num, ok := strings.CutPrefix(id, "#"); ok {
			num, _, _ = strings.Cut(num, " ")
			if i, err := strconv.Atoi(num); err == nil && i >= 0 && i < n {
				idx = i
			}
			return
		}
		if idOf == nil {
			return
		}
		for i := range n {
			if idOf(i) == id {
				idx = i
				return
			}
		}
	}
	switch kind {
	case "actor":
		find("actors", len(ds.Actors), func(i int) string { return string(ds.Actors[i].ID) }, reflect.TypeFor[actors.Actor]())
	case "agreement":
		find("agreements", len(ds.Agreements), func(i int) string { return string(ds.Agreements[i].ID) }, reflect.TypeFor[agreement.Agreement]())
	case "place":
		find("places", len(ds.Places), func(i int) string { return string(ds.Places[i].ID) }, reflect.TypeFor[agreement.Place]())
	case "event":
		find("events", len(ds.Events), func(i int) string { return string(ds.Events[i].ID) }, reflect.TypeFor[timeline.Event]())
	case "observation":
		find("observations", len(ds.Observations), nil, reflect.TypeFor[implementation.Observation]())
	case "deadline change":
		find("deadlineChanges", len(ds.DeadlineChanges), nil, reflect.TypeFor[implementation.DeadlineChange]())
	case "fulfilment":
		find("fulfilments", len(ds.Fulfilments), nil, reflect.TypeFor[implementation.Fulfilment]())
	case "correction":
		find("corrections", len(ds.Corrections), func(i int) string { return string(ds.Corrections[i].ID) }, reflect.TypeFor[factcheck.Correction]())
	}
	if idx < 0 {
		return fallback
	}
	path := "/" + coll + "/" + strconv.Itoa(idx)
	t := elem
	for seg := range strings.SplitSeq(p.Field, ".") {
		if seg == "" {
			continue
		}
		name, rest, _ := strings.Cut(seg, "[")
		t = elemType(t)
		f, ok := fieldsOf(t).byGo[name]
		if !ok {
			return PathError{path, p.Field + ": " + p.Message}
		}
		path += "/" + escapePointer(f.name)
		t = f.typ
		for rest != "" {
			n, after, _ := strings.Cut(rest, "]")
			path += "/" + n
			t = elemType(t).Elem()
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return PathError{path, p.Message}
}

// elemType returns the type a value of t marshals as, seen through
// JSONSchemaAlias: []T for a List[T].
func elemType(t reflect.Type) reflect.Type {
	if a, ok := reflect.Zero(t).Interface().(aliasType); ok {
		return reflect.TypeOf(a.JSONSchemaAlias())
	}
	return t
}

// A node is a parsed JSON value that keeps the order of an object's keys.
type node struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	str  string
	keys []string
	vals []*node
}

func (n *node) get(key string) (*node, bool) {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i], true
		}
	}
	return nil, false
}

type ref struct {
	typ   reflect.Type
	value string
	path  string
}

type decoder struct {
	src      []byte
	problems []PathError
	defs     map[reflect.Type]map[string]string // ID type → ID → path of its definition
	refs     []ref
}

func (d *decoder) addf(path, format string, args ...any) {
	d.problems = append(d.problems, PathError{path, fmt.Sprintf(format, args...)})
}

// parse reads one JSON value with encoding/json, which checks its syntax,
// then builds the tree with scan. It keeps the source for the final decode,
// and refuses duplicate keys, where encoding/json would let the last one
// win.
func (d *decoder) parse(dec *json.Decoder) (*node, error) {
	raw := json.RawMessage{}
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	d.src = raw
	n, _ := d.scan(raw, 0, "")
	return n, nil
}

// scan builds the node for the value at b[i:], which is known to be valid
// JSON, and returns it with the offset after it.
func (d *decoder) scan(b []byte, i int, path string) (*node, int) {
	i = skipSpace(b, i)
	switch c := b[i]; {
	case c == '{':
		n := &node{kind: 'o'}
		i = skipSpace(b, i+1)
		seen := map[string]bool{}
		for b[i] != '}' {
			k, j := scanString(b, i)
			p := join(path, k)
			if seen[k] {
				d.addf(p, "key %q appears twice", k)
			}
			seen[k] = true
			j = skipSpace(b, j) + 1 // the colon
			var v *node
			v, i = d.scan(b, j, p)
			n.keys, n.vals = append(n.keys, k), append(n.vals, v)
			if i = skipSpace(b, i); b[i] == ',' {
				i = skipSpace(b, i+1)
			}
		}
		return n, i + 1
	case c == '[':
		n := &node{kind: 'a'}
		i = skipSpace(b, i+1)
		for k := 0; b[i] != ']'; k++ {
			var v *node
			v, i = d.scan(b, i, join(path, strconv.Itoa(k)))
			n.vals = append(n.vals, v)
			if i = skipSpace(b, i); b[i] == ',' {
				i = skipSpace(b, i+1)
			}
		}
		return n, i + 1
	case c == '"':
		s, j := scanString(b, i)
		return &node{kind: 's', str: s}, j
	case c == 't':
		return &node{kind: 'b', str: "true"}, i + 4
	case c == 'f':
		return &node{kind: 'b', str: "false"}, i + 5
	case c == 'n':
		return &node{kind: 'z'}, i + 4
	default:
		j := i
		for j < len(b) && strings.IndexByte("+-0123456789.eE", b[j]) >= 0 {
			j++
		}
		return &node{kind: 'n', str: string(b[i:j])}, j
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString returns the string whose opening quote is at b[i], and the
// offset after its closing quote.
func scanString(b []byte, i int) (string, int) {
	escaped := false
	j := i + 1
	for ; b[j] != '"'; j++ {
		if b[j] == '\\' {
			escaped = true
			j++
		}
	}
	if !escaped {
		return string(b[i+1 : j]), j + 1
	}
	var s string
	json.Unmarshal(b[i:j+1], &s) // valid JSON: cannot fail
	return s, j + 1
}

// join appends a key to a JSON Pointer. The root is "/" while parsing and
// "" in reports.
func join(path, key string) string {
	if path == "/" {
		path = ""
	}
	return path + "/" + escapePointer(key)
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return pointerEscaper.Replace(s)
}

var kindNames = map[byte]string{'o': "an object", 'a': "an array", 's': "a string", 'n': "a number", 'b': "a boolean", 'z': "null"}

// check compares the value n at path with the Go type t it must decode
// into. def is set when n is the "id" of a record, which defines an ID
// rather than refers to one.
func (d *decoder) check(path string, n *node, t reflect.Type, def bool) {
	if n.kind == 'z' {
		d.addf(path, "is null; leave the field out instead")
		return
	}
	want := func(k byte) bool {
		if n.kind != k {
			d.addf(path, "is %s, want %s", kindNames[n.kind], kindNames[k])
			return false
		}
		return true
	}
	ti := infoOf(t)
	if ti.alias != nil {
		d.check(path, n, ti.alias, def)
		return
	}
	if ti.id && n.kind == 's' {
		if def {
			if d.defs == nil {
				d.defs = map[reflect.Type]map[string]string{}
			}
			m := d.defs[t]
			if m == nil {
				m = map[string]string{}
				d.defs[t] = m
			}
			if first, dup := m[n.str]; dup {
				d.addf(path, "duplicate %s %q, first at %s", defName(t), n.str, first)
			} else {
				m[n.str] = path
			}
		} else {
			d.refs = append(d.refs, ref{t, n.str, path})
		}
	}
	if ti.text {
		if !want('s') {
			return
		}
		if n.str == "" {
			d.addf(path, "is empty")
			return
		}
		v := reflect.New(t)
		if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.str)); err != nil {
			d.addf(path, "%v", err)
			return
		}
		if m, ok := v.Elem().Interface().(encoding.TextMarshaler); ok {
			if b, err := m.MarshalText(); err == nil && string(b) != n.str {
				d.addf(path, "%q is not written as the dataset writes it: want %q", n.str, b)
			}
		}
		return
	}
	switch t.Kind() {
	case reflect.String:
		if !want('s') {
			return
		}
		if ti.enum != nil && !slices.Contains(ti.enum, n.str) {
			d.addf(path, "unknown %s %q; want one of %s", defName(t), n.str, strings.Join(ti.enum, ", "))
		}
		if ti.pattern != nil && !ti.pattern.MatchString(n.str) {
			d.addf(path, "%q is not a valid %s (pattern %s)", n.str, defName(t), ti.pattern)
		}
	case reflect.Bool:
		want('b')
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if want('n') {
			v, err := strconv.ParseInt(n.str, 10, t.Bits())
			if err != nil {
				d.addf(path, "%s is not an integer that fits %s", n.str, t)
			} else if ti.intEnum != nil && !slices.Contains(ti.intEnum, int(v)) {
				d.addf(path, "unknown %s %d; want one of %s", defName(t), v, joinInts(ti.intEnum))
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if want('n') {
			if _, err := strconv.ParseUint(n.str, 10, t.Bits()); err != nil {
				d.addf(path, "%s is not an integer that fits %s", n.str, t)
			}
		}
	case reflect.Float32, reflect.Float64:
		if want('n') {
			if _, err := strconv.ParseFloat(n.str, t.Bits()); err != nil {
				d.addf(path, "%s does not fit %s", n.str, t)
			}
		}
	case reflect.Slice:
		if want('a') {
			for i, c := range n.vals {
				d.check(join(path, strconv.Itoa(i)), c, t.Elem(), false)
			}
		}
	case reflect.Struct:
		if !want('o') {
			return
		}
		fs := fieldsOf(t)
		for i, k := range n.keys {
			f, ok := fs.byJSON[k]
			if !ok {
				d.addf(join(path, k), "unknown field %q in %s", k, defName(t))
				continue
			}
			d.check(join(path, k), n.vals[i], f.typ, f.name == "id")
		}
		for _, f := range fs.list {
			if _, ok := n.get(f.name); f.required && !ok {
				d.addf(path, "missing required field %q of %s", f.name, defName(t))
			}
		}
	default:
		d.addf(path, "cannot check Go type %s", t)
	}
}

// checkRefs reports every reference to an ID the document does not define.
func (d *decoder) checkRefs() {
	for _, r := range d.refs {
		if _, ok := d.defs[r.typ][r.value]; !ok {
			d.addf(r.path, "refers to %s %q, which the document does not hold", defName(r.typ), r.value)
		}
	}
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// typeInfo is what check needs to know of a type, found once by
// reflection.
type typeInfo struct {
	alias   reflect.Type   // the type a List marshals as, or nil
	text    bool           // the type unmarshals from text
	id      bool           // the type is that of records' "id" fields
	enum    []string       // the enum's values, or nil
	intEnum []int          // the integer enum's values, or nil
	pattern *regexp.Regexp // the pattern of the values, or nil
}

var infoCache sync.Map // reflect.Type → *typeInfo

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := infoCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := &typeInfo{
		text: reflect.PointerTo(t).Implements(textUnmarshaler),
		id:   idTypes()[t],
	}
	switch v := reflect.Zero(t).Interface().(type) {
	case aliasType:
		ti.alias = reflect.TypeOf(v.JSONSchemaAlias())
	case enumType:
		ti.enum = v.JSONSchemaEnum()
	case intEnumType:
		ti.intEnum = v.JSONSchemaIntEnum()
	case patternType:
		ti.pattern = regexp.MustCompile(v.JSONSchemaPattern())
	}
	infoCache.Store(t, ti)
	return ti
}

func joinInts(vs []int) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, ", ")
}

type field struct {
	name     string // JSON name
	typ      reflect.Type
	required bool
}

type fields struct {
	list   []field
	byJSON map[string]field
	byGo   map[string]field
}

var fieldCache sync.Map // reflect.Type → *fields

// fieldsOf returns the JSON fields of struct type t, by the rules of
// encoding/json for the tags the models use. A field without omitempty or
// omitzero is always written, and so required.
func fieldsOf(t reflect.Type) *fields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*fields)
	}
	fs := &fields{byJSON: map[string]field{}, byGo: map[string]field{}}
	if t.Kind() == reflect.Struct {
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				name = sf.Name
			}
			f := field{name: name, typ: sf.Type, required: true}
			for o := range strings.SplitSeq(opts, ",") {
				if o == "omitempty" || o == "omitzero" {
					f.required = false
				}
			}
			fs.list = append(fs.list, f)
			fs.byJSON[name] = f
			fs.byGo[sf.Name] = f
		}
	}
	fieldCache.Store(t, fs)
	return fs
}

// idTypes returns the types of the records' "id" fields. A value of one of
// these types under any other key is a reference, and must name a record
// the document holds.
var idTypes = sync.OnceValue(func() map[reflect.Type]bool {
	ids := map[reflect.Type]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		t = elemType(t)
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Slice:
			walk(t.Elem())
		case reflect.Struct:
			if reflect.PointerTo(t).Implements(textUnmarshaler) {
				return
			}
			for _, f := range fieldsOf(t).list {
				if f.name == "id" && f.typ.Kind() == reflect.String {
					ids[f.typ] = true
				}
				walk(f.typ)
			}
		}
	}
	walk(reflect.TypeFor[Dataset]())
	return ids
})
