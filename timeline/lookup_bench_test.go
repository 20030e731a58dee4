package timeline

import "testing"

var (
	sinkEvent Event
	sinkOK    bool
)

// BenchmarkGet looks up every event by ID in turn, against a bare
// map[ID]Event holding the same events.
func BenchmarkGet(b *testing.B) {
	var ids []ID
	m := make(map[ID]Event)
	for e := range All() {
		ids = append(ids, e.ID)
		m[e.ID] = e
	}
	if len(ids) == 0 {
		b.Skip("no events")
	}
	b.Run("Get", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkEvent, sinkOK = Get(ids[i])
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
	b.Run("map-baseline", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sinkEvent, sinkOK = m[ids[i]]
			if i++; i == len(ids) {
				i = 0
			}
		}
	})
}
