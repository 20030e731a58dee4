package factcheck

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/bundle"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestValidate(t *testing.T) {
	if err := Validate(); err != nil {
		t.Fatal(err)
	}
}

// problems returns what ValidateRecords reports for all, or nil.
func problems(t *testing.T, all []Correction) []karabakh.Problem {
	t.Helper()
	err := ValidateRecords(all)
	if err == nil {
		return nil
	}
	var ve *karabakh.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("ValidateRecords returned %T, want *karabakh.ValidationError", err)
	}
	return ve.Problems
}

// isReference reports whether p is about a link to another package's
// records, which depend on data written elsewhere.
func isReference(p karabakh.Problem) bool {
	for _, f := range []string{"Actors[", "Places[", "Points[", "Events["} {
		if strings.HasPrefix(p.Field, f) {
			return true
		}
	}
	return false
}

// TestOwnFieldsClean checks everything this package writes itself, so that
// its own data is known clean even while the packages it links to are
// still being filled.
func TestOwnFieldsClean(t *testing.T) {
	for _, p := range problems(t, records()) {
		if !isReference(p) {
			t.Error(p)
		}
	}
}

func TestReferencesResolve(t *testing.T) {
	for _, c := range records() {
		for a := range c.Actors.All() {
			if !actors.Exists(a) {
				t.Logf("%s: actor %q not (yet) in actors", c.ID, a)
			}
		}
		for p := range c.Places.All() {
			if !places.Exists(p) {
				t.Logf("%s: place %q not (yet) in agreement", c.ID, p)
			}
		}
		for e := range c.Events.All() {
			if !timeline.Exists(e) {
				t.Logf("%s: event %q not (yet) in timeline", c.ID, e)
			}
		}
	}
}

func TestEveryVerdictValid(t *testing.T) {
	for c := range All() {
		if !c.Verdict.Valid() {
			t.Errorf("%s: verdict %q", c.ID, c.Verdict)
		}
	}
}

// Each numbered section of seed-discrepancies.md is one correction.
func TestOnePerSection(t *testing.T) {
	if n := len(seedRecords()); n != 24 {
		t.Errorf("%d corrections, want 24 (sections 1-24 of seed-discrepancies.md)", n)
	}
}

func get(t *testing.T, id ID) Correction {
	t.Helper()
	c, ok := Get(id)
	if !ok {
		t.Fatalf("no correction %q", id)
	}
	return c
}

func TestBorderQuoteIsMisattributed(t *testing.T) {
	c := get(t, MisattributedBorderQuote)
	if c.Verdict != Misattributed {
		t.Errorf("verdict %q, want %q", c.Verdict, Misattributed)
	}
	if !strings.Contains(c.Claim, "eastern part of the Armenian-Azerbaijani border") {
		t.Errorf("claim %q does not quote the seed", c.Claim)
	}
	if !strings.Contains(c.Correction, "16 November 2021") {
		t.Errorf("correction %q does not date the ministry's words", c.Correction)
	}
	// ERRATA: the main source is Armenian Public Radio.
	if s := c.Sources.At(0); !strings.HasPrefix(s.URL, "https://en.armradio.am/2021/11/16/") {
		t.Errorf("first source %q, want the en.armradio.am report of 16 November 2021", s.URL)
	}
	if !slices.Contains(c.Events.Slice(), timeline.BorderCeasefire2021) {
		t.Errorf("events %v do not include the ceasefire of 16 November 2021", c.Events)
	}
}

func TestErdoganMojibake(t *testing.T) {
	c := get(t, ErdoganMojibake)
	if c.Verdict != Garbled {
		t.Errorf("verdict %q, want %q", c.Verdict, Garbled)
	}
	for _, damaged := range []string{"ErdoAan", "Erdo\u00c4an"} {
		if !strings.Contains(c.Claim, damaged) {
			t.Errorf("claim %q lost the damaged form %q", c.Claim, damaged)
		}
	}
	if !strings.Contains(c.Correction, "Erdo\u011fan") {
		t.Errorf("correction %q does not give Erdoğan", c.Correction)
	}
	if !slices.Contains(c.Actors.Slice(), actors.Erdogan) {
		t.Errorf("actors %v lack Erdoğan", c.Actors)
	}
}

func TestKeyFacts(t *testing.T) {
	tests := []struct {
		id      ID
		verdict Verdict
		want    []string // in Correction
	}{
		{OSCEName, Wrong, []string{"Organization for Security and Co-operation in Europe"}},
		{Peacekeepers2000, Imprecise, []string{"1,960", "1,970"}},
		{DelimitationDemarcation, Garbled, []string{"delimitation"}},
		{NakhchivanEnclaveRoad, Wrong, []string{"exclave"}},
		{StepanakertLowerCase, Garbled, []string{"Stepanakert", "Xankəndi"}},
		{PrisonerExchange2020, Correct, []string{"14 December 2020", "12", "44"}},
		{MirzoyanBeaten, Correct, []string{"10 November 2020"}},
		{MinskGroupCoChairs, Outdated, []string{"30 November 2025"}},
		{AirliftBeforeSigning, Wrong, []string{"10 November 2020"}},
		{Point8Rejected, Garbled, []string{"scope"}},
		{GazakhInPoint2, Wrong, []string{"only the Aghdam district"}},
		{SigningDate, Imprecise, []string{"9 November", "00:00 Moscow time", "Statement dated 9 November 2020"}},
	}
	for _, tt := range tests {
		c := get(t, tt.id)
		if c.Verdict != tt.verdict {
			t.Errorf("%s: verdict %q, want %q", tt.id, c.Verdict, tt.verdict)
		}
		for _, w := range tt.want {
			if !strings.Contains(c.Correction, w) {
				t.Errorf("%s: correction lacks %q", tt.id, w)
			}
		}
	}
}

// A verdict drawn from two findings must say why in its Note.
func TestTwoFindingsExplained(t *testing.T) {
	for _, id := range []ID{TroopsAndTanksInvading, AirliftBeforeSigning, NakhchivanEnclaveRoad, Point8Rejected} {
		if c := get(t, id); c.Note == "" {
			t.Errorf("%s: no Note explaining the choice of verdict", id)
		}
	}
}

func TestQuotesShort(t *testing.T) {
	for _, c := range records() {
		for field, ss := range map[string]karabakh.Sources{"Sources": c.Sources, "Seen": c.Seen} {
			for i := range ss.Len() {
				if n := utf8.RuneCountInString(ss.At(i).Quote); n >= 200 {
					t.Errorf("%s: %s[%d]: quote of %d characters, want under 200", c.ID, field, i, n)
				}
			}
		}
	}
}

// TestCuesAndSeen checks what issue 10 asks of every entry: Cues for a
// text matcher, a language, and, for a claim found elsewhere than in the
// seed article, the pages it was seen on, whose quotes hold the claim.
func TestCuesAndSeen(t *testing.T) {
	for _, c := range records() {
		if c.Cues.IsZero() {
			t.Errorf("%s: no Cues", c.ID)
		}
		if c.Cues.Terms.Len() == 0 {
			t.Errorf("%s: Cues has no Terms", c.ID)
		}
		if c.Lang == (language.Tag{}) {
			t.Errorf("%s: no Lang", c.ID)
		}
		if strings.HasPrefix(c.Where, SeedWhere) {
			continue
		}
		if c.Seen.Len() == 0 {
			t.Errorf("%s: found elsewhere, but Seen is empty", c.ID)
			continue
		}
		for part := range strings.SplitSeq(c.Claim, " […] ") {
			found := false
			for s := range c.Seen.All() {
				found = found || strings.Contains(bundle.Collapse(s.Quote), bundle.Collapse(part))
			}
			if !found {
				t.Errorf("%s: claim %q is in none of the Seen quotes", c.ID, part)
			}
		}
		if s := c.Seen.At(0); s.Lang != c.Lang {
			t.Errorf("%s: Seen[0] is in %v, the claim in %v", c.ID, s.Lang, c.Lang)
		}
	}
}

// TestRegisterReach checks the reach issue 10 asked of the misstatements
// found elsewhere: at least 15 entries from at least 8 publishers, with
// claims in English, Russian, Azerbaijani and Armenian; and that every
// term of a cue is in a language the register reads.
func TestRegisterReach(t *testing.T) {
	elsewhere := elsewhereRecords()
	if len(elsewhere) < 15 {
		t.Errorf("%d misstatements found elsewhere, want at least 15", len(elsewhere))
	}
	publishers := map[string]bool{}
	langs := map[language.Tag]int{}
	for _, c := range elsewhere {
		publishers[c.Seen.At(0).Publisher] = true
		langs[c.Lang]++
	}
	if len(publishers) < 8 {
		t.Errorf("%d publishers, want at least 8: %v", len(publishers), publishers)
	}
	for _, l := range []language.Tag{language.English, language.Russian, language.Azerbaijani, language.Armenian} {
		if langs[l] == 0 {
			t.Errorf("no misstatement in %v", l)
		}
	}
	for _, c := range records() {
		for tm := range c.Cues.Terms.All() {
			if tm.Lang != language.English && tm.Lang != language.Russian && tm.Lang != language.Azerbaijani &&
				tm.Lang != language.Armenian && tm.Lang != language.Turkish {
				t.Errorf("%s: term %q in %v", c.ID, tm.Text, tm.Lang)
			}
		}
	}
}

// The mutation tests break one rule in an otherwise clean record and check
// that ValidateRecords reports exactly that problem.
func TestValidateRecordsReportsEachRule(t *testing.T) {
	base := get(t, ErdoganMojibake) // links nothing outside actors
	base.Events = karabakh.List[timeline.ID]{}
	base.Actors = karabakh.List[actors.ID]{}
	if ps := problems(t, []Correction{base}); len(ps) != 0 {
		t.Fatalf("base record not clean: %v", ps)
	}
	tests := []struct {
		name   string
		mutate func(*Correction)
		field  string
		msg    string
	}{
		{"dangling event", func(c *Correction) {
			c.Events = karabakh.ListOf(timeline.ID("1900-01-01-no-such-event"))
		}, "Events[0]", "no event"},
		{"unknown verdict", func(c *Correction) { c.Verdict = "dubious" }, "Verdict", "unknown verdict"},
		{"missing source", func(c *Correction) { c.Sources = karabakh.Sources{} }, "Sources", "cites no source"},
		{"empty correction", func(c *Correction) { c.Correction = " " }, "Correction", "is empty"},
		{"empty claim", func(c *Correction) { c.Claim = "" }, "Claim", "is empty"},
		{"invisible character in claim", func(c *Correction) { c.Claim += "\u200b" }, "Claim", "invisible character U+200B"},
		{"mojibake in claim is kept", func(c *Correction) { c.Claim += " Ã©\u00ad" }, "Claim", "invisible character U+00AD"},
		{"bad ID", func(c *Correction) { c.ID = "Erdogan Mojibake" }, "ID", "lower-case"},
		{"mojibake in correction", func(c *Correction) { c.Correction = "Ã©" }, "Correction", "mojibake"},
		{"no cues", func(c *Correction) { c.Cues = Cues{} }, "Cues", "is empty"},
		{"no language", func(c *Correction) { c.Lang = language.Tag{} }, "Lang", "has no language"},
		{"found elsewhere, seen nowhere", func(c *Correction) { c.Where = "a news site" }, "Seen", "names no page"},
		{"contradicts: bad form", func(c *Correction) { c.Cues.Contradicts = "actor recep-tayyip-erdogan" }, "Cues.Contradicts", "is not"},
		{"contradicts: unknown kind", func(c *Correction) { c.Cues.Contradicts = "person recep-tayyip-erdogan names" }, "Cues.Contradicts", "unknown kind"},
		{"contradicts: no such record", func(c *Correction) { c.Cues.Contradicts = "actor nobody names" }, "Cues.Contradicts", "no actor"},
		{"contradicts: no such field", func(c *Correction) { c.Cues.Contradicts = "actor recep-tayyip-erdogan spelling" }, "Cues.Contradicts", "has no field"},
		{"short quote", func(c *Correction) {
			c.Sources = src.List(src.Q(language.English, "https://www.reuters.com/article/x", "Erdogan said"))
		}, "Sources[0].Quote", "a quote must carry its claim"},
		{"figure not in a quote", func(c *Correction) { c.Correction += " It was 44 days." }, "Correction", "figure \"44\""},
		{"figure derived in the note", func(c *Correction) {
			c.Correction += " It was 44 days."
			c.Note += " The 44 days are counted from the dates of the war."
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.mutate(&c)
			ps := problems(t, []Correction{c})
			if tt.field == "" {
				if len(ps) != 0 {
					t.Fatalf("got %v, want no problem", ps)
				}
				return
			}
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1: %v", len(ps), ps)
			}
			if ps[0].Field != tt.field || !strings.Contains(ps[0].Message, tt.msg) {
				t.Errorf("got %v, want field %s with %q", ps[0], tt.field, tt.msg)
			}
		})
	}
	t.Run("duplicate ID", func(t *testing.T) {
		ps := problems(t, []Correction{base, base})
		if len(ps) != 1 || ps[0].Field != "ID" || !strings.Contains(ps[0].Message, "duplicate") {
			t.Errorf("got %v, want one duplicate-ID problem", ps)
		}
	})
}

// seedParagraphs returns the seed article's paragraphs after the title.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	b := bundle.Read(t, "seed-article.txt")
	if !norm.NFC.IsNormal(b) {
		t.Fatal("seed article is not NFC: claims would need normalising")
	}
	blocks := strings.Split(strings.TrimSpace(string(b)), "\n\n")
	return blocks[1:] // blocks[0] is the title line
}

var paragraphNumbers = regexp.MustCompile(`\d+`)

// Each seed claim is quoted byte for byte from the paragraphs its Where
// names, and the corrections follow the article's order.
func TestClaimsQuoteSeed(t *testing.T) {
	paras := seedParagraphs(t)
	article := strings.Join(paras, "\n\n")
	last := -1
	for _, c := range records() {
		if !strings.HasPrefix(c.Where, "seed article, paragraph") {
			continue
		}
		var in []string
		for _, n := range paragraphNumbers.FindAllString(c.Where, -1) {
			i := int(n[0] - '0')
			if len(n) != 1 || i < 1 || i > len(paras) {
				t.Fatalf("%s: Where %q names no paragraph of %d", c.ID, c.Where, len(paras))
			}
			in = append(in, paras[i-1])
		}
		first := -1
		for j, part := range strings.Split(c.Claim, " […] ") {
			found := false
			for _, p := range in {
				found = found || strings.Contains(p, part)
			}
			if !found {
				t.Errorf("%s: %q is not in %s", c.ID, part, c.Where)
			}
			if j == 0 {
				first = strings.Index(article, part)
			}
		}
		if first <= last {
			t.Errorf("%s: out of article order", c.ID)
		}
		last = first
	}
}

// quotesFoundBySearch were read on stored pages with the search tool, not
// in the source bundle.
var quotesFoundBySearch = map[string]bool{
	"батальон 15-й отдельной мотострелковой бригады вошел в город в 17:00 (16:00 мск)":                                                            true,
	"В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники.":                     true,
	"À ce jour, il y a des prisonniers de guerre, des otages et d'autres personnes détenues en Azerbaïdjan, ils n'ont pas été renvoyés à ce jour": true,
}

// Every quote is copied exactly from the source bundle (line breaks and
// block-quote marks aside).
func TestQuotesFromSourceBundle(t *testing.T) {
	corpus := bundle.Text(t)
	for _, c := range records() {
		for i := range c.Sources.Len() {
			s := c.Sources.At(i)
			if s.Quote == "" || quotesFoundBySearch[s.Quote] {
				continue
			}
			if !corpus.Contains(s.Quote) {
				t.Errorf("%s: Sources[%d] quote %q is not in the source bundle", c.ID, i, s.Quote)
			}
			if !corpus.HasURL(s.URL) {
				t.Errorf("%s: Sources[%d] URL %q is not in the source bundle", c.ID, i, s.URL)
			}
		}
	}
}

// TestQuery checks Query against a plain filter over every correction: the
// zero Option, AND of options, AnyOf, and AnyOf with nothing in it.
func TestQuery(t *testing.T) {
	all := slices.Collect(All())
	for _, c := range []struct {
		name string
		opts []Option
		want func(Correction) bool
	}{
		{"none", nil, func(Correction) bool { return true }},
		{"zero option", []Option{{}}, func(Correction) bool { return true }},
		{"empty AnyOf", []Option{AnyOf()}, func(Correction) bool { return false }},
		{"actor", []Option{Actor(actors.Erdogan)}, func(c Correction) bool { return slices.Contains(c.Actors.Slice(), actors.Erdogan) }},
		{"actor and verdict", []Option{Actor(actors.Erdogan), WithVerdict(Imprecise)}, func(c Correction) bool {
			return slices.Contains(c.Actors.Slice(), actors.Erdogan) && c.Verdict == Imprecise
		}},
		{"point or place", []Option{AnyOf(Point(agreement.Point3), Place(places.Nakhchivan))}, func(c Correction) bool {
			return slices.Contains(c.Points.Slice(), agreement.Point3) || slices.Contains(c.Places.Slice(), places.Nakhchivan)
		}},
		{"event", []Option{Event(timeline.StatementSigned)}, func(c Correction) bool { return slices.Contains(c.Events.Slice(), timeline.StatementSigned) }},
	} {
		var want, got []ID
		for _, x := range all {
			if c.want(x) {
				want = append(want, x.ID)
			}
		}
		for x := range Query(c.opts...) {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Query = %v, want %v", c.name, got, want)
		}
		if c.name != "none" && c.name != "zero option" && c.name != "empty AnyOf" && len(want) == 0 {
			t.Errorf("%s: the case selects nothing, so it tests nothing", c.name)
		}
	}
}
