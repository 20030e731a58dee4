package actors

import (
	"testing"

	"github.com/caucasus-data/karabakh/internal/nametest"
)

var (
	sinkActor Actor
	sinkOK    bool
	sinkN     int
)

func benchIDs(b *testing.B) []ID {
	var ids []ID
	for a := range All() {
		ids = append(ids, a.ID)
	}
	if len(ids) == 0 {
		b.Skip("no actors")
	}
	return ids
}

// BenchmarkGet looks up every actor by ID in turn.
func BenchmarkGet(b *testing.B) {
	ids := benchIDs(b)
	i := 0
	for b.Loop() {
		sinkActor, sinkOK = Get(ids[i])
		if i++; i == len(ids) {
			i = 0
		}
	}
}

// BenchmarkMapBaseline is the bare Go map lookup Get is measured against:
// a map[ID]Actor holding the same records, indexed with the same IDs.
func BenchmarkMapBaseline(b *testing.B) {
	ids := benchIDs(b)
	m := make(map[ID]Actor, len(ids))
	for a := range All() {
		m[a.ID] = a
	}
	i := 0
	for b.Loop() {
		sinkActor, sinkOK = m[ids[i]]
		if i++; i == len(ids) {
			i = 0
		}
	}
}

// BenchmarkLookup looks up every stored name form of every actor in turn
// (labels, aliases, transliterations and garbled forms, in every script),
// and, as the worst case, the longest stored name in bytes.
func BenchmarkLookup(b *testing.B) {
	var ns []string
	for _, n := range storedNames {
		if _, ok := Lookup(n.Text); ok {
			ns = append(ns, n.Text)
		}
	}
	nametest.BenchLookup(b, ns, Lookup)
}

// misspelt are names as users type them or scraped text carries them,
// none of which is stored as such.
var misspelt = []string{
	"Erdgoan", "Erdogan", "Эрдоган", "ErdoÄŸan", "Pashinian", "Ilham Alyev", "Sergei Shoygu",
	"Vladimir Poutine", "Mikhail Kosobokof", "Hikmet Hajiev", "Lavrof", "Nikol Pashinjan",
}

// BenchmarkSearch searches for misspelt and mangled names in turn.
func BenchmarkSearch(b *testing.B) { nametest.BenchSearch(b, misspelt, Search) }

// BenchmarkMapBaselineIndex is a stricter baseline: a map[ID]int giving
// only the record's position, as Get's own map does, without the copy of
// the record that Get and a map[ID]Actor return.
func BenchmarkMapBaselineIndex(b *testing.B) {
	ids := benchIDs(b)
	m := make(map[ID]int, len(ids))
	for i, id := range ids {
		m[id] = i
	}
	i := 0
	for b.Loop() {
		sinkN, sinkOK = m[ids[i]]
		if i++; i == len(ids) {
			i = 0
		}
	}
}
