package check

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// values returns the canonical values of the figures in s.
func values(s string) []string {
	var out []string
	for _, f := range Figures(s) {
		out = append(out, f.Value)
	}
	return out
}

func TestFigures(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// Counts, with and without digit groups; decimals.
		{"1,960 servicemen and 90 armoured personnel carriers", []string{"1960", "90"}},
		{"1 960 servicemen", []string{"1960"}},
		{"a corridor 5 km wide, 12.7 km of border", []string{"5", "12.7"}},
		// Times of day in their forms.
		{"at 00:00 Moscow time, 01:00 in Baku, 1am, 21:00 GMT", []string{"0:00", "1:00", "1:00", "21:00"}},
		// Number words, ordinals; "one" and "two" are too common to count.
		{"three leaders, the ninth meeting, one side, two names", []string{"3", "9"}},
		{"twenty-two MPs, a five-year term", []string{"22", "5"}},
		// Not figures: dates, years, point references, IDs, domains, zones.
		{"on 10 November 2020, by November 20, in the 1990s", nil},
		{"point 6, points 7 and 8, Article 9, §4", nil},
		{"see 2020-11-10-ceasefire-takes-effect and gazakh-in-point-2", nil},
		{"168.am and 1news.az reported; UTC+4", nil},
		{"dated 10.11.2020", nil},
		// Numbers that are part of a name.
		{"COP29 and i24NEWS", nil},
	} {
		if got := values(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Figures(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuoteFigures(t *testing.T) {
	for _, tt := range []struct {
		quote string
		want  []string // each must be among the quote's figures
	}{
		{"в количестве 1960 военнослужащих", []string{"1960"}},
		{"содержит девять пунктов", []string{"9"}},
		{"1 960 sayda odlu silahlı", []string{"1960"}},
		{"առաջիկա երեք տարում", []string{"3"}},
		{"from 1am on Tuesday (21:00 GMT on Monday)", []string{"1:00", "21:00"}},
		{"26,794 тыс. человек", []string{"26794", "26794000"}},
		{"one of two", []string{"1", "2"}},
	} {
		got := QuoteFigures(tt.quote)
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("QuoteFigures(%q) lacks %q: %v", tt.quote, w, got)
			}
		}
	}
}

func TestDerivations(t *testing.T) {
	note := "The 01:00 is derived from 21:00 GMT. The 77 is in no source. Ten days: counted from 15 November."
	got := Derivations(note)
	for _, w := range []string{"1:00", "21:00", "10"} {
		if !got[w] {
			t.Errorf("Derivations lacks %q: %v", w, got)
		}
	}
	if got["77"] {
		t.Errorf("Derivations took 77 from a sentence that derives nothing")
	}
}

func TestFiguresRuleOnChecker(t *testing.T) {
	var c Checker
	c.Figures("event x", []Field{{"Summary", "1,960 troops arrived at 17:00, in three columns"}},
		[]string{"1960 военнослужащих"}, "The time 17:00 is converted from 16:00 Moscow time.")
	ps := c.problems
	if len(ps) != 1 || ps[0].Field != "Summary" || !strings.Contains(ps[0].Message, `"three"`) {
		t.Errorf("got %v, want one problem for \"three\"", ps)
	}
}

// FuzzFigures checks that Figures, QuoteFigures and Derivations never
// panic, that every figure Figures finds is text of its input, and that
// the two read a figure alike: a quote of the figure as written supports
// it, so the rule never fires on a figure copied from a quote. CI runs it
// for 20 seconds (.ci/run, FUZZTIME).
func FuzzFigures(f *testing.F) {
	for _, s := range []string{
		"1,960 servicemen, 90 APCs and 380 vehicles",
		"at 00:00 Moscow time (01:00 local, 21:00 GMT)",
		"twenty-two votes to one, the ninth meeting",
		"26,794 тыс. человек", "1 960 sayda", "երեք տարում",
		"point 6; 2020-11-10-ceasefire-takes-effect; 168.am",
		"1.5 km, 12,7 km, 3,500 metres",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		QuoteFigures(s)
		Derivations(s)
		for _, fig := range Figures(s) {
			if !strings.Contains(s, fig.Text) {
				t.Errorf("Figures(%q) found %q, which is not in it", s, fig.Text)
			}
			// A figure scaled by the word after it ("26,794 тыс.") is
			// read with that word, which its Text leaves out.
			if fig.scale == 0 && !QuoteFigures(fig.Text)[fig.Value] {
				t.Errorf("Figures(%q) found %q (%s), which a quote of %q does not support", s, fig.Text, fig.Value, fig.Text)
			}
		}
	})
}
