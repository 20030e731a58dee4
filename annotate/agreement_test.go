package annotate

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestAnnotatorAgreement compares a second reading of held-out texts with
// the first. testdata/agreement/SET/NAME.gold.json is a second
// annotator's gold for testdata/SET/NAME.txt, made by the guidelines
// alone, without sight of the first's gold or of the matcher: how far two
// careful readers agree is how far the gold can be trusted, and what the
// goal may ask of the matcher. A mention of the second counts as the
// first's if it has its kind and span and its first ID is among the
// first's IDs, as TestQuality counts the matcher's. QUALITY.md has the
// figures.
func TestAnnotatorAgreement(t *testing.T) {
	seconds, err := filepath.Glob(filepath.Join("testdata", "agreement", "*", "*.gold.json"))
	if err != nil || len(seconds) == 0 {
		t.Fatalf("no second annotations: %v", err)
	}
	ev := evaluation{scores: map[string]score{}}
	for _, f := range seconds {
		set, name := filepath.Base(filepath.Dir(f)), filepath.Base(f)
		first, second := readGold(t, filepath.Join("testdata", set, name)), readGold(t, f)
		if first.Text != second.Text || first.Lang != second.Lang || first.URL != second.URL {
			t.Errorf("%s/%s: the second annotation is of another text (%s, %s)", set, name, second.Text, second.URL)
			continue
		}
		text, err := os.ReadFile(filepath.Join("testdata", set, first.Text))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range second.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > len(text) || string(text[m.Start:m.End]) != m.Text || len(m.IDs) == 0 {
				t.Errorf("%s/%s: mention %q at %d-%d does not fit the text", set, name, m.Text, m.Start, m.End)
			}
		}
		used := make([]bool, len(second.Mentions))
		for _, g := range first.Mentions {
			hit := -1
			for i, m := range second.Mentions {
				if !used[i] && m.Kind == g.Kind && m.Start == g.Start && m.End == g.End && len(m.IDs) > 0 && slices.Contains(g.IDs, m.IDs[0]) {
					hit = i
					break
				}
			}
			if hit < 0 {
				ev.add(g.Kind, first.Lang, func(s *score) { s.fn++ })
				ev.errors = append(ev.errors, set+"/"+name+": first only "+g.Kind+" "+g.Text)
				continue
			}
			used[hit] = true
			ev.add(g.Kind, first.Lang, func(s *score) { s.tp++ })
		}
		for i, m := range second.Mentions {
			if !used[i] {
				ev.add(m.Kind, first.Lang, func(s *score) { s.fp++ })
				ev.errors = append(ev.errors, set+"/"+name+": second only "+m.Kind+" "+m.Text)
			}
		}
	}
	t.Logf("the second annotator against the first, %d texts:\n%s", len(seconds), ev.table())
	for _, e := range ev.errors {
		t.Log(e)
	}
	// The readings agree far above the goal the matcher is held to; a gold
	// file edited out of step with its second reading shows here.
	for _, k := range []string{"actor all", "place all"} {
		if s := ev.scores[k]; s.precision() < 0.9 || s.recall() < 0.9 {
			t.Errorf("%s: the two readings agree at %.2f / %.2f", k, s.precision(), s.recall())
		}
	}
}
