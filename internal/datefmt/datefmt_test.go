package datefmt

import (
	"testing"

	"github.com/caucasus-data/karabakh"
)

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		d           karabakh.Date
		long, short string
	}{
		{karabakh.Day(2020, 11, 10), "10 November 2020", "10 Nov 2020"},
		{karabakh.Month(2022, 8), "August 2022", "Aug 2022"},
		{karabakh.Year(2020), "2020", "2020"},
		{karabakh.Date{}, "date unknown", "date unknown"},
	} {
		if got := Long(c.d); got != c.long {
			t.Errorf("Long(%v) = %q, want %q", c.d, got, c.long)
		}
		if got := Short(c.d); got != c.short {
			t.Errorf("Short(%v) = %q, want %q", c.d, got, c.short)
		}
	}
}
