package schema

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
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
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// A PathError is one problem at one place in a JSON document.
type PathError struct {
	// Path is a JSON Pointer (RFC 6901) to the value: "/events/12/when".
	// It is "" for the whole document. A key longer than 32 bytes is cut
	// and of a path deeper than 32 levels only the first and last 16 are
	// kept, each cut marked with "…", so that a path stays short whatever
	// the document.
	Path    string
	Message string
}

func (e PathError) Error() string { return e.where() + ": " + e.Message }

// where returns the path, or "(document)" for the whole document.
func (e PathError) where() string {
	if e.Path == "" {
		return "(document)"
	}
	return e.Path
}

// A DecodeError lists the problems [Decode] found, each at its JSON path.
type DecodeError struct {
	// Problems are the first problems found, at most as many as
	// [MaxProblems] allows.
	Problems []PathError
	// More is the number of problems found beyond those listed.
	More int
}

func (e *DecodeError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "schema: %d problem(s) in the JSON dataset", len(e.Problems))
	if e.More > 0 {
		fmt.Fprintf(&b, ", and %d more not listed", e.More)
	}
	b.WriteByte(':')
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// The limits [Decode] applies unless told otherwise. They let it read
// documents from anyone: its time and memory grow linearly with the
// document, so a size limit bounds both.
const (
	// DefaultMaxSize is 16 MiB, eighteen times the dataset this module
	// ships.
	DefaultMaxSize = 16 << 20
	// DefaultMaxDepth is well above the 11 levels of the dataset.
	DefaultMaxDepth = 64
	// DefaultMaxProblems is how many problems a DecodeError lists.
	DefaultMaxProblems = 100
)

// maxDepthLimit caps MaxDepth, as encoding/json caps its own nesting.
const maxDepthLimit = 10000

// A DecodeOption sets a limit of [Decode]. Later options override earlier
// ones; the zero DecodeOption changes nothing.
type DecodeOption struct {
	set func(*limits)
}

type limits struct {
	size     int64
	depth    int
	problems int
}

// MaxSize sets the size, in bytes, of the largest document Decode reads
// (default [DefaultMaxSize]); n < 1 means the default. A larger document
// is refused before it is parsed.
func MaxSize(n int64) DecodeOption {
	return DecodeOption{func(l *limits) {
		if n > 0 {
			l.size = n
		}
	}}
}

// MaxDepth sets how deeply arrays and objects may nest (default
// [DefaultMaxDepth], at most 10,000); n < 1 means the default.
func MaxDepth(n int) DecodeOption {
	return DecodeOption{func(l *limits) {
		if n > 0 {
			l.depth = min(n, maxDepthLimit)
		}
	}}
}

// MaxProblems sets how many problems a [DecodeError] lists (default
// [DefaultMaxProblems]); n < 1 means the default. Decode counts the
// problems beyond them in DecodeError.More.
func MaxProblems(n int) DecodeOption {
	return DecodeOption{func(l *limits) {
		if n > 0 {
			l.problems = n
		}
	}}
}

// Decode reads a dataset in the form of dataset.json and checks it as a
// whole. It is strict where encoding/json is lenient, so that a document
// that decodes is one this package could have written:
//
//   - the document is valid JSON in valid UTF-8;
//   - every field is known and every required field is present; null is
//     never a value, and an optional field does not hold the value that
//     would leave it out ("title": "", "point": 0, "places": []);
//   - enums, string or integer, hold one of their values; IDs, dates, intervals, instants and
//     language tags are well formed and written as the Go types write them;
//   - numbers fit their Go types and are written as Go writes them: no
//     fraction, exponent or "-0";
//   - an object has no key twice, and nothing follows the document;
//   - IDs are unique, and every reference names a record the document
//     holds;
//   - the records pass the packages' ValidateRecords rules (sourced, text
//     in NFC with no invisible characters, points numbered in order ...).
//     Those functions check references between packages against the
//     shipped data, so a document that adds records the module does not
//     ship may be refused.
//
// Problems are reported in a *DecodeError, each at its JSON path, with the
// offset, line and column of a syntax error or of a byte that is not
// UTF-8. Decode reports every problem of the document's shape at once, or
// if there is none every problem the ValidateRecords functions find; it
// lists the first [DefaultMaxProblems] and counts the rest. A syntax
// error, or a document over a limit, is reported alone. An error reading r
// is returned as it is.
//
// Decode is meant for documents from anyone. Its time and memory grow
// linearly with the size of the document, with a small constant (see
// BENCHMARKS.md), and the options [MaxSize], [MaxDepth] and [MaxProblems]
// bound the size, the nesting and the length of the error; their defaults
// suit untrusted input.
func Decode(r io.Reader, opts ...DecodeOption) (Dataset, error) {
	lim := limits{size: DefaultMaxSize, depth: DefaultMaxDepth, problems: DefaultMaxProblems}
	for _, o := range opts {
		if o.set != nil {
			o.set(&lim)
		}
	}
	src, err := io.ReadAll(io.LimitReader(r, min(lim.size, math.MaxInt64-1)+1))
	if err != nil {
		return Dataset{}, err
	}
	if int64(len(src)) > lim.size {
		return Dataset{}, &DecodeError{Problems: []PathError{{"", fmt.Sprintf("the document is larger than %d bytes, the limit MaxSize sets", lim.size)}}}
	}
	d := decoder{lim: lim}
	d.src, d.maxDepth = src, lim.depth
	d.badUTF8 = d.notUTF8
	d.document()
	if d.fatal != nil {
		return Dataset{}, &DecodeError{Problems: []PathError{*d.fatal}}
	}
	d.checkRefs()
	if len(d.problems) > 0 {
		return Dataset{}, d.err()
	}
	// The document is known to fit the Go types, so a plain decode cannot
	// fail.
	var ds Dataset
	if err := json.Unmarshal(src, &ds); err != nil {
		return Dataset{}, &DecodeError{Problems: []PathError{{"", err.Error()}}}
	}
	if err := ds.validate(lim.problems); err != nil {
		return Dataset{}, err
	}
	return ds, nil
}

// validate runs each package's ValidateRecords and reports the first limit
// problems at their JSON paths, counting the rest.
func (ds Dataset) validate(limit int) error {
	de := &DecodeError{}
	var ix recordIndex
	add := func(err error) {
		var ve *karabakh.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				if len(de.Problems) < limit {
					de.Problems = append(de.Problems, ds.problemPath(p, &ix))
				} else {
					de.More++
				}
			}
		} else if err != nil {
			de.Problems = append(de.Problems, PathError{"", err.Error()})
		}
	}
	add(actors.ValidateRecords(ds.Actors))
	add(places.ValidateRecords(ds.Places))
	add(agreement.ValidateRecords(ds.Agreements))
	add(timeline.ValidateRecords(ds.Events))
	add(implementation.ValidateRecords(ds.Observations, ds.DeadlineChanges, ds.Fulfilments, ds.Misses))
	add(factcheck.ValidateRecords(ds.Corrections))
	if len(de.Problems) > 0 {
		return de
	}
	return nil
}

// A recordIndex maps the IDs of each collection to positions, built on
// first use, so that each problem costs a map lookup, not a search.
type recordIndex map[string]map[string]int

func (ix *recordIndex) find(coll string, n int, idOf func(int) string, id string) (int, bool) {
	if *ix == nil {
		*ix = recordIndex{}
	}
	m, ok := (*ix)[coll]
	if !ok {
		m = make(map[string]int, n)
		for i := n - 1; i >= 0; i-- { // the first of equal IDs wins
			m[idOf(i)] = i
		}
		(*ix)[coll] = m
	}
	i, ok := m[id]
	return i, ok
}

// recordKinds are the words by which ValidateRecords functions name the
// records of each kind, longest first so that no kind is taken for a
// prefix of another.
var recordKinds = []string{"deadline change", "observation", "correction", "fulfilment", "agreement", "actor", "event", "place", "miss"}

// problemPath turns a problem a ValidateRecords function reports, which
// names a record and a Go field path ("actor ilham-aliyev",
// "Offices[1].Term"), into a JSON path ("/actors/0/offices/1/term"). A
// record is named by its ID or by its index ("deadline change #2 (...)",
// "observation #4 (...)"). It falls back to the record and field as text
// where it cannot.
func (ds Dataset) problemPath(p karabakh.Problem, ix *recordIndex) PathError {
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
		if i, ok := ix.find(name, n, idOf, id); ok {
			idx = i
		}
	}
	switch kind {
	case "actor":
		find("actors", len(ds.Actors), func(i int) string { return string(ds.Actors[i].ID) }, reflect.TypeFor[actors.Actor]())
	case "agreement":
		find("agreements", len(ds.Agreements), func(i int) string { return string(ds.Agreements[i].ID) }, reflect.TypeFor[agreement.Agreement]())
	case "place":
		find("places", len(ds.Places), func(i int) string { return string(ds.Places[i].ID) }, reflect.TypeFor[places.Place]())
	case "event":
		find("events", len(ds.Events), func(i int) string { return string(ds.Events[i].ID) }, reflect.TypeFor[timeline.Event]())
	case "observation":
		find("observations", len(ds.Observations), nil, reflect.TypeFor[implementation.Observation]())
	case "deadline change":
		find("deadlineChanges", len(ds.DeadlineChanges), nil, reflect.TypeFor[implementation.DeadlineChange]())
	case "fulfilment":
		find("fulfilments", len(ds.Fulfilments), nil, reflect.TypeFor[implementation.Fulfilment]())
	case "miss":
		find("misses", len(ds.Misses), nil, reflect.TypeFor[implementation.Miss]())
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

// A decoder checks a document against the Go types it must decode into, in
// one pass of its scanner, and collects the problems.
type decoder struct {
	scanner
	lim      limits
	problems []problem // the first lim.problems found
	more     int       // the number found beyond them
	// ids maps each ID type to the IDs the document defines, each to the
	// offset of its definition.
	ids map[reflect.Type]map[string]int
	// refs are references to IDs not yet defined where they were read.
	refs []ref
}

type ref struct {
	at  int // offset of the string
	typ reflect.Type
}

// listing reports whether one more problem is listed. If not, it counts
// it, so that a problem beyond the limit costs nothing more.
func (d *decoder) listing() bool {
	if len(d.problems) < d.lim.problems {
		return true
	}
	d.more++
	return false
}

// notUTF8 records that the string at offset at holds a byte at pos that
// is not UTF-8.
func (d *decoder) notUTF8(at, pos int) {
	if d.listing() {
		d.problems = append(d.problems, problem{at: at, pos: pos, first: -1, msg: fmt.Sprintf("is not valid UTF-8: byte %#02x", d.src[pos])})
	}
}

// addf records a problem of the value at offset at. Callers check
// listing first, so that nothing is formatted for problems not listed.
func (d *decoder) addf(at int, format string, args ...any) {
	d.problems = append(d.problems, problem{at: at, pos: -1, first: -1, msg: fmt.Sprintf(format, args...)})
}

// shown returns a JSON value as a message shows it: as it is written if it
// is short, else by its kind.
func shown(v []byte) string {
	if len(v) > 40 || bytes.ContainsAny(v, "\r\n") {
		return kindAt(v[0])
	}
	return string(v)
}

// excerpt quotes a piece of the document for a message, cut to 40 bytes.
func excerpt(b []byte) string {
	return check.QuoteInput(string(b[:min(len(b), 41)]))
}

// document checks the whole document as a Dataset.
func (d *decoder) document() {
	d.value(reflect.TypeFor[Dataset](), nil)
	if d.fatal != nil {
		return
	}
	if d.space(); d.pos < len(d.src) && d.listing() {
		d.problems = append(d.problems, problem{at: -1, pos: d.pos, first: -1, msg: "data after the end of the document"})
	}
}

// value checks the value at d.pos against the Go type t, as the field f
// (nil for an array's element or the document), and leaves d.pos after
// it. It reports whether the value would decode to t's zero value, which
// omitzero leaves out, and whether to an empty one, which omitempty leaves
// out.
func (d *decoder) value(t reflect.Type, f *field) (zero, empty bool) {
	d.space()
	at := d.pos
	if at >= len(d.src) {
		d.fail(at, "want a value, found the end of the document")
		return false, false
	}
	c := d.src[at]
	if c == 'n' {
		if d.literal("null") && d.listing() {
			d.addf(at, "is null; leave the field out instead")
		}
		return false, false
	}
	ti := infoOf(t)
	if ti.alias != nil {
		// A List: empty is its zero value; as a struct, omitempty never
		// leaves it out.
		_, empty := d.value(ti.alias, f)
		return empty, false
	}
	switch {
	case ti.text:
		if !d.want(c, '"', "a string") {
			return false, false
		}
		return d.text(t, at)
	case t.Kind() == reflect.String:
		if !d.want(c, '"', "a string") {
			return false, false
		}
		return d.string(t, ti, f, at)
	case t.Kind() == reflect.Bool:
		if !d.want(c, 't', "a boolean") {
			return false, false
		}
		v := c == 't'
		if v {
			d.literal("true")
		} else {
			d.literal("false")
		}
		return !v, !v
	case reflect.Int <= t.Kind() && t.Kind() <= reflect.Uint64:
		if !d.want(c, '0', "a number") {
			return false, false
		}
		return d.integer(t, ti, at)
	case t.Kind() == reflect.Float64:
		if !d.want(c, '0', "a number") {
			return false, false
		}
		return d.float(at)
	case t.Kind() == reflect.Slice:
		if !d.want(c, '[', "an array") || !d.enter() {
			return false, false
		}
		d.pos++
		n := 0
		d.elements(func() bool {
			n++
			d.value(t.Elem(), nil)
			return !d.halted()
		})
		d.depth--
		// A decoded [] is an empty slice, not a nil one.
		return false, n == 0
	case t.Kind() == reflect.Struct:
		if !d.want(c, '{', "an object") || !d.enter() {
			return false, false
		}
		d.pos++
		zero = d.object(t, at)
		d.depth--
		return zero, false
	}
	if d.listing() {
		d.addf(at, "cannot check Go type %s", t)
	}
	d.skip()
	return false, false
}

// want reports whether the value at d.pos, which starts with c, is of the
// kind that starts with k ('0' for a number, 't' for a boolean). If not, it
// reports the value and skips it.
func (d *decoder) want(c, k byte, kind string) bool {
	if got := kindAt(c); got == kindAt(k) {
		return true
	} else if got == "" {
		d.fail(d.pos, "want a value, found %s", d.found())
		return false
	} else if d.listing() {
		d.addf(d.pos, "is %s, want %s", got, kind)
	}
	d.skip()
	return false
}

// stringAt scans the string at d.pos and returns its text, in place where
// it can be.
func (d *decoder) stringAt(at int) []byte {
	raw, escaped := d.str(at)
	if escaped && d.fatal == nil {
		s, _ := unquote(raw, -1)
		return []byte(s)
	}
	return raw
}

// maxTextLen is the most bytes of a date, interval, instant or language
// tag: none of the forms the Go types write comes close (an interval takes
// 21, an instant 35), and the cap keeps the parsers' messages short.
const maxTextLen = 64

// text checks a value of a type that unmarshals from text: it must parse
// and be written as the type writes it.
func (d *decoder) text(t reflect.Type, at int) (zero, empty bool) {
	b := d.stringAt(at)
	switch {
	case d.fatal != nil:
		return false, false
	case len(b) == 0:
		if d.listing() {
			d.addf(at, "is empty")
		}
		return false, false
	case len(b) > maxTextLen:
		if d.listing() {
			d.addf(at, "is %d bytes long; no %s is longer than %d", len(b), defName(t), maxTextLen)
		}
		return false, false
	}
	v := reflect.New(t)
	if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText(b); err != nil {
		if d.listing() {
			d.addf(at, "%v", err)
		}
		return false, false
	}
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		if w, err := m.MarshalText(); err == nil && string(w) != string(b) && d.listing() {
			d.addf(at, "%s is not written as the dataset writes it: want %s", excerpt(b), excerpt(w))
			return false, false
		}
	}
	return isZero(v.Elem()), false
}

// isZero reports whether v is zero as omitzero sees it: by its IsZero
// method if it has one.
func isZero(v reflect.Value) bool {
	if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	return v.IsZero()
}

// string checks a value of a string type: an ID, an enum or a pattern.
func (d *decoder) string(t reflect.Type, ti *typeInfo, f *field, at int) (zero, empty bool) {
	b := d.stringAt(at)
	if d.fatal != nil {
		return false, false
	}
	if ti.id {
		d.id(t, f != nil && f.name == "id", b, at)
	}
	if ti.enum != nil && !slices.ContainsFunc(ti.enum, func(e string) bool { return e == string(b) }) && d.listing() {
		d.addf(at, "unknown %s %s; want one of %s", defName(t), excerpt(b), strings.Join(ti.enum, ", "))
	}
	if ti.pattern != nil && !ti.pattern.Match(b) && d.listing() {
		d.addf(at, "%s is not a valid %s (pattern %s)", excerpt(b), defName(t), ti.pattern)
	}
	if f != nil && f.pattern != nil && !f.pattern.Match(b) && d.listing() {
		d.addf(at, "%s is not a valid %s (pattern %s)", excerpt(b), f.name, f.pattern)
	}
	return len(b) == 0, len(b) == 0
}

// id records the definition of an ID, or a reference to one.
func (d *decoder) id(t reflect.Type, def bool, b []byte, at int) {
	defs := d.ids[t]
	if def {
		if defs == nil {
			if d.ids == nil {
				d.ids = map[reflect.Type]map[string]int{}
			}
			defs = map[string]int{}
			d.ids[t] = defs
		}
		if first, dup := defs[string(b)]; dup {
			if d.listing() {
				d.problems = append(d.problems, problem{at: at, pos: -1, first: first,
					msg: fmt.Sprintf("duplicate %s %s", defName(t), excerpt(b))})
			}
		} else {
			defs[string(b)] = at
		}
		return
	}
	if _, ok := defs[string(b)]; !ok {
		// Not defined yet: perhaps further on.
		d.refs = append(d.refs, ref{at, t})
	}
}

// checkRefs reports every reference to an ID the document does not define.
func (d *decoder) checkRefs() {
	for _, r := range d.refs {
		s := scanner{src: d.src, pos: r.at}
		b, escaped := s.str(r.at)
		if escaped {
			u, _ := unquote(b, -1)
			b = []byte(u)
		}
		if _, ok := d.ids[r.typ][string(b)]; !ok && d.listing() {
			d.addf(r.at, "refers to %s %s, which the document does not hold", defName(r.typ), excerpt(b))
		}
	}
}

// integer checks a number that must fit the integer type t.
func (d *decoder) integer(t reflect.Type, ti *typeInfo, at int) (zero, empty bool) {
	num := d.number()
	if d.fatal != nil {
		return false, false
	}
	var v int64
	var canon []byte
	if t.Kind() <= reflect.Int64 {
		n, err := strconv.ParseInt(string(num), 10, t.Bits())
		if err != nil {
			if d.listing() {
				d.addf(at, "%s is not an integer that fits %s", excerpt(num), t)
			}
			return false, false
		}
		v, canon = n, strconv.AppendInt(nil, n, 10)
	} else {
		n, err := strconv.ParseUint(string(num), 10, t.Bits())
		if err != nil {
			if d.listing() {
				d.addf(at, "%s is not an integer that fits %s", excerpt(num), t)
			}
			return false, false
		}
		v, canon = int64(min(n, math.MaxInt64)), strconv.AppendUint(nil, n, 10)
	}
	if string(canon) != string(num) {
		if d.listing() {
			d.addf(at, "%s is not written as the dataset writes it: want %s", num, canon)
		}
		return false, false
	}
	if ti.intEnum != nil && !slices.Contains(ti.intEnum, int(v)) && d.listing() {
		d.addf(at, "unknown %s %d; want one of %s", defName(t), v, joinInts(ti.intEnum))
	}
	return v == 0, v == 0
}

// float checks a number that must fit a float64, written as encoding/json
// writes it.
func (d *decoder) float(at int) (zero, empty bool) {
	num := d.number()
	if d.fatal != nil {
		return false, false
	}
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		if d.listing() {
			d.addf(at, "%s is not a number that fits float64", excerpt(num))
		}
		return false, false
	}
	if canon, _ := json.Marshal(v); string(canon) != string(num) {
		if d.listing() {
			d.addf(at, "%s is not written as the dataset writes it: want %s", excerpt(num), canon)
		}
		return false, false
	}
	return v == 0, v == 0
}

// object checks the members of an object, whose '{' at offset at has been
// read, against the fields of struct type t. It reports whether every
// member it holds is zero, so that the struct is.
func (d *decoder) object(t reflect.Type, at int) (zero bool) {
	fs := fieldsOf(t)
	var seen uint64 // bit i: fs.list[i] is present
	zero = true
	d.members(func(_ int, key []byte, escaped bool) bool {
		valAt := d.pos
		var i int
		var ok bool
		if escaped {
			k, _ := unquote(key, -1)
			i, ok = fs.index[k]
		} else {
			i, ok = fs.index[string(key)]
		}
		if !ok {
			if d.listing() {
				d.addf(valAt, "unknown field %s in %s", excerpt(key), defName(t))
			}
			zero = false
			d.skip()
			return !d.halted()
		}
		f := &fs.list[i]
		if seen&(1<<i) != 0 && d.listing() {
			d.addf(valAt, "key %q appears twice", f.name)
		}
		seen |= 1 << i
		z, e := d.value(f.typ, f)
		if d.halted() {
			return false
		}
		if !f.required && (f.omitZero && z || f.omitEmpty && e) && d.listing() {
			d.addf(valAt, "%s is the value that leaves the field out: the dataset never writes it", shown(d.src[valAt:d.pos]))
		}
		zero = zero && z
		return true
	})
	if d.fatal != nil {
		return false
	}
	for i, f := range fs.list {
		if f.required && seen&(1<<i) == 0 && d.listing() {
			d.addf(at, "missing required field %q of %s", f.name, defName(t))
		}
	}
	return zero
}

// err returns the problems as a *DecodeError, with the offsets turned
// into paths, lines and columns in one more pass over the document.
func (d *decoder) err() *DecodeError {
	var offs, poss []int
	for _, p := range d.problems {
		for _, o := range []int{p.at, p.first} {
			if o >= 0 {
				offs = append(offs, o)
			}
		}
		if p.pos >= 0 {
			poss = append(poss, p.pos)
		}
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	r := scanner{src: d.src, maxDepth: d.maxDepth, track: true, want: offs, paths: make(map[int]string, len(offs))}
	if len(offs) > 0 {
		r.skip()
	}
	slices.Sort(poss)
	loc := locator{src: d.src}
	where := make(map[int]string, len(poss))
	for _, p := range slices.Compact(poss) {
		line, col := loc.locate(p)
		where[p] = fmt.Sprintf(" at offset %d (line %d, column %d)", p, line, col)
	}
	de := &DecodeError{More: d.more}
	for _, p := range d.problems {
		e := PathError{Message: p.msg}
		if p.at >= 0 {
			e.Path = r.paths[p.at]
		}
		if p.pos >= 0 {
			e.Message += where[p.pos]
		}
		if p.first >= 0 {
			e.Message += ", first at " + PathError{Path: r.paths[p.first]}.where()
		}
		de.Problems = append(de.Problems, e)
	}
	return de
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
	name                string // JSON name
	typ                 reflect.Type
	required            bool // neither omitempty nor omitzero: always written
	omitEmpty, omitZero bool
	pattern             *regexp.Regexp // from a jsonschema pattern= tag, or nil
}

type fields struct {
	list  []field
	index map[string]int // JSON name → index in list
	byGo  map[string]field
}

var fieldCache sync.Map // reflect.Type → *fields

// fieldsOf returns the JSON fields of struct type t, by the rules of
// encoding/json for the tags the models use. A field without omitempty or
// omitzero is always written, and so required.
func fieldsOf(t reflect.Type) *fields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*fields)
	}
	fs := &fields{index: map[string]int{}, byGo: map[string]field{}}
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
			f := field{name: name, typ: sf.Type}
			for o := range strings.SplitSeq(opts, ",") {
				f.omitEmpty = f.omitEmpty || o == "omitempty"
				f.omitZero = f.omitZero || o == "omitzero"
			}
			f.required = !f.omitEmpty && !f.omitZero
			if p, ok := strings.CutPrefix(sf.Tag.Get("jsonschema"), "pattern="); ok {
				f.pattern = regexp.MustCompile(p)
			}
			fs.index[name] = len(fs.list)
			fs.list = append(fs.list, f)
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
