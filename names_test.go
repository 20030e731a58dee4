package karabakh_test

import (
	"testing"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

var stepanakert = karabakh.NamesOf(
	karabakh.Name{Text: "Stepanakert", Lang: language.English, Kind: karabakh.KindLabel, Usage: "Armenian usage"},
	karabakh.Name{Text: "Khankendi", Lang: language.English, Kind: karabakh.KindLabel, Usage: "Azerbaijani usage"},
	karabakh.Name{Text: "Ստեփանակերտ", Lang: language.Armenian, Kind: karabakh.KindLabel},
	karabakh.Name{Text: "Xankəndi", Lang: language.Azerbaijani, Kind: karabakh.KindLabel},
	karabakh.Name{Text: "Stepanakert", Lang: language.Russian, Kind: karabakh.KindTransliteration},
	karabakh.Name{Text: "stepanakert", Lang: language.English, Kind: karabakh.KindGarbled},
)

func TestNamesLabel(t *testing.T) {
	tests := []struct {
		prefs []language.Tag
		want  string
	}{
		{[]language.Tag{language.Armenian}, "Ստեփանակերտ"},
		{[]language.Tag{language.Azerbaijani}, "Xankəndi"},
		{[]language.Tag{language.Russian}, "Stepanakert"}, // no Russian label: English, not the transliteration
		{[]language.Tag{language.French, language.Azerbaijani}, "Xankəndi"},
		{nil, "Stepanakert"},
		{[]language.Tag{language.MustParse("hy-AM")}, "Ստեփանակերտ"}, // base-language match
	}
	for _, tt := range tests {
		if got := stepanakert.Label(tt.prefs...); got != tt.want {
			t.Errorf("Label(%v) = %q, want %q", tt.prefs, got, tt.want)
		}
	}
	if got := (karabakh.Names{}).Label(language.English); got != "" {
		t.Errorf("empty Names: Label = %q", got)
	}
	onlyGarbled := karabakh.NamesOf(karabakh.Name{Text: "ErdoÄan", Lang: language.English, Kind: karabakh.KindGarbled})
	if got := onlyGarbled.Label(); got != "" {
		t.Errorf("a garbled name must never be shown as a label, got %q", got)
	}
}
