package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Places that only the timeline's events from 2022 on name.
const (
	Gegharkunik ID = "gegharkunik"
	VayotsDzor  ID = "vayots-dzor"
	// Dadivank is the monastery in the Kalbajar district that Armenian
	// usage calls Dadivank and Azerbaijani usage Khudavang.
	Dadivank ID = "dadivank"
	// The four villages of the Gazakh district returned in May 2024, and
	// the Armenian villages the Armenian Foreign Ministry paired with them.
	BaganisAyrum   ID = "baganis-ayrum"
	AshagiAskipara ID = "ashagi-askipara"
	Kheyrimli      ID = "kheyrimli"
	GizilHajili    ID = "gizil-hajili"
	Baghanis       ID = "baghanis"
	Voskepar       ID = "voskepar"
	Kirants        ID = "kirants"
)

// Pages the places below are named on.
const (
	urlOCMediaSep2022 = "https://ocmedianew.vecto.digital/live-updates-azerbaijan-launches-attacks-along-armenian-border"
	urlArmenpressDadi = "https://armenpress.am/eng/news/1134961/"
	urlAzVisionKhuda  = "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html"
	urlMassisTavush   = "https://massispost.com/2024/04/armenia-and-azerbaijan-agree-to-start-border-delimitation-process-in-tavush-area/"
	urlNewsAzGazakh   = "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-"
)

const (
	quoteOCMediaSep2022 = "Azerbaijan launched an attack along the Armenian border in the Syunik, Gegharkunik, and Vayots Dzor regions at around midnight on 13 September"
	quoteMassisPairs    = "Baghanis (Armenia) and Baganis Ayrum (Azerbaijan), Voskepar (Armenia) and Asagi Askipara (Azerbaijan), Kirants (Armenia) and Xeyrimli (Azerbaijan)"
	quoteNewsAzVillages = "Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan"
)

// timelinePlacesLate returns places that only the timeline's events name.
func timelinePlacesLate() []Place {
	massis := src.Q(language.English, urlMassisTavush, quoteMassisPairs)
	newsAz := src.Q(language.English, urlNewsAzGazakh, quoteNewsAzVillages)
	ocmedia := src.Q(language.English, urlOCMediaSep2022, quoteOCMediaSep2022)
	return []Place{
		{
			ID: Gegharkunik, Kind: Region, PartOf: Armenia,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Gegharkunik", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "A region of Armenia attacked on 13 September 2022; the sources give only its English name.",
			Sources: src.List(ocmedia),
		},
		{
			ID: VayotsDzor, Kind: Region, PartOf: Armenia,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Vayots Dzor", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "A region of Armenia attacked on 13 September 2022; the sources give only its English name.",
			Sources: src.List(ocmedia),
		},
		{
			ID: Dadivank, Kind: Site, PartOf: KalbajarDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Dadivank", Lang: language.English, Kind: karabakh.KindLabel, Usage: "Armenian usage",
					Sources: src.List(src.Q(language.English, urlArmenpressDadi,
						"Russian peacekeepers have withdrawn personnel and military equipment from Dadivank"))},
				karabakh.Name{Text: "Khudavang", Lang: language.English, Kind: karabakh.KindLabel, Usage: "Azerbaijani usage",
					Sources: src.List(src.Q(language.English, urlAzVisionKhuda,
						"The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."))},
			),
			Note: "A monastery in the Kalbajar district guarded by the Russian peacekeepers until April 2024. The sources give its names only in English.",
			Sources: src.List(
				src.Q(language.English, urlArmenpressDadi, "Russian peacekeepers have withdrawn personnel and military equipment from Dadivank"),
				src.Q(language.English, urlAzVisionKhuda, "The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."),
			),
		},
		{
			ID: BaganisAyrum, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Baganis Ayrum", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(massis)},
				karabakh.Name{Text: "Baganis Ayrim", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(newsAz)},
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Baghanis.",
			Sources: src.List(massis, newsAz),
		},
		{
			ID: AshagiAskipara, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Ashagi Askipara", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				karabakh.Name{Text: "Asagi Askipara", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(massis)},
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Voskepar.",
			Sources: src.List(massis, newsAz),
		},
		{
			ID: Kheyrimli, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Kheyrimli", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				karabakh.Name{Text: "Xeyrimli", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(massis)},
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Kirants.",
			Sources: src.List(massis, newsAz),
		},
		{
			ID: GizilHajili, Kind: Village, PartOf: GazakhDistrict,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Gizil Hajili", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024.",
			Sources: src.List(newsAz),
		},
		{
			ID: Baghanis, Kind: Village, PartOf: Armenia,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Baghanis", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "An Armenian village on the border, paired with Baganis Ayrum in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
		{
			ID: Voskepar, Kind: Village, PartOf: Armenia,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Voskepar", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "An Armenian village on the border, paired with Ashagi Askipara in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
		{
			ID: Kirants, Kind: Village, PartOf: Armenia,
			Names:   karabakh.NamesOf(karabakh.Name{Text: "Kirants", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:    "An Armenian village on the border, paired with Kheyrimli in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
	}
}
