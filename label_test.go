package karabakh

import (
	"testing"

	"golang.org/x/text/language"
)

func TestLabelMatching(t *testing.T) {
	hy, hyLatn, ru, en, az := language.Armenian, language.MustParse("hy-Latn"), language.Russian, language.English, language.Azerbaijani
	ns := NamesOf(
		Name{Text: "Ստեփանակերտ", Lang: hy, Kind: KindLabel},
		Name{Text: "Stepanakert", Lang: hyLatn, Kind: KindTransliteration},
		Name{Text: "Xankəndi", Lang: az, Kind: KindLabel},
		Name{Text: "Степанакерт", Lang: ru, Kind: KindLabel},
		Name{Text: "Stepanakert", Lang: en, Kind: KindLabel},
		Name{Text: "Khankendi", Lang: en, Kind: KindLabel},
		Name{Text: "Stepanakert garbled", Lang: en, Kind: KindGarbled},
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
		{[]language.Tag{hyLatn}, "Stepanakert"}, // the Armenian-script label is not for a Latin-script reader
	} {
		if got := ns.Label(tc.prefs...); got != tc.want {
			t.Errorf("Label(%v) = %q, want %q", tc.prefs, got, tc.want)
		}
	}
	// CLDR's matching data suggests Russian to a reader of Azerbaijani or
	// Armenian; Label falls back to English instead.
	erdogan := NamesOf(
		Name{Text: "Recep Tayyip Erdoğan", Lang: en, Kind: KindLabel},
		Name{Text: "Реджеп Тайип Эрдоган", Lang: ru, Kind: KindLabel},
	)
	if got := erdogan.Label(az); got != "Recep Tayyip Erdoğan" {
		t.Errorf("az reader: %q, want the English label", got)
	}
	if got := erdogan.Label(hy); got != "Recep Tayyip Erdoğan" {
		t.Errorf("hy reader: %q, want the English label", got)
	}
	if got := erdogan.Label(az, ru); got != "Реджеп Тайип Эрдоган" {
		t.Errorf("az, ru reader: %q, want the Russian label", got)
	}
	noEnglish := NamesOf(Name{Text: "Ağdam", Lang: az, Kind: KindLabel}, Name{Text: "Агдам", Lang: ru, Kind: KindLabel})
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
