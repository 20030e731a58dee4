package schema

import (
	"bytes"
	"encoding/json"
	"runtime"
	"testing"
)

// BenchmarkDecode decodes each hostile document of issue 11 at the size
// the issue gives, the shipped dataset, and a valid document of 50 MB,
// and reports the bytes allocated per byte of input (alloc-B/B), which
// must stay a small constant whatever the document. For the valid
// documents, encoding/json's Unmarshal into a Dataset, which checks
// nothing, is the baseline.
//
//	go test ./schema -run '^$' -bench Decode -benchmem
func BenchmarkDecode(b *testing.B) {
	for _, h := range hostileDocs(1) {
		b.Run(h.name, func(b *testing.B) { benchDecode(b, h.doc, h.opts...) })
	}
	valid := []struct {
		name string
		doc  func(testing.TB) []byte
		opts []DecodeOption
	}{
		{"dataset", func(tb testing.TB) []byte { return committedDataset(tb) }, nil},
		{"valid-50MB", func(tb testing.TB) []byte { return largeDataset(tb, 50<<20) }, []DecodeOption{MaxSize(64 << 20)}},
	}
	for _, v := range valid {
		var doc []byte
		b.Run(v.name, func(b *testing.B) {
			doc = v.doc(b)
			benchDecode(b, doc, v.opts...)
		})
		b.Run(v.name+"/encoding-json", func(b *testing.B) {
			measure(b, doc, func() {
				var ds Dataset
				if err := json.Unmarshal(doc, &ds); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func benchDecode(b *testing.B, doc []byte, opts ...DecodeOption) {
	measure(b, doc, func() { Decode(bytes.NewReader(doc), opts...) })
}

// measure runs f b.N times and reports, beside the usual figures, the
// bytes allocated per byte of doc.
func measure(b *testing.B, doc []byte, f func()) {
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		f()
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(doc)), "alloc-B/B")
}
