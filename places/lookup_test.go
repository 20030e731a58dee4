package places

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func TestLookupPlaceContestedNames(t *testing.T) {
	cases := []struct {
		id    ID
		names []string
	}{
		{Stepanakert, []string{"Stepanakert", "Khankendi", "Xankəndi", "XANKƏNDI", "Ստեփանակերտ", "Степанакерт"}},
		{KalbajarDistrict, []string{"Kelbajar", "KELBAJAR", "Karvachar", "Kəlbəcər rayonu", "Քարվաճառ"}},
	}
	for _, c := range cases {
		if !Exists(c.id) {
			t.Logf("no place %s yet", c.id)
			continue
		}
		for _, n := range c.names {
			if id, ok := Lookup(n); !ok || id != c.id {
				t.Errorf("Lookup(%q) = %q, %v; want %q", n, id, ok, c.id)
			}
		}
	}
	if Exists(KalbajarDistrict) {
		for _, n := range []string{"Kəlbəcər", "Kelbecer", "Kelbadjar", "Kalbajar"} {
			ms := slices.Collect(Search(n))
			if len(ms) == 0 || ms[0].ID != KalbajarDistrict {
				t.Errorf("slices.Collect(Search(%q)) = %+v; want %s first", n, ms, KalbajarDistrict)
			}
		}
	}
}

// Every stored place name that Lookup finds must still find the same
// place after changes of case, width and normal form.
func TestLookupPlaceInvariance(t *testing.T) {
	for p := range All() {
		for nm := range p.Names.All() {
			id, ok := Lookup(nm.Text)
			if !ok {
				if len(slices.Collect(LookupAll(nm.Text))) < 2 {
					t.Errorf("%s: Lookup(%q) finds nothing", p.ID, nm.Text)
				}
				continue
			}
			if id != p.ID {
				t.Errorf("Lookup(%q) = %q, want %q", nm.Text, id, p.ID)
			}
			_, first := utf8.DecodeRuneInString(nm.Text)
			for _, v := range []string{strings.ToUpper(nm.Text), width.Widen.String(nm.Text), norm.NFD.String(nm.Text),
				nm.Text[:first] + "\u00ad" + nm.Text[first:], nm.Text[:first] + "\u200c" + nm.Text[first:], nm.Text[:first] + "\u202e" + nm.Text[first:]} {
				if got, ok := Lookup(v); !ok || got != id {
					t.Errorf("Lookup(%q) = %q, %v; want %q", v, got, ok, id)
				}
			}
			if n := testing.AllocsPerRun(10, func() { Lookup(nm.Text) }); n != 0 {
				t.Errorf("Lookup(%q) allocates %v times", nm.Text, n)
			}
		}
	}
}
