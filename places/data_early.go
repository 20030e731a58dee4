package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Places that only the events up to the end of 2021 name.
const (
	// Kiyamanddinli is the village in Aghdam district near which the joint
	// Russian-Turkish monitoring centre opened on 30 January 2021.
	Kiyamanddinli ID = "kiyamanddinli"
	// UlyanovskVostochny is the Russian airfield from which the
	// peacekeepers were flown out on 10 November 2020.
	UlyanovskVostochny ID = "ulyanovsk-vostochny-airfield"
)

// timelinePlacesEarly returns places that only the timeline's events up to
// 2021 name.
func timelinePlacesEarly() []Place {
	return []Place{
		{
			ID:     Kiyamanddinli,
			Kind:   Village,
			PartOf: AghdamDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Kiyamanddinli", Lang: language.English, Kind: karabakh.KindLabel},
			),
			Note: "Spelled as in the TASS report copied by Hyetert; no Azerbaijani-script form was seen. Azerbaijani media placed the monitoring centre in the city of Aghdam instead.",
			Sources: src.List(
				src.Q(language.English, "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/",
					"A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."),
			),
		},
		{
			ID:     UlyanovskVostochny,
			Kind:   Site,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Ulyanovsk-Vostochny airfield", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Ульяновск-Восточный", Lang: language.Russian, Kind: karabakh.KindLabel,
					Sources: src.List(src.Q(language.Russian, "https://glagol.press/?p=10925",
						"Рано утром во вторник, 10 ноября, с аэродрома Ульяновск-Восточный военные самолёты вылетели"))},
			),
			Sources: src.List(
				src.Q(language.English, "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/",
					"Russia started transferring peacekeepers and equipment at around 03:00 am GMT Tuesday, using Il-76 heavy military transport aircraft that took off from the Ulyanovsk-Vostochny airfield."),
			),
		},
	}
}
