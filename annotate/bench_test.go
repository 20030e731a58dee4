package annotate

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh/internal/fold"
)

// corpus returns n bytes of text made of the development texts in turn,
// cut at a character boundary.
func corpus(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "dev", "*.txt"))
	sort.Strings(files)
	var b strings.Builder
	for b.Len() < n {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(t)
			b.WriteString("\n\n")
		}
	}
	s := b.String()[:n]
	for len(s) > 0 && s[len(s)-1]&0xC0 == 0x80 {
		s = s[:len(s)-1]
	}
	return strings.ToValidUTF8(s, "")
}

var sizes = []struct {
	name string
	n    int
}{{"1KB", 1 << 10}, {"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}}

// bySize runs op on a text of each size, reporting its CPU time and what
// op counted under unit.
func bySize(b *testing.B, unit string, op func(text string) int) {
	theLexicon()
	endingSets()
	for _, s := range sizes {
		text := corpus(b, s.n)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			n := 0
			cpu := cpuTime()
			for b.Loop() {
				n = op(text)
			}
			b.ReportMetric(float64(n), unit)
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkText annotates texts of growing length; allocs/op grows with
// the number of mentions (mentions/op), not with the length.
func BenchmarkText(b *testing.B) {
	bySize(b, "mentions/op", func(text string) int {
		n := 0
		for range Text(text) {
			n++
		}
		return n
	})
}

// BenchmarkMetonymy reads 100 KB with the metonymy model and, as the
// baseline in the same run, with the rules' readings alone (the model's
// sampling hook set, which skips it), so that its cost can be told from
// the machine's noise.
func BenchmarkMetonymy(b *testing.B) {
	theLexicon()
	endingSets()
	text := corpus(b, 100<<10)
	for _, model := range []bool{false, true} {
		name := "rules"
		if model {
			name = "model"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			names := 0
			cpu := cpuTime()
			var count func(*analyzer, metonymyGroup, Kind, int, int)
			if !model {
				count = func(*analyzer, metonymyGroup, Kind, int, int) { names++ }
			}
			for b.Loop() {
				names = 0
				runSampled(text, count)
			}
			if !model {
				b.ReportMetric(float64(names), "names/op")
			}
			reportCPU(b, cpu)
		})
	}
}

// cpuTime returns the CPU time the process has used. On a machine other
// work shares, it says more about the cost of the code than the time on
// the clock does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// naiveForms returns every folded name form of the lexicon: what the
// naive baseline looks for.
func naiveForms() []string {
	lx := theLexicon()
	seen := map[string]bool{}
	var out []string
	for _, e := range lx.entries {
		if k := fold.Key(e.text); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// BenchmarkNaive is the baseline: fold the text, then strings.Index for
// every folded name form over it, counting the places each occurs.
func BenchmarkNaive(b *testing.B) {
	forms := naiveForms()
	b.ReportMetric(float64(len(forms)), "forms")
	bySize(b, "hits/op", func(text string) int { return naive(text, forms) })
}

// BenchmarkVersusNaive runs the naive baseline and Text in turn on the
// same text, so that whatever else the machine does weighs on both alike.
// Each iteration runs the baseline once, then Text as many times as fit
// in the baseline's time: both are measured over windows of the same
// length, each at its own steady state. It reports the ratio of their
// times (naive/text), and apart from it the first Text of each window,
// cold, since on a shared machine any other 80 ms (a spin loop as much as
// the baseline) leave the lexicon's tables out of the caches
// (naive/text-cold).
func BenchmarkVersusNaive(b *testing.B) {
	forms := naiveForms()
	theLexicon()
	endingSets()
	for _, s := range sizes {
		text := corpus(b, s.n)
		b.Run(s.name, func(b *testing.B) {
			var tText, tCold, tNaive time.Duration
			runs := 0
			for b.Loop() {
				t0 := time.Now()
				naive(text, forms)
				window := time.Since(t0)
				tNaive += window
				for spent := time.Duration(0); spent < window; runs++ {
					t1 := time.Now()
					for range Text(text) {
					}
					d := time.Since(t1)
					if spent == 0 {
						tCold += d
					}
					spent += d
					tText += d
				}
			}
			n := float64(b.N)
			text := float64(tText) / float64(runs)
			b.ReportMetric(text, "text-ns/op")
			b.ReportMetric(float64(tCold.Nanoseconds())/n, "text-cold-ns/op")
			b.ReportMetric(float64(tNaive.Nanoseconds())/n, "naive-ns/op")
			b.ReportMetric(float64(tNaive)/n/text, "naive/text")
			b.ReportMetric(float64(tNaive)/float64(tCold), "naive/text-cold")
		})
	}
}

// BenchmarkTextAfterSpin runs Text after 80 ms of a loop that reads the
// clock and nothing else, the baseline's time at 100 KB: it measures what
// BenchmarkVersusNaive's naive/text-cold does without the baseline, and
// shows that the first Text of a window is slower whatever came before.
func BenchmarkTextAfterSpin(b *testing.B) {
	theLexicon()
	endingSets()
	for _, s := range sizes[1:3] {
		text := corpus(b, s.n)
		b.Run(s.name, func(b *testing.B) {
			var spent time.Duration
			for b.Loop() {
				for t0 := time.Now(); time.Since(t0) < 80*time.Millisecond; {
				}
				t1 := time.Now()
				for range Text(text) {
				}
				spent += time.Since(t1)
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N), "text-ns/op")
		})
	}
}

func naive(text string, forms []string) int {
	folded := string(fold.AppendKey(nil, text))
	n := 0
	for _, f := range forms {
		for off := 0; ; {
			i := strings.Index(folded[off:], f)
			if i < 0 {
				break
			}
			n++
			off += i + 1
		}
	}
	return n
}

func BenchmarkCheck(b *testing.B) {
	text := corpus(b, 10<<10)
	Check(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for range Check(text) {
		}
	}
}

func BenchmarkCheckSmall(b *testing.B) {
	text := "The trilateral statement was signed by Recep Tayyip Erdoğan on 12 November 2020."
	Check(text)
	for b.Loop() {
		for range Check(text) {
		}
	}
}

// BenchmarkMatch runs only what the naive baseline does: find where the
// lexicon's words and names stand (scanning, folding, both automata),
// without reading their context or emitting mentions.
func BenchmarkMatch(b *testing.B) {
	a := analyzers.Get().(*analyzer)
	defer analyzers.Put(a)
	bySize(b, "hits/op", func(text string) int {
		a.reset(text, config{})
		a.prescan()
		hits := 0
		for i := 0; ; i++ {
			a.fill(i + lookahead)
			if i >= a.n {
				return hits
			}
			hits += len(a.hitsAt(i))
		}
	})
}
