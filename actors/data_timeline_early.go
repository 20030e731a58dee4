package actors

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Actors that only the events up to the end of 2021 name: the ministries
// whose announcements the events rest on, and people who appear once.
const (
	ArmenianDefenceMinistry    ID = "armenian-ministry-of-defence"
	AzerbaijaniDefenceMinistry ID = "azerbaijani-ministry-of-defence"
	RussianDefenceMinistry     ID = "russian-ministry-of-defence"
	ArtsrunHovhannisyan        ID = "artsrun-hovhannisyan"
	ArmenSarkissian            ID = "armen-sarkissian"
	HumanRightsWatch           ID = "human-rights-watch"
)

// timelineActorsEarly returns actors that only the timeline's events up to
// 2021 name. Names are only those the cited pages show.
func timelineActorsEarly() []Actor {
	return []Actor{
		{
			ID:     ArmenianDefenceMinistry,
			Kind:   Organization,
			PartOf: Armenia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Armenian Defense Ministry", Lang: language.English, Kind: karabakh.KindLabel},
			),
			Note: "Its spokesman in November 2020 was Artsrun Hovhannisyan.",
			Sources: src.List(
				src.Q(language.English, "https://www.armenianclub.com/2021/11/22/russia-helps-stabilize-border-situation-armenian-defense-ministry/",
					"The situation on the border between Armenia and Azerbaijan has been stabilized through Russia's mediation efforts, the Armenian Defense Ministry said in a statement on Tuesday."),
			),
		},
		{
			ID:     AzerbaijaniDefenceMinistry,
			Kind:   Organization,
			PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Azerbaijani Ministry of Defence", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Azerbaijan’s defence ministry", Lang: language.English, Kind: karabakh.KindAlias},
			),
			Sources: src.List(
				src.Q(language.English, "https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia",
					"“Units of the Azerbaijan Army entered the Aghdam region on November 20,” Azerbaijan’s defence ministry said"),
			),
		},
		{
			ID:     RussianDefenceMinistry,
			Kind:   Organization,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Russian Ministry of Defence", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Russia's Defence Ministry", Lang: language.English, Kind: karabakh.KindAlias},
				karabakh.Name{Text: "Минобороны", Lang: language.Russian, Kind: karabakh.KindAlias,
					Sources: src.List(src.Q(language.Russian, "https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749",
						"В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники."))},
			),
			Note: "Its spokesman Igor Konashenkov (Armenews spells him Konashnikov) announced the peacekeepers' arrival in Stepanakert.",
			Sources: src.List(
				src.Q(language.English, "https://www.trtworld.com/article/13116580",
					"Russia's Defence Ministry said on Monday that 12 captives were handed over to Azerbaijan and 44 to Armenia."),
				src.Q(language.French, "https://www.armenews.com/spip.php?page=article&id_article=71894",
					"La 15e brigade blindée et des forces de paix est arrivée à 17 heures à Stepanakert a indiqué Igor Konashnikov."),
			),
		},
		{
			ID:     ArtsrunHovhannisyan,
			Kind:   Person,
			PartOf: ArmenianDefenceMinistry,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Artsrun Hovhannisyan", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Artsrun Hovhannissian", Lang: language.English, Kind: karabakh.KindAlias},
				karabakh.Name{Text: "Արծրուն Հովհաննիսյան", Lang: language.Armenian, Kind: karabakh.KindLabel,
					Sources: src.List(src.Q(language.Armenian, "https://armlur.am/411293",
						"ՀՀ պաշտպանության նախարարության մամուլի խոսնակ Արծրուն Հովհաննիսյանը"))},
			),
			Note: "Spokesman (representative) of the Armenian Ministry of Defence. The Armenian page shows the name with the article -ը; the label is the nominative.",
			Sources: src.List(
				src.Q(language.English, "https://jam-news.net/shusha-news-karabakh-aliyev-address-festive-procession-turkey-ministers-azerbaijan/",
					"Representative of the Armenian Defense Ministry Artsrun Hovhannissian denied the statement of Ilham Aliyev."),
			),
		},
		{
			ID:   ArmenSarkissian,
			Kind: Person,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Armen Sarkissian", Lang: language.English, Kind: karabakh.KindLabel},
			),
			Note: "President of Armenia when he signed the decree appointing Ararat Mirzoyan foreign minister (19 August 2021); the sources give no term.",
			Sources: src.List(
				src.Q(language.English, "https://www.azatutyun.am/a/31417973.html",
					"Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian"),
			),
		},
		{
			ID:   HumanRightsWatch,
			Kind: Organization,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Human Rights Watch", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "HRW", Lang: language.English, Kind: karabakh.KindAlias},
			),
			Sources: src.List(
				src.Q(language.English, "https://massispost.com/2021/03/hrw-armenian-pows-abused-in-azerbaijani-custody/",
					"Human Rights Watch (HRW) is calling on Azerbaijan to investigate all allegations of ill-treatment against Armenian prisoners of war"),
			),
		},
	}
}
