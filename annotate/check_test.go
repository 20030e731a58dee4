package annotate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/factcheck"
	"golang.org/x/text/language"
)

// seedArticle returns the seed article, or skips the test when
// ../shared/sources is absent.
func seedArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "sources", "seed-article.txt"))
	if err != nil {
		t.Skip("../shared/sources/seed-article.txt is absent")
	}
	return string(b)
}

// The findings on the seed article line up with the corrections register,
// claim by claim: every correction of the article is found, with its
// verdict, and nothing is called wrong or imprecise outside the claims
// the register records.
func TestCheckSeedLinesUpWithRegister(t *testing.T) {
	seed := seedArticle(t)
	findings := slices.Collect(Check(seed))
	var claims [][2]int
	for f := range slices.Values(findings) {
		if f.Check == CheckRegister {
			claims = append(claims, [2]int{f.Start, f.End})
		}
	}
	for c := range factcheck.All() {
		if !strings.HasPrefix(c.Where, "seed article") {
			continue
		}
		i := slices.IndexFunc(findings, func(f Finding) bool { return f.Correction == c.ID })
		if i < 0 {
			t.Errorf("correction %s (%s) not found in the seed article", c.ID, c.Verdict)
			continue
		}
		if f := findings[i]; f.Verdict != verdictOf(c.Verdict) || f.Claim == "" || !strings.Contains(c.Claim, strings.TrimRight(f.Claim, ".“")) {
			t.Errorf("correction %s: finding %v; want verdict %s on a passage of %q", c.ID, f, verdictOf(c.Verdict), c.Claim)
		}
	}
	for _, f := range findings {
		if f.Check == CheckRegister || f.Verdict == Consistent {
			continue
		}
		if !slices.ContainsFunc(claims, func(c [2]int) bool { return c[0] <= f.Start && f.End <= c[1] }) {
			t.Errorf("finding outside the register's claims: %v", f)
		}
	}
	for _, f := range findings {
		if f.Start < 0 || f.End > len(seed) || f.Start > f.End {
			t.Errorf("finding %v out of the text", f)
		}
	}
}

// The register's claims are recognised wherever a text repeats them by
// their cues: a term, in any of its languages, with one of the figures
// the claim states; or, for figures alone, beside the record they
// contradict.
func TestCheckCues(t *testing.T) {
	corrs := []factcheck.Correction{
		{ID: "local-time", Claim: "the ceasefire took effect at 00:00 local time", Verdict: factcheck.Wrong,
			Correction: "00:00 Moscow time", Cues: factcheck.Cues{
				Terms:       karabakh.ListOf(factcheck.Term{Text: "00:00 local time", Lang: language.English}, factcheck.Term{Text: "по местному времени", Lang: language.Russian}),
				Figures:     karabakh.ListOf("00:00"),
				Contradicts: "agreement statement-2020-11-10 effective"}},
		{ID: "two-thousand", Claim: "2,000 peacekeepers", Verdict: factcheck.Imprecise, Correction: "1,960",
			Cues: factcheck.Cues{Figures: karabakh.ListOf("2,000"), Contradicts: "point statement-2020-11-10#3 quantities"}},
		// A claim seen on another page: the page's passage finds it too.
		{ID: "gazakh", Claim: "Gazakh district is returned too", Verdict: factcheck.Wrong, Correction: "Only Aghdam",
			Seen: karabakh.ListOf(karabakh.Source{URL: "https://example.org/a", Publisher: "Example",
				Quote: "the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned"})},
	}
	for _, tc := range []struct {
		text string
		want []factcheck.ID
	}{
		{"The ceasefire took effect at 00:00 local time on 10 November.", []factcheck.ID{"local-time"}},
		{"Огонь прекратился в 00:00 по местному времени.", []factcheck.ID{"local-time"}},
		{"The ceasefire took effect at midnight local time.", nil}, // the term without the figure
		{"Some 2,000 Russian peacekeepers were deployed under point 3.", []factcheck.ID{"two-thousand"}},
		{"About 2,000 people protested in Yerevan.", nil}, // the figure, not about the point
		{"They wrote that the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned soon.", []factcheck.ID{"gazakh"}},
	} {
		var got []factcheck.ID
		for _, f := range checkWith(tc.text, config{}, compileRegister(slices.Values(corrs))) {
			if f.Check == CheckRegister {
				got = append(got, f.Correction)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Check(%q) found corrections %v, want %v", tc.text, got, tc.want)
		}
	}
}

// findingsOf returns the findings of one check, as "verdict claim".
func findingsOf(text string, kind CheckKind) []string {
	var out []string
	for f := range Check(text) {
		if f.Check == kind {
			out = append(out, f.Verdict.String()+" "+f.Claim)
		}
	}
	return out
}

func TestCheckClaims(t *testing.T) {
	for _, tc := range []struct {
		kind CheckKind
		text string
		want []string
	}{
		{CheckQuantity, "Under the trilateral statement Russia deploys 1,960 peacekeepers.", []string{"consistent 1,960 peacekeepers"}},
		{CheckQuantity, "Some 1,970 Russian peacekeepers arrived.", []string{"disputed 1,970 Russian peacekeepers"}},
		{CheckQuantity, "About 2,000 Russian peacekeepers arrived.", []string{"imprecise 2,000 Russian peacekeepers"}},
		{CheckQuantity, "About 3,000 Russian peacekeepers arrived.", []string{"wrong 3,000 Russian peacekeepers"}},
		{CheckQuantity, "About 3,000 people protested in Yerevan.", nil},
		{CheckQuantity, "The Lachin corridor is 5 km wide.", []string{"consistent 5 km"}},
		{CheckQuantity, "The Lachin corridor is 10 km wide.", []string{"wrong 10 km"}},
		{CheckQuantity, "The new road in the Lachin corridor is 4,7 km long.", nil}, // not "7 km"
		{CheckSignatory, "The trilateral statement was signed by Ilham Aliyev, Nikol Pashinyan and Vladimir Putin.",
			[]string{"consistent signed by Ilham Aliyev", "consistent signed by Nikol Pashinyan", "consistent signed by Vladimir Putin"}},
		{CheckSignatory, "The trilateral statement was signed by Recep Tayyip Erdoğan and Vladimir Putin.",
			[]string{"wrong signed by Recep Tayyip Erdoğan", "consistent signed by Vladimir Putin"}},
		{CheckSignatory, "Recep Tayyip Erdoğan welcomed the trilateral statement signed by Ilham Aliyev.",
			[]string{"consistent signed by Ilham Aliyev"}},
		{CheckDate, "The trilateral statement was signed on 9 November 2020.", []string{"consistent signed on 9 November 2020"}},
		{CheckDate, "The trilateral statement was signed on November 10, 2020.", []string{"imprecise signed on November 10, 2020"}},
		{CheckDate, "The trilateral statement was signed on 12 November 2020.", []string{"wrong signed on 12 November 2020"}},
		{CheckDate, "Armenia was to return the Aghdam district by 20 November 2020.", []string{"consistent 20 November 2020"}},
		{CheckDate, "Armenia handed over the Kalbajar district on 25 November 2020.", []string{"consistent 25 November 2020"}},
		{CheckDate, "Armenia handed over the Kalbajar district on 15 November 2020.", []string{"imprecise 15 November 2020"}},
		{CheckDate, "Armenia handed over the Kalbajar district on 5 December 2020.", []string{"wrong 5 December 2020"}},
		{CheckDate, "Armenia was to return the Lachin district by 1 December 2020.", []string{"consistent 1 December 2020"}},
		{CheckQuotation, "The trilateral statement says: “The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020.”",
			[]string{"consistent The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020."}},
		{CheckQuotation, "The trilateral statement says: “The Aghdam district is given back to the Republic of Azerbaijan before 20 November 2020.”",
			[]string{"imprecise The Aghdam district is given back to the Republic of Azerbaijan before 20 November 2020."}},
		{CheckQuotation, "The trilateral statement says: “The fire on the eastern part of the border has been stopped and the situation is relatively stable.”",
			[]string{"wrong The fire on the eastern part of the border has been stopped and the situation is relatively stable."}},
		{CheckQuotation, "After the trilateral statement, Nikol Pashinyan said: “This is not a victory, but there is no defeat.”", nil},
	} {
		if got := findingsOf(tc.text, tc.kind); !slices.Equal(got, tc.want) {
			t.Errorf("Check(%q) %s findings:\n got %q\nwant %q", tc.text, tc.kind, got, tc.want)
		}
	}
}

// A text that repeats a claim of the register in its words gets the
// register's finding, wherever it stands.
func TestCheckRegisterClaimElsewhere(t *testing.T) {
	c, ok := factcheck.Get(factcheck.OSCEName)
	if !ok {
		t.Skip("no such correction")
	}
	text := "An analyst wrote that the " + c.Claim + " had failed."
	var found bool
	for f := range Check(text) {
		found = found || f.Correction == factcheck.OSCEName && text[f.Start:f.End] == f.Claim
	}
	if !found {
		t.Errorf("Check did not find %s in %q", factcheck.OSCEName, text)
	}
}
