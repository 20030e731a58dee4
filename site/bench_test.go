package site

import (
	"iter"
	"testing"

	"github.com/caucasus-data/karabakh/schema"
)

// BenchmarkBuild makes every file of the site, and reports their number
// and total size. Its baseline, json-export, makes every file of the JSON
// export (schema.Files): the same records written once, as data.
func BenchmarkBuild(b *testing.B) {
	b.Run("site", func(b *testing.B) { benchFiles(b, Files(), func(f File) int { return len(f.Data) }) })
	b.Run("json-export", func(b *testing.B) { benchFiles(b, schema.Files(), func(f schema.File) int { return len(f.Data) }) })
}

// benchFiles makes the files of seq b.N times.
func benchFiles[F any](b *testing.B, seq iter.Seq2[F, error], size func(F) int) {
	b.ReportAllocs()
	n, total := 0, 0
	for b.Loop() {
		n, total = 0, 0
		for f, err := range seq {
			if err != nil {
				b.Fatal(err)
			}
			n++
			total += size(f)
		}
	}
	b.ReportMetric(float64(n), "files")
	b.ReportMetric(float64(total), "bytes")
}
