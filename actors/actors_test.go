package actors_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestValidate(t *testing.T) {
	if err := actors.Validate(); err != nil {
		t.Fatal(err)
	}
}

func mustGet(t *testing.T, id actors.ID) actors.Actor {
	t.Helper()
	a, ok := actors.Get(id)
	if !ok {
		t.Fatalf("no actor %q", id)
	}
	return a
}

// TestCoreActors checks that every actor of the bundle's actor list and
// its supplement is present, with its kind.
func TestCoreActors(t *testing.T) {
	want := map[actors.ID]actors.Kind{
		actors.Aliyev: actors.Person, actors.Pashinyan: actors.Person, actors.Putin: actors.Person,
		actors.Erdogan: actors.Person, actors.Harutyunyan: actors.Person, actors.Shahramanyan: actors.Person,
		actors.Mirzoyan: actors.Person, actors.Muradov: actors.Person, actors.Volkov: actors.Person,
		actors.Overchuk: actors.Person, actors.Mustafayev: actors.Person, actors.MherGrigoryan: actors.Person,
		actors.Hajiyev: actors.Person, actors.Shoigu: actors.Person, actors.Akar: actors.Person,
		actors.Lavrov: actors.Person, actors.Zakharova: actors.Person, actors.Peskov: actors.Person,
		actors.Papikyan: actors.Person, actors.Kostanyan: actors.Person, actors.Trump: actors.Person,
		actors.Kosobokov: actors.Person, actors.Anashkin: actors.Person, actors.Lentsov: actors.Person,
		actors.Kulakov: actors.Person, actors.Bayramov: actors.Person,
		actors.Azerbaijan: actors.State, actors.Armenia: actors.State, actors.Russia: actors.State,
		actors.Turkey: actors.State, actors.UnitedStates: actors.State, actors.France: actors.State,
		actors.Artsakh:                actors.DeFactoState,
		actors.OSCE:                   actors.Organization,
		actors.OSCEMinskGroup:         actors.Organization,
		actors.UNHCR:                  actors.Organization,
		actors.FSBBorderService:       actors.Organization,
		actors.JointMonitoringCentre:  actors.Organization,
		actors.TrilateralWorkingGroup: actors.Organization,
		actors.PeacekeepingContingent: actors.MilitaryUnit,
		actors.Brigade15:              actors.MilitaryUnit,
	}
	for id, kind := range want {
		if a := mustGet(t, id); a.Kind != kind {
			t.Errorf("%s: kind %q, want %q", id, a.Kind, kind)
		}
	}
}

func TestNames(t *testing.T) {
	if got := mustGet(t, actors.Pashinyan).Names.Label(language.Armenian); got != "Նիկոլ Փաշինյան" {
		t.Errorf("Pashinyan's Armenian label = %q", got)
	}
	if got := mustGet(t, actors.Aliyev).Names.Label(language.Azerbaijani); got != "İlham Əliyev" {
		t.Errorf("Aliyev's Azerbaijani label = %q", got)
	}
	// The errata confirm these native names.
	for id, want := range map[actors.ID]string{
		actors.Volkov:    "Андрей Волков",
		actors.Zakharova: "Мария Захарова",
	} {
		if got := mustGet(t, id).Names.Label(language.Russian); got != want {
			t.Errorf("%s: Russian label %q, want %q", id, got, want)
		}
	}
	if got := mustGet(t, actors.Papikyan).Names.Label(language.Armenian); got != "Սուրեն Պապիկյան" {
		t.Errorf("Papikyan's Armenian label = %q", got)
	}

	erdogan := mustGet(t, actors.Erdogan)
	en := erdogan.Names.English()
	if !strings.ContainsRune(en, '\u011F') {
		t.Errorf("Erdoğan's English label %q lacks ğ (U+011F)", en)
	}
	// The seed's mojibake is kept as Garbled names, for repair only.
	for _, g := range []string{"ErdoAan", "ErdoÄan"} {
		if !erdogan.Names.ContainsFunc(func(n karabakh.Name) bool { return n.Text == g && n.Kind == karabakh.KindGarbled }) {
			t.Errorf("no garbled name %q", g)
		}
	}
	// No preference may bring a garbled form out as a label.
	prefs := []language.Tag{language.English, language.Turkish, language.Azerbaijani, language.Armenian, language.Russian, language.Und, language.Japanese}
	for a := range actors.All() {
		for _, p := range prefs {
			n, ok := a.Names.LabelName(p)
			if !ok {
				t.Errorf("%s: no label", a.ID)
				continue
			}
			if n.Kind != karabakh.KindLabel {
				t.Errorf("%s: Label(%v) returned a %s name %q", a.ID, p, n.Kind, n.Text)
			}
		}
	}
	for _, p := range prefs {
		if got := erdogan.Names.Label(p); strings.Contains(got, "Erdo") && !strings.Contains(got, "Erdoğan") {
			t.Errorf("Label(%v) = %q", p, got)
		}
	}
}

// TestNFC checks that every text of every record is in Unicode NFC.
func TestNFC(t *testing.T) {
	check := func(id actors.ID, field, s string) {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%s %s: %q is not NFC", id, field, s)
		}
	}
	sources := func(id actors.ID, field string, ss karabakh.Sources) {
		for s := range ss.All() {
			check(id, field+".Quote", s.Quote)
			check(id, field+".Note", s.Note)
			check(id, field+".Publisher", s.Publisher)
		}
	}
	for a := range actors.All() {
		check(a.ID, "Note", a.Note)
		sources(a.ID, "Sources", a.Sources)
		for n := range a.Names.All() {
			check(a.ID, "Name", n.Text)
			check(a.ID, "Usage", n.Usage)
			sources(a.ID, "Name.Sources", n.Sources)
		}
		for o := range a.Offices.All() {
			check(a.ID, "Office.Title", o.Title)
			check(a.ID, "Office.Note", o.Note)
			sources(a.ID, "Office.Sources", o.Sources)
		}
		for x := range a.Identifiers.All() {
			check(a.ID, "Identifier", x.Value)
			sources(a.ID, "Identifier.Sources", x.Sources)
		}
	}
}

func TestOffices(t *testing.T) {
	day := func(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }

	// Pashinyan was Prime Minister of Armenia when he signed.
	on := slices.Collect(actors.OfficesOn(actors.Pashinyan, day(2020, time.November, 10)))
	if len(on) != 1 || on[0].Title != "Prime Minister" || on[0].Of != actors.Armenia {
		t.Errorf("Pashinyan's offices on 2020-11-10 = %+v", on)
	}
	if s := on[0].Term.Start; s != day(2018, time.May, 8) {
		t.Errorf("Pashinyan's term starts %s, want 2018-05-08", s)
	}

	// Harutyunyan's presidency ends with his 2023 resignation.
	h := mustGet(t, actors.Harutyunyan)
	pres := h.Offices.At(0)
	if pres.Title != "President" || pres.Of != actors.Artsakh || pres.Term.End.Year() != 2023 {
		t.Errorf("Harutyunyan's presidency = %+v", pres)
	}
	if got := slices.Collect(actors.OfficesOn(actors.Harutyunyan, day(2023, time.October, 1))); len(got) != 0 {
		t.Errorf("Harutyunyan still holds %+v in October 2023", got)
	}
	if got := slices.Collect(actors.OfficesOn(actors.Shahramanyan, day(2023, time.September, 20))); !slices.ContainsFunc(got, func(o actors.Office) bool { return o.Title == "President" && o.Of == actors.Artsakh }) {
		t.Errorf("Shahramanyan's offices on 2023-09-20 = %+v", got)
	}

	// Mirzoyan: Speaker, then Foreign Minister, in that order.
	m := mustGet(t, actors.Mirzoyan)
	var titles []string
	for o := range m.Offices.All() {
		titles = append(titles, o.Title)
	}
	if want := []string{"Speaker of the National Assembly", "Minister of Foreign Affairs"}; !slices.Equal(titles, want) {
		t.Errorf("Mirzoyan's offices = %q, want %q", titles, want)
	}
	if got := slices.Collect(actors.OfficesOn(actors.Mirzoyan, day(2020, time.November, 10))); len(got) != 1 || got[0].Title != "Speaker of the National Assembly" {
		t.Errorf("Mirzoyan's offices on 2020-11-10 = %+v", got)
	}
	if got := slices.Collect(actors.OfficesOn(actors.Mirzoyan, day(2021, time.August, 10))); len(got) != 0 {
		t.Errorf("Mirzoyan holds %+v between his two posts", got)
	}

	// Every office of every actor is sourced, and offices are in order.
	for a := range actors.All() {
		for i := range a.Offices.Len() {
			o := a.Offices.At(i)
			if o.Sources.Len() == 0 {
				t.Errorf("%s: office %d has no source", a.ID, i)
			}
			if o.Term.IsZero() == (o.Attested.Len() == 0) {
				t.Errorf("%s: office %d has both or neither of a term and attested days", a.ID, i)
			}
		}
	}
}

// TestTenure checks that an office known from a sourced term and one known
// only from attested days answer On as documented, and that OfficesOn finds
// the office each signatory signed in on the signing day.
func TestTenure(t *testing.T) {
	day := func(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }
	signed := day(2020, time.November, 9)
	for _, c := range []struct {
		id    actors.ID
		title string
	}{{actors.Aliyev, "President"}, {actors.Pashinyan, "Prime Minister"}, {actors.Putin, "President"}} {
		if !slices.ContainsFunc(slices.Collect(actors.OfficesOn(c.id, signed)), func(o actors.Office) bool { return o.Title == c.title }) {
			t.Errorf("%s holds no %s office on the signing day, %s", c.id, c.title, signed)
		}
	}
	// An office known only from attested days: Mustafayev's post as
	// deputy prime minister, for which no stored source gives the term.
	dpm := mustGet(t, actors.Mustafayev).Offices.At(0)
	if dpm.Attested.Len() == 0 {
		t.Fatalf("Mustafayev's first office %v has no attested days", dpm)
	}
	for _, c := range []struct {
		d    karabakh.Date
		want actors.Tenure
	}{
		{day(2021, time.January, 30), actors.TenureHeld},
		{day(2022, time.June, 1), actors.TenureUnknown}, // between two attested days: the sources do not say
		{karabakh.Month(2021, time.January), actors.TenureUnknown},
		{karabakh.Date{}, actors.TenureUnknown},
	} {
		if got := dpm.On(c.d); got != c.want {
			t.Errorf("Mustafayev's deputy premiership On(%s) = %s, want %s", c.d, got, c.want)
		}
	}
	pm := mustGet(t, actors.Pashinyan).Offices.At(0)
	for _, c := range []struct {
		d    karabakh.Date
		want actors.Tenure
	}{
		{day(2018, time.May, 7), actors.TenureNotHeld},
		{day(2018, time.May, 8), actors.TenureHeld},
		{karabakh.Month(2018, time.May), actors.TenureUnknown}, // the term starts within the month
		{karabakh.Year(2019), actors.TenureHeld},
	} {
		if got := pm.On(c.d); got != c.want {
			t.Errorf("Pashinyan's premiership On(%s) = %s, want %s", c.d, got, c.want)
		}
	}
}

// TestRepresents checks the represented-by relation: through PartOf, and
// through offices held on the day.
func TestRepresents(t *testing.T) {
	day := func(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }
	signed := day(2020, time.November, 9)
	for _, c := range []struct {
		agent, principal actors.ID
		d                karabakh.Date
		want             bool
	}{
		{actors.Armenia, actors.Armenia, signed, true},
		{actors.Aliyev, actors.Azerbaijan, signed, true},
		{actors.Pashinyan, actors.Armenia, signed, true},
		{actors.Pashinyan, actors.Azerbaijan, signed, false},
		{actors.Pashinyan, actors.Armenia, day(2018, time.May, 1), false}, // before his term
		{actors.Putin, actors.Russia, signed, true},
		{actors.Putin, actors.Russia, day(2021, time.June, 1), true},              // within his sourced term
		{actors.Mustafayev, actors.Azerbaijan, day(2021, time.January, 30), true}, // an attested day
		{actors.Mustafayev, actors.Azerbaijan, day(2022, time.June, 1), false},    // not attested that day
		{actors.ArmenianDefenceMinistry, actors.Armenia, signed, true},
		{actors.Brigade15, actors.Russia, signed, true}, // brigade, contingent, Russia
		{actors.Russia, actors.Brigade15, signed, false},
		{actors.Aliyev, "no-such-actor", signed, false},
	} {
		if got := actors.Represents(c.agent, c.principal, c.d); got != c.want {
			t.Errorf("Represents(%s, %s, %s) = %v, want %v", c.agent, c.principal, c.d, got, c.want)
		}
	}
}

// TestCommanders checks the succession of peacekeeping commanders in
// facts-more.tsv and that the disputed start of Lentsov's command keeps both
// dates.
func TestCommanders(t *testing.T) {
	order := []actors.ID{actors.Muradov, actors.Kosobokov, actors.Anashkin, actors.Volkov, actors.Lentsov, actors.Kulakov}
	var prev karabakh.Date
	for _, id := range order {
		a := mustGet(t, id)
		i := slices.IndexFunc(a.Offices.Slice(), func(o actors.Office) bool {
			return o.Title == "Commander" && o.Of == actors.PeacekeepingContingent
		})
		if i < 0 {
			t.Errorf("%s: no command of the contingent", id)
			continue
		}
		o := a.Offices.At(i)
		start := o.Term.Start
		if o.Term.IsZero() {
			start = o.Attested.At(0)
		}
		if !prev.IsZero() && start.Compare(prev) <= 0 {
			t.Errorf("%s: command starts %s, not after the previous commander's %s", id, start, prev)
		}
		prev = start
	}
	l := mustGet(t, actors.Lentsov).Offices.At(0)
	if l.Term.Start != karabakh.Day(2023, time.April, 25) || !strings.Contains(l.Note, "25 April") || !strings.Contains(l.Note, "26 April") || l.Sources.Len() < 2 {
		t.Errorf("Lentsov's command does not record both start dates: %+v", l)
	}
	if got := slices.Collect(actors.OfficesOn(actors.Muradov, karabakh.Day(2020, time.December, 14))); len(got) != 1 {
		t.Errorf("Muradov's offices on 2020-12-14 = %+v", got)
	}
}

func TestStructure(t *testing.T) {
	for id, parent := range map[actors.ID]actors.ID{
		actors.Brigade15:              actors.PeacekeepingContingent,
		actors.PeacekeepingContingent: actors.Russia,
		actors.FSBBorderService:       actors.Russia,
		actors.OSCEMinskGroup:         actors.OSCE,
	} {
		if got := mustGet(t, id).PartOf; got != parent {
			t.Errorf("%s is part of %q, want %q", id, got, parent)
		}
	}

	codes := func(id actors.ID) map[karabakh.Scheme]string {
		m := map[karabakh.Scheme]string{}
		for x := range mustGet(t, id).Identifiers.All() {
			m[x.Scheme] = x.Value
			if x.Scheme == karabakh.SchemeWikidata {
				t.Errorf("%s: Wikidata QID %s, but no source shows one", id, x.Value)
			}
		}
		return m
	}
	if got := codes(actors.Armenia); got[karabakh.SchemeISO3166Alpha2] != "AM" || got[karabakh.SchemeISO3166Alpha3] != "ARM" || got[karabakh.SchemeISO3166Numeric] != "051" {
		t.Errorf("Armenia's codes = %v", got)
	}
	if got := codes(actors.Russia); got[karabakh.SchemeISO3166Numeric] != "" {
		t.Errorf("Russia has a numeric code %q that no source shows", got[karabakh.SchemeISO3166Numeric])
	}

	// The brigade keeps each source's name for it.
	b := mustGet(t, actors.Brigade15)
	for _, want := range []string{"15th Separate Motorised Rifle Brigade", "15-я отдельная миротворческая бригада", "15e brigade blindée et des forces de paix"} {
		if !b.Names.ContainsFunc(func(n karabakh.Name) bool { return n.Text == want && n.Sources.Len() > 0 }) {
			t.Errorf("brigade lacks the sourced name %q", want)
		}
	}
	// Only the age a stored quote gives (44, Massis Post) is recorded; the
	// other (45) has no stored quote.
	if n := mustGet(t, actors.Shahramanyan).Note; !strings.Contains(n, "44") || strings.Contains(n, "45") {
		t.Errorf("Shahramanyan's note should give the sourced age 44 only: %q", n)
	}
}

// TestValidateRecordsMutations breaks one rule at a time in a copy of the
// shipped data and checks that exactly that problem is reported.
func TestValidateRecordsMutations(t *testing.T) {
	base := slices.Collect(actors.All())
	if err := actors.ValidateRecords(base); err != nil {
		t.Fatalf("shipped data is invalid: %v", err)
	}
	index := func(all []actors.Actor, id actors.ID) int {
		i := slices.IndexFunc(all, func(a actors.Actor) bool { return a.ID == id })
		if i < 0 {
			t.Fatalf("no actor %q", id)
		}
		return i
	}
	// setName replaces the text of id's label in lang.
	setName := func(all []actors.Actor, id actors.ID, lang language.Tag, text string) int {
		i := index(all, id)
		ns := all[i].Names.Slice()
		j := slices.IndexFunc(ns, func(n karabakh.Name) bool { return n.Kind == karabakh.KindLabel && n.Lang == lang })
		ns[j].Text = text
		all[i].Names = karabakh.NamesOf(ns...)
		return j
	}

	cases := []struct {
		name    string
		mutate  func(all []actors.Actor) []actors.Actor
		record  string
		field   func(all []actors.Actor) string
		message string
	}{
		{
			name:    "duplicate ID",
			mutate:  func(all []actors.Actor) []actors.Actor { return append(all, all[index(all, actors.Akar)]) },
			record:  "actor hulusi-akar",
			field:   func([]actors.Actor) string { return "ID" },
			message: "duplicate ID",
		},
		{
			name: "dangling PartOf",
			mutate: func(all []actors.Actor) []actors.Actor {
				all[index(all, actors.Brigade15)].PartOf = "no-such-contingent"
				return all
			},
			record:  "actor 15th-brigade",
			field:   func([]actors.Actor) string { return "PartOf" },
			message: "no actor",
		},
		{
			name: "dangling Office.Of",
			mutate: func(all []actors.Actor) []actors.Actor {
				i := index(all, actors.Pashinyan)
				os := all[i].Offices.Slice()
				os[0].Of = "no-such-state"
				all[i].Offices = karabakh.ListOf(os...)
				return all
			},
			record:  "actor nikol-pashinyan",
			field:   func([]actors.Actor) string { return "Offices[0].Of" },
			message: "no actor",
		},
		{
			name: "missing source",
			mutate: func(all []actors.Actor) []actors.Actor {
				all[index(all, actors.Pashinyan)].Sources = karabakh.Sources{}
				return all
			},
			record:  "actor nikol-pashinyan",
			field:   func([]actors.Actor) string { return "Sources" },
			message: "cites no source",
		},
		{
			name: "source without quote or point",
			mutate: func(all []actors.Actor) []actors.Actor {
				i := index(all, actors.Kulakov)
				ss := all[i].Sources.Slice()
				ss[0].Quote = ""
				all[i].Sources = karabakh.ListOf(ss...)
				return all
			},
			record:  "actor kirill-kulakov",
			field:   func([]actors.Actor) string { return "Sources[0]" },
			message: "neither a quote nor a point",
		},
		{
			name: "non-NFC name",
			mutate: func(all []actors.Actor) []actors.Actor {
				// g followed by a combining breve (U+0306): NFD of ğ.
				setName(all, actors.Erdogan, language.English, "Recep Tayyip Erdog\u0306an")
				return all
			},
			record: "actor recep-tayyip-erdogan",
			field: func(all []actors.Actor) string {
				return labelField(all[index(all, actors.Erdogan)], language.English)
			},
			message: "not in Unicode NFC",
		},
		{
			name: "mojibake in a label",
			mutate: func(all []actors.Actor) []actors.Actor {
				setName(all, actors.Erdogan, language.English, "Recep Tayyip ErdoÄŸan")
				return all
			},
			record: "actor recep-tayyip-erdogan",
			field: func(all []actors.Actor) string {
				return labelField(all[index(all, actors.Erdogan)], language.English)
			},
			message: "mojibake",
		},
		{
			name: "office term starts after it ends",
			mutate: func(all []actors.Actor) []actors.Actor {
				i := index(all, actors.Harutyunyan)
				os := all[i].Offices.Slice()
				os[0].Term = karabakh.Span(karabakh.Day(2023, time.September, 1), karabakh.Day(2020, time.May, 21))
				all[i].Offices = karabakh.ListOf(os...)
				return all
			},
			record:  "actor arayik-harutyunyan",
			field:   func([]actors.Actor) string { return "Offices[0].Term" },
			message: "after it ends",
		},
		{
			name: "offices out of order",
			mutate: func(all []actors.Actor) []actors.Actor {
				i := index(all, actors.Mirzoyan)
				os := all[i].Offices.Slice()
				slices.Reverse(os)
				all[i].Offices = karabakh.ListOf(os...)
				return all
			},
			record:  "actor ararat-mirzoyan",
			field:   func([]actors.Actor) string { return "Offices[1]" },
			message: "in order of start",
		},
		{
			name: "unknown kind",
			mutate: func(all []actors.Actor) []actors.Actor {
				all[index(all, actors.Artsakh)].Kind = "republic"
				return all
			},
			record:  "actor artsakh",
			field:   func([]actors.Actor) string { return "Kind" },
			message: "unknown kind",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			all := tc.mutate(slices.Clone(base))
			err := actors.ValidateRecords(all)
			var ve *karabakh.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("ValidateRecords = %v, want a *karabakh.ValidationError", err)
			}
			if len(ve.Problems) != 1 {
				t.Fatalf("got %d problems, want 1: %v", len(ve.Problems), err)
			}
			p := ve.Problems[0]
			if want := tc.field(all); p.Record != tc.record || p.Field != want || !strings.Contains(p.Message, tc.message) {
				t.Errorf("got %q, want record %q field %q message containing %q", p, tc.record, want, tc.message)
			}
			// The shipped data is untouched.
			if err := actors.Validate(); err != nil {
				t.Errorf("mutating a copy broke the shipped data: %v", err)
			}
		})
	}
}

// labelField returns the field path of a's label in lang, such as
// "Names[0].Text".
func labelField(a actors.Actor, lang language.Tag) string {
	for i := range a.Names.Len() {
		n := a.Names.At(i)
		if n.Kind == karabakh.KindLabel && n.Lang == lang {
			return "Names[" + strconv.Itoa(i) + "].Text"
		}
	}
	return "?"
}
