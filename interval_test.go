package karabakh_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
)

func TestIntervalRoundTrip(t *testing.T) {
	for _, s := range []string{"2020-11-10", "2020-11-10/2020-11-12", "2020-11-10/..", "../2023", "../..", "2020/2021-06", "2020-11"} {
		iv, err := karabakh.ParseInterval(s)
		if err != nil {
			t.Fatalf("ParseInterval(%q): %v", s, err)
		}
		if got := iv.String(); got != s {
			t.Errorf("ParseInterval(%q).String() = %q", s, got)
		}
		b, _ := json.Marshal(iv)
		var back karabakh.Interval
		if err := json.Unmarshal(b, &back); err != nil || back != iv {
			t.Errorf("JSON round trip of %q: %v, %v", s, back, err)
		}
	}
}

func TestIntervalRejects(t *testing.T) {
	for _, s := range []string{"", "/", "2020/", "/2020", "2021/2020", "2020-11-12/2020-11-10", "2020/2021/2022", "2020/2020", "2020-11-10/2020-11-10", "../2020-13", "...", "2020-11-10/.."[:11] + "x"} {
		if iv, err := karabakh.ParseInterval(s); err == nil {
			t.Errorf("ParseInterval(%q) = %v, want error", s, iv)
		}
	}
}

func TestIntervalContainsOverlaps(t *testing.T) {
	day := func(m time.Month, d int) karabakh.Date { return karabakh.Day(2020, m, d) }
	handovers := karabakh.Span(day(time.November, 15), day(time.December, 1))
	if !handovers.Contains(day(time.November, 20)) || handovers.Contains(day(time.December, 2)) {
		t.Error("Contains is wrong for a closed interval")
	}
	if handovers.Contains(karabakh.Month(2020, time.November)) {
		t.Error("a month that sticks out of the interval is not contained")
	}
	if !handovers.Overlaps(karabakh.Month(2020, time.November).Interval()) {
		t.Error("November overlaps 15 November..1 December")
	}
	open := karabakh.Span(day(time.November, 10), karabakh.Date{})
	if !open.Contains(karabakh.Year(2030)) || open.Contains(day(time.November, 9)) {
		t.Error("an open end is unbounded, the closed start is not")
	}
	if day(time.November, 9).Interval().Overlaps(open) {
		t.Error("9 November does not overlap 10 November/..")
	}
	if !(karabakh.Interval{}).Overlaps(open) {
		t.Error("../.. overlaps everything")
	}
}
