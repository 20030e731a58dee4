package stable

import (
	"slices"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/timeline"
)

// TestValidateShippedData is the gate: every package's Validate passes on
// the data this module ships.
func TestValidateShippedData(t *testing.T) {
	for name, validate := range validators {
		if err := validate(); err != nil {
			t.Errorf("%s.Validate: %v", name, err)
		}
	}
}

// TestEachRuleReportedExactly breaks one rule at a time in a copy of the
// shipped timeline and checks that Validate reports exactly that problem,
// with its record and field, and nothing else.
func TestEachRuleReportedExactly(t *testing.T) {
	shipped := slices.Collect(timeline.All())
	if len(shipped) < 10 {
		t.Fatalf("the shipped timeline has only %d events", len(shipped))
	}
	at := func(id timeline.ID) int {
		i := slices.IndexFunc(shipped, func(e timeline.Event) bool { return e.ID == id })
		if i < 0 {
			t.Fatalf("no event %s", id)
		}
		return i
	}
	aghdam := at(timeline.AghdamHandover)

	tests := []struct {
		rule        string
		mutate      func(ev []timeline.Event) []timeline.Event
		record      string
		field, text string
	}{
		{"duplicate ID", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam+1].ID = ev[aghdam].ID
			return ev
		}, "event " + string(timeline.AghdamHandover), "ID", "duplicate ID"},
		{"dangling reference", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].Actors = karabakh.ListOf(timeline.Participant{Actor: actors.ID("no-such-actor"), Role: timeline.Agent})
			return ev
		}, "event " + string(timeline.AghdamHandover), "Actors[0].Actor", "no actor"},
		{"missing source", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].Sources = karabakh.Sources{}
			return ev
		}, "event " + string(timeline.AghdamHandover), "Sources", "cites no source"},
		{"unordered dates", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].When = karabakh.Day(2020, time.November, 1).Interval()
			return ev
		}, "event " + string(timeline.AghdamHandover), "When", "chronological order"},
		{"non-NFC text", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].Title = "Ag\u0306dam" // g + combining breve, not the precomposed ğ
			return ev
		}, "event " + string(timeline.AghdamHandover), "Title", "NFC"},
		{"invisible character", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].Title = "Agdam handover \u202egnol" // a right-to-left override
			return ev
		}, "event " + string(timeline.AghdamHandover), "Title", "invisible character U+202E at byte 15"},
		{"mojibake", func(ev []timeline.Event) []timeline.Event {
			ev[aghdam].Summary = "Recep Tayyip ErdoÄŸan said"
			return ev
		}, "event " + string(timeline.AghdamHandover), "Summary", "mojibake"},
		{"interval out of order", func(ev []timeline.Event) []timeline.Event {
			e := &ev[aghdam]
			e.When = karabakh.Span(e.When.Start, e.When.Start.AddDays(-1))
			return ev
		}, "event " + string(timeline.AghdamHandover), "When", "after it ends"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkOne(t, timeline.ValidateRecords(tt.mutate(slices.Clone(shipped))), want{tt.record, tt.field, tt.text})
		})
	}
}
