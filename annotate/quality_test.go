package annotate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
)

// The gold sets under testdata: dev/, which the matcher was tuned on, and
// test/ to test8/, held out, each measured on once before its errors were
// read (QUALITY.md says when). Each text has a
// NAME.gold.json with its source and every mention, by byte offsets; the
// rules are in testdata/GUIDELINES.md.
type goldFile struct {
	URL       string        `json:"url"`
	Publisher string        `json:"publisher"`
	Lang      string        `json:"lang"`
	Published string        `json:"published"`
	Text      string        `json:"text"`
	Note      string        `json:"note"`
	Mentions  []goldMention `json:"mentions"`
}

type goldMention struct {
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Kind        string   `json:"kind"`
	IDs         []string `json:"ids"`
	Ambiguous   bool     `json:"ambiguous"`
	Inferred    bool     `json:"inferred"`
	Relative    bool     `json:"relative"`
	Approximate bool     `json:"approximate"`
	Note        string   `json:"note"`
}

type goldText struct {
	name string
	gold goldFile
	text string
}

// loadGold reads the gold texts of dir. A text given by a path outside
// the repository (the seed article, in ../shared) is skipped when absent.
func loadGold(t *testing.T, dir string) []goldText {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	var out []goldText
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		path := filepath.Join(dir, g.Text)
		if strings.HasPrefix(g.Text, "../") {
			path = filepath.Join("..", g.Text) // relative to the repository root
		}
		text, err := os.ReadFile(path)
		if err != nil {
			if strings.HasPrefix(g.Text, "../") {
				t.Logf("%s: %s is absent; skipped", filepath.Base(f), g.Text)
				continue
			}
			t.Fatal(err)
		}
		out = append(out, goldText{name: strings.TrimSuffix(filepath.Base(f), ".gold.json"), gold: g, text: string(text)})
	}
	return out
}

// A score counts matches of one kind in one language.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s score) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// matches reports whether a mention found is the gold mention: the same
// kind and span, and its best ID among the gold IDs (the date or
// quantity itself for those kinds).
func matches(m Mention, g goldMention) bool {
	if m.Kind.String() != g.Kind || m.Start != g.Start || m.End != g.End || m.IDs.Len() == 0 {
		return false
	}
	return slices.Contains(g.IDs, m.IDs.At(0))
}

type evaluation struct {
	scores map[string]score // by "kind lang", "kind all" and "all lang"
	errors []string
}

func evaluate(texts []goldText) evaluation {
	ev := evaluation{scores: map[string]score{}}
	add := func(kind, lang string, f func(*score)) {
		for _, k := range []string{kind + " " + lang, kind + " all", "all " + lang, "all all"} {
			s := ev.scores[k]
			f(&s)
			ev.scores[k] = s
		}
	}
	for _, gt := range texts {
		var opts []Option
		if d, err := karabakh.ParseDate(gt.gold.Published); err == nil && gt.gold.Published != "" {
			opts = append(opts, Published(d))
		}
		found := slices.Collect(Text(gt.text, opts...))
		used := make([]bool, len(found))
		for _, g := range gt.gold.Mentions {
			hit := false
			for i, m := range found {
				if !used[i] && matches(m, g) {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				add(g.Kind, gt.gold.Lang, func(s *score) { s.tp++ })
				continue
			}
			add(g.Kind, gt.gold.Lang, func(s *score) { s.fn++ })
			near := ""
			for _, m := range found {
				if m.Start < g.End && g.Start < m.End && m.Kind.String() == g.Kind {
					near = " (found " + m.String() + ")"
				}
			}
			ev.errors = append(ev.errors, fmt.Sprintf("%s: missed %s %q %v at %d%s", gt.name, g.Kind, g.Text, g.IDs, g.Start, near))
		}
		for i, m := range found {
			if !used[i] {
				add(m.Kind.String(), gt.gold.Lang, func(s *score) { s.fp++ })
				ev.errors = append(ev.errors, fmt.Sprintf("%s: spurious %s", gt.name, m))
			}
		}
	}
	return ev
}

func (ev evaluation) table() string {
	var b strings.Builder
	keys := make([]string, 0, len(ev.scores))
	for k := range ev.scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(&b, "%-18s %5s %5s %5s %9s %6s\n", "kind lang", "tp", "fp", "fn", "precision", "recall")
	for _, k := range keys {
		s := ev.scores[k]
		fmt.Fprintf(&b, "%-18s %5d %5d %5d %9.2f %6.2f\n", k, s.tp, s.fp, s.fn, s.precision(), s.recall())
	}
	return b.String()
}

// floors are the lowest precision and recall the tests accept, per kind
// and language ("all" for every one): what was measured (QUALITY.md),
// less 0.03, rounded down to a multiple of 0.05. A change that loses
// quality fails. The held-out sets' floors were set from their
// measurements (QUALITY.md says which run); they are not targets to tune
// to.
var floors = map[string]map[string][2]float64{
	"dev": {
		"actor all":     {0.95, 0.95},
		"actor az":      {0.95, 0.95},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.95, 0.95},
		"actor ru":      {0.95, 0.95},
		"agreement all": {0.95, 0.95},
		"agreement az":  {0.95, 0.95},
		"agreement en":  {0.95, 0.90},
		"agreement hy":  {0.95, 0.95},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.95, 0.95},
		"all az":        {0.95, 0.95},
		"all en":        {0.95, 0.95},
		"all hy":        {0.95, 0.95},
		"all ru":        {0.95, 0.95},
		"date all":      {0.95, 0.95},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.95, 0.95},
		"place all":     {0.95, 0.95},
		"place az":      {0.95, 0.95},
		"place en":      {0.95, 0.95},
		"place hy":      {0.95, 0.95},
		"place ru":      {0.95, 0.95},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"quantity all":  {0.95, 0.95},
		"quantity az":   {0.95, 0.95},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.95},
		"quantity ru":   {0.95, 0.95},
	},
	"test": {
		"actor all":     {0.90, 0.80},
		"actor az":      {0.95, 0.85},
		"actor en":      {0.95, 0.75},
		"actor hy":      {0.65, 0.65},
		"actor ru":      {0.85, 0.85},
		"agreement all": {0.95, 0.55},
		"agreement az":  {0.95, 0.75},
		"agreement en":  {0.95, 0.70},
		"agreement hy":  {0.95, 0.00},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.85, 0.80},
		"all az":        {0.85, 0.80},
		"all en":        {0.85, 0.80},
		"all hy":        {0.75, 0.75},
		"all ru":        {0.85, 0.80},
		"date all":      {0.75, 0.75},
		"date az":       {0.15, 0.15},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.95, 0.95},
		"place all":     {0.85, 0.85},
		"place az":      {0.85, 0.95},
		"place en":      {0.75, 0.80},
		"place hy":      {0.85, 0.95},
		"place ru":      {0.90, 0.80},
		"point all":     {0.95, 0.75},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.45},
		"quantity all":  {0.80, 0.70},
		"quantity az":   {0.95, 0.95},
		"quantity en":   {0.80, 0.80},
		"quantity hy":   {0.95, 0.95},
		"quantity ru":   {0.45, 0.30},
	},
	"test2": {
		"actor all":     {0.90, 0.90},
		"actor az":      {0.75, 0.85},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.85, 0.85},
		"actor ru":      {0.90, 0.80},
		"agreement all": {0.85, 0.80},
		"agreement az":  {0.95, 0.80},
		"agreement en":  {0.85, 0.75},
		"agreement hy":  {0.60, 0.60},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.90, 0.85},
		"all az":        {0.75, 0.80},
		"all en":        {0.90, 0.80},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.85, 0.80},
		"date all":      {0.90, 0.85},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.75},
		"date ru":       {0.70, 0.65},
		"place all":     {0.90, 0.90},
		"place az":      {0.85, 0.80},
		"place en":      {0.95, 0.90},
		"place hy":      {0.95, 0.95},
		"place ru":      {0.80, 0.95},
		"point all":     {0.95, 0.85},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.70},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.85, 0.50},
		"quantity az":   {0.95, 0.95},
		"quantity en":   {0.95, 0.45},
		"quantity hy":   {0.70, 0.55},
		"quantity ru":   {0.95, 0.30},
	},
	// test3 was held out for one run, whose figures QUALITY.md gives; these
	// floors are from after the fixes that followed it.
	"test3": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.90, 0.95},
		"actor en":      {0.85, 0.85},
		"actor hy":      {0.85, 0.85},
		"actor ru":      {0.95, 0.80},
		"agreement all": {0.85, 0.65},
		"agreement az":  {0.95, 0.75},
		"agreement en":  {0.85, 0.65},
		"agreement hy":  {0.85, 0.65},
		"agreement ru":  {0.95, 0.65},
		"all all":       {0.85, 0.80},
		"all az":        {0.90, 0.90},
		"all en":        {0.90, 0.85},
		"all hy":        {0.80, 0.65},
		"all ru":        {0.85, 0.75},
		"date all":      {0.90, 0.85},
		"date az":       {0.95, 0.95},
		"date en":       {0.90, 0.80},
		"date hy":       {0.95, 0.70},
		"date ru":       {0.85, 0.85},
		"place all":     {0.85, 0.80},
		"place az":      {0.75, 0.75},
		"place en":      {0.95, 0.95},
		"place hy":      {0.70, 0.55},
		"place ru":      {0.85, 0.90},
		"point all":     {0.95, 0.85},
		"point az":      {0.95, 0.75},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.55, 0.35},
		"quantity az":   {0.95, 0.95},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.20, 0.10},
	},
	// test4 likewise.
	"test4": {
		"actor all":     {0.95, 0.85},
		"actor az":      {0.95, 0.85},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.90, 0.75},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.70, 0.60},
		"agreement az":  {0.95, 0.65},
		"agreement en":  {0.95, 0.95},
		"agreement hy":  {0.00, 0.00},
		"agreement ru":  {0.55, 0.45},
		"all all":       {0.90, 0.85},
		"all az":        {0.85, 0.85},
		"all en":        {0.95, 0.90},
		"all hy":        {0.90, 0.75},
		"all ru":        {0.90, 0.80},
		"date all":      {0.90, 0.85},
		"date az":       {0.90, 0.90},
		"date en":       {0.95, 0.80},
		"date hy":       {0.95, 0.70},
		"date ru":       {0.85, 0.85},
		"place all":     {0.90, 0.90},
		"place az":      {0.85, 0.85},
		"place en":      {0.85, 0.90},
		"place hy":      {0.90, 0.95},
		"place ru":      {0.90, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.45, 0.30},
		"quantity az":   {0.00, 0.00},
		"quantity hy":   {0.95, 0.00},
		"quantity ru":   {0.95, 0.75},
	},
	// test5 likewise.
	"test5": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.85, 0.85},
		"actor en":      {0.90, 0.90},
		"actor hy":      {0.85, 0.80},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.80, 0.70},
		"agreement az":  {0.95, 0.85},
		"agreement en":  {0.75, 0.75},
		"agreement hy":  {0.45, 0.35},
		"agreement ru":  {0.95, 0.70},
		"all all":       {0.85, 0.80},
		"all az":        {0.85, 0.80},
		"all en":        {0.85, 0.85},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.80},
		"date az":       {0.95, 0.85},
		"date en":       {0.80, 0.80},
		"date hy":       {0.80, 0.80},
		"date ru":       {0.80, 0.80},
		"place all":     {0.85, 0.85},
		"place az":      {0.80, 0.80},
		"place en":      {0.80, 0.95},
		"place hy":      {0.95, 0.75},
		"place ru":      {0.85, 0.85},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.65, 0.35},
		"quantity az":   {0.65, 0.45},
		"quantity en":   {0.95, 0.95},
		"quantity ru":   {0.45, 0.15},
	},
	// test6 was measured once, on the sixth version; its floors are from
	// the figures after the two changes its errors led to (QUALITY.md).
	"test6": {
		"actor all":     {0.95, 0.90},
		"actor az":      {0.85, 0.85},
		"actor en":      {0.95, 0.85},
		"actor hy":      {0.95, 0.95},
		"actor ru":      {0.95, 0.95},
		"agreement all": {0.75, 0.55},
		"agreement az":  {0.70, 0.40},
		"agreement en":  {0.85, 0.65},
		"agreement hy":  {0.45, 0.45},
		"agreement ru":  {0.70, 0.55},
		"all all":       {0.90, 0.85},
		"all az":        {0.85, 0.80},
		"all en":        {0.95, 0.90},
		"all hy":        {0.90, 0.85},
		"all ru":        {0.95, 0.85},
		"date all":      {0.95, 0.90},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.85, 0.85},
		"date ru":       {0.95, 0.85},
		"place all":     {0.85, 0.85},
		"place az":      {0.80, 0.75}, // 0.85 until "Sünik" was a name: "Sünik rayonunun" is now half found
		"place en":      {0.95, 0.95},
		"place hy":      {0.80, 0.90},
		"place ru":      {0.90, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.20, 0.10},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.00},
		"quantity ru":   {0.00, 0.00},
	},
	// test7 was measured once, on the seventh version; its floors are from
	// that run.
	"test7": {
		"actor all":     {0.90, 0.80},
		"actor az":      {0.95, 0.85},
		"actor en":      {0.90, 0.90},
		"actor hy":      {0.85, 0.75},
		"actor ru":      {0.75, 0.70},
		"agreement all": {0.65, 0.55},
		"agreement az":  {0.70, 0.45},
		"agreement en":  {0.45, 0.35},
		"agreement hy":  {0.95, 0.70},
		"agreement ru":  {0.70, 0.95},
		"all all":       {0.85, 0.80},
		"all az":        {0.90, 0.80},
		"all en":        {0.85, 0.85},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.85, 0.80},
		"date all":      {0.85, 0.80},
		"date az":       {0.85, 0.65},
		"date en":       {0.90, 0.90},
		"date hy":       {0.65, 0.75},
		"date ru":       {0.95, 0.80},
		"place all":     {0.95, 0.85},
		"place az":      {0.80, 0.85},
		"place en":      {0.95, 0.85},
		"place hy":      {0.95, 0.80},
		"place ru":      {0.95, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.85, 0.70},
		"quantity az":   {0.85, 0.95},
		"quantity en":   {0.95, 0.45},
		"quantity hy":   {0.95, 0.00},
	},
	// test8 was measured once, on the eighth version; its floors are from
	// that run. Its errors were read after it, for the ninth.
	"test8": {
		"actor all":     {0.90, 0.90},
		"actor az":      {0.85, 0.90},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.85, 0.80},
		"actor ru":      {0.95, 0.90},
		"agreement all": {0.85, 0.45},
		"agreement az":  {0.70, 0.55},
		"agreement en":  {0.95, 0.55},
		"agreement hy":  {0.95, 0.00},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.90, 0.80},
		"all az":        {0.85, 0.75},
		"all en":        {0.90, 0.90},
		"all hy":        {0.85, 0.70},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.75},
		"date az":       {0.95, 0.75},
		"date en":       {0.90, 0.75},
		"date hy":       {0.95, 0.75},
		"date ru":       {0.75, 0.65},
		"place all":     {0.85, 0.80},
		"place az":      {0.80, 0.45},
		"place en":      {0.95, 0.95},
		"place hy":      {0.75, 0.80},
		"place ru":      {0.95, 0.75},
		"point all":     {0.95, 0.45},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.00},
		"quantity all":  {0.45, 0.20},
		"quantity en":   {0.30, 0.30},
		"quantity hy":   {0.95, 0.00},
		"quantity ru":   {0.95, 0.45},
	},
	// test9 was measured once, on the ninth version, the matcher as it
	// was at commit 5c06edb; its floors are from that run.
	"test9": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.95, 0.80},
		"actor en":      {0.95, 0.85},
		"actor hy":      {0.90, 0.95},
		"actor ru":      {0.90, 0.80},
		"agreement all": {0.55, 0.55},
		"agreement az":  {0.00, 0.00},
		"agreement en":  {0.95, 0.70},
		"agreement hy":  {0.45, 0.95},
		"agreement ru":  {0.95, 0.00},
		"all all":       {0.85, 0.85},
		"all az":        {0.80, 0.80},
		"all en":        {0.90, 0.80},
		"all hy":        {0.85, 0.95},
		"all ru":        {0.90, 0.80},
		"date all":      {0.90, 0.80},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.75},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.00, 0.00},
		"place all":     {0.85, 0.90},
		"place az":      {0.75, 0.80},
		"place en":      {0.80, 0.80},
		"place hy":      {0.95, 0.95},
		"place ru":      {0.90, 0.95},
		"point all":     {0.95, 0.65},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.00},
		"quantity all":  {0.65, 0.95},
		"quantity az":   {0.00, 0.95},
		"quantity en":   {0.70, 0.95},
		"quantity hy":   {0.95, 0.95},
	},
	// test10 was measured once, on the tenth version, the matcher as it
	// was at commit 496754c; its floors are from that run.
	"test10": {
		"actor all":     {0.95, 0.85},
		"actor az":      {0.75, 0.60},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.95, 0.85},
		"actor ru":      {0.95, 0.95},
		"agreement all": {0.75, 0.60},
		"agreement az":  {0.70, 0.55},
		"agreement en":  {0.75, 0.75},
		"agreement ru":  {0.95, 0.00},
		"all all":       {0.85, 0.80},
		"all az":        {0.75, 0.65},
		"all en":        {0.95, 0.90},
		"all hy":        {0.80, 0.80},
		"all ru":        {0.95, 0.85},
		"date all":      {0.75, 0.70},
		"date az":       {0.95, 0.65},
		"date en":       {0.95, 0.75},
		"date hy":       {0.45, 0.55},
		"date ru":       {0.95, 0.95},
		"place all":     {0.85, 0.95},
		"place az":      {0.80, 0.95},
		"place en":      {0.95, 0.95},
		"place hy":      {0.85, 0.95},
		"place ru":      {0.85, 0.85},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.35, 0.20},
		"quantity az":   {0.30, 0.20},
		"quantity en":   {0.95, 0.45},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.95, 0.00},
	},
	// test11 was measured once, on the eleventh version, the matcher as it
	// was at commit 0645ec9; its floors are from that run.
	"test11": {
		"actor all":     {0.95, 0.90},
		"actor az":      {0.90, 0.90},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.85, 0.80},
		"actor ru":      {0.95, 0.90},
		"agreement all": {0.80, 0.40},
		"agreement az":  {0.95, 0.95},
		"agreement en":  {0.95, 0.55},
		"agreement hy":  {0.95, 0.00},
		"agreement ru":  {0.45, 0.15},
		"all all":       {0.85, 0.80},
		"all az":        {0.75, 0.75},
		"all en":        {0.95, 0.90},
		"all hy":        {0.90, 0.80},
		"all ru":        {0.85, 0.75},
		"date all":      {0.95, 0.90},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.80, 0.70},
		"place all":     {0.80, 0.85},
		"place az":      {0.65, 0.60},
		"place en":      {0.90, 0.95},
		"place hy":      {0.95, 0.90},
		"place ru":      {0.70, 0.80},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.35, 0.20},
		"quantity az":   {0.20, 0.20},
		"quantity en":   {0.95, 0.45},
		"quantity ru":   {0.95, 0.00},
	},
	// test12 was measured once, on the twelfth version, the matcher as it
	// was at commit e76a14b; its floors are from that run.
	"test12": {
		"actor all":     {0.90, 0.90},
		"actor az":      {0.55, 0.95},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.90, 0.90},
		"actor ru":      {0.95, 0.80},
		"agreement all": {0.70, 0.80},
		"agreement az":  {0.95, 0.75},
		"agreement en":  {0.75, 0.75},
		"agreement hy":  {0.00, 0.95},
		"agreement ru":  {0.45, 0.95},
		"all all":       {0.85, 0.80},
		"all az":        {0.80, 0.75},
		"all en":        {0.90, 0.85},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.90, 0.80},
		"date all":      {0.90, 0.85},
		"date az":       {0.95, 0.70},
		"date en":       {0.95, 0.95},
		"date hy":       {0.65, 0.65},
		"date ru":       {0.95, 0.95},
		"place all":     {0.80, 0.75},
		"place az":      {0.85, 0.60},
		"place en":      {0.65, 0.95},
		"place hy":      {0.95, 0.75},
		"place ru":      {0.85, 0.85},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.85, 0.45},
		"quantity az":   {0.95, 0.70},
		"quantity en":   {0.95, 0.00},
		"quantity hy":   {0.45, 0.30},
		"quantity ru":   {0.95, 0.00},
	},
	// test13 was measured once, on the thirteenth version, the matcher as it
	// was at commit 5b9612f; its floors are from that run.
	"test13": {
		"actor all":     {0.85, 0.90},
		"actor az":      {0.70, 0.95},
		"actor en":      {0.90, 0.85},
		"actor hy":      {0.85, 0.90},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.70, 0.75},
		"agreement az":  {0.00, 0.00},
		"agreement en":  {0.95, 0.95},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.85, 0.80},
		"all az":        {0.70, 0.70},
		"all en":        {0.90, 0.85},
		"all hy":        {0.90, 0.85},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.55},
		"date az":       {0.00, 0.00},
		"date en":       {0.95, 0.95},
		"date ru":       {0.95, 0.65},
		"place all":     {0.85, 0.80},
		"place az":      {0.90, 0.65},
		"place en":      {0.85, 0.85},
		"place hy":      {0.95, 0.90},
		"place ru":      {0.55, 0.95},
		"point all":     {0.95, 0.30},
		"point en":      {0.95, 0.00},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.95, 0.25},
		"quantity az":   {0.95, 0.00},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.20},
		"quantity ru":   {0.95, 0.20},
	},
	// test14 was measured once, on the fourteenth version, the matcher as it
	// was at commit 44c3522; its floors are from that run.
	"test14": {
		"actor all":     {0.90, 0.80},
		"actor az":      {0.90, 0.95},
		"actor en":      {0.90, 0.75},
		"actor hy":      {0.85, 0.90},
		"actor ru":      {0.95, 0.75},
		"agreement all": {0.45, 0.30},
		"agreement az":  {0.15, 0.10},
		"agreement en":  {0.55, 0.40},
		"agreement hy":  {0.45, 0.45},
		"agreement ru":  {0.95, 0.30},
		"all all":       {0.85, 0.75},
		"all az":        {0.80, 0.80},
		"all en":        {0.80, 0.70},
		"all hy":        {0.80, 0.80},
		"all ru":        {0.90, 0.75},
		"date all":      {0.85, 0.80},
		"date az":       {0.95, 0.95},
		"date en":       {0.70, 0.70},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.95, 0.70},
		"place all":     {0.80, 0.80},
		"place az":      {0.90, 0.80},
		"place en":      {0.80, 0.80},
		"place hy":      {0.80, 0.80},
		"place ru":      {0.75, 0.80},
		"point all":     {0.30, 0.45},
		"point en":      {0.45, 0.45},
		"quantity all":  {0.55, 0.55},
		"quantity az":   {0.30, 0.45},
		"quantity en":   {0.70, 0.70},
		"quantity hy":   {0.95, 0.00},
	},
	// test15 was measured once, on the fifteenth version, the matcher as it
	// was at commit fee5006; its floors are from that run.
	"test15": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.95, 0.85},
		"actor en":      {0.90, 0.95},
		"actor hy":      {0.85, 0.85},
		"actor ru":      {0.90, 0.70},
		"agreement all": {0.45, 0.25},
		"agreement az":  {0.95, 0.00},
		"agreement en":  {0.95, 0.95},
		"agreement hy":  {0.95, 0.00},
		"agreement ru":  {0.00, 0.00},
		"all all":       {0.90, 0.80},
		"all az":        {0.90, 0.80},
		"all en":        {0.90, 0.90},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.85, 0.70},
		"date all":      {0.95, 0.85},
		"date az":       {0.95, 0.80},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.45},
		"date ru":       {0.95, 0.95},
		"place all":     {0.85, 0.85},
		"place az":      {0.70, 0.95},
		"place en":      {0.95, 0.90},
		// Its annotator left the word for city out of "Բերձոր քաղաքն"; since
		// the twenty-first version the matcher, as GUIDELINES.md now says and
		// as ten other held-out texts have it, puts it in (0.82 since).
		"place hy":     {0.80, 0.80},
		"place ru":     {0.75, 0.75},
		"quantity all": {0.65, 0.60},
		"quantity az":  {0.00, 0.00},
		"quantity en":  {0.75, 0.75},
		"quantity hy":  {0.65, 0.65},
		"quantity ru":  {0.95, 0.45},
	},
	// test16 was measured once, on the sixteenth version, the matcher as it
	// was at commit de15e42; its floors are from that run.
	"test16": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.75, 0.70},
		"actor en":      {0.90, 0.95},
		"actor hy":      {0.95, 0.90},
		"actor ru":      {0.90, 0.90},
		"agreement all": {0.70, 0.55},
		"agreement az":  {0.75, 0.55},
		"agreement en":  {0.75, 0.65},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.85, 0.80},
		"all az":        {0.75, 0.70},
		"all en":        {0.90, 0.90},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.90, 0.85},
		"date all":      {0.85, 0.80},
		"date az":       {0.85, 0.65},
		"date en":       {0.85, 0.85},
		"date hy":       {0.95, 0.70},
		"date ru":       {0.85, 0.85},
		"place all":     {0.80, 0.80},
		"place az":      {0.55, 0.60},
		"place en":      {0.90, 0.90},
		"place hy":      {0.80, 0.70},
		"place ru":      {0.95, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.90, 0.85},
		"quantity az":   {0.85, 0.95},
		"quantity en":   {0.95, 0.95},
		"quantity ru":   {0.95, 0.00},
	},
	// test17 was measured once, on the seventeenth version, the matcher as it
	// was at commit c6f1ed5; its floors are from that run.
	"test17": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.95, 0.95},
		"actor en":      {0.80, 0.90},
		"actor hy":      {0.90, 0.80},
		"actor ru":      {0.90, 0.70},
		"agreement all": {0.75, 0.55},
		"agreement az":  {0.70, 0.25},
		"agreement en":  {0.65, 0.65},
		"agreement hy":  {0.70, 0.95},
		"agreement ru":  {0.95, 0.75},
		"all all":       {0.85, 0.80},
		"all az":        {0.85, 0.80},
		"all en":        {0.85, 0.85},
		"all hy":        {0.80, 0.75},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.80},
		"date az":       {0.90, 0.90},
		"date en":       {0.95, 0.95},
		"date hy":       {0.75, 0.65},
		"date ru":       {0.70, 0.65},
		"place all":     {0.90, 0.90},
		"place az":      {0.85, 0.85},
		"place en":      {0.95, 0.85},
		"place hy":      {0.85, 0.95},
		"place ru":      {0.95, 0.95},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.65, 0.50},
		"quantity az":   {0.20, 0.30},
		"quantity en":   {0.85, 0.75},
		"quantity hy":   {0.45, 0.15},
		"quantity ru":   {0.95, 0.95},
	},
	// test18 was measured once, on the eighteenth version, the matcher as it
	// was at commit afcb38c; its floors are from that run.
	"test18": {
		"actor all":     {0.80, 0.85},
		"actor az":      {0.65, 0.75},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.80, 0.90},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.85, 0.70},
		"agreement az":  {0.65, 0.55},
		"agreement en":  {0.95, 0.80},
		"agreement hy":  {0.95, 0.95},
		"agreement ru":  {0.95, 0.70},
		"all all":       {0.85, 0.75},
		"all az":        {0.75, 0.70},
		"all en":        {0.95, 0.85},
		"all hy":        {0.75, 0.70},
		"all ru":        {0.85, 0.80},
		"date all":      {0.95, 0.90},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.30},
		"date ru":       {0.95, 0.95},
		"place all":     {0.80, 0.70},
		"place az":      {0.85, 0.70},
		"place en":      {0.85, 0.75},
		"place hy":      {0.65, 0.55},
		"place ru":      {0.80, 0.85},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.70, 0.35},
		"quantity az":   {0.95, 0.00},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.65},
		"quantity ru":   {0.00, 0.00},
	},
	// test19 was measured once, on the nineteenth version, the matcher as it
	// was at commit 32fbe98; its floors are from that run.
	"test19": {
		"actor all":     {0.80, 0.80},
		"actor az":      {0.80, 0.70},
		"actor en":      {0.70, 0.70},
		"actor hy":      {0.85, 0.90},
		"actor ru":      {0.90, 0.90},
		"agreement all": {0.70, 0.60},
		"agreement az":  {0.55, 0.45},
		"agreement en":  {0.95, 0.70},
		"agreement hy":  {0.45, 0.45},
		"agreement ru":  {0.65, 0.65},
		"all all":       {0.85, 0.75},
		"all az":        {0.80, 0.70},
		"all en":        {0.85, 0.75},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.85, 0.85},
		"date all":      {0.95, 0.80},
		"date az":       {0.95, 0.85},
		"date en":       {0.95, 0.75},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.70, 0.70},
		"place all":     {0.90, 0.80},
		"place az":      {0.85, 0.75},
		"place en":      {0.90, 0.80},
		"place hy":      {0.95, 0.70},
		"place ru":      {0.90, 0.95},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.85, 0.40},
		"quantity az":   {0.80, 0.55},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.00},
		"quantity ru":   {0.95, 0.30},
	},
	// test20 was measured once, on the twentieth version, the matcher as it
	// was at commit 3baf2ec; its floors are from that run.
	"test20": {
		"actor all":     {0.95, 0.85},
		"actor az":      {0.95, 0.85},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.85, 0.85},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.70, 0.60},
		"agreement az":  {0.70, 0.95},
		"agreement en":  {0.80, 0.60},
		"agreement hy":  {0.95, 0.45},
		"agreement ru":  {0.45, 0.35},
		"all all":       {0.85, 0.85},
		"all az":        {0.80, 0.80},
		"all en":        {0.95, 0.90},
		"all hy":        {0.80, 0.75},
		"all ru":        {0.85, 0.80},
		"date all":      {0.80, 0.80},
		"date az":       {0.65, 0.65},
		"date en":       {0.95, 0.95},
		"date hy":       {0.65, 0.65},
		"date ru":       {0.95, 0.95},
		"place all":     {0.90, 0.90},
		"place az":      {0.80, 0.80},
		"place en":      {0.95, 0.95},
		"place hy":      {0.90, 0.85},
		"place ru":      {0.95, 0.95},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.60, 0.60},
		"quantity az":   {0.55, 0.95},
		"quantity en":   {0.95, 0.80},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.30, 0.30},
	},
	// test21 was measured once, on the twentieth version (the matcher of commit
	// 3baf2ec, unchanged at 2b05c65); its floors are from that run.
	"test21": {
		"actor all":     {0.90, 0.80},
		"actor az":      {0.75, 0.70},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.95, 0.90},
		"actor ru":      {0.80, 0.70},
		"agreement all": {0.65, 0.55},
		"agreement en":  {0.65, 0.40},
		"agreement hy":  {0.45, 0.45},
		"agreement ru":  {0.75, 0.75},
		"all all":       {0.85, 0.75},
		"all az":        {0.65, 0.60},
		"all en":        {0.90, 0.80},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.80, 0.75},
		"date all":      {0.85, 0.80},
		"date az":       {0.95, 0.80},
		"date en":       {0.85, 0.85},
		"date hy":       {0.85, 0.75},
		"date ru":       {0.85, 0.85},
		"place all":     {0.75, 0.80},
		"place az":      {0.45, 0.45},
		"place en":      {0.90, 0.95},
		"place hy":      {0.80, 0.75},
		"place ru":      {0.75, 0.90},
		"point all":     {0.95, 0.35},
		"point en":      {0.95, 0.20},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.55, 0.20},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.95, 0.55},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.00, 0.00},
	},
	// test22 was measured once, on the twentieth version (the matcher of commit
	// 3baf2ec, unchanged at 2b05c65); its floors are from that run.
	"test22": {
		"actor all":     {0.85, 0.85},
		"actor az":      {0.85, 0.90},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.70, 0.55},
		"actor ru":      {0.85, 0.90},
		"agreement all": {0.65, 0.45},
		"agreement az":  {0.65, 0.65},
		"agreement en":  {0.45, 0.45},
		"agreement hy":  {0.95, 0.30},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.85, 0.80},
		"all az":        {0.80, 0.75},
		"all en":        {0.90, 0.90},
		"all hy":        {0.70, 0.60},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.85},
		"date az":       {0.95, 0.95},
		"date en":       {0.85, 0.85},
		"date hy":       {0.45, 0.45},
		"date ru":       {0.95, 0.95},
		"place all":     {0.80, 0.80},
		"place az":      {0.70, 0.65},
		"place en":      {0.90, 0.85},
		"place hy":      {0.70, 0.70},
		"place ru":      {0.90, 0.85},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.65, 0.30},
		"quantity az":   {0.45, 0.20},
		"quantity en":   {0.95, 0.65},
		"quantity ru":   {0.00, 0.00},
	},
	// test23 was measured once, on the twenty-first version (commit b47ed41);
	// its floors are from that run.
	"test23": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.85, 0.90},
		"actor en":      {0.90, 0.75},
		"actor hy":      {0.75, 0.70},
		"actor ru":      {0.95, 0.90},
		"agreement all": {0.85, 0.75},
		"agreement az":  {0.95, 0.85},
		"agreement en":  {0.95, 0.70},
		"agreement hy":  {0.65, 0.65},
		"agreement ru":  {0.65, 0.65},
		"all all":       {0.90, 0.80},
		"all az":        {0.85, 0.85},
		"all en":        {0.95, 0.80},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.90, 0.85},
		"date all":      {0.90, 0.85},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.45, 0.30},
		"place all":     {0.90, 0.85},
		"place az":      {0.90, 0.90},
		"place en":      {0.95, 0.90},
		"place hy":      {0.85, 0.80},
		"place ru":      {0.75, 0.95},
		"point all":     {0.95, 0.85},
		"point az":      {0.95, 0.65},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.45, 0.15},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.00, 0.00},
		"quantity hy":   {0.95, 0.30},
		"quantity ru":   {0.00, 0.00},
	},
	// test24 was measured once, on the twenty-first version (commit b47ed41),
	// with nothing changed since test23's run; its floors are from that run.
	"test24": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.80, 0.70},
		"actor en":      {0.90, 0.95},
		"actor hy":      {0.95, 0.75},
		"actor ru":      {0.85, 0.90},
		"agreement all": {0.65, 0.50},
		"agreement az":  {0.65, 0.65},
		"agreement en":  {0.85, 0.70},
		"agreement hy":  {0.35, 0.35},
		"agreement ru":  {0.45, 0.25},
		"all all":       {0.80, 0.75},
		"all az":        {0.70, 0.65},
		"all en":        {0.90, 0.90},
		"all hy":        {0.80, 0.65},
		"all ru":        {0.80, 0.70},
		"date all":      {0.80, 0.80},
		"date az":       {0.70, 0.70},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.65, 0.65},
		"place all":     {0.80, 0.80},
		"place az":      {0.70, 0.70},
		"place en":      {0.90, 0.95},
		"place hy":      {0.75, 0.55},
		"place ru":      {0.85, 0.85},
		"point all":     {0.95, 0.45},
		"point az":      {0.95, 0.45},
		"point en":      {0.95, 0.45},
		"point hy":      {0.95, 0.95},
		"point ru":      {0.95, 0.30},
		"quantity all":  {0.65, 0.40},
		"quantity az":   {0.35, 0.30},
		"quantity en":   {0.00, 0.00},
		"quantity hy":   {0.95, 0.15},
		"quantity ru":   {0.95, 0.80},
	},
	// test25 was measured once, on the twenty-second version (commit 80de823);
	// its floors are from that run.
	"test25": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.90, 0.95},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.80, 0.65},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.95, 0.65},
		"agreement az":  {0.00, 0.00},
		"agreement en":  {0.95, 0.85},
		"agreement hy":  {0.95, 0.70},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.85, 0.80},
		"all az":        {0.90, 0.75},
		"all en":        {0.95, 0.90},
		"all hy":        {0.75, 0.70},
		"all ru":        {0.85, 0.80},
		"date all":      {0.80, 0.75},
		"date az":       {0.70, 0.60},
		"date en":       {0.95, 0.95},
		"date hy":       {0.75, 0.65},
		"date ru":       {0.70, 0.70},
		"place all":     {0.80, 0.90},
		"place az":      {0.95, 0.90},
		"place en":      {0.85, 0.90},
		"place hy":      {0.65, 0.90},
		"place ru":      {0.70, 0.95},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.70, 0.20},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.70, 0.45},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.00, 0.00},
	},
	// test26 was measured once, on the twenty-second version (commit 80de823),
	// with nothing changed since test25's run; its floors are from that run.
	"test26": {
		"actor all":     {0.85, 0.75},
		"actor az":      {0.95, 0.70},
		"actor en":      {0.95, 0.75},
		"actor hy":      {0.65, 0.60},
		"actor ru":      {0.95, 0.90},
		"agreement all": {0.70, 0.55},
		"agreement az":  {0.35, 0.45},
		"agreement en":  {0.85, 0.60},
		"agreement hy":  {0.00, 0.00},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.85, 0.75},
		"all az":        {0.80, 0.75},
		"all en":        {0.90, 0.75},
		"all hy":        {0.70, 0.65},
		"all ru":        {0.95, 0.85},
		"date all":      {0.85, 0.80},
		"date az":       {0.80, 0.80},
		"date en":       {0.95, 0.85},
		"date hy":       {0.45, 0.45},
		"date ru":       {0.85, 0.75},
		"place all":     {0.85, 0.80},
		"place az":      {0.80, 0.80},
		"place en":      {0.45, 0.45},
		"place hy":      {0.85, 0.85},
		"place ru":      {0.95, 0.85},
		"point all":     {0.95, 0.85},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.70},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.95, 0.70},
		"quantity az":   {0.95, 0.45},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.95},
		"quantity ru":   {0.95, 0.45},
	},
	// test27 was measured once, on the twenty-third version (commit d7fae2f);
	// its floors are from that run.
	"test27": {
		"actor all":     {0.90, 0.80},
		"actor az":      {0.80, 0.75},
		"actor en":      {0.90, 0.80},
		"actor hy":      {0.95, 0.90},
		"actor ru":      {0.90, 0.70},
		"agreement all": {0.75, 0.60},
		"agreement az":  {0.95, 0.85},
		"agreement en":  {0.65, 0.45},
		"agreement hy":  {0.00, 0.00},
		"agreement ru":  {0.45, 0.45},
		"all all":       {0.85, 0.75},
		"all az":        {0.85, 0.80},
		"all en":        {0.90, 0.75},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.80, 0.70},
		"date all":      {0.85, 0.85},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.45, 0.45},
		"date ru":       {0.45, 0.45},
		"place all":     {0.80, 0.80},
		"place az":      {0.85, 0.95},
		"place en":      {0.95, 0.75},
		"place hy":      {0.65, 0.75},
		"place ru":      {0.75, 0.85},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.80, 0.60},
		"quantity az":   {0.75, 0.85},
		"quantity en":   {0.70, 0.40},
		"quantity hy":   {0.95, 0.30},
		"quantity ru":   {0.95, 0.70},
	},
	// test28 was measured once, on the twenty-third version (commit d7fae2f),
	// with nothing changed since test27's run; its floors are from that run.
	"test28": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.85, 0.85},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.90, 0.80},
		"actor ru":      {0.85, 0.75},
		"agreement all": {0.80, 0.90},
		"agreement az":  {0.65, 0.75},
		"agreement en":  {0.95, 0.95},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.90, 0.85},
		"all az":        {0.85, 0.85},
		"all en":        {0.95, 0.90},
		"all hy":        {0.90, 0.75},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.70},
		"date az":       {0.85, 0.75},
		"date en":       {0.85, 0.85},
		"date hy":       {0.95, 0.35},
		"date ru":       {0.80, 0.80},
		"place all":     {0.95, 0.95},
		"place az":      {0.95, 0.95},
		"place en":      {0.95, 0.90},
		"place hy":      {0.95, 0.95},
		"place ru":      {0.95, 0.90},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.75, 0.50},
		"quantity en":   {0.95, 0.95},
		"quantity hy":   {0.95, 0.35},
		"quantity ru":   {0.55, 0.45},
	},
	// test29 was measured once, on the twenty-fourth version (commit f84e7b6);
	// its floors are from that run.
	"test29": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.90, 0.80},
		"actor en":      {0.95, 0.95},
		"actor hy":      {0.85, 0.85},
		"actor ru":      {0.95, 0.90},
		"agreement all": {0.75, 0.70},
		"agreement az":  {0.95, 0.45},
		"agreement en":  {0.80, 0.80},
		"agreement hy":  {0.45, 0.45},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.90, 0.85},
		"all az":        {0.85, 0.85},
		"all en":        {0.95, 0.95},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.90, 0.85},
		"date all":      {0.80, 0.70},
		"date az":       {0.70, 0.70},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.45},
		"date ru":       {0.45, 0.45},
		"place all":     {0.95, 0.95},
		"place az":      {0.90, 0.95},
		"place en":      {0.95, 0.90},
		"place hy":      {0.95, 0.85},
		"place ru":      {0.90, 0.95},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"point hy":      {0.95, 0.95},
		"quantity all":  {0.90, 0.85},
		"quantity az":   {0.65, 0.65},
		"quantity en":   {0.95, 0.95},
		"quantity ru":   {0.95, 0.70},
	},
	// test30 was measured once, on the twenty-fourth version (commit f84e7b6),
	// with nothing changed since test29's run; its floors are from that run.
	"test30": {
		"actor all":     {0.85, 0.85},
		"actor az":      {0.90, 0.90},
		"actor en":      {0.80, 0.85},
		"actor hy":      {0.90, 0.90},
		"actor ru":      {0.85, 0.85},
		"agreement all": {0.75, 0.60},
		"agreement az":  {0.65, 0.40},
		"agreement en":  {0.95, 0.80},
		"agreement hy":  {0.95, 0.45},
		"agreement ru":  {0.65, 0.95},
		"all all":       {0.85, 0.85},
		"all az":        {0.90, 0.85},
		"all en":        {0.85, 0.85},
		"all hy":        {0.85, 0.80},
		"all ru":        {0.80, 0.85},
		"date all":      {0.85, 0.85},
		"date az":       {0.85, 0.85},
		"date en":       {0.95, 0.95},
		"date hy":       {0.45, 0.45},
		"date ru":       {0.95, 0.95},
		"place all":     {0.85, 0.90},
		"place az":      {0.95, 0.95},
		"place en":      {0.85, 0.85},
		"place hy":      {0.90, 0.85},
		"place ru":      {0.75, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.75, 0.45},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.75, 0.55},
		"quantity hy":   {0.95, 0.45},
		"quantity ru":   {0.95, 0.45},
	},
	// test31 was measured once, on the twenty-fourth version (the matcher of commit
	// f84e7b6, unchanged since test29's and test30's runs); its floors are from that run.
	"test31": {
		"actor all":     {0.85, 0.90},
		"actor az":      {0.80, 0.90},
		"actor en":      {0.95, 0.90},
		"actor hy":      {0.90, 0.90},
		"actor ru":      {0.85, 0.85},
		"agreement all": {0.95, 0.80},
		"agreement az":  {0.95, 0.95},
		"agreement en":  {0.95, 0.80},
		"agreement ru":  {0.95, 0.75},
		"all all":       {0.90, 0.85},
		"all az":        {0.85, 0.85},
		"all en":        {0.95, 0.90},
		"all hy":        {0.90, 0.90},
		"all ru":        {0.90, 0.85},
		"date all":      {0.95, 0.90},
		"date az":       {0.95, 0.95},
		"date en":       {0.95, 0.95},
		"date hy":       {0.70, 0.70},
		"date ru":       {0.95, 0.85},
		"place all":     {0.95, 0.90},
		"place az":      {0.95, 0.70},
		"place en":      {0.95, 0.95},
		"place hy":      {0.95, 0.85},
		"place ru":      {0.95, 0.95},
		"point all":     {0.95, 0.95},
		"point en":      {0.95, 0.95},
		"quantity all":  {0.95, 0.45},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.00, 0.00},
		"quantity ru":   {0.95, 0.70},
	},
	// test32 was measured once, on the twenty-fourth version (the matcher of commit
	// f84e7b6, unchanged since test29's and test30's runs); its floors are from that run.
	"test32": {
		"actor all":     {0.90, 0.95},
		"actor az":      {0.90, 0.95},
		"actor en":      {0.85, 0.95},
		"actor hy":      {0.95, 0.85},
		"actor ru":      {0.85, 0.90},
		"agreement all": {0.70, 0.70},
		"agreement az":  {0.65, 0.65},
		"agreement en":  {0.70, 0.55},
		"agreement hy":  {0.70, 0.95},
		"agreement ru":  {0.95, 0.95},
		"all all":       {0.85, 0.85},
		"all az":        {0.85, 0.90},
		"all en":        {0.80, 0.85},
		"all hy":        {0.80, 0.75},
		"all ru":        {0.90, 0.90},
		"date all":      {0.80, 0.80},
		"date az":       {0.95, 0.75},
		"date en":       {0.85, 0.80},
		"date hy":       {0.60, 0.80},
		"date ru":       {0.95, 0.95},
		"place all":     {0.90, 0.95},
		"place az":      {0.95, 0.95},
		"place en":      {0.90, 0.95},
		"place hy":      {0.75, 0.95},
		"place ru":      {0.90, 0.95},
		"quantity all":  {0.55, 0.45},
		"quantity az":   {0.00, 0.00},
		"quantity en":   {0.35, 0.35},
		"quantity hy":   {0.65, 0.40},
		"quantity ru":   {0.95, 0.70},
	},
	// test33 was measured once, on the twenty-fourth version (the matcher of commit
	// f84e7b6; the commits since change no mention on any set); its floors are from that run.
	"test33": {
		"actor all":     {0.90, 0.85},
		"actor az":      {0.90, 0.85},
		"actor en":      {0.85, 0.90},
		"actor hy":      {0.95, 0.90},
		"actor ru":      {0.90, 0.85},
		"agreement all": {0.85, 0.50},
		"agreement az":  {0.95, 0.80},
		"agreement en":  {0.00, 0.00},
		"agreement hy":  {0.95, 0.65},
		"agreement ru":  {0.00, 0.00},
		"all all":       {0.85, 0.85},
		"all az":        {0.85, 0.85},
		"all en":        {0.85, 0.90},
		"all hy":        {0.95, 0.85},
		"all ru":        {0.85, 0.80},
		"date all":      {0.85, 0.80},
		"date az":       {0.80, 0.80},
		"date en":       {0.95, 0.85},
		"date hy":       {0.65, 0.45},
		"date ru":       {0.90, 0.90},
		"place all":     {0.90, 0.95},
		"place az":      {0.70, 0.95},
		"place en":      {0.95, 0.95},
		"place hy":      {0.95, 0.95},
		"place ru":      {0.80, 0.90},
		"point all":     {0.95, 0.95},
		"point az":      {0.95, 0.95},
		"quantity all":  {0.35, 0.30},
		"quantity en":   {0.45, 0.45},
		"quantity hy":   {0.95, 0.95},
		"quantity ru":   {0.00, 0.00},
	},
	// test34 was measured once, on the twenty-fourth version (the matcher of commit
	// f84e7b6; the commits since change no mention on any set), after test33's run; its floors
	// are from that run.
	"test34": {
		"actor all":     {0.85, 0.90},
		"actor az":      {0.85, 0.90},
		"actor en":      {0.90, 0.90},
		"actor hy":      {0.80, 0.75},
		"actor ru":      {0.80, 0.85},
		"agreement all": {0.65, 0.85},
		"agreement az":  {0.95, 0.95},
		"agreement en":  {0.65, 0.95},
		"agreement hy":  {0.00, 0.00},
		"all all":       {0.85, 0.85},
		"all az":        {0.80, 0.80},
		"all en":        {0.90, 0.90},
		"all hy":        {0.75, 0.75},
		"all ru":        {0.85, 0.85},
		"date all":      {0.85, 0.70},
		"date az":       {0.45, 0.45},
		"date en":       {0.90, 0.90},
		"date hy":       {0.95, 0.45},
		"date ru":       {0.95, 0.70},
		"place all":     {0.85, 0.90},
		"place az":      {0.80, 0.80},
		"place en":      {0.95, 0.85},
		"place hy":      {0.75, 0.90},
		"place ru":      {0.90, 0.95},
		"quantity all":  {0.70, 0.45},
		"quantity az":   {0.45, 0.45},
		"quantity en":   {0.95, 0.55},
		"quantity hy":   {0.00, 0.00},
		"quantity ru":   {0.45, 0.45},
	},
	// test35 was measured once, on the twenty-fifth version (the matcher of commit 2bd98ef), together
	// with test36's run on the same commit; its floors are from that run.
	"test35": {
		"actor all":     {0.95, 0.85},
		"actor az":      {0.90, 0.90},
		"actor en":      {0.90, 0.90},
		"actor hy":      {0.95, 0.80},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.70, 0.45},
		"agreement az":  {0.00, 0.00},
		"agreement en":  {0.95, 0.45},
		"agreement hy":  {0.95, 0.95},
		"agreement ru":  {0.95, 0.45},
		"all all":       {0.90, 0.80},
		"all az":        {0.75, 0.65},
		"all en":        {0.90, 0.85},
		"all hy":        {0.90, 0.80},
		"all ru":        {0.90, 0.85},
		"date all":      {0.75, 0.85},
		"date az":       {0.15, 0.30},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.95, 0.95},
		"place all":     {0.85, 0.90},
		"place az":      {0.80, 0.85},
		"place en":      {0.90, 0.85},
		"place hy":      {0.85, 0.85},
		"place ru":      {0.80, 0.95},
		"point all":     {0.95, 0.95},
		"point ru":      {0.95, 0.95},
		"quantity all":  {0.85, 0.35},
		"quantity az":   {0.65, 0.15},
		"quantity en":   {0.95, 0.70},
		"quantity hy":   {0.00, 0.00},
	},
	// test36 was measured once, on the twenty-fifth version (the matcher of commit 2bd98ef), together
	// with test35's run on the same commit; its floors are from that run.
	"test36": {
		"actor all":     {0.85, 0.85},
		"actor az":      {0.90, 0.90},
		"actor en":      {0.85, 0.80},
		"actor hy":      {0.75, 0.75},
		"actor ru":      {0.95, 0.85},
		"agreement all": {0.95, 0.55},
		"agreement en":  {0.95, 0.55},
		"agreement hy":  {0.95, 0.95},
		"agreement ru":  {0.00, 0.00},
		"all all":       {0.85, 0.80},
		"all az":        {0.85, 0.80},
		"all en":        {0.85, 0.80},
		"all hy":        {0.85, 0.75},
		"all ru":        {0.90, 0.80},
		"date all":      {0.85, 0.80},
		"date az":       {0.95, 0.65},
		"date en":       {0.95, 0.95},
		"date hy":       {0.95, 0.95},
		"date ru":       {0.65, 0.65},
		"place all":     {0.90, 0.90},
		"place az":      {0.85, 0.95},
		"place en":      {0.75, 0.90},
		"place hy":      {0.95, 0.70},
		"place ru":      {0.90, 0.95},
		"quantity all":  {0.80, 0.35},
		"quantity az":   {0.45, 0.20},
		"quantity en":   {0.95, 0.45},
		"quantity ru":   {0.95, 0.40},
	},
}

func TestQuality(t *testing.T) {
	for _, set := range []string{"dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33", "test34", "test35", "test36"} {
		if only := os.Getenv("ANNOTATE_SET"); only != "" && only != set {
			continue
		}
		texts := loadGold(t, filepath.Join("testdata", set))
		ev := evaluate(texts)
		t.Logf("%s set, %d texts:\n%s", set, len(texts), ev.table())
		if os.Getenv("ANNOTATE_ERRORS") == set {
			for _, e := range ev.errors {
				t.Log(e)
			}
		}
		for k, f := range floors[set] {
			s, ok := ev.scores[k]
			if !ok {
				t.Errorf("%s: no %s in the gold set", set, k)
				continue
			}
			if s.precision() < f[0] || s.recall() < f[1] {
				t.Errorf("%s set, %s: precision %.2f, recall %.2f; floors %.2f, %.2f", set, k, s.precision(), s.recall(), f[0], f[1])
			}
		}
	}
}
