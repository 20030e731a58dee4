package actors_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
)

func TestParseID(t *testing.T) {
	for x := range actors.All() {
		id, err := actors.ParseID(string(x.ID))
		if err != nil || id != x.ID {
			t.Errorf("ParseID(%q) = %q, %v", x.ID, id, err)
		}
	}
	for _, s := range []string{"", "Nikol-Pashinyan", "no-such-actor", " nikol-pashinyan", "a\x00b", "\xff", strings.Repeat("a", 1<<16)} {
		if _, err := actors.ParseID(s); err == nil {
			t.Errorf("ParseID(%q) succeeded", s)
		}
	}
}

// TestParseIDBlames checks that a rejection names the first thing wrong:
// a 101-byte ID is too long, whatever its characters.
func TestParseIDBlames(t *testing.T) {
	tests := []struct{ in, reason string }{
		{strings.Repeat("a", 101), "101 bytes long; an ID has at most 100"},
		{strings.Repeat("ə", 60), "120 bytes long"},
		{"", "empty"},
		{"\xff", "not valid UTF-8"},
		{"Nikol", "not lower-case ASCII"},
		{strings.Repeat("a", 100), "no such actor"},
	}
	for _, tt := range tests {
		_, err := actors.ParseID(tt.in)
		var e *karabakh.IDError
		if !errors.As(err, &e) || e.Kind != "actor" || !strings.Contains(e.Reason, tt.reason) {
			t.Errorf("ParseID(%d bytes) = %v, want an actor IDError saying %q", len(tt.in), err, tt.reason)
		}
		if e != nil && !utf8.ValidString(e.Input) {
			t.Errorf("ParseID(%d bytes): Input %q is cut inside a character", len(tt.in), e.Input)
		}
	}
}

// FuzzParseID checks that ParseID never panics, accepts only IDs that exist,
// exactly as given, and says why it rejects the rest.
func FuzzParseID(f *testing.F) {
	for _, s := range []string{"nikol-pashinyan", "", "a--b", "ə", "\x00", "\xff\xfe", strings.Repeat("x-", 5000), "2020-11-10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := actors.ParseID(s)
		if err == nil {
			if string(id) != s {
				t.Fatalf("ParseID(%q) = %q", s, id)
			}
			return
		}
		var e *karabakh.IDError
		if !errors.As(err, &e) || e.Reason == "" || e.Kind != "actor" || len(e.Input) > 200 {
			t.Fatalf("ParseID(%q): error %#v does not say what is wrong", s, err)
		}
	})
}
