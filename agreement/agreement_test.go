package agreement_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/bundle"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestValidate(t *testing.T) {
	if err := agreement.Validate(); err != nil {
		t.Fatal(err)
	}
}

func statement(t *testing.T) agreement.Agreement {
	t.Helper()
	a, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		t.Fatal("statement of 10 November 2020 not found")
	}
	return a
}

func point(t *testing.T, n int) agreement.Point {
	t.Helper()
	p, ok := statement(t).Point(n)
	if !ok {
		t.Fatalf("point %d not found", n)
	}
	return p
}

func TestStatementDates(t *testing.T) {
	a := statement(t)
	if got, want := a.Effective.UTC(), time.Date(2020, time.November, 9, 21, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Effective.UTC() = %v, want %v (00:00 Moscow time on 10 November)", got, want)
	}
	if _, off := a.Effective.Zone(); off != 3*3600 {
		t.Errorf("Effective zone offset = %d, want Moscow time (+3h)", off)
	}
	if a.Signed != karabakh.Day(2020, time.November, 9) {
		t.Errorf("Signed = %s, want 2020-11-09 (late on 9 November)", a.Signed)
	}
	var dated []string
	for d := range a.Dated.All() {
		dated = append(dated, d.Date.String())
	}
	if !slices.Equal(dated, []string{"2020-11-09", "2020-11-10"}) {
		t.Errorf("Dated = %v, want the 9 November and 10 November usages", dated)
	}
	if a.AuthenticLang != language.Russian {
		t.Errorf("AuthenticLang = %v, want Russian", a.AuthenticLang)
	}
	if first := a.Titles.At(0); first.Lang != language.Russian || first.Kind != karabakh.KindLabel {
		t.Errorf("first title = %+v, want the Russian label", first)
	}
	if !a.Identifiers.ContainsFunc(func(id karabakh.Identifier) bool {
		return id.Scheme == karabakh.SchemePAX && id.Value == "2324"
	}) {
		t.Error("PA-X 2324 missing")
	}
}

func TestStatementSignatories(t *testing.T) {
	want := map[actors.ID][2]string{
		actors.Aliyev:    {"President of the Republic of Azerbaijan", string(actors.Azerbaijan)},
		actors.Pashinyan: {"Prime Minister of the Republic of Armenia", string(actors.Armenia)},
		actors.Putin:     {"President of the Russian Federation", string(actors.Russia)},
	}
	sig := slices.Collect(statement(t).Signatories())
	if len(sig) != len(want) {
		t.Fatalf("%d signatories, want 3", len(sig))
	}
	for _, p := range sig {
		w, ok := want[p.Actor]
		if !ok {
			t.Errorf("unexpected signatory %s", p.Actor)
			continue
		}
		if p.Office != w[0] || string(p.For) != w[1] {
			t.Errorf("%s: office %q for %s, want %q for %s", p.Actor, p.Office, p.For, w[0], w[1])
		}
	}
	for p := range statement(t).Parties.All() {
		if p.Role == agreement.Mediator {
			t.Errorf("%s recorded as mediator; PA-X lists no third parties", p.Actor)
		}
	}
}

func TestStatementPoints(t *testing.T) {
	a := statement(t)
	if a.Points.Len() != 9 {
		t.Fatalf("%d points, want 9", a.Points.Len())
	}
	ids := []agreement.PointID{agreement.Point1, agreement.Point2, agreement.Point3, agreement.Point4, agreement.Point5,
		agreement.Point6, agreement.Point7, agreement.Point8, agreement.Point9}
	for i := range a.Points.Len() {
		p := a.Points.At(i)
		if p.Number != i+1 || p.ID != ids[i] || p.ID != agreement.PointOf(agreement.Statement2020, i+1) {
			t.Errorf("point %d: number %d, ID %s", i+1, p.Number, p.ID)
		}
		if p.Texts.Len() == 0 {
			t.Errorf("point %d has no text", p.Number)
		}
	}
}

func TestPoint9NamesNakhchivan(t *testing.T) {
	if !karabakh.Contains(point(t, 9).Places, places.Nakhchivan) {
		t.Error("point 9 does not name Nakhchivan")
	}
}

func TestStatementDeadlines(t *testing.T) {
	want := map[agreement.ObligationID]karabakh.Date{
		agreement.ObligationReturnAghdam:   karabakh.Day(2020, time.November, 20),
		agreement.ObligationReturnKalbajar: karabakh.Day(2020, time.November, 15),
		agreement.ObligationReturnLachin:   karabakh.Day(2020, time.December, 1),
	}
	for p := range statement(t).Points.All() {
		for o := range p.Obligations.All() {
			if d, ok := want[o.ID]; ok {
				if o.Deadline != d {
					t.Errorf("%s: deadline %s, want %s", o.ID, o.Deadline, d)
				}
				if o.Obligor != actors.Armenia || o.Beneficiary != actors.Azerbaijan {
					t.Errorf("%s: %s owes %s, want Armenia owes Azerbaijan", o.ID, o.Obligor, o.Beneficiary)
				}
				delete(want, o.ID)
			}
		}
	}
	for id := range want {
		t.Errorf("obligation %s missing", id)
	}
}

func TestStatementQuantities(t *testing.T) {
	type q struct {
		point int
		value int64
		unit  agreement.Unit
	}
	want := []q{
		{3, 1960, agreement.Personnel}, {3, 90, agreement.ArmouredPersonnelCarriers}, {3, 380, agreement.Vehicles},
		{4, 5, agreement.Years}, {4, 6, agreement.Months},
		{6, 5, agreement.Kilometres}, {6, 3, agreement.Years},
	}
	for _, w := range want {
		p := point(t, w.point)
		if !p.Quantities.ContainsFunc(func(x agreement.Quantity) bool { return x.Value == w.value && x.Unit == w.unit }) {
			t.Errorf("point %d: no quantity %d %s", w.point, w.value, w.unit)
		}
	}
	// Point 4 has the 5-year term and the 5-year renewal period.
	if n := countFunc(point(t, 4).Quantities, func(x agreement.Quantity) bool { return x.Value == 5 && x.Unit == agreement.Years }); n != 2 {
		t.Errorf("point 4: %d quantities of 5 years, want 2 (term and renewal)", n)
	}
	// The 1,960 is authoritative; 1,970 and about 2,000 are reported beside it.
	for x := range point(t, 3).Quantities.All() {
		if x.Unit != agreement.Personnel {
			continue
		}
		var got []string
		for r := range x.Reported.All() {
			s := strconv.FormatInt(r.Value, 10)
			if r.Approximate {
				s = "about " + s
			}
			got = append(got, s)
			if r.Sources.Len() == 0 {
				t.Errorf("reported %d has no source", r.Value)
			}
		}
		if !slices.Equal(got, []string{"1970", "about 2000"}) {
			t.Errorf("reported personnel = %v, want [1970 about 2000]", got)
		}
	}
}

func TestAuthenticRussian(t *testing.T) {
	for p := range statement(t).Points.All() {
		for x := range p.Texts.All() {
			if x.Authentic && x.Lang != language.Russian {
				t.Errorf("point %d: %s text marked authentic", p.Number, x.Lang)
			}
			// Russian texts that give the document's own words are
			// authentic; paraphrases are not the text.
			if x.Lang == language.Russian && x.Coverage != agreement.Paraphrase && !x.Authentic {
				t.Errorf("point %d: Russian %s text not marked authentic", p.Number, x.Coverage)
			}
		}
	}
	for _, n := range []int{1, 2, 3, 4, 6, 9} {
		x, ok := point(t, n).Text(language.Russian)
		if !ok || !x.Authentic {
			t.Errorf("point %d: no authentic Russian text", n)
		}
	}
}

func mentionsGazakh(s string) bool {
	for _, w := range []string{"Gazakh", "Газах", "Qazax"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func TestPoint2Gazakh(t *testing.T) {
	p := point(t, 2)
	var authoritative, variants int
	for x := range p.Texts.All() {
		if x.Authoritative {
			authoritative++
			if mentionsGazakh(x.Body) {
				t.Errorf("authoritative %s text mentions Gazakh: %q", x.Lang, x.Body)
			}
		} else if mentionsGazakh(x.Body) {
			variants++
			if x.Note == "" {
				t.Errorf("Gazakh variant %q has no note saying why it is not authoritative", x.Body)
			}
		}
	}
	if authoritative == 0 || variants == 0 {
		t.Errorf("%d authoritative texts, %d Gazakh variants; want both", authoritative, variants)
	}
	x, _ := p.Text(language.Azerbaijani)
	if mentionsGazakh(x.Body) {
		t.Errorf("the Azerbaijani text mentions Gazakh: %q", x.Body)
	}
	if ru, _ := p.Text(language.Russian); !ru.Authoritative || !strings.Contains(ru.Body, "Агдамский район") {
		t.Errorf("best Russian text of point 2 = %+v, want the authoritative Aghdam-only text", ru)
	}
}

func TestPoints8And9Coverage(t *testing.T) {
	for x := range point(t, 8).Texts.All() {
		if x.Coverage != agreement.Paraphrase {
			t.Errorf("point 8: %s text has coverage %s; only paraphrases are known", x.Lang, x.Coverage)
		}
	}
	p9 := point(t, 9)
	if x, ok := p9.Text(language.Armenian); !ok || x.Coverage != agreement.Full {
		t.Errorf("point 9: Armenian text %+v, want full", x)
	}
	if x, ok := p9.Text(language.English); !ok || x.Coverage != agreement.Full || x.Official {
		t.Errorf("point 9: best English text %+v, want Report.az's full, unofficial rendering", x)
	}
	if x, _ := p9.Text(language.Russian); x.Coverage == agreement.Full {
		t.Error("point 9: the Russian is only seen cut, not full")
	}
}

func TestOfficialTexts(t *testing.T) {
	official := []string{"primeminister.am", "mfa.gov.az", "president.az"}
	for p := range statement(t).Points.All() {
		for x := range p.Texts.All() {
			if !x.Official {
				continue
			}
			ok := x.Sources.ContainsFunc(func(s karabakh.Source) bool {
				return slices.ContainsFunc(official, func(h string) bool { return strings.Contains(s.URL, h) })
			})
			if !ok {
				t.Errorf("point %d: official %s text not from a signatory government's site", p.Number, x.Lang)
			}
		}
	}
}

// TestTextsInSources checks that every text, quote and URL of the 2020
// statement and of the core places is copied from the source bundle.
func TestTextsInSources(t *testing.T) {
	corpus := bundle.Text(t)
	in := corpus.Contains
	// Pages found with the search tool, which the bundle names only by site.
	searched := map[string]bool{"https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749": true}
	src := func(where string, s karabakh.Source) {
		if n := utf8.RuneCountInString(s.Quote); n >= 200 {
			t.Errorf("%s: quote of %d characters", where, n)
		}
		if searched[s.URL] {
			return
		}
		if s.Quote != "" && !in(s.Quote) {
			t.Errorf("%s: quote not in the sources: %q", where, s.Quote)
		}
		if !corpus.HasURL(s.URL) {
			t.Errorf("%s: URL not in the sources: %s", where, s.URL)
		}
	}
	srcs := func(where string, ss karabakh.Sources) {
		for s := range ss.All() {
			src(where, s)
		}
	}
	names := func(where string, ns karabakh.Names) {
		for n := range ns.All() {
			if !in(n.Text) {
				t.Errorf("%s: name not in the sources: %q", where, n.Text)
			}
			srcs(where, n.Sources)
		}
	}
	a := statement(t)
	names("titles", a.Titles)
	srcs("statement", a.Sources)
	for d := range a.Dated.All() {
		srcs("dated", d.Sources)
	}
	for p := range a.Parties.All() {
		srcs("party", p.Sources)
	}
	for x := range a.Identifiers.All() {
		srcs("identifier", x.Sources)
	}
	for p := range a.Points.All() {
		w := string(p.ID)
		srcs(w, p.Sources)
		for x := range p.Texts.All() {
			srcs(w+" text", x.Sources)
			for part := range strings.SplitSeq(x.Body, "\n") {
				if !in(part) {
					t.Errorf("%s: %s text not in the sources: %q", w, x.Lang, part)
				}
			}
		}
		for o := range p.Obligations.All() {
			srcs(w+" obligation", o.Sources)
		}
		for q := range p.Quantities.All() {
			srcs(w+" quantity", q.Sources)
			for r := range q.Reported.All() {
				srcs(w+" reported", r.Sources)
			}
		}
	}
	for _, id := range corePlaceIDs {
		p, _ := places.Get(id)
		w := "place " + string(id)
		names(w, p.Names)
		srcs(w, p.Sources)
		for x := range p.Identifiers.All() {
			srcs(w+" identifier", x.Sources)
		}
	}
}

var corePlaceIDs = []places.ID{places.NagornoKarabakh, places.AghdamDistrict, places.Aghdam, places.KalbajarDistrict,
	places.LachinDistrict, places.Lachin, places.LachinCorridor, places.GazakhDistrict, places.Shusha, places.Stepanakert,
	places.Nakhchivan, places.Syunik, places.TRIPPRoute, places.Yerevan, places.Baku, places.Moscow, places.Sochi,
	places.Goris, places.Yevlakh, places.Armenia, places.Azerbaijan, places.Russia, places.HakariBridge}

// --- Mutation tests: each broken rule is reported, and only it. ---

// shipped returns copies of every agreement, to break one thing.
func shipped() []agreement.Agreement { return slices.Collect(agreement.All()) }

// withPoint returns ags with point n of the 2020 statement changed by f.
func withPoint(ags []agreement.Agreement, n int, f func(*agreement.Point)) []agreement.Agreement {
	out := slices.Clone(ags)
	for i, a := range out {
		if a.ID != agreement.Statement2020 {
			continue
		}
		pts := a.Points.Slice()
		f(&pts[n-1])
		a.Points = karabakh.ListOf(pts...)
		out[i] = a
	}
	return out
}

// wantOnly checks that err reports exactly one problem, on the 2020
// statement, at field, with a message containing msg.
func wantOnly(t *testing.T, err error, field, msg string) {
	t.Helper()
	var ve *karabakh.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("got %v, want a *karabakh.ValidationError", err)
	}
	if len(ve.Problems) != 1 {
		t.Fatalf("%d problems, want 1:\n%v", len(ve.Problems), err)
	}
	p := ve.Problems[0]
	if p.Record != "agreement "+string(agreement.Statement2020) || p.Field != field || !strings.Contains(p.Message, msg) {
		t.Errorf("problem = %v, want %s: %s: …%s…", p, "agreement "+string(agreement.Statement2020), field, msg)
	}
}

func TestValidateRecordsMutations(t *testing.T) {
	ags := shipped()
	if err := agreement.ValidateRecords(ags); err != nil {
		t.Fatalf("shipped data: %v", err)
	}
	t.Run("duplicate point number", func(t *testing.T) {
		bad := withPoint(ags, 2, func(p *agreement.Point) { p.Number, p.ID = 1, agreement.Point1 })
		wantOnly(t, agreement.ValidateRecords(bad), "Points[1].Number", "is 1, want 2")
	})
	t.Run("dangling place", func(t *testing.T) {
		bad := withPoint(ags, 2, func(p *agreement.Point) { p.Places = karabakh.ListOf(places.ID("atlantis")) })
		wantOnly(t, agreement.ValidateRecords(bad), "Points[1].Places[0]", `no place "atlantis"`)
	})
	t.Run("deadline before signing", func(t *testing.T) {
		bad := withPoint(ags, 2, func(p *agreement.Point) {
			os := p.Obligations.Slice()
			os[0].Deadline = karabakh.Day(2020, time.November, 1)
			p.Obligations = karabakh.ListOf(os...)
		})
		wantOnly(t, agreement.ValidateRecords(bad), "Points[1].Obligations[0].Deadline", "before the agreement was signed")
	})
	t.Run("missing source", func(t *testing.T) {
		bad := withPoint(ags, 3, func(p *agreement.Point) { p.Sources = karabakh.Sources{} })
		wantOnly(t, agreement.ValidateRecords(bad), "Points[2].Sources", "cites no source")
	})
	t.Run("unknown topic", func(t *testing.T) {
		bad := withPoint(ags, 5, func(p *agreement.Point) { p.Topics = karabakh.ListOf(agreement.Topic("weather")) })
		wantOnly(t, agreement.ValidateRecords(bad), "Points[4].Topics[0]", `unknown topic "weather"`)
	})
	t.Run("non-NFC title", func(t *testing.T) {
		bad := slices.Clone(ags)
		for i, a := range bad {
			if a.ID != agreement.Statement2020 {
				continue
			}
			ts := a.Titles.Slice()
			ts[0].Text = norm.NFD.String(ts[0].Text) // й becomes и + U+0306
			if norm.NFC.IsNormalString(ts[0].Text) {
				t.Fatal("the decomposed title is still NFC")
			}
			a.Titles = karabakh.NamesOf(ts...)
			bad[i] = a
		}
		wantOnly(t, agreement.ValidateRecords(bad), "Titles[0].Text", "not in Unicode NFC")
	})
}

func countFunc[T any](l karabakh.List[T], f func(T) bool) int {
	n := 0
	for v := range l.All() {
		if f(v) {
			n++
		}
	}
	return n
}
