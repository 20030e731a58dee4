package agreement_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

func TestParseIDs(t *testing.T) {
	for a := range agreement.All() {
		if id, err := agreement.ParseID(string(a.ID)); err != nil || id != a.ID {
			t.Errorf("ParseID(%q) = %q, %v", a.ID, id, err)
		}
		for p := range a.Points.All() {
			if id, err := agreement.ParsePointID(string(p.ID)); err != nil || id != p.ID {
				t.Errorf("ParsePointID(%q) = %q, %v", p.ID, id, err)
			}
		}
	}
	for p := range places.All() {
		if id, err := places.ParseID(string(p.ID)); err != nil || id != p.ID {
			t.Errorf("ParsePlaceID(%q) = %q, %v", p.ID, id, err)
		}
	}
	for _, s := range []string{"", "statement-2020-11-10", "statement-2020-11-10#", "statement-2020-11-10#0",
		"statement-2020-11-10#04", "statement-2020-11-10#10", "statement-2020-11-10#+4", "nope#1", "#1", "statement-2020-11-10#4#4"} {
		if _, err := agreement.ParsePointID(s); err == nil {
			t.Errorf("ParsePointID(%q) succeeded", s)
		}
	}
	if _, err := places.ParseID("Stepanakert"); err == nil {
		t.Error("ParsePlaceID takes IDs, not names")
	}
}

// TestParsePointIDKind checks that every rejection of a point ID is
// reported as one, with what is wrong in its agreement part.
func TestParsePointIDKind(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"nope#4", `before "#": no such agreement`},
		{"Statement#4", `before "#": not lower-case`},
		{"#4", `before "#": empty`},
		{"statement-2020-11-10#x", "not a positive whole number"},
		{"statement-2020-11-10", `want an agreement ID, "#"`},
	}
	for _, tt := range tests {
		_, err := agreement.ParsePointID(tt.in)
		var e *karabakh.IDError
		if !errors.As(err, &e) || e.Kind != "point" || !strings.Contains(e.Reason, tt.reason) {
			t.Errorf("ParsePointID(%q) = %v, want a point IDError saying %q", tt.in, err, tt.reason)
		}
	}
}

// FuzzParsePointID checks that the ID parsers never panic, accept only IDs
// that exist, exactly as given, and say why they reject the rest.
func FuzzParsePointID(f *testing.F) {
	for _, s := range []string{"statement-2020-11-10#4", "statement-2020-11-10", "kalbajar-district", "#", "a#99999999999999999999", "\xff#1", strings.Repeat("#", 1000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(kind string, got string, err error) {
			if err == nil {
				if got != s {
					t.Fatalf("%s: parsed %q as %q", kind, s, got)
				}
				return
			}
			var e *karabakh.IDError
			if !errors.As(err, &e) || e.Reason == "" || len(e.Input) > 200 {
				t.Fatalf("%s(%q): error %#v does not say what is wrong", kind, s, err)
			}
		}
		p, err := agreement.ParsePointID(s)
		check("point", string(p), err)
		if e := (*karabakh.IDError)(nil); errors.As(err, &e) && e.Kind != "point" {
			t.Fatalf("ParsePointID(%q) reports kind %q", s, e.Kind)
		}
		a, err := agreement.ParseID(s)
		check("agreement", string(a), err)
		pl, err := places.ParseID(s)
		check("place", string(pl), err)
	})
}
