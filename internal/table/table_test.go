package table

import (
	"sync"
	"testing"
)

type rec struct {
	id string
	n  int
}

func TestNewKeepsFirstOfDuplicates(t *testing.T) {
	tb := New([]rec{{"a", 1}, {"b", 2}, {"a", 3}}, func(r rec) string { return r.id })
	if len(tb.All) != 3 {
		t.Errorf("All has %d records, want 3", len(tb.All))
	}
	if r, ok := tb.Get("a"); !ok || r.n != 1 {
		t.Errorf("Get(a) = %v, %v; want the first record", r, ok)
	}
	if tb.Has("c") {
		t.Error("Has(c) = true")
	}
}

func TestLazyBuildsOnceUnderConcurrency(t *testing.T) {
	builds := 0
	l := NewLazy(func() *int { builds++; v := 42; return &v })
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if *l.Get() != 42 {
				t.Error("wrong value")
			}
		}()
	}
	wg.Wait()
	if builds != 1 {
		t.Errorf("built %d times, want once", builds)
	}
}
