package charts_test

import (
	"io"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/charts"
	"github.com/caucasus-data/karabakh/implementation"
)

// BenchmarkRender draws each chart, with links as the site draws them.
// Its baseline, data-only, reads what the charts are drawn from (every
// observation and the outcome of every deadline) without drawing, so that
// the cost of the drawing itself shows.
func BenchmarkRender(b *testing.B) {
	for c := range charts.Charts() {
		b.Run(string(c), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.Render(io.Discard, charts.LinkTo(siteLinks{})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("data-only", func(b *testing.B) {
		asOf := karabakh.MustParseDate(karabakh.DatasetUpdated)
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for range implementation.Observations() {
				n++
			}
			for range implementation.Outcomes(asOf) {
				n++
			}
			if n == 0 {
				b.Fatal("no data")
			}
		}
	})
}
