package agreement

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func TestLookupPlaceContestedNames(t *testing.T) {
	cases := []struct {
		id    PlaceID
		names []string
	}{
		{Stepanakert, []string{"Stepanakert", "Khankendi", "Xankəndi", "XANKƏNDI", "Ստեփանակերտ", "Степанакерт"}},
		{KalbajarDistrict, []string{"Kelbajar", "KELBAJAR", "Karvachar", "Kəlbəcər rayonu", "Քարվաճառ"}},
	}
	for _, c := range cases {
		if !ExistsPlace(c.id) {
			t.Logf("no place %s yet", c.id)
			continue
		}
		for _, n := range c.names {
			if id, ok := LookupPlace(n); !ok || id != c.id {
				t.Errorf("LookupPlace(%q) = %q, %v; want %q", n, id, ok, c.id)
			}
		}
	}
	if ExistsPlace(KalbajarDistrict) {
		for _, n := range []string{"Kəlbəcər", "Kelbecer", "Kelbadjar", "Kalbajar"} {
			ms := SearchPlaces(n)
			if len(ms) == 0 || ms[0].ID != KalbajarDistrict {
				t.Errorf("SearchPlaces(%q) = %+v; want %s first", n, ms, KalbajarDistrict)
			}
		}
	}
}

// Every stored place name that LookupPlace finds must still find the same
// place after changes of case, width and normal form.
func TestLookupPlaceInvariance(t *testing.T) {
	for p := range Places() {
		for nm := range p.Names.Values() {
			id, ok := LookupPlace(nm.Text)
			if !ok {
				if len(LookupPlaceAll(nm.Text)) < 2 {
					t.Errorf("%s: LookupPlace(%q) finds nothing", p.ID, nm.Text)
				}
				continue
			}
			if id != p.ID {
				t.Errorf("LookupPlace(%q) = %q, want %q", nm.Text, id, p.ID)
			}
			_, first := utf8.DecodeRuneInString(nm.Text)
			for _, v := range []string{strings.ToUpper(nm.Text), width.Widen.String(nm.Text), norm.NFD.String(nm.Text),
				nm.Text[:first] + "\u00ad" + nm.Text[first:], nm.Text[:first] + "\u200c" + nm.Text[first:], nm.Text[:first] + "\u202e" + nm.Text[first:]} {
				if got, ok := LookupPlace(v); !ok || got != id {
					t.Errorf("LookupPlace(%q) = %q, %v; want %q", v, got, ok, id)
				}
			}
			if n := testing.AllocsPerRun(10, func() { LookupPlace(nm.Text) }); n != 0 {
				t.Errorf("LookupPlace(%q) allocates %v times", nm.Text, n)
			}
		}
	}
}
