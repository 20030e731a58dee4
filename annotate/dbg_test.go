package annotate
import ("testing";"os")
func TestDbg(t *testing.T){
	s := os.Getenv("DBG")
	for m := range Text(s) { t.Log(m) }
}
