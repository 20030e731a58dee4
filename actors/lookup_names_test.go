package actors

import (
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
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
	t.Logf("%d names checked", lookups.CheckStored(t, storedNames))
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

// Writers shorten names: initials for the given names, or a middle name
// left out. Search finds such forms as partial matches of the full name.
func TestSearchShortenedNames(t *testing.T) {
	for name, want := range map[string]ID{
		"V. Putin": Putin, "V.V. Putin": Putin, "N. Pashinyan": Pashinyan, "I. Aliyev": Aliyev,
		"Alexander Lentsov": Lentsov, "Recep Erdoğan": Erdogan, "В. Путин": Putin,
	} {
		ms := slices.Collect(Search(name, karabakh.SearchLimit(1)))
		if len(ms) == 0 || ms[0].ID != want || ms[0].Ambiguous {
			t.Errorf("Search(%q) = %+v; want %s first, unambiguous", name, ms, want)
		}
	}
}
