package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// azerbaijanPlaces returns the places in Azerbaijan outside Karabakh: its
// capital, Yevlakh, the Nakhchivan exclave, the Gazakh district and its
// villages returned in 2024.
func azerbaijanPlaces() []Place {
	lbl := karabakh.KindLabel
	als := karabakh.KindAlias
	hy := language.Armenian
	az := language.Azerbaijani
	ru := language.Russian
	en := language.English
	tr := language.Turkish
	massis := src.Q(language.English, urlMassisTavush, quoteMassisPairs)
	newsAz := src.Q(language.English, urlNewsAzGazakh, quoteNewsAzVillages)
	tass := src.Q(language.English, urlTASSGazakh, quoteTASSGazakh)
	returned24May := src.Q(language.English, "https://abc.az/en/news/147441/transfer-of-4-villages-of-gazakh-region-to-azerbaijan-reported-to-president-video",
		"The territories of these villages were taken under control by the State Border Service on May 24.")
	turkicWorld := src.Q(az, urlTurkicWorld4, quoteTurkicWorld4)
	reportRu := src.Q(ru, urlReportRu4, quoteReportRu4)
	icmaRu := src.Q(ru, urlIcmaRu4, quoteIcmaRu4)
	xalqQazeti := src.Q(en, urlXalqQazeti4, quoteXalqQazeti4)
	metbuat := func(quote string) karabakh.Source { return src.Q(az, urlMetbuat4, quote) }
	return []Place{
		{
			ID: Azerbaijan, Kind: Country,
			Names: karabakh.NamesOf(
				pn(en, "Azerbaijan", lbl, "", src.P(src.S20MFA, 2)),
				pn(az, "Azərbaycan", lbl, "", src.P(src.S20Metbuat, 2)),
				pn(ru, "Азербайджан", lbl, "", src.P(src.S20Turan, 6)),
				pn(hy, "Ադրբեջան", lbl, "", src.P(src.S20SputAm, 6)),
				pn(tr, "Azerbaycan", lbl, "", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
			),
			Identifiers: karabakh.ListOf(
				iso(karabakh.SchemeISO3166Alpha2, "AZ", isoStatoids, "Azerbaijan AZ AZE 031 AZE AJ AZE AZE AZ AJ 19 aj 994 Yes"),
				iso(karabakh.SchemeISO3166Alpha3, "AZE", isoStatoids, "Azerbaijan AZ AZE 031 AZE AJ AZE AZE AZ AJ 19 aj 994 Yes"),
				iso(karabakh.SchemeISO3166Numeric, "031", isoStatoids, "Azerbaijan AZ AZE 031 AZE AJ AZE AZE AZ AJ 19 aj 994 Yes"),
			),
			Note:    "The territory; the state as a party is the actor \"azerbaijan\".",
			Sources: src.List(src.P(src.S20MFA, 2), src.P(src.S20Metbuat, 2)),
		},
		{
			ID: Baku, Kind: City, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Baku", lbl, "", src.Q(en, isoWorldEbk, "AZ-BA Bakı Baku municipality")),
				pn(az, "Bakı", lbl, "", src.Q(en, isoWorldEbk, "AZ-BA Bakı Baku municipality")),
				pn(ru, "Баку", lbl, ""),
				pn(hy, "Բաքու", lbl, ""),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-BA", isoWorldEbk, "AZ-BA Bakı Baku municipality")),
			Note:        placeNoteUnquoted[1:],
			Sources:     src.List(src.Q(en, isoWorldEbk, "AZ-BA Bakı Baku municipality")),
		},
		{
			ID: Yevlakh, Kind: City, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Yevlakh", lbl, "", src.Q(en, "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting", "Representatives of Nagorno-Karabakh and Azerbaijan will hold a meeting in Yevlakh on September 21.")),
				pn(az, "Yevlax", lbl, "", src.Q(en, isoWorldEbk, "AZ-YE Yevlax Yevlakh municipality")),
				pn(ru, "Евлах", lbl, "", src.Q(ru, "https://www.kommersant.ru/doc/6250547", "В городе Евлах завершилась третья встреча представителей властей Азербайджана")),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-YE", isoWorldEbk, "AZ-YE Yevlax Yevlakh municipality")),
			Sources:     src.List(src.Q(en, "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting", "Representatives of Nagorno-Karabakh and Azerbaijan will hold a meeting in Yevlakh on September 21.")),
		},
		{
			ID: Nakhchivan, Kind: Exclave, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Nakhchivan Autonomous Republic", lbl, "", src.P(src.S20Report, 9)),
				pn(en, "Nakhichevan", als, "", src.P(src.S20NewsAm802, 9)),
				pn(en, "Nakhijevan", als, ""),
				pn(az, "Naxçıvan Muxtar Respublikası", lbl, "", src.Q(az, "https://www.1lurer.am/az/2026/03/11/Armenia-is-ready-even-today-to-ensure-a-road-connection-between-Azerbaijan’s-western-regions-and-Na/1477137", "Ermənistan Respublikası bu gün mövcud infrastrukturla Kornidzor-Qoris-Yeğeqnadzor-Yerasx marşrutu vasitəsilə Azərbaycanın qərb bölgələri ilə Naxçıvan Muxtar Respublikası arasında yol əlaqəsi")),
				pn(az, "Naxçıvan", lbl, "short form", src.Q(en, isoGpedia, "AZ-NX Naxçıvan Nakhchivan")),
				pn(ru, "Нахичеванская Автономная Республика", lbl, "Russian and Armenian usage in Russian"),
				pn(ru, "Нахчыванская Автономная Республика", lbl, "Azerbaijani usage in Russian", src.P(src.S20SilkWay, 9), src.P(src.S20SputAz, 9)),
				pn(ru, "Нахчыван", als, "Azerbaijani usage in Russian", src.Q(ru, "https://1news.az/news/20260211053810226-Armeniya-v-blizhaishie-dni-napravit-SSHA-proekt-soglasheniya-po-TRIPP", "создании транспортной коммуникации между основной частью Азербайджана и Нахчываном")),
				pn(ru, "Нахичевань", als, "Russian and Armenian usage in Russian", src.Q(ru, "https://tass.ru/mezhdunarodnaya-panorama/25464611", "который будет соединять основную часть Азербайджана с Нахичеванью")),
				pn(hy, "Նախիջևանի Ինքնավար Հանրապետություն", lbl, "", src.P(src.S20ArmInfo, 9)),
				pn(hy, "Նախիջևան", lbl, "short form", src.P(src.S20ArmInfo, 9)),
				pn(tr, "Nahçıvan", lbl, ""),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-NX", isoGpedia, "Autonomous republic Code Subdivision name (az) Subdivision name (en)[a] AZ-NX Naxçıvan Nakhchivan")),
			Note:        "Point 9 provides for transport links between it and the western regions of Azerbaijan. Whether the Kremlin's Russian text spells it \"Нахичеванской\" or \"Нахчыванской\" could not be checked." + placeNoteUnquoted,
			Sources:     src.List(src.P(src.S20Report, 9), src.P(src.S20ArmInfo, 9), src.P(src.S20SilkWay, 9)),
		},
		{
			ID: GazakhDistrict, Kind: District, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Gazakh District", lbl, "", src.Q(en, plNewsAz4Vil, "Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan")),
				pn(az, "Qazax", lbl, "", src.P(src.S20Devran, 2)),
				pn(ru, "Газахский район", lbl, "", src.Q(ru, src.S20Sovross, "Также Армения возвращает Азербайджану Агдамский район и территории, удерживаемые в Газахском районе.")),
				pn(language.German, "Gazakh", lbl, ""),
			),
			Note: "Named only by variant texts of point 2 (the early Telegram versions, their copies and Erdoğan's summary); the official texts do not name it. " +
				"Four of its villages were returned to Azerbaijan in May 2024 through the bilateral border delimitation, not under the statement. No ISO 3166-2 code was seen." + placeNoteUnquoted,
			Sources: src.List(
				src.Q(en, src.S20NewsRu, "Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020."),
				src.Q(en, plNewsAz4Vil, "Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan"),
				src.Q(language.German, "https://ger.az24saat.org/2024/05/24/4-doerfer-der-region-gazakh-wurden-an-aserbaidschan-zurueckgegeben", "Als Ergebnis der Abgrenzungsstudien wurde eine 12,7 km lange Grenzlinie festgelegt"),
				returned24May),
		},
		{
			ID: BaganisAyrum, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Baganis Ayrum", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(massis)},
				karabakh.Name{Text: "Baganis Ayrim", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(newsAz)},
				pn(en, "Baghanis Ayrim", als, "", tass),
				pn(en, "Baganys Ayrim", als, "", xalqQazeti),
				pn(az, "Bağanıs Ayrım", lbl, "", turkicWorld),
				pn(az, "Bağanis Ayrım", als, "", metbuat("Bağanis Ayrım kəndinin sakini bildirib ki, kənd İcevan-Noyamberyan avtomobil yolu üzərində yerləşir")),
				pn(ru, "Баганис Айрым", lbl, "", reportRu),
				pn(ru, "Баганыс Айрым", als, "", icmaRu),
				pn(hy, "Բաղանիս-Այրում", lbl, "", src.Q(hy, url1or, quote1or)),
				pn(hy, "Բաղանիս Այրում", als, usageHYDative, src.Q(hy, urlSyuniacVil, quoteSyuniacVil)),
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Baghanis.",
			Sources: src.List(massis, newsAz, returned24May),
		},
		{
			ID: AshagiAskipara, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Ashagi Askipara", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				karabakh.Name{Text: "Asagi Askipara", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(massis)},
				pn(en, "Ashagy Askipara", als, "", xalqQazeti),
				pn(az, "Aşağı Əskipara", lbl, "", turkicWorld),
				pn(ru, "Ашагы Аскипара", lbl, "", reportRu),
				pn(hy, "Աշաղի Ասքիփարա", lbl, "", src.Q(hy, url1or, quote1or)),
				pn(hy, "Աշաղը Ասքիփարա", als, usageHYDative, src.Q(hy, urlSyuniacVil, quoteSyuniacVil)),
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Voskepar.",
			Sources: src.List(massis, newsAz, returned24May),
		},
		{
			ID: Kheyrimli, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Kheyrimli", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				karabakh.Name{Text: "Xeyrimli", Lang: language.English, Kind: karabakh.KindAlias, Sources: src.List(massis)},
				pn(az, "Xeyrimli", lbl, "", metbuat("Lakin 1992-ci ilin martın 8-də Xeyrimli erməni işğalçıları tərəfindən işğal edildi.")),
				pn(az, "Xeyrımlı", als, "", turkicWorld),
				pn(ru, "Хейримли", lbl, "", reportRu),
				pn(ru, "Хейримлы", als, "", icmaRu),
				pn(hy, "Խեյրիմլի", lbl, usageHYDative, src.Q(hy, urlSyuniacVil, quoteSyuniacVil)),
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024; paired with Armenian Kirants.",
			Sources: src.List(massis, newsAz, returned24May),
		},
		{
			ID: GizilHajili, Kind: Village, PartOf: GazakhDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Gizil Hajili", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				pn(en, "Gyzylhajily", als, "", xalqQazeti),
				pn(en, "Gizilhajili", als, "", tass),
				pn(az, "Qızılhacılı", lbl, "", turkicWorld),
				pn(az, "Qızıl Hacılı", als, "", metbuat("Qızıl Hacılı və Aşağı Əskipara kəndlərinin hazırda məcburi köçkün həyatı yaşayan sakinləri də bu gün ən çox sevinən insanlardandır.")),
				pn(ru, "Кызыл Гаджилы", lbl, "", reportRu),
				pn(ru, "Гызылгаджылы", als, "", icmaRu),
				pn(hy, "Ղըզըլհաջիլի", lbl, usageHYDative, src.Q(hy, urlSyuniacVil, quoteSyuniacVil)),
			),
			Note:    "A village of the Gazakh district returned to Azerbaijan on 24 May 2024.",
			Sources: src.List(newsAz, returned24May),
		},
	}
}
