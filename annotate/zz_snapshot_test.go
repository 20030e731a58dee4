package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZSnapshot(t *testing.T) {
	out := os.Getenv("SNAP_OUT")
	if out == "" {
		t.Skip()
	}
	var b strings.Builder
	files, _ := filepath.Glob("testdata/*/*.txt")
	texts := []string{corpus(t, 1<<20)}
	for _, f := range files {
		s, _ := os.ReadFile(f)
		texts = append(texts, string(s))
	}
	for _, s := range texts {
		for i := 0; i < 2; i++ {
			for m := range Text(s) {
				fmt.Fprintln(&b, m.Start, m.End, m.Kind, m.How, m.Score, m.IDs.Len())
				for id := range m.IDs.All() {
					b.WriteString(id + ",")
				}
				b.WriteString("\n")
			}
		}
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
