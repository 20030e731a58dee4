package actors

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func TestLookupErdogan(t *testing.T) {
	if !Exists(Erdogan) {
		t.Skip("no Erdoğan record yet")
	}
	for _, name := range []string{
		"Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOĞAN", "recep tayyip erdogan", "Recep Tayyip Erdogan",
		"Ｒｅｃｅｐ Ｔａｙｙｉｐ Ｅｒｄｏğａｎ", "Rəcəb Tayyib Ərdoğan", "RƏCƏB TAYYİB ƏRDOĞAN",
		"Թայիփ Էրդողան", "ErdoAan", "ErdoÄan", "recep-tayyip-erdogan",
	} {
		if id, ok := Lookup(name); !ok || id != Erdogan {
			t.Errorf("Lookup(%q) = %q, %v; want %q", name, id, ok, Erdogan)
		}
	}
	for _, name := range []string{"Erdogan", "Erdoğan", "ERDOĞAN", "Эрдоган", "ErdoÄŸan", "Erdgan", "Tayyip Erdogan"} {
		ms := slices.Collect(Search(name))
		if len(ms) == 0 || ms[0].ID != Erdogan || ms[0].Ambiguous {
			t.Errorf("slices.Collect(Search(%q)) = %+v; want Erdoğan first, unambiguous", name, ms)
		}
	}
}

// invisible are default-ignorable code points of each kind: soft hyphen,
// zero-width space, non-joiner and joiner, left-to-right and right-to-left
// marks and override, word joiner, BOM, variation selector 16, tag space.
var invisible = []string{"\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2060", "\ufeff", "\ufe0f", "\U000e0020"}

// TestLookupIgnoresInvisible checks that Lookup ignores every kind of
// invisible character alike: a soft hyphen or a joiner made it miss,
// where a zero-width space did not.
func TestLookupIgnoresInvisible(t *testing.T) {
	for _, c := range invisible {
		for _, name := range []string{"Ilham Ali" + c + "yev", c + "Ilham Aliyev", "Ilham" + c + " Aliyev" + c} {
			if id, ok := Lookup(name); !ok || id != Aliyev {
				t.Errorf("Lookup(%+q) = %q, %v; want %q", name, id, ok, Aliyev)
			}
			if ms := slices.Collect(Search(name)); len(ms) == 0 || ms[0].ID != Aliyev || ms[0].How != karabakh.MatchFolded {
				t.Errorf("Search(%+q) = %+v; want a folded match of %q first", name, ms, Aliyev)
			}
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, name := range []string{"", "   ", "Nobody Atall", "\xff\xfe", strings.Repeat("x", 1000)} {
		if id, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %q", name, id)
		}
	}
}

// Every stored name that Lookup finds must still find the same actor after
// changes of case, width and diacritics.
func TestLookupInvariance(t *testing.T) {
	stripMarks := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	n := 0
	for a := range All() {
		for nm := range a.Names.All() {
			id, ok := Lookup(nm.Text)
			if !ok {
				if len(slices.Collect(LookupAll(nm.Text))) < 2 {
					t.Errorf("%s: Lookup(%q) finds nothing", a.ID, nm.Text)
				}
				continue
			}
			if id != a.ID {
				t.Errorf("Lookup(%q) = %q, want %q", nm.Text, id, a.ID)
			}
			stripped, _, _ := transform.String(stripMarks, nm.Text)
			_, first := utf8.DecodeRuneInString(nm.Text)
			for _, v := range []string{strings.ToUpper(nm.Text), strings.ToLower(nm.Text), width.Widen.String(nm.Text), norm.NFD.String(nm.Text), stripped,
				nm.Text[:first] + "\u00ad" + nm.Text[first:], nm.Text[:first] + "\u200d" + nm.Text[first:]} {
				if got, ok := Lookup(v); !ok || got != id {
					t.Errorf("Lookup(%q) = %q, %v; want %q as for %q", v, got, ok, id, nm.Text)
				}
			}
			n++
		}
	}
	t.Logf("%d names checked", n)
}

func TestLookupAllocs(t *testing.T) {
	for a := range All() {
		for nm := range a.Names.All() {
			if _, ok := Lookup(nm.Text); !ok {
				continue
			}
			if n := testing.AllocsPerRun(10, func() { Lookup(nm.Text) }); n != 0 {
				t.Errorf("Lookup(%q) allocates %v times", nm.Text, n)
			}
		}
	}
}

func TestSearchAmbiguous(t *testing.T) {
	ms := slices.Collect(Search("Republic", karabakh.SearchLimit(50)))
	amb := 0
	for _, m := range ms {
		if m.Ambiguous {
			amb++
		}
	}
	if Len() > 0 && amb < 2 {
		t.Errorf("slices.Collect(Search(\"Republic\")) marks %d matches ambiguous: %+v", amb, ms)
	}
}

func TestSearchResultIsCallers(t *testing.T) {
	ms := slices.Collect(Search("Recep Tayyip Erdoğan"))
	if len(ms) == 0 {
		t.Skip("no data")
	}
	ms[0].ID, ms[0].Name.Text = "changed", "changed"
	again := slices.Collect(Search("Recep Tayyip Erdoğan"))
	if again[0].ID == "changed" || again[0].Name.Text == "changed" {
		t.Error("a caller's change leaked into the index")
	}
}
