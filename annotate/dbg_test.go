package annotate
import ("testing";"os")
func TestDbg(t *testing.T){
	s := os.Getenv("DBG")
	for m := range Text(s) { t.Log(m) }
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
