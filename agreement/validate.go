package agreement

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/check"
	"github.com/caucasus-data/karabakh/places"
)

// Validate checks the shipped agreements and returns a
// *karabakh.ValidationError listing every problem, or nil.
func Validate() error { return ValidateRecords(data.Get().agreements.All) }

// ValidateRecords checks agreements as a complete set, with references to
// actors and places checked against the shipped ones. It reports every
// problem at once: IDs unique and well formed, enums known, text valid (NFC,
// no mojibake), every record sourced, points numbered 1..n with matching
// IDs, deadlines not before signature, relations pointing to earlier
// documents, and every reference resolving.
func ValidateRecords(ags []Agreement) error {
	var c check.Checker
	t := index(ags)

	placeRef := func(rec, field string, id places.ID) {
		if !places.Exists(id) {
			c.Addf(rec, field, "no place %q", id)
		}
	}
	actorRef := func(rec, field string, id actors.ID, required bool) {
		if id == "" {
			if required {
				c.Addf(rec, field, "is empty")
			}
			return
		}
		if !actors.Exists(id) {
			c.Addf(rec, field, "no actor %q", id)
		}
	}

	seenAg := map[string]bool{}
	seenObl := map[string]bool{}
	for i, a := range ags {
		c.ID(seenAg, check.Rec("agreement", string(a.ID), i), "ID", string(a.ID))
	}
	for i, a := range ags {
		rec := check.Rec("agreement", string(a.ID), i)
		c.Names(rec, "Titles", a.Titles)
		c.Text(rec, "Type", a.Type)
		c.Text(rec, "Stage", a.Stage)
		if a.Signed.IsZero() {
			c.Addf(rec, "Signed", "is not set")
		}
		if !a.Effective.IsZero() && !a.Signed.IsZero() && a.Effective.Before(a.Signed.Lower().AddDate(0, 0, -1)) {
			c.Addf(rec, "Effective", "takes effect (%s) before it was signed (%s)", a.Effective, a.Signed)
		}
		if a.Place != "" {
			placeRef(rec, "Place", a.Place)
		}
		for j := range a.Dated.Len() {
			d := a.Dated.At(j)
			f := fmt.Sprintf("Dated[%d]", j)
			if d.Date.IsZero() {
				c.Addf(rec, f+".Date", "is not set")
			}
			c.Required(rec, f+".Usage", d.Usage)
			c.Sources(rec, f+".Sources", d.Sources)
		}
		if a.Parties.Len() == 0 {
			c.Addf(rec, "Parties", "names no party")
		}
		for j := range a.Parties.Len() {
			p := a.Parties.At(j)
			f := fmt.Sprintf("Parties[%d]", j)
			actorRef(rec, f+".Actor", p.Actor, true)
			actorRef(rec, f+".For", p.For, false)
			if !p.Role.Valid() {
				c.Addf(rec, f+".Role", "unknown role %q", p.Role)
			}
			c.Text(rec, f+".Office", p.Office)
			c.Sources(rec, f+".Sources", p.Sources)
		}
		for j := range a.Points.Len() {
			p := a.Points.At(j)
			validatePoint(&c, rec, fmt.Sprintf("Points[%d]", j), a, j, p, seenObl, placeRef, actorRef)
		}
		for j := range a.Relations.Len() {
			r := a.Relations.At(j)
			f := fmt.Sprintf("Relations[%d]", j)
			if !r.Kind.Valid() {
				c.Addf(rec, f+".Kind", "unknown kind %q", r.Kind)
			}
			if r.From != "" {
				if r.From.Agreement() != a.ID {
					c.Addf(rec, f+".From", "point %q is not a point of this agreement", r.From)
				} else if !t.points.Has(r.From) {
					c.Addf(rec, f+".From", "no point %q", r.From)
				}
			}
			target := r.TargetAgreement
			switch {
			case r.Target != "" && r.TargetAgreement != "":
				c.Addf(rec, f, "sets both Target and TargetAgreement")
			case r.Target != "":
				if !t.points.Has(r.Target) {
					c.Addf(rec, f+".Target", "no point %q", r.Target)
				}
				target = r.Target.Agreement()
			case r.TargetAgreement != "":
				if !t.agreements.Has(r.TargetAgreement) {
					c.Addf(rec, f+".TargetAgreement", "no agreement %q", r.TargetAgreement)
				}
			default:
				c.Addf(rec, f, "sets neither Target nor TargetAgreement")
			}
			if other, ok := t.agreements.Get(target); ok {
				if target == a.ID {
					c.Addf(rec, f, "relates the agreement to itself")
				} else if other.Signed.Compare(a.Signed) > 0 {
					c.Addf(rec, f, "relates to %s, signed later (%s) than this one (%s)", target, other.Signed, a.Signed)
				}
			}
			c.Text(rec, f+".Note", r.Note)
			c.Sources(rec, f+".Sources", r.Sources)
		}
		c.Identifiers(rec, "Identifiers", a.Identifiers)
		c.Text(rec, "Note", a.Note)
		c.Sources(rec, "Sources", a.Sources)
		checkFigures(&c, rec, a, ags)
	}
	return c.Err()
}

func validatePoint(c *check.Checker, rec, f string, a Agreement, j int, p Point, seenObl map[string]bool,
	placeRef func(rec, field string, id places.ID), actorRef func(rec, field string, id actors.ID, required bool)) {
	if p.Number != j+1 {
		c.Addf(rec, f+".Number", "is %d, want %d: points are numbered 1..n in order", p.Number, j+1)
	}
	if want := PointOf(a.ID, p.Number); p.ID != want {
		c.Addf(rec, f+".ID", "is %q, want %q", p.ID, want)
	}
	c.Required(rec, f+".Summary", p.Summary)
	for k := range p.Texts.Len() {
		x := p.Texts.At(k)
		g := fmt.Sprintf("%s.Texts[%d]", f, k)
		if x.Lang == (Text{}).Lang {
			c.Addf(rec, g+".Lang", "has no language")
		}
		c.Required(rec, g+".Body", x.Body)
		if !x.Coverage.Valid() {
			c.Addf(rec, g+".Coverage", "unknown coverage %q", x.Coverage)
		}
		if x.Authentic && a.AuthenticLang != (Text{}).Lang && x.Lang != a.AuthenticLang {
			c.Addf(rec, g+".Authentic", "is set on a %s text, but the authentic language is %s", x.Lang, a.AuthenticLang)
		}
		c.Text(rec, g+".Translator", x.Translator)
		c.Text(rec, g+".Note", x.Note)
		c.Sources(rec, g+".Sources", x.Sources)
	}
	for k := range p.Obligations.Len() {
		o := p.Obligations.At(k)
		g := fmt.Sprintf("%s.Obligations[%d]", f, k)
		c.ID(seenObl, rec, g+".ID", string(o.ID))
		actorRef(rec, g+".Obligor", o.Obligor, true)
		actorRef(rec, g+".Beneficiary", o.Beneficiary, false)
		c.Required(rec, g+".Action", o.Action)
		for l := range o.Places.Len() {
			pl := o.Places.At(l)
			placeRef(rec, fmt.Sprintf("%s.Places[%d]", g, l), pl)
		}
		if !o.Deadline.IsZero() && !a.Signed.IsZero() && o.Deadline.Before(a.Signed) {
			c.Addf(rec, g+".Deadline", "falls (%s) before the agreement was signed (%s)", o.Deadline, a.Signed)
		}
		validatePeriod(c, rec, g, a, o)
		c.Text(rec, g+".Note", o.Note)
		c.Sources(rec, g+".Sources", o.Sources)
	}
	for k := range p.Quantities.Len() {
		q := p.Quantities.At(k)
		g := fmt.Sprintf("%s.Quantities[%d]", f, k)
		c.Required(rec, g+".What", q.What)
		if q.Value <= 0 {
			c.Addf(rec, g+".Value", "is %d, want a positive number", q.Value)
		}
		if !q.Unit.Valid() {
			c.Addf(rec, g+".Unit", "unknown unit %q", q.Unit)
		}
		for l := range q.Reported.Len() {
			r := q.Reported.At(l)
			h := fmt.Sprintf("%s.Reported[%d]", g, l)
			if r.Value <= 0 {
				c.Addf(rec, h+".Value", "is %d, want a positive number", r.Value)
			}
			c.Text(rec, h+".Note", r.Note)
			c.Sources(rec, h+".Sources", r.Sources)
		}
		c.Sources(rec, g+".Sources", q.Sources)
	}
	if p.Topics.Len() == 0 {
		c.Addf(rec, f+".Topics", "names no topic")
	}
	for k := range p.Topics.Len() {
		tp := p.Topics.At(k)
		if !tp.Valid() {
			c.Addf(rec, fmt.Sprintf("%s.Topics[%d]", f, k), "unknown topic %q", tp)
		}
	}
	for k := range p.Places.Len() {
		pl := p.Places.At(k)
		placeRef(rec, fmt.Sprintf("%s.Places[%d]", f, k), pl)
	}
	c.Text(rec, f+".Note", p.Note)
	c.Sources(rec, f+".Sources", p.Sources)
}

// validatePeriod checks the period an obligation allows: a positive length
// in years, months or days, counted from the agreement's effect or from a
// sourced day, and never beside a date.
func validatePeriod(c *check.Checker, rec, g string, a Agreement, o Obligation) {
	w := o.Within
	if w.IsZero() {
		return
	}
	g += ".Within"
	if !o.Deadline.IsZero() {
		c.Addf(rec, g, "is set beside a Deadline: a text gives a date or a period")
	}
	if w.Value < 1 {
		c.Addf(rec, g+".Value", "is %d, want a positive length", w.Value)
	}
	switch w.Unit {
	case Years, Months, Days:
	default:
		c.Addf(rec, g+".Unit", "is %q, want years, months or days", w.Unit)
	}
	switch {
	case w.From == "" && !w.Start.IsZero():
		c.Addf(rec, g+".Start", "is set without From saying what it is")
	case w.From == "" && a.Effective.IsZero():
		c.Addf(rec, g+".From", "is empty, but the agreement has no Effective moment to count from")
	case w.From != "" && w.Start.Precision() != karabakh.PrecisionDay:
		c.Addf(rec, g+".Start", "is %q, want the day %s fell on", w.Start, w.From)
	case w.From != "":
		c.Sources(rec, g+".Sources", w.Sources)
	}
}
