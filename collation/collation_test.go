package collation

import (
	"slices"
	"testing"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

func TestStrings(t *testing.T) {
	for _, tc := range []struct {
		tag  language.Tag
		in   []string
		want []string
	}{
		// Azerbaijani: ç after c, ə after e, x after h, ı before i, q after k, ş after s.
		{language.Azerbaijani,
			[]string{"Şuşa", "Laçın", "Qazax", "Kəlbəcər", "Xankəndi", "İsmayıllı", "Ağdam", "Hadrut", "Ceyhun", "Çiçək", "Ermənistan", "Əliyev"},
			[]string{"Ağdam", "Ceyhun", "Çiçək", "Ermənistan", "Əliyev", "Hadrut", "Xankəndi", "İsmayıllı", "Kəlbəcər", "Qazax", "Laçın", "Şuşa"}},
		// English ignores the diacritics at the first level.
		{language.English,
			[]string{"Şuşa", "Shusha", "Aghdam", "Ağdam", "Zangezur"},
			[]string{"Ağdam", "Aghdam", "Shusha", "Şuşa", "Zangezur"}}, // agdam < aghdam
		{language.Armenian,
			[]string{"Ստեփանակերտ", "Երևան", "Աղդամ", "Շուշի", "Բերձոր"},
			[]string{"Աղդամ", "Բերձոր", "Երևան", "Շուշի", "Ստեփանակերտ"}},
		{language.Russian,
			[]string{"Шуша", "Ереван", "Агдам", "Ёлка", "Степанакерт"},
			[]string{"Агдам", "Ёлка", "Ереван", "Степанакерт", "Шуша"}}, // ё sorts as е
	} {
		got := slices.Clone(tc.in)
		Strings(got, tc.tag)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%v: %q, want %q", tc.tag, got, tc.want)
		}
		type rec struct{ n string }
		rs := make([]rec, len(tc.in))
		for i, s := range tc.in {
			rs[i] = rec{s}
		}
		SortFunc(rs, tc.tag, func(r rec) string { return r.n })
		for i := range rs {
			if rs[i].n != tc.want[i] {
				t.Errorf("SortFunc %v: %v", tc.tag, rs)
				break
			}
		}
	}
	if c := Compare(language.Azerbaijani); c("Xankəndi", "İsmayıllı") >= 0 {
		t.Error("Compare(az): x should sort before i")
	}
}

func TestByLabel(t *testing.T) {
	az, en := language.Azerbaijani, language.English
	mk := func(enName, azName string) karabakh.Names {
		return karabakh.NamesOf(karabakh.Name{Text: enName, Lang: en, Kind: karabakh.KindLabel}, karabakh.Name{Text: azName, Lang: az, Kind: karabakh.KindLabel})
	}
	places := []karabakh.Names{mk("Stepanakert", "Xankəndi"), mk("Kalbajar", "Kəlbəcər"), mk("Gazakh", "Qazax")}
	id := func(n karabakh.Names) karabakh.Names { return n }
	ByLabel(places, az, id)
	var got []string
	for _, p := range places {
		got = append(got, p.Label(az))
	}
	if want := []string{"Xankəndi", "Kəlbəcər", "Qazax"}; !slices.Equal(got, want) {
		t.Errorf("az: %q, want %q", got, want)
	}
	ByLabel(places, en, id)
	got = got[:0]
	for _, p := range places {
		got = append(got, p.Label(en))
	}
	if want := []string{"Gazakh", "Kalbajar", "Stepanakert"}; !slices.Equal(got, want) {
		t.Errorf("en: %q, want %q", got, want)
	}
}
