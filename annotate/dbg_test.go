package annotate

import (
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	for m := range Text(s) {
		t.Log(m)
	}
}

func TestDbgTok(t *testing.T) {
	a := &analyzer{text: os.Getenv("DBG"), lx: theLexicon(), end: endingSets()}
	a.sc.text = a.text
	a.prescan()
	a.fill(100)
	for i := 0; i < a.n; i++ {
		tk := a.at(i)
		s := tk.keyString()
		for _, c := range tk.cands[:tk.nc] {
			s += " [" + a.lx.words[c.word].key + " " + string(rune('0'+c.how)) + " " + string(tk.key[c.plen:tk.n]) + "]"
		}
		for _, h := range a.hitsAt(i) {
			e := a.lx.entries[h.entry]
			s += " {" + e.text + "}"
		}
		t.Log(s)
	}
}

func TestDbgCheck(t *testing.T) {
	b, err := os.ReadFile("../../shared/sources/seed-article.txt")
	if err != nil {
		t.Skip()
	}
	for f := range Check(string(b)) {
		t.Log(f)
	}
}

func TestDbgQ(t *testing.T) {
	b, _ := os.ReadFile("../../shared/sources/seed-article.txt")
	c := &checker{text: string(b), lx: theLexicon()}
	c.mentions = analyzeClasses(c.text, config{}, &c.classes)
	var sc scanner
	sc.text = c.text
	var tk token
	for sc.next(&tk) {
		c.toks = append(c.toks, ctoken{start: tk.start, end: tk.end, key: tk.keyString(), sep: tk.sep})
	}
	c.sentences = sentences(c.text, c.toks)
	for _, m := range c.mentions {
		if m.Kind == Quantity || m.Kind == Date {
			s := c.sentenceOf(m.Start)
			t.Log(m, s, c.mentions3(s), len(c.classes), len(c.toks))
		}
	}
}

func TestDbgCheckTime(t *testing.T) {
	for _, n := range []int{10 << 10, 100 << 10} {
		for _, text := range []string{randomText(n, 3), corpus(t, n)} {
			start := time.Now()
			k := 0
			for range Check(text) {
				k++
			}
			t.Log(n, k, time.Since(start))
		}
	}
}
