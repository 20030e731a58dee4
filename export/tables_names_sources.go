package export

import (
	"slices"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

// builders returns a def for every table, in the order of Tables: each
// after the tables it refers to, names, identifiers and sources last.
func builders() []builder {
	base := []builder{
		actorsTable(), officesTable(), attestationsTable(),
		placesTable(), placeCoordinatesTable(),
		agreementsTable(), agreementDatesTable(), partiesTable(),
		pointsTable(), relationsTable(), pointTopicsTable(), pointPlacesTable(), textsTable(),
		obligationsTable(), obligationPlacesTable(), quantitiesTable(), reportedValuesTable(),
		eventsTable(), eventActorsTable(), eventPlacesTable(), eventPointsTable(), eventAgreementsTable(),
		deadlinesTable(), deadlineEvidenceTable(),
		observationsTable(), observationEvidenceTable(),
		deadlineChangesTable(), fulfilmentsTable(), missesTable(),
	}
	base = append(base, correctionTables()...)
	all := append(base, namesTable(base), identifiersTable(base))
	return append(all, sourcesTable(all))
}

// An owned is one element of a record's list, with the record's kind and
// ID and the element's position from 1.
type owned[T any] struct {
	kind, id string
	n        int
	v        T
}

func (o owned[T]) ownID() string { return o.kind + "/" + o.id + "/" + strconv.Itoa(o.n) }

func ownedOf[T any](rows []owned[T], kind, id string, l karabakh.List[T]) []owned[T] {
	for i := range l.Len() {
		rows = append(rows, owned[T]{kind, id, i + 1, l.At(i)})
	}
	return rows
}

// ownerCols are the first columns of a table of elements that records of
// several kinds hold: the element's ID, the record's kind and ID, and the
// element's position.
func ownerCols[T any](what string, kinds []kindOf, idDesc string) []col[owned[T]] {
	type row = owned[T]
	var enum, tables []string
	for _, k := range kinds {
		enum = append(enum, k.kind)
		tables = append(tables, k.kind+" ("+k.table+")")
	}
	return []col[row]{
		reqText("id", idDesc, row.ownID),
		{Column{Name: "record_kind", Type: String, Required: true, Enum: karabakh.ListOf(enum...),
			Description: "The kind of record the " + what + " belongs to, and so the table whose id column record_id names: " + strings.Join(tables, ", ") + "." + kindNotes[what]},
			func(r row) Value { return text(r.kind) }},
		reqText("record_id", "The id of the record, in the table record_kind names.", func(r row) string { return r.id }),
		numberCol("The "+what+"'s position among the record's, from 1.", func(r row) int { return r.n }),
	}
}

// kindNotes explain the record kinds that are not a table's rows.
var kindNotes = map[string]string{
	"source": " Two kinds are not rows of their own: period, the sources of the start of the period an obligation allows (Period.Sources), and claim, the pages a misstatement was seen on (Correction.Seen), which show the claim, not the correction.",
}

// addKind adds k to kinds unless it is there.
func addKind(kinds []kindOf, k kindOf) []kindOf {
	if slices.Contains(kinds, k) {
		return kinds
	}
	return append(kinds, k)
}

// gather returns the elements of the lists that each yields for every
// builder of from, each with its record, and the kinds of those records.
func gather[T any](from []builder, each func(b builder, f func(k kindOf, id string, l karabakh.List[T]))) ([]owned[T], []kindOf) {
	var rows []owned[T]
	var kinds []kindOf
	for _, b := range from {
		each(b, func(k kindOf, id string, l karabakh.List[T]) {
			rows = ownedOf(rows, k.kind, id, l)
			kinds = addKind(kinds, k)
		})
	}
	return rows, kinds
}

func namesTable(from []builder) *def[owned[karabakh.Name]] {
	type row = owned[karabakh.Name]
	rows, kinds := gather(from, func(b builder, f func(kindOf, string, karabakh.List[karabakh.Name])) {
		b.eachNames(func(k kindOf, id string, ns karabakh.Names) { f(k, id, ns.List) })
	})
	type nm = karabakh.Name
	return &def[row]{
		name: "names", kind: "name", title: "Names",
		desc: "One row per name of an actor or place, or title of an agreement, in every language the sources give. " + doc[nm](""),
		rows: slices.Values(rows),
		cols: concat(
			ownerCols[nm]("name", kinds, "The record's kind and ID and the name's number: actor/nikol-pashinyan/1."),
			one(
				reqText("text", doc[nm]("Text"), func(r row) string { return r.v.Text }),
				required(tagCol("lang", doc[nm]("Lang"), func(r row) language.Tag { return r.v.Lang })),
				textCol("script", "The script the name is written in, as an ISO 15924 code (Latn, Cyrl, Armn): the one lang gives, or the one its language is usually written in.", func(r row) string { return scriptOf(r.v.Lang) }),
				enumCol("kind", doc[karabakh.NameKind](""), karabakh.NameKinds(), func(r row) karabakh.NameKind { return r.v.Kind }),
				textCol("usage", doc[nm]("Usage"), func(r row) string { return r.v.Usage }),
			),
		),
		pk:      []string{"id"},
		id:      row.ownID,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func scriptOf(t language.Tag) string {
	s, c := t.Script()
	if c == language.No {
		return ""
	}
	return s.String()
}

func identifiersTable(from []builder) *def[owned[karabakh.Identifier]] {
	type row = owned[karabakh.Identifier]
	rows, kinds := gather(from, builder.eachIdentifiers)
	type ident = karabakh.Identifier
	return &def[row]{
		name: "identifiers", kind: "identifier", title: "Identifiers in other schemes",
		desc: "One row per ID of a record in another scheme. " + doc[ident](""),
		rows: slices.Values(rows),
		cols: concat(
			ownerCols[ident]("identifier", kinds, "The record's kind and ID and the identifier's number: place/armenia/1."),
			one(
				enumCol("scheme", doc[karabakh.Scheme](""), karabakh.Schemes(), func(r row) karabakh.Scheme { return r.v.Scheme }),
				reqText("value", "The ID in that scheme: a Wikidata QID such as Q1234, a PA-X agreement number, an ISO code.", func(r row) string { return r.v.Value }),
			),
		),
		pk:      []string{"id"},
		id:      row.ownID,
		sources: sourced(func(r row) karabakh.Sources { return r.v.Sources }),
	}
}

func sourcesTable(from []builder) *def[owned[karabakh.Source]] {
	type row = owned[karabakh.Source]
	type src = karabakh.Source
	rows, _ := gather(from, builder.eachSources)
	// Every kind that may carry sources, whether or not one does yet
	// (the pages a claim was seen on).
	var kinds []kindOf
	for _, b := range from {
		for _, k := range b.sourceKinds() {
			kinds = addKind(kinds, k)
		}
	}
	cols := ownerCols[src]("source", kinds, "")[1:] // a source has no ID of its own
	return &def[row]{
		name: "sources", title: "Sources",
		desc: "One row per source a record cites: every fact of every table is read from one of these pages. " + doc[src](""),
		rows: slices.Values(rows),
		cols: concat(
			cols,
			one(
				reqText("url", doc[src]("URL"), func(r row) string { return r.v.URL }),
				reqText("publisher", doc[src]("Publisher"), func(r row) string { return r.v.Publisher }),
				textCol("title", doc[src]("Title"), func(r row) string { return r.v.Title }),
			),
			dateCols("published", doc[src]("Published"), false, func(r row) karabakh.Date { return r.v.Published }),
			one(
				textCol("quote", doc[src]("Quote"), func(r row) string { return r.v.Quote }),
				tagCol("lang", doc[src]("Lang"), func(r row) language.Tag { return r.v.Lang }),
				intCol("point", doc[src]("Point")+" Empty for 0.", func(r row) Value { return count(r.v.Point) }),
				textCol("note", doc[src]("Note"), func(r row) string { return r.v.Note }),
				boolCol("background", doc[src]("Background"), func(r row) bool { return r.v.Background }),
			),
		),
		pk: []string{"record_kind", "record_id", "number"},
	}
}
