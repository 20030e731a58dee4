package agreement

import (
	"testing"
)

var (
	sinkAgreement Agreement
	sinkPoint     Point
	sinkOK        bool
)

// BenchmarkGet looks up every agreement by ID in turn.
func BenchmarkGet(b *testing.B) {
	var ids []ID
	m := make(map[ID]Agreement)
	for a := range All() {
		ids = append(ids, a.ID)
		m[a.ID] = a
	}
	if len(ids) == 0 {
		b.Skip("no agreements")
	}
	b.Run("Get", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkAgreement, sinkOK = Get(ids[i])
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
	b.Run("map-baseline", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkAgreement, sinkOK = m[ids[i]]
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
}

// BenchmarkGetPoint looks up every point by ID in turn.
func BenchmarkGetPoint(b *testing.B) {
	var ids []PointID
	m := make(map[PointID]Point)
	for a := range All() {
		for p := range a.Points.All() {
			ids = append(ids, p.ID)
			m[p.ID] = p
		}
	}
	if len(ids) == 0 {
		b.Skip("no points")
	}
	b.Run("GetPoint", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkPoint, sinkOK = GetPoint(ids[i])
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
	b.Run("map-baseline", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkPoint, sinkOK = m[ids[i]]
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
}
