package export

import (
	"testing"

	"github.com/caucasus-data/karabakh/schema"
)

// BenchmarkBuild builds every table from the data packages, as the first
// use of Tables does once per process. Its baseline, in the same run, is
// schema.Export, which only copies every record of the data packages into
// slices: the least any export must do. (cmd/karabakh's BenchmarkFormats
// times each format against encoding/json.)
func BenchmarkBuild(b *testing.B) {
	b.Run("baseline-schema-export", func(b *testing.B) {
		for b.Loop() {
			if ds := schema.Export(); len(ds.Events) == 0 {
				b.Fatal("no events")
			}
		}
	})
	b.Run("tables", func(b *testing.B) {
		rows := 0
		for b.Loop() {
			rows = 0
			for _, t := range build() {
				rows += t.Len()
			}
		}
		b.ReportMetric(float64(rows), "rows")
	})
}
