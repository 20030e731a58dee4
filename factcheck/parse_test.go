package factcheck_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/factcheck"
)

func TestParseID(t *testing.T) {
	for x := range factcheck.All() {
		id, err := factcheck.ParseID(string(x.ID))
		if err != nil || id != x.ID {
			t.Errorf("ParseID(%q) = %q, %v", x.ID, id, err)
		}
	}
	for _, s := range []string{"", "Nikol-Pashinyan", "no-such-correction", " nikol-pashinyan", "a\x00b", "\xff", strings.Repeat("a", 1<<16)} {
		if _, err := factcheck.ParseID(s); err == nil {
			t.Errorf("ParseID(%q) succeeded", s)
		}
	}
}

// FuzzParseID checks that ParseID never panics, accepts only IDs that exist,
// exactly as given, and says why it rejects the rest.
func FuzzParseID(f *testing.F) {
	for _, s := range []string{"osce-name", "", "a--b", "ə", "\x00", "\xff\xfe", strings.Repeat("x-", 5000), "2020-11-10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := factcheck.ParseID(s)
		if err == nil {
			if string(id) != s {
				t.Fatalf("ParseID(%q) = %q", s, id)
			}
			return
		}
		var e *karabakh.IDError
		if !errors.As(err, &e) || e.Reason == "" || e.Kind != "correction" || len(e.Input) > 200 {
			t.Fatalf("ParseID(%q): error %#v does not say what is wrong", s, err)
		}
	})
}
