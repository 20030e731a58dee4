package agreement

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/bundle"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// followUpIDs are the records data_followup.go owns.
func followUpIDs() map[ID]bool {
	m := map[ID]bool{}
	for _, a := range followUpRecords() {
		m[a.ID] = true
	}
	return m
}

// TestFollowUpValidate checks the follow-up records within the full set:
// problems in other parts of the set are logged, not failed, since they
// belong to other files.
func TestFollowUpValidate(t *testing.T) {
	mine := map[string]bool{}
	for id := range followUpIDs() {
		mine["agreement "+string(id)] = true
	}
	err := ValidateRecords(slices.Collect(All()))
	if err == nil {
		return
	}
	var ve *karabakh.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("ValidateRecords: %v", err)
	}
	others := 0
	for _, p := range ve.Problems {
		if mine[p.Record] {
			t.Errorf("%s %s: %s", p.Record, p.Field, p.Message)
		} else {
			others++
		}
	}
	if others > 0 {
		t.Logf("%d problems in records other files own", others)
	}
}

func TestFollowUpShipped(t *testing.T) {
	for id := range followUpIDs() {
		if !Exists(id) {
			t.Errorf("%s is not shipped by All()", id)
		}
	}
}

func TestFollowUpOrder(t *testing.T) {
	recs := followUpRecords()
	first := karabakh.Day(2020, time.November, 10)
	for i, a := range recs {
		if !a.Signed.After(first) {
			t.Errorf("%s signed %s, not after the 2020 statement", a.ID, a.Signed)
		}
		if i > 0 && a.Signed.Before(recs[i-1].Signed) {
			t.Errorf("%s (%s) comes after %s (%s): not in order of signature", a.ID, a.Signed, recs[i-1].ID, recs[i-1].Signed)
		}
	}
}

func followUpGet(t *testing.T, id ID) Agreement {
	t.Helper()
	for _, a := range followUpRecords() {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no follow-up record %s", id)
	return Agreement{}
}

func TestFollowUpFacts(t *testing.T) {
	want := []struct {
		id     ID
		signed karabakh.Date
		place  places.ID
		pax    string
	}{
		{StatementJanuary2021, karabakh.Day(2021, time.January, 11), places.Moscow, "2455"},
		{StatementNovember2021, karabakh.Day(2021, time.November, 26), places.Sochi, "2396"},
		{StatementPrague2022, karabakh.Day(2022, time.October, 6), "", "2468"},
		{StatementSochi2022, karabakh.Day(2022, time.October, 31), places.Sochi, "2454"},
		{PeaceAgreementInitialled2025, karabakh.Day(2025, time.August, 8), places.WashingtonDC, ""},
		{WashingtonDeclaration2025, karabakh.Day(2025, time.August, 8), places.WashingtonDC, ""},
	}
	for _, w := range want {
		a := followUpGet(t, w.id)
		if a.Signed != w.signed {
			t.Errorf("%s: signed %s, want %s", w.id, a.Signed, w.signed)
		}
		if a.Place != w.place {
			t.Errorf("%s: place %q, want %q", w.id, a.Place, w.place)
		}
		var pax []string
		for x := range a.Identifiers.All() {
			if x.Scheme == karabakh.SchemePAX {
				pax = append(pax, x.Value)
			}
		}
		if w.pax == "" && len(pax) > 0 || w.pax != "" && !slices.Equal(pax, []string{w.pax}) {
			t.Errorf("%s: PA-X ids %v, want %q", w.id, pax, w.pax)
		}
	}

	roles := func(a Agreement) map[actors.ID]Role {
		m := map[actors.ID]Role{}
		for p := range a.Parties.All() {
			m[p.Actor] = p.Role
		}
		return m
	}
	checkRoles := func(id ID, want map[actors.ID]Role) {
		t.Helper()
		if got := roles(followUpGet(t, id)); !maps.Equal(got, want) {
			t.Errorf("%s: parties %v, want %v", id, got, want)
		}
	}
	three := map[actors.ID]Role{actors.Aliyev: Signatory, actors.Pashinyan: Signatory, actors.Putin: Signatory}
	checkRoles(StatementJanuary2021, three)
	checkRoles(StatementNovember2021, three)
	// PA-X: Putin only a witness in 2022; Macron and Michel have no actor records.
	checkRoles(StatementSochi2022, map[actors.ID]Role{actors.Aliyev: PartyRole, actors.Pashinyan: PartyRole, actors.Putin: Witness})
	checkRoles(StatementPrague2022, map[actors.ID]Role{actors.Aliyev: PartyRole, actors.Pashinyan: PartyRole})
	checkRoles(WashingtonDeclaration2025, map[actors.ID]Role{actors.Aliyev: Signatory, actors.Pashinyan: Signatory, actors.Trump: Witness})

	// The peace agreement was initialled by the foreign ministers, not
	// signed, and the sources to June 2026 show no signature.
	pa := followUpGet(t, PeaceAgreementInitialled2025)
	if s := slices.Collect(pa.Signatories()); len(s) != 0 {
		t.Errorf("peace agreement has signatories %v; it was only initialled", s)
	}
	checkRoles(PeaceAgreementInitialled2025, map[actors.ID]Role{actors.Bayramov: Initialler, actors.Mirzoyan: Initialler,
		actors.Aliyev: Witness, actors.Pashinyan: Witness, actors.Trump: Witness})
	if !strings.Contains(pa.Note, "not signed") || !strings.Contains(pa.Note, "June 2026") {
		t.Errorf("peace agreement note does not say it is unsigned as of June 2026: %q", pa.Note)
	}

	// Point counts: 4 in January 2021; only 4 of the declaration's 7 seen.
	for id, n := range map[ID]int{StatementJanuary2021: 4, WashingtonDeclaration2025: 4} {
		if got := followUpGet(t, id).Points.Len(); got != n {
			t.Errorf("%s: %d points, want %d", id, got, n)
		}
	}

	// 11 January 2021 implements point 9 through its point 1.
	jan := followUpGet(t, StatementJanuary2021)
	if !jan.Relations.ContainsFunc(func(r Relation) bool {
		return r.Kind == Implements && r.From == PointOf(StatementJanuary2021, 1) && r.Target == Point9
	}) {
		t.Error("11 January 2021: point 1 does not implement point 9 of the 2020 statement")
	}
	p2, _ := jan.Point(2)
	if o := p2.Obligations.At(0); o.Deadline != karabakh.Day(2021, time.January, 30) || o.Obligor != actors.TrilateralWorkingGroup {
		t.Errorf("11 January 2021 point 2: obligation %+v", o)
	}
	p4, _ := jan.Point(4)
	if o := p4.Obligations.At(0); o.Deadline != karabakh.Day(2021, time.March, 1) {
		t.Errorf("11 January 2021 point 4: deadline %s, want 2021-03-01", o.Deadline)
	}

	// 26 November 2021: delimitation, and afterwards demarcation.
	nov, _ := followUpGet(t, StatementNovember2021).Point(4)
	if tx, ok := nov.Text(language.English); !ok || !strings.Contains(tx.Body, "on delimitation, and afterwards demarcation,") {
		t.Errorf("26 November 2021 point 4 text: %q", tx.Body)
	}
	if !nov.Topics.ContainsFunc(func(tp Topic) bool { return tp == TopicDelimitation }) {
		t.Error("26 November 2021 point 4 lacks the delimitation topic")
	}

	// The declaration's TRIPP point bears on point 9.
	wd := followUpGet(t, WashingtonDeclaration2025)
	if !wd.Relations.ContainsFunc(func(r Relation) bool { return r.From == PointOf(WashingtonDeclaration2025, 4) && r.Target == Point9 }) {
		t.Error("Washington declaration point 4 (TRIPP) is not related to point 9")
	}
}

// TestFollowUpRelationsEarlier checks that every relation points to an
// earlier (or same-day) document that exists.
func TestFollowUpRelationsEarlier(t *testing.T) {
	all := slices.Collect(All())
	signed := map[ID]karabakh.Date{}
	for _, a := range all {
		signed[a.ID] = a.Signed
	}
	for _, a := range followUpRecords() {
		for r := range a.Relations.All() {
			target := r.TargetAgreement
			if r.Target != "" {
				target = r.Target.Agreement()
				if !ExistsPoint(r.Target) {
					t.Errorf("%s: relation to missing point %s", a.ID, r.Target)
				}
			}
			d, ok := signed[target]
			switch {
			case !ok:
				t.Errorf("%s: relation to missing agreement %s", a.ID, target)
			case target == a.ID:
				t.Errorf("%s: relation to itself", a.ID)
			case d.After(a.Signed):
				t.Errorf("%s (%s): relation to later %s (%s)", a.ID, a.Signed, target, d)
			}
			if r.Note == "" {
				t.Errorf("%s: relation to %s says not why", a.ID, target)
			}
		}
	}
}

// TestFollowUpQuotesInSources checks that every quote, name and text of the
// follow-up records is copied from the source bundle, and that quotes stay
// under 200 characters.
func TestFollowUpQuotesInSources(t *testing.T) {
	corpus := bundle.Text(t)
	inCorpus := corpus.Contains

	checkSrc := func(where string, s karabakh.Source) {
		if s.Quote == "" {
			return
		}
		if n := utf8.RuneCountInString(s.Quote); n >= 200 {
			t.Errorf("%s: quote of %d characters: %q", where, n, s.Quote)
		}
		if !inCorpus(s.Quote) {
			t.Errorf("%s: quote not in the sources: %q", where, s.Quote)
		}
		if !inCorpus(s.URL) {
			t.Errorf("%s: URL not in the sources: %s", where, s.URL)
		}
	}
	checkSrcs := func(where string, ss karabakh.Sources) {
		for s := range ss.All() {
			checkSrc(where, s)
		}
	}
	checkNames := func(where string, ns karabakh.Names) {
		for n := range ns.All() {
			if !inCorpus(n.Text) {
				t.Errorf("%s: name not in the sources: %q", where, n.Text)
			}
			checkSrcs(where, n.Sources)
		}
	}
	for _, a := range followUpRecords() {
		w := string(a.ID)
		checkNames(w+" Titles", a.Titles)
		checkSrcs(w, a.Sources)
		for p := range a.Parties.All() {
			checkSrcs(w+" party "+string(p.Actor), p.Sources)
		}
		for r := range a.Relations.All() {
			checkSrcs(w+" relation", r.Sources)
		}
		for x := range a.Identifiers.All() {
			checkSrcs(w+" identifier", x.Sources)
			if !inCorpus(x.Value) {
				t.Errorf("%s: identifier %s not in the sources", w, x.Value)
			}
		}
		for p := range a.Points.All() {
			pw := string(p.ID)
			checkSrcs(pw, p.Sources)
			for tx := range p.Texts.All() {
				checkSrcs(pw+" text", tx.Sources)
				// A text may span paragraphs; quotation marks that open a
				// paragraph are left out of the copy.
				for para := range strings.SplitSeq(tx.Body, "\n\n") {
					if !inCorpus(para) {
						t.Errorf("%s: %s text not in the sources: %q", pw, tx.Lang, para)
					}
				}
			}
			for o := range p.Obligations.All() {
				checkSrcs(pw+" obligation", o.Sources)
			}
			for q := range p.Quantities.All() {
				checkSrcs(pw+" quantity", q.Sources)
			}
		}
	}
}
