package annotate

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// seeds adds the development texts and some hostile strings to f.
func seeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "dev", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\xff\xfe", "ErdoÄŸan", "Pashi-\n", "-\n\n-", "„", "«“»", "1,", "1,000,000,000,000,000", "9-", "2020-", "10.11.", "Aghdam (", "V. V. V. V. Putin", "ПашинянаПашинянаПашиняна", "PARIS, May 7 - ANKARA/MOSCOW"} {
		f.Add(s)
	}
	// A capital in capitals past the ring's reach: datelineAt once read the
	// text's first token there.
	f.Add(strings.Repeat("word ", ringSize+10) + "BAKU said")
}

// onBoundary reports whether byte offset i of text is where a character
// starts (or the text ends), decoding as Go does: an invalid byte is a
// character of its own.
func onBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) || utf8.RuneStart(text[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return j+size <= i
		}
	}
	return true
}

// recordExists reports whether id names a record of kind k; a date's and a
// quantity's IDs are values, only required to be there.
func recordExists(k Kind, id string) bool {
	switch k {
	case Actor:
		return actors.Exists(actors.ID(id))
	case Place:
		return places.Exists(places.ID(id))
	case Agreement:
		return agreement.Exists(agreement.ID(id))
	case Point:
		return agreement.ExistsPoint(agreement.PointID(id))
	}
	return id != ""
}

// checkMentions reports what is wrong with the mentions of text.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %v outside the text of %d bytes", m, len(text))
		}
		if !onBoundary(text, m.Start) || !onBoundary(text, m.End) {
			t.Fatalf("mention %v not on character boundaries", m)
		}
		if m.Text != text[m.Start:m.End] || m.IDs.Len() == 0 || m.Kind < Actor || m.Kind > Quantity {
			t.Fatalf("mention %v malformed", m)
		}
		for id := range m.IDs.All() {
			if !recordExists(m.Kind, id) {
				t.Fatalf("mention %v names %q, no record of its kind", m, id)
			}
		}
	}
	if !slices.IsSortedFunc(ms, func(a, b Mention) int { return a.Start - b.Start }) {
		t.Fatalf("mentions out of order")
	}
}

func FuzzText(f *testing.F) {
	seeds(f)
	pub := Published(karabakh.MustParseDate("2020-11-20"))
	f.Fuzz(func(t *testing.T, text string) {
		ms := slices.Collect(Text(text, pub))
		checkMentions(t, text, ms)
		again := slices.Collect(Text(text, pub))
		if len(again) != len(ms) {
			t.Fatalf("Text gave %d mentions, then %d", len(ms), len(again))
		}
		for i := range ms {
			if ms[i].String() != again[i].String() {
				t.Fatalf("Text gave %v, then %v", ms[i], again[i])
			}
		}
	})
}

func FuzzCheck(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		fs := slices.Collect(Check(text))
		for _, x := range fs {
			if x.Start < 0 || x.End > len(text) || x.Start > x.End {
				t.Fatalf("finding %v outside the text of %d bytes", x, len(text))
			}
			if !onBoundary(text, x.Start) || !onBoundary(text, x.End) {
				t.Fatalf("finding %v not on character boundaries", x)
			}
			if x.Verdict < Consistent || x.Verdict > Disputed || x.Sourced == "" {
				t.Fatalf("finding %v malformed", x)
			}
		}
		again := slices.Collect(Check(text))
		if len(again) != len(fs) {
			t.Fatalf("Check gave %d findings, then %d", len(fs), len(again))
		}
		for i := range fs {
			if fs[i].String() != again[i].String() {
				t.Fatalf("Check gave %v, then %v", fs[i], again[i])
			}
		}
	})
}

// randomText returns n random bytes, a third of them letters of the four
// languages, so that words and names form.
func randomText(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed))
	alphabet := []string{"a", "e", "i", "o", "n", "s", "t", "r", " ", " ", "\n", ".", ",", "-", "1", "0", "А", "р", "м", "е", "н", "и", "я", "Ա", "ր", "ց", "ա", "խ", "ə", "ı", "ğ", "Ä", "Ÿ", "„", "“"}
	b := make([]byte, 0, n)
	for len(b) < n {
		if r.IntN(3) == 0 {
			b = append(b, alphabet[r.IntN(len(alphabet))]...)
		} else {
			b = append(b, byte(r.IntN(256)))
		}
	}
	return string(b[:n])
}

// TestHostileInputLinear checks that a text of random bytes costs in
// proportion to its length: ten times the text, at most about ten times
// the allocations, and no mention outside the text. It measures
// allocations, not time, so that a busy machine cannot fail it.
func TestHostileInputLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("annotates 11 MB; run without -short and without -race")
	}
	small, large := randomText(1<<20, 1), randomText(10<<20, 2)
	var ms []Mention
	allocsSmall := testing.AllocsPerRun(1, func() { ms = analyze(small, config{}) })
	checkMentions(t, small, ms)
	nSmall := len(ms)
	allocsLarge := testing.AllocsPerRun(1, func() { ms = analyze(large, config{}) })
	checkMentions(t, large, ms)
	nLarge := len(ms)
	t.Logf("1 MiB: %.0f allocations, %d mentions; 10 MiB: %.0f allocations, %d mentions", allocsSmall, nSmall, allocsLarge, nLarge)
	// Allocations follow the mentions (a slice of them, and a List each),
	// with a constant for the rest.
	if allocsLarge > 4*float64(nLarge)+200 || allocsLarge > 15*allocsSmall+200 {
		t.Errorf("10 MiB cost %.0f allocations for %d mentions (1 MiB: %.0f for %d): not linear", allocsLarge, nLarge, allocsSmall, nSmall)
	}
}
