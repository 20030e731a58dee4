package karabakh

import (
	"testing"

	"golang.org/x/text/language"
)

func TestLabelMatching(t *testing.T) {
	hy, hyLatn, ru, en, az := language.Armenian, language.MustParse("hy-Latn"), language.Russian, language.English, language.Azerbaijani
	ns := NamesOf(
		Name{Text: "Ստեփանակերտ", Lang: hy, Kind: Label},
		Name{Text: "Stepanakert", Lang: hyLatn, Kind: Transliteration},
		Name{Text: "Xankəndi", Lang: az, Kind: Label},
		Name{Text: "Степанакерт", Lang: ru, Kind: Label},
		Name{Text: "Stepanakert", Lang: en, Kind: Label},
		Name{Text: "Khankendi", Lang: en, Kind: Label},
		Name{Text: "Stepanakert garbled", Lang: en, Kind: Garbled},
	)
	for _, tc := range []struct {
		prefs []language.Tag
		want  string
	}{
		{nil, "Stepanakert"},
		{[]language.Tag{hy}, "Ստեփանակերտ"},
		{[]language.Tag{language.MustParse("hy-AM")}, "Ստեփանակերտ"},
		{[]language.Tag{language.MustParse("en-GB")}, "Stepanakert"},
		{[]language.Tag{language.MustParse("ru-UA"), en}, "Степанакерт"},
		{[]language.Tag{language.French, az}, "Xankəndi"},
		{[]language.Tag{language.French}, "Stepanakert"}, // falls back to English
		{[]language.Tag{language.MustParse("en-GB"), hy}, "Stepanakert"},
		{[]language.Tag{language.MustParse("az-Latn-AZ")}, "Xankəndi"},
	} {
		if got := ns.Label(tc.prefs...); got != tc.want {
			t.Errorf("Label(%v) = %q, want %q", tc.prefs, got, tc.want)
		}
	}
	noEnglish := NamesOf(Name{Text: "Ağdam", Lang: az, Kind: Label}, Name{Text: "Агдам", Lang: ru, Kind: Label})
	if got := noEnglish.Label(language.French); got != "Ağdam" {
		t.Errorf("without English: %q, want the first label", got)
	}
	if got := (Names{}).Label(en); got != "" {
		t.Errorf("no labels: %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { ns.Label(hy) }); n != 0 {
		t.Errorf("Label in an exact language allocates %v times", n)
	}
}
