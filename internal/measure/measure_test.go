package measure

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/annotate"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

const module = "github.com/caucasus-data/karabakh"

// heavy are the x/text packages whose tables must not reach programs that
// merely import the data packages.
var heavy = []string{"golang.org/x/text/collate", "golang.org/x/text/search"}

// TestHeavyTablesStayOut checks, with go list, that no data package
// depends on the collation or search tables, and that the collation
// package, which needs them, does.
func TestHeavyTablesStayOut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, pkg := range []string{"", "/actors", "/agreement", "/timeline", "/factcheck", "/internal/fold"} {
		deps := goList(t, module+pkg)
		for _, h := range heavy {
			if deps[h] {
				t.Errorf("%s%s depends on %s", module, pkg, h)
			}
		}
	}
	if !goList(t, module+"/collation")["golang.org/x/text/collate"] {
		t.Error("collation does not depend on x/text/collate")
	}
}

func goList(t *testing.T, pkg string) map[string]bool {
	out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
	}
	deps := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		deps[l] = true
	}
	return deps
}

func heapInUse() uint64 {
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

var (
	heapOnce  sync.Once
	heapSteps []heapStep
)

type heapStep struct {
	name  string
	bytes uint64
}

// measureHeap builds the dataset step by step, in this process, where
// nothing has touched it yet, and records the live heap each step adds.
func measureHeap() {
	base := heapInUse()
	step := func(name string, f func()) {
		f()
		now := heapInUse()
		heapSteps = append(heapSteps, heapStep{name, now - base})
		base = now
	}
	step("records", func() {
		actors.Len()
		agreement.Exists(agreement.Statement2020)
		timeline.Len()
		for range factcheck.All() {
			break
		}
	})
	step("name-indexes", func() {
		actors.Lookup("x")
		places.Lookup("x")
	})
	step("query-index", func() {
		for range timeline.Query(timeline.On(karabakh.Year(2020))) {
			break
		}
	})
	step("annotate-lexicon", func() {
		for range annotate.Text("Nikol Pashinyan") {
		}
	})
}

// BenchmarkHeap reports the live heap that each part of the dataset holds
// after first use: the records of all packages, the name indexes of
// Lookup and Search, the timeline's query index, and the automata and
// vocabulary of package annotate. The figure does not
// depend on b.N; the benchmark only carries it to benchstat.
func BenchmarkHeap(b *testing.B) {
	heapOnce.Do(measureHeap)
	total := uint64(0)
	for _, s := range heapSteps {
		total += s.bytes
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
			}
			b.ReportMetric(float64(s.bytes), "heap-B")
			b.ReportMetric(0, "ns/op")
		})
	}
	b.Run("total", func(b *testing.B) {
		for b.Loop() {
		}
		b.ReportMetric(float64(total), "heap-B")
		b.ReportMetric(0, "ns/op")
	})
}

// programs are the commands in testdata/size, each using one part of the
// API; hello imports nothing of the dataset and is the baseline.
var programs = []string{"hello", "karabakh", "actors-get", "actors-lookup", "agreement-get", "agreement-terms", "timeline-get", "timeline-query", "collation", "annotate", "everything"}

type binSize struct {
	bytes, stripped int64
	heavySyms       int // symbols of the packages in heavy
	annotateSyms    int // symbols of package annotate, its vocabulary and the Snowball stemmers
}

// annotatePkgs are the packages only package annotate needs: its
// vocabulary and automata, and the stemmers.
var annotatePkgs = []string{module + "/annotate", "github.com/kljensen/snowball"}

var (
	sizesOnce sync.Once
	sizes     map[string]binSize
	sizesErr  error
)

func buildAll() {
	dir, err := os.MkdirTemp("", "karabakh-size")
	if err != nil {
		sizesErr = err
		return
	}
	defer os.RemoveAll(dir)
	sizes = map[string]binSize{}
	for _, p := range programs {
		var s binSize
		for _, stripped := range []bool{false, true} {
			out := filepath.Join(dir, fmt.Sprintf("%s-%v", p, stripped))
			args := []string{"build", "-trimpath", "-o", out}
			if stripped {
				args = append(args, "-ldflags=-s -w")
			}
			args = append(args, "./testdata/size/"+p)
			if msg, err := exec.Command("go", args...).CombinedOutput(); err != nil {
				sizesErr = fmt.Errorf("go build %s: %v\n%s", p, err, msg)
				return
			}
			fi, err := os.Stat(out)
			if err != nil {
				sizesErr = err
				return
			}
			if stripped {
				s.stripped = fi.Size()
				continue
			}
			s.bytes = fi.Size()
			nm, err := exec.Command("go", "tool", "nm", out).Output()
			if err != nil {
				sizesErr = err
				return
			}
			for l := range bytes.Lines(nm) {
				for _, h := range heavy {
					if bytes.Contains(l, []byte(" "+h+".")) {
						s.heavySyms++
					}
				}
				for _, h := range annotatePkgs {
					if bytes.Contains(l, []byte(" "+h)) {
						s.annotateSyms++
					}
				}
			}
		}
		sizes[p] = s
	}
}

// BenchmarkBinarySize builds each program in testdata/size and reports its
// size, with and without symbols and DWARF (-ldflags=-s -w), the growth
// over the hello-world baseline, and how many symbols of x/text's collate
// and search packages it links. The figures do not depend on b.N.
func BenchmarkBinarySize(b *testing.B) {
	start := time.Now()
	sizesOnce.Do(buildAll)
	if sizesErr != nil {
		b.Fatal(sizesErr)
	}
	if d := time.Since(start); d > time.Second {
		b.Logf("built %d programs in %v", len(programs), d.Round(time.Millisecond))
	}
	base := sizes["hello"]
	for _, p := range programs {
		s := sizes[p]
		b.Run(p, func(b *testing.B) {
			for b.Loop() {
			}
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(float64(s.bytes), "bin-B")
			b.ReportMetric(float64(s.bytes-base.bytes), "over-hello-B")
			b.ReportMetric(float64(s.stripped-base.stripped), "stripped-over-hello-B")
			b.ReportMetric(float64(s.heavySyms), "collate+search-syms")
			b.ReportMetric(float64(s.annotateSyms), "annotate-syms")
		})
	}
}

// TestBinarySizes checks the property the figures are for: the collation
// and search tables reach only programs that sort by collation, and the
// vocabulary, automata and stemmers of package annotate only programs that
// import it.
func TestBinarySizes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	sizesOnce.Do(buildAll)
	if sizesErr != nil {
		t.Fatal(sizesErr)
	}
	for _, p := range programs {
		s := sizes[p]
		wantHeavy := p == "collation" || p == "everything"
		if (s.heavySyms > 0) != wantHeavy {
			t.Errorf("%s links %d collate/search symbols", p, s.heavySyms)
		}
		if wantAnnotate := p == "annotate" || p == "everything"; (s.annotateSyms > 0) != wantAnnotate {
			t.Errorf("%s links %d symbols of annotate and the stemmers", p, s.annotateSyms)
		}
		t.Logf("%-16s %9d B  +%8d B over hello (stripped +%8d B), %d collate/search symbols, %d annotate symbols", p, s.bytes, s.bytes-sizes["hello"].bytes, s.stripped-sizes["hello"].stripped, s.heavySyms, s.annotateSyms)
	}
}
