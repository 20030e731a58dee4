package export

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/factcheck"
	"golang.org/x/text/language"
)

func correctionID(c factcheck.Correction) string { return string(c.ID) }

func correctionsTable() *def[factcheck.Correction] {
	type row = factcheck.Correction
	return &def[row]{
		name: "corrections", kind: "correction", title: "Corrections",
		desc: "One row per known misstatement, in the order the claims appear in the text they were found in. " + doc[factcheck.Correction](""),
		rows: factcheck.All(),
		cols: []col[row]{
			reqText("id", doc[factcheck.ID](""), correctionID),
			reqText("claim", doc[row]("Claim"), func(c row) string { return c.Claim }),
			tagCol("lang", doc[row]("Lang"), func(c row) language.Tag { return c.Lang }),
			reqText("found_in", doc[row]("Where"), func(c row) string { return c.Where }),
			enumCol("verdict", doc[factcheck.Verdict](""), factcheck.Verdicts(), func(c row) factcheck.Verdict { return c.Verdict }),
			reqText("correction", doc[row]("Correction"), func(c row) string { return c.Correction }),
			textCol("contradicts", doc[factcheck.Cues]("Contradicts"), func(c row) string { return c.Cues.Contradicts }),
			textCol("note", or(doc[row]("Note"), noteDesc), func(c row) string { return c.Note }),
		},
		pk: []string{"id"},
		id: correctionID,
		sources: []sourceSet[row]{
			{get: func(c row) karabakh.Sources { return c.Sources }},
			// The pages the claim appeared on, which do not support the
			// correction: a kind of their own.
			{kind: "claim", get: func(c row) karabakh.Sources { return c.Seen }},
		},
	}
}

func correctionTermsTable() *def[sub[factcheck.Term]] {
	type row = sub[factcheck.Term]
	return &def[row]{
		name: "correction_terms", title: "Terms that mark claims",
		desc: "One row per word or phrase that marks a claim, in its language. " + doc[factcheck.Cues]("Terms"),
		rows: subs(factcheck.All(), correctionID, func(c factcheck.Correction) karabakh.List[factcheck.Term] { return c.Cues.Terms }),
		cols: []col[row]{
			reqText("correction_id", "The correction.", func(r row) string { return r.parent }),
			numberCol("The term's position among the correction's terms, from 1.", func(r row) int { return r.n }),
			reqText("text", or(doc[factcheck.Term]("Text"), "The word or phrase."), func(r row) string { return r.v.Text }),
			required(tagCol("lang", or(doc[factcheck.Term]("Lang"), "The language of the term."), func(r row) language.Tag { return r.v.Lang })),
		},
		pk:  []string{"correction_id", "number"},
		fks: []ForeignKey{ref("correction_id", "corrections")},
	}
}

func correctionFiguresTable() *def[sub[string]] {
	type row = sub[string]
	return &def[row]{
		name: "correction_figures", title: "Figures that claims state",
		desc: "One row per number, date or time a claim states. " + doc[factcheck.Cues]("Figures"),
		rows: subs(factcheck.All(), correctionID, func(c factcheck.Correction) karabakh.List[string] { return c.Cues.Figures }),
		cols: []col[row]{
			reqText("correction_id", "The correction.", func(r row) string { return r.parent }),
			numberCol("The figure's position among the correction's figures, from 1.", func(r row) int { return r.n }),
			reqText("figure", "The figure as the claim writes it.", func(r row) string { return r.v }),
		},
		pk:  []string{"correction_id", "number"},
		fks: []ForeignKey{ref("correction_id", "corrections")},
	}
}

// correctionLinks returns the link table from corrections to table to,
// through the list that list returns.
func correctionLinks(to, toCol string, list func(factcheck.Correction) karabakh.List[string]) *def[link[string]] {
	name := "correction_" + to
	return linkTable(name, "Corrections and their "+to, "One row per "+singular(to)+" a correction concerns.",
		factcheck.All(), correctionID, list, "corrections", "correction_id", to, toCol)
}

func correctionTables() []builder {
	return []builder{
		correctionsTable(),
		correctionTermsTable(),
		correctionFiguresTable(),
		correctionLinks("actors", "actor_id", func(c factcheck.Correction) karabakh.List[string] { return idList(c.Actors) }),
		correctionLinks("places", "place_id", func(c factcheck.Correction) karabakh.List[string] { return idList(c.Places) }),
		correctionLinks("points", "point_id", func(c factcheck.Correction) karabakh.List[string] { return idList(c.Points) }),
		correctionLinks("events", "event_id", func(c factcheck.Correction) karabakh.List[string] { return idList(c.Events) }),
	}
}
