package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"testing"

	"github.com/caucasus-data/karabakh/schema"
)

// BenchmarkFormats makes the files of each format, as karabakh export does
// once the tables are built (export's BenchmarkBuild times that), against
// encoding/json marshalling the dataset in the same run. It reports each
// format's size and its size gzipped, and the baseline reports
// dataset.json's; all-but-sqlite makes every other format in one go.
func BenchmarkFormats(b *testing.B) {
	b.Run("baseline-encoding-json", func(b *testing.B) {
		ds := schema.Export()
		for b.Loop() {
			if _, err := json.Marshal(ds); err != nil {
				b.Fatal(err)
			}
		}
		dataset, err := schema.Marshal(ds) // dataset.json as committed
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(dataset)), "bytes")
		b.ReportMetric(float64(gzipped(dataset)), "gzip-bytes")
	})
	for _, f := range formats() {
		b.Run(f.name, func(b *testing.B) {
			var all []byte
			for b.Loop() {
				all = all[:0]
				for file, err := range f.files() {
					if err != nil {
						b.Fatal(err)
					}
					all = append(all, file.Data...)
				}
			}
			b.ReportMetric(float64(len(all)), "bytes")
			b.ReportMetric(float64(gzipped(all)), "gzip-bytes")
		})
	}
	b.Run("all-but-sqlite", func(b *testing.B) {
		for b.Loop() {
			for _, f := range formats() {
				if f.name == "sqlite" {
					continue
				}
				for _, err := range f.files() {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		}
	})
}

// gzipped returns the size of b compressed with gzip at the default level.
func gzipped(b []byte) int {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Len()
}
