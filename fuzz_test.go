package karabakh_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
)

// FuzzParseDate checks that ParseDate never panics, that what it accepts
// prints back to exactly the input, and that what it rejects comes with a
// reason.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020", "2020-11", "2020-11-10", "2021-02-29", "2024-02-29", "0000", "9999-12-31",
		"2020-11-10/2020-11-12", "", "\x00", "\xff", "२०२०", strings.Repeat("9", 10000), "2020-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := karabakh.ParseDate(s)
		if err != nil {
			var de *karabakh.DateError
			if !errors.As(err, &de) || de.Reason == "" || len(de.Input) > 70 {
				t.Fatalf("ParseDate(%q): error %#v does not say what is wrong", s, err)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		if d.Lower().After(d.Upper()) {
			t.Fatalf("%v: Lower after Upper", d)
		}
	})
}

// FuzzParseInterval checks that ParseInterval never panics, that what it
// accepts is in order and prints back to exactly the input, and that what
// it rejects comes with a reason.
func FuzzParseInterval(f *testing.F) {
	for _, s := range []string{"2020-11-10", "2020-11-10/2020-11-12", "../2023", "2020/..", "../..", "2021/2020", "/", "..", "2020//2021", "2020/2020-12/", "2020/2020", "2020-11/2020-11"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv, err := karabakh.ParseInterval(s)
		if err != nil {
			var de *karabakh.DateError
			if !errors.As(err, &de) || de.Reason == "" {
				t.Fatalf("ParseInterval(%q): error %#v does not say what is wrong", s, err)
			}
			return
		}
		if !iv.Valid() {
			t.Fatalf("ParseInterval(%q) accepted an interval out of order", s)
		}
		// ParseInterval accepts only the form String writes.
		if got := iv.String(); got != s {
			t.Fatalf("ParseInterval(%q).String() = %q", s, got)
		}
	})
}
