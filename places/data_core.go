package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Usages of contested names. No usage is the "real" name; each is recorded
// as used.
const (
	usageArmenian    = "Armenian usage"
	usageAzerbaijani = "Azerbaijani usage"
	usageAzOfficial  = "Azerbaijani official usage"
)

// placeNoteUnquoted is added to places whose list of names includes forms
// that the compiled place list gives with a page but no quote: those names
// carry no source of their own.
const placeNoteUnquoted = " Names without a source of their own are as given by the compiled place list of the sources, which names the pages but quotes none of them."

// Secondary copies of the ISO 3166 lists (iso.org was not in the stored sources).
const (
	isoGpedia    = "https://gpedia.com/en/ISO%203166-2:AZ"
	isoFindat    = "https://findatwiki.com/ISO_3166-2:AZ"
	isoWorldEbk  = "http://worldebooklibrary.net/articles/ISO_3166-2:AZ"
	isoStatoids  = "https://mdsite.deno.dev/http://www.statoids.com/wab.html"
	isoNote      = "A secondary copy of the ISO 3166 list, not iso.org."
	plHyetert    = "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/"
	plNewsAz4Vil = "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-"
	plNewsAm734  = "https://news.am/eng/news/734934.html"
	plAzatTRIPP  = "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html"
	plMenafnChk  = "https://menafn.com/1107043867/Azerbaijan-Has-Right-To-Close-Lachin-Road-If-It-Feels-Any-Danger-Ex-Iranian-Ambassador"
	plCivilnet   = "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/"
)

// pn returns a name with the given kind and usage, sourced by srcs (none
// when the sources give the form without a quote).
func pn(lang language.Tag, text string, kind karabakh.NameKind, usage string, srcs ...karabakh.Source) karabakh.Name {
	return karabakh.Name{Text: text, Lang: lang, Kind: kind, Usage: usage, Sources: src.List(srcs...)}
}

// iso returns an ISO 3166 identifier read from a secondary list.
func iso(scheme karabakh.Scheme, value, url, quote string) karabakh.Identifier {
	s := src.Q(language.English, url, quote)
	s.Note = isoNote
	return karabakh.Identifier{Scheme: scheme, Value: value, Sources: src.List(s)}
}

// corePlaces returns the places of the source bundle's place list, the
// Hakari bridge, and the places the statement's points name.
func corePlaces() []Place {
	hyLatn := language.MustParse("hy-Latn")
	lbl, als := karabakh.KindLabel, karabakh.KindAlias
	hy, az, ru, en, tr := language.Armenian, language.Azerbaijani, language.Russian, language.English, language.Turkish
	return []Place{
		{
			ID: NagornoKarabakh, Kind: Region,
			Names: karabakh.NamesOf(
				pn(en, "Nagorno-Karabakh", lbl, "", src.P(src.S20MFA, 1)),
				pn(ru, "Нагорный Карабах", lbl, "", src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
				pn(az, "Dağlıq Qarabağ", lbl, usageAzerbaijani, src.P(src.S20Metbuat, 1)),
				pn(hy, "Լեռնային Ղարաբաղ", lbl, "", src.P(src.S20SputAm, 6)),
				pn(hy, "Արցախ", lbl, usageArmenian),
				pn(en, "Artsakh", lbl, usageArmenian, src.Q(en, "https://mediamax.am/en/news/karabakh/52321/", "blockaded Artsakh from December 12, 2022 and from June 15, 2023 completely sieged")),
				pn(tr, "Dağlık Karabağ", lbl, ""),
				pn(en, "Upper Karabakh", als, ""),
				pn(az, "Qarabağ iqtisadi zonası", als, usageAzOfficial, src.Q(az, "https://www.azadliq.info/2022/01/12/mudafi%c9%99-naziri-yeni-komandani-q%c9%99bul-edib", "Qarabağ iqtisadi zonasındakı əməliyyat şəraiti müzakirə olunub")),
				pn(en, "Karabakh economic zone", als, usageAzOfficial, src.Q(en, "https://en.trend.az/azerbaijan/politics/3539948.html", "The parties discussed the operational situation in the Karabakh economic zone")),
			),
			Note:    "Contested: Armenian usage calls it Artsakh (also the name of the self-declared republic), Azerbaijani usage Dağlıq Qarabağ and, officially, the Karabakh economic zone. No part-of is recorded." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20Vesti, 3), src.P(src.S20MFA, 1), src.P(src.S20PAX, 7)),
		},
		{
			ID: AghdamDistrict, Kind: District, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Aghdam District", lbl, "", src.P(src.S20MFA, 2)),
				pn(en, "Agdam District", als, "", src.P(src.S20RuMFA, 2)),
				pn(en, "Aghdam region", als, "Government of Armenia's translation", src.P(src.S20PM, 2)),
				pn(az, "Ağdam rayonu", lbl, "", src.P(src.S20Metbuat, 2)),
				pn(ru, "Агдамский район", lbl, "", src.P(src.S20Vesti, 2)),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-AGM", isoGpedia, "AZ-AGM Ağdam Aghdam rayon")),
			Note:        "Returned to Azerbaijan under point 2 by 20 November 2020. The Armenian form \"Աղդամի շրջան\" in the compiled place list could not be re-found on checking and is left out.",
			Sources: src.List(src.P(src.S20PM, 2), src.P(src.S20MFA, 2), src.P(src.S20Vesti, 2),
				src.Q(en, "https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia", "“Units of the Azerbaijan Army entered the Aghdam region on November 20,” Azerbaijan’s defence ministry said")),
		},
		{
			ID: Aghdam, Kind: City, PartOf: AghdamDistrict,
			Names: karabakh.NamesOf(
				pn(en, "Aghdam", lbl, "", src.Q(en, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh", "The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26.")),
				pn(az, "Ağdam", lbl, usageAzerbaijani),
				pn(ru, "Агдам", lbl, ""),
				pn(hy, "Աղդամ", lbl, "", src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Աղդամ (Ակնա)-Ստեփանակերտ ճանապարհի բացումն")),
				pn(hy, "Ակնա", als, usageArmenian, src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Աղդամ (Ակնա)-Ստեփանակերտ ճանապարհի բացումն")),
				pn(hyLatn, "Akna", lbl, usageArmenian),
			),
			Note: "Armenian usage Akna, Azerbaijani Ağdam; Armenian-language sources also write Աղդամ." + placeNoteUnquoted,
			Sources: src.List(
				src.Q(en, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh", "The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
				src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Աղդամ (Ակնա)-Ստեփանակերտ ճանապարհի բացումն")),
		},
		{
			ID: KalbajarDistrict, Kind: District, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Kalbajar District", lbl, "", src.P(src.S20MFA, 6)),
				pn(en, "Kelbajar", als, "Government of Armenia's translation", src.P(src.S20PM, 6)),
				pn(en, "Karvachar", lbl, usageArmenian),
				pn(az, "Kəlbəcər rayonu", lbl, usageAzerbaijani, src.P(src.S20Banker, 6)),
				pn(ru, "Кельбаджарский район", lbl, "", src.Q(ru, "https://ru.wikinews.org/wiki/%D0%90%D0%B7%D0%B5%D1%80%D0%B1%D0%B0%D0%B9%D0%B4%D0%B6%D0%B0%D0%BD%D1%81%D0%BA%D0%B0%D1%8F_%D0%B0%D1%80%D0%BC%D0%B8%D1%8F_%D0%B2%D0%BE%D1%88%D0%BB%D0%B0_%D0%B2_%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD", "«подразделения азербайджанской армии 25 ноября вошли в Кельбаджарский район»")),
				pn(hy, "Քելբաջարի շրջան", lbl, "Armenian rendering of the Azerbaijani district name"),
				pn(hy, "Քարվաճառ", lbl, usageArmenian),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-KAL", isoGpedia, "AZ-KAL Kəlbəcər Kalbajar rayon")),
			Note:        "Contested names: Armenian usage Karvachar (Քարվաճառ), Azerbaijani Kəlbəcər. Returned to Azerbaijan under point 6; the text's deadline of 15 November 2020 was extended to 25 November." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6),
				src.Q(en, src.S20JamKalb, "The transfer of the Kalbajar region [in the zone of the Karabakh conflict] to Azerbaijan, which was supposed to occur today on November 15, has been postponed until November 25.")),
		},
		{
			ID: LachinDistrict, Kind: District, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Lachin District", lbl, "", src.P(src.S20MFA, 6)),
				pn(en, "Lachin region", als, "Government of Armenia's translation", src.P(src.S20PM, 6)),
				pn(en, "Kashatagh", lbl, usageArmenian),
				pn(az, "Laçın rayonu", lbl, usageAzerbaijani, src.P(src.S20Banker, 6)),
				pn(ru, "Лачинский район", lbl, ""),
				pn(hy, "Լաչինի շրջան", lbl, "Armenian rendering of the Azerbaijani district name"),
				pn(hy, "Քաշաթաղի շրջան", lbl, usageArmenian),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-LAC", isoFindat, "AZ-LAC Laçın Lachin rayon")),
			Note:        "Contested names: Armenian usage Kashatagh, Azerbaijani Laçın. Returned to Azerbaijan under point 6 by 1 December 2020; the Lachin corridor runs through it." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6),
				src.Q(en, "https://www.hurriyetdailynews.com/azerbaijani-army-enters-lachin-region-after-28-years-160481", "units of the Azerbaijan Army entered the Lachin region on Dec. 01,” the ministry said.")),
		},
		{
			ID: Lachin, Kind: City, PartOf: LachinDistrict,
			Names: karabakh.NamesOf(
				pn(en, "Lachin", lbl, usageAzerbaijani),
				pn(en, "Berdzor", lbl, usageArmenian),
				pn(az, "Laçın", lbl, usageAzerbaijani),
				pn(ru, "Лачин", lbl, ""),
				pn(hy, "Բերձոր", lbl, usageArmenian),
			),
			Note: "Contested names: Armenian usage Berdzor, Azerbaijani Laçın. Aliyev said on 1 December 2020 that the town lay inside the corridor and should return to Azerbaijan once a new route was built." + placeNoteUnquoted,
			Sources: src.List(
				karabakh.Source{URL: "http://abc.az/en/news/62520", Publisher: src.Publisher("http://abc.az/en/news/62520"), Lang: en,
					Quote: "Therefore, we propose to build a new corridor, to develop a route for a new corridor connecting Nagorno-Karabakh with Armenia and build it.",
					Note:  "Aliyev's address of 1 December 2020 on the town of Lachin inside the corridor."}),
		},
		{
			ID: LachinCorridor, Kind: Corridor,
			Names: karabakh.NamesOf(
				pn(en, "Lachin corridor", lbl, "", src.P(src.S20PM, 6), src.P(src.S20MFA, 6)),
				pn(ru, "Лачинский коридор", lbl, "", src.P(src.S20Vesti, 3)),
				pn(az, "Laçın dəhlizi", lbl, "", src.P(src.S20Metbuat, 3)),
				pn(hy, "Լաչինի միջանցք", lbl, "", src.P(src.S20SputAm, 6)),
				pn(en, "Lachin road", als, usageAzOfficial),
				pn(en, "Lachin-Khankendi road", als, usageAzerbaijani, src.Q(en, plMenafnChk, "adequate to the unilateral establishment by Armenia of a border checkpoint at the entrance to the Lachin-Khankendi road on the border with Azerbaijan on April 22")),
				pn(az, "Laçın yolu", als, usageAzOfficial, src.Q(az, "https://metbuat.az/news/1462899/ayxan-hacizade-abs-nin-ermenistandaki-sefirine.html", "Laçın yolu qanunsuz hərbi və iqtisadi məqsədlər üçün nəzərdə tutulmayıb.")),
				pn(az, "Laçın-Xankəndi yolu", als, usageAzerbaijani, src.Q(az, "https://mustaqil.az/?p=126544", "Laçın-Xankəndi yolunun başlanğıcında sərhəd-buraxılış məntəqəsi qurulub")),
				pn(ru, "Лачинская дорога", als, "", src.Q(ru, "https://sm.news/lavrov-zayavleniya-liderov-rf-armenii-i-azerbajdzhana-ostayutsya-klyuchom-dlya-stabilizacii-v-regione-67912-u3t5/amp/", "Напомним, что Лачинская дорога, единственная, которая связывает Армению с Нагорным Карабахом")),
				pn(en, "Kashatagh (Lachin) corridor", als, usageArmenian, src.Q(en, "https://arminfo.info/full_news.php?id=78398&lang=3", "The parameters and mode of operation of the Kashatagh (Lachin) corridor")),
				pn(en, "Berdzor (Lachin) corridor", als, usageArmenian, src.Q(en, "https://gagrule.net/breaking-news-azerbaijan-establishes-checkpoint-on-lachin-stepanakert-road/", "the installation of a checkpoint in the Berdzor (Lachin) corridor")),
			),
			Note: "The name is contested. Armenia insists on \"corridor\", the word of point 6, under the Russian peacekeepers' control (\"there is no Lachin road, there is a Lachin corridor\"); " +
				"Azerbaijan officially says \"Lachin road\". Point 6 makes it 5 km wide; the route through the district is about 60 km long." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20RuMFA, 6), src.P(src.S20Vesti, 3),
				karabakh.Source{URL: "https://www.armenianclub.com/2023/05/26/lachin-corridor-should-be-under-control-of-russian-peacekeepers-no-one-else-should-exercise-control-over-it-pashinyan/",
					Publisher: src.Publisher("https://www.armenianclub.com/2023/05/26/lachin-corridor-should-be-under-control-of-russian-peacekeepers-no-one-else-should-exercise-control-over-it-pashinyan/"),
					Lang:      en, Quote: "there is no Lachin road, there is a Lachin corridor",
					Note: "Pashinyan; the quote is as the compiled sources give it."},
				src.Q(en, "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia", "a 60-kilometre (35-mile) route through the district that connects Karabakh's main city Stepanakert and the Armenian border to the south")),
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
				src.Q(language.German, "https://ger.az24saat.org/2024/05/24/4-doerfer-der-region-gazakh-wurden-an-aserbaidschan-zurueckgegeben", "Als Ergebnis der Abgrenzungsstudien wurde eine 12,7 km lange Grenzlinie festgelegt")),
		},
		{
			ID: Shusha, Kind: City, PartOf: NagornoKarabakh,
			Names: karabakh.NamesOf(
				pn(en, "Shusha", lbl, usageAzerbaijani, src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6)),
				pn(en, "Shushi", lbl, usageArmenian, src.P(src.S20PM, 6)),
				pn(az, "Şuşa", lbl, usageAzerbaijani, src.P(src.S20Banker, 6), src.P(src.S20NuhAz, 6)),
				pn(ru, "Шуша", lbl, "", src.P(src.S20Sovross, 6)),
				pn(hy, "Շուշի", lbl, usageArmenian, src.P(src.S20SputAm, 6)),
			),
			Note: "Contested names: Armenian usage Shushi, Azerbaijani Şuşa; the official English translations of point 6 differ accordingly. " +
				"The stored copies of the ISO 3166-2:AZ list say Şuşa \"has been removed from the list\", so no code is recorded.",
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20SputAm, 6)),
		},
		{
			ID: Stepanakert, Kind: City, PartOf: NagornoKarabakh,
			Names: karabakh.NamesOf(
				pn(en, "Stepanakert", lbl, usageArmenian, src.Q(en, plNewsAm734, "A group of Azerbaijanis blocked the Stepanakert-Goris highway again from 10:30 a.m. on December 12, allegedly for environmental reasons.")),
				pn(en, "Khankendi", lbl, usageAzerbaijani, src.Q(en, plMenafnChk, "adequate to the unilateral establishment by Armenia of a border checkpoint at the entrance to the Lachin-Khankendi road on the border with Azerbaijan on April 22")),
				pn(hy, "Ստեփանակերտ", lbl, usageArmenian, src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Աղդամ (Ակնա)-Ստեփանակերտ ճանապարհի բացումն")),
				pn(az, "Xankəndi", lbl, usageAzerbaijani, src.Q(en, isoWorldEbk, "AZ-XA Xankəndi Stepanakert municipality")),
				pn(ru, "Степанакерт", lbl, "", src.Q(ru, "https://ukraina.ru/20201125/1029733848.html?chat_room_id=1029733848", "Командный пункт находится в Степанакерте.")),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-XA", isoWorldEbk, "AZ-XA Xankəndi Stepanakert municipality")),
			Note:        "Contested names: Armenian usage Stepanakert, Azerbaijani Xankəndi (Khankendi). The ISO 3166-2 code is that of the Azerbaijani municipality.",
			Sources: src.List(
				src.Q(ru, "https://ukraina.ru/20201125/1029733848.html?chat_room_id=1029733848", "Командный пункт находится в Степанакерте."),
				src.Q(en, isoWorldEbk, "AZ-XA Xankəndi Stepanakert municipality")),
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
				pn(hy, "Նախիջևանի Ինքնավար Հանրապետություն", lbl, "", src.P(src.S20ArmInfo, 9)),
				pn(hy, "Նախիջևան", lbl, "short form", src.P(src.S20ArmInfo, 9)),
				pn(tr, "Nahçıvan", lbl, ""),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-NX", isoGpedia, "Autonomous republic Code Subdivision name (az) Subdivision name (en)[a] AZ-NX Naxçıvan Nakhchivan")),
			Note:        "Point 9 provides for transport links between it and the western regions of Azerbaijan. Whether the Kremlin's Russian text spells it \"Нахичеванской\" or \"Нахчыванской\" could not be checked." + placeNoteUnquoted,
			Sources:     src.List(src.P(src.S20Report, 9), src.P(src.S20ArmInfo, 9), src.P(src.S20SilkWay, 9)),
		},
		{
			ID: Syunik, Kind: Region, PartOf: Armenia,
			Names: karabakh.NamesOf(
				pn(en, "Syunik Province", lbl, usageArmenian),
				pn(en, "Zangezur", lbl, usageAzerbaijani),
				pn(hy, "Սյունիք", lbl, usageArmenian, src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
				pn(hy, "Զանգեզուր", lbl, "Armenian form of the name Azerbaijan uses", src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
				pn(az, "Zəngəzur", lbl, usageAzerbaijani),
				pn(ru, "Сюникская область", lbl, ""),
			),
			Note:    "A province of Armenia, the route of the road Azerbaijan calls the \"Zangezur corridor\"; Azerbaijani usage calls the region Zangezur." + placeNoteUnquoted,
			Sources: src.List(src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
		},
		{
			ID: TRIPPRoute, Kind: Corridor, PartOf: Syunik,
			Names: karabakh.NamesOf(
				pn(en, "Trump Route for International Peace and Prosperity", lbl, "", src.Q(en, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump", "named the \"Trump Route for International Peace and Prosperity.\"")),
				pn(en, "TRIPP", als, "", src.Q(en, "https://www.trend.az/azerbaijan/4141318.html", "Today, Armenian Foreign Minister Ararat Mirzoyan and I announced the Trump Route for International Peace and Prosperity (TRIPP) Implementation Framework.")),
				pn(en, "Trump Path for International Peace and Prosperity", als, "Armenian government English", src.Q(en, "https://www.1lurer.am/en/2025/08/18/Ինչպես-և-ինչ-կարգավորումներով-պետք-է-բացվեն-հաղորդակցության-ուղիները-Հայաստանի-և-Ադրբեջանի-միջև-վար/1364813", "the ‘Trump Path for International Peace and Prosperity’ communication program")),
				pn(hy, "Թրամփի ուղի", lbl, "", src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
				pn(ru, "Маршрут Трампа за международный мир и процветание", lbl, "", src.Q(ru, "https://news.mail.ru/society/67366679/", "Новый транспортный коридор официально именуется «Маршрутом Трампа за международный мир и процветание».")),
				pn(ru, "маршрут Трампа", als, "", src.Q(ru, "https://www.gazeta.ru/politics/news/2025/10/22/27008168.shtml", "предусматривает открытие «маршрута Трампа» — коридора")),
				pn(language.Italian, "Rotta Internazionale Trump per la Pace e la Prosperità", lbl, "", src.Q(language.Italian, "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington", "della Rotta Internazionale Trump per la Pace e la Prosperità (TRIPP)")),
				pn(az, "Zəngəzur dəhlizi", lbl, usageAzerbaijani),
				pn(hy, "Զանգեզուրի միջանցք", lbl, "Armenian rendering of the Azerbaijani name, which Armenia rejects", src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
			),
			Note: "The transit route through Armenia's Syunik between western Azerbaijan and Nakhchivan. Azerbaijan calls it the \"Zangezur corridor\"; Armenia says no project of that name exists or can exist on its sovereign territory. " +
				"The Washington declaration of 8 August 2025 named a 42 km section of the Syunik road the Trump Route for International Peace and Prosperity (TRIPP). Point 9 of the 2020 statement names no corridor." + placeNoteUnquoted,
			Sources: src.List(
				src.Q(en, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump", "named the \"Trump Route for International Peace and Prosperity.\""),
				src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը"),
				src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
		},
		{
			ID: Yerevan, Kind: City, PartOf: Armenia,
			Names: karabakh.NamesOf(
				pn(en, "Yerevan", lbl, "", src.Q(en, "https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed", "Baku has handed over the bodies of 1,713 Armenian servicemen to Yerevan as a result of joint measures taken after the signing of the trilateral statement")),
				pn(hy, "Երևան", lbl, "spelling with և"),
				pn(hy, "Երեւան", lbl, "spelling with եւ"),
				pn(ru, "Ереван", lbl, ""),
			),
			Note:    "Capital of Armenia. Both Armenian spellings are kept as the sources spell them." + placeNoteUnquoted,
			Sources: src.List(src.Q(en, "https://www.middleeastmonitor.com/20201110-armenians-storm-parliament-beat-speaker-after-ceasefire-with-azerbaijan/", "hundreds of Armenians broke into the parliament building in the capital Yerevan in the early hours of the morning")),
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
			ID: Moscow, Kind: City, PartOf: Russia,
			Names: karabakh.NamesOf(
				pn(en, "Moscow", lbl, "", src.Q(en, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus", "The 11th meeting of the Trilateral Working Group on the opening of transport communications in the South Caucasus was held in Moscow")),
				pn(ru, "Москва", lbl, "", src.Q(ru, "https://ru.armeniasputnik.am/politics/20210130/26283805/Vstrecha-vitse-premerov-Armenii-Rossii-i-Azerbaydzhana-v-Moskve-o-chem-dogovorilis-storony.html", "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание")),
				pn(hy, "Մոսկվա", lbl, ""),
				pn(tr, "Moskova", lbl, ""),
			),
			Note:    "The ceasefire time of point 1 is Moscow time." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20MFA, 1)),
		},
		{
			ID: Sochi, Kind: City, PartOf: Russia,
			Names: karabakh.NamesOf(
				pn(en, "Sochi", lbl, "", src.Q(en, "https://hetq.am/en/article/138291", "met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020")),
				pn(hy, "Սոչի", lbl, ""),
				pn(az, "Soçi", lbl, ""),
			),
			Note:    "Where the trilateral statement of 26 November 2021 was made." + placeNoteUnquoted,
			Sources: src.List(src.Q(en, "https://hetq.am/en/article/138291", "met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020")),
		},
		{
			ID: Goris, Kind: City,
			Names: karabakh.NamesOf(
				pn(en, "Goris", lbl, "", src.Q(en, plNewsAm734, "A group of Azerbaijanis blocked the Stepanakert-Goris highway again from 10:30 a.m. on December 12, allegedly for environmental reasons.")),
				pn(ru, "Горис", lbl, ""),
				pn(az, "Gorus", lbl, usageAzerbaijani),
			),
			Note:    "A town on the Stepanakert-Goris road, the road of the Lachin corridor." + placeNoteUnquoted,
			Sources: src.List(src.Q(en, plNewsAm734, "A group of Azerbaijanis blocked the Stepanakert-Goris highway again from 10:30 a.m. on December 12, allegedly for environmental reasons.")),
		},
		{
			ID: Yevlakh, Kind: City, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Yevlakh", lbl, "", src.Q(en, "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting", "Representatives of Nagorno-Karabakh and Azerbaijan will hold a meeting in Yevlakh on September 21.")),
				pn(az, "Yevlax", lbl, "", src.Q(en, isoWorldEbk, "AZ-YE Yevlax Yevlakh municipality")),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-YE", isoWorldEbk, "AZ-YE Yevlax Yevlakh municipality")),
			Sources:     src.List(src.Q(en, "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting", "Representatives of Nagorno-Karabakh and Azerbaijan will hold a meeting in Yevlakh on September 21.")),
		},
		{
			ID: Armenia, Kind: Country,
			Names: karabakh.NamesOf(
				pn(en, "Armenia", lbl, "", src.P(src.S20MFA, 6)),
				pn(hy, "Հայաստան", lbl, "", src.P(src.S20SputAm, 6)),
				pn(ru, "Армения", lbl, ""),
				pn(az, "Ermənistan", lbl, "", src.P(src.S20Banker, 6)),
				pn(tr, "Ermenistan", lbl, "", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
			),
			Identifiers: karabakh.ListOf(
				iso(karabakh.SchemeISO3166Alpha2, "AM", isoStatoids, "Armenia AM ARM 051 ARM AM ARM ARM AM AY 13 ai 374 Yes"),
				iso(karabakh.SchemeISO3166Alpha3, "ARM", isoStatoids, "Armenia AM ARM 051 ARM AM ARM ARM AM AY 13 ai 374 Yes"),
				iso(karabakh.SchemeISO3166Numeric, "051", isoStatoids, "Armenia AM ARM 051 ARM AM ARM ARM AM AY 13 ai 374 Yes"),
			),
			Note:    "The territory; the state as a party is the actor \"armenia\"." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6)),
		},
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
			ID: Russia, Kind: Country,
			Names: karabakh.NamesOf(
				pn(en, "Russia", lbl, "", src.Q(en, "https://en.newizv.ru/news/2020-11-11/russian-peacekeepers-headed-to-the-area-of-operation-in-nagorno-karabakh-380825", "20 Il-76 planes with 400 servicemen from Russia have landed in Armenia.")),
				pn(ru, "Россия", lbl, "", src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
				pn(hy, "Ռուսաստան", lbl, "", src.P(src.S20ArmInfo, 9)),
				pn(az, "Rusiya", lbl, "", src.P(src.S20Metbuat, 3)),
				pn(tr, "Rusya", lbl, "", src.Q(tr, "https://habername.com/haber-cumhurbaskani-erdogan-rusya-devlet-baskani-putin-ile-telefonda-gorustu-1-132928.htm", "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")),
			),
			Identifiers: karabakh.ListOf(
				iso(karabakh.SchemeISO3166Alpha2, "RU", "http://wiki.kashishworld.com/russia", "Calling code+7 ISO 3166 codeRU Internet TLD"),
				iso(karabakh.SchemeISO3166Alpha3, "RUS", "https://www.abbreviationfinder.us/3-letter-country-code-of-russia/", "The designation “RUS” is derived from the ISO 3166-1 alpha-3 standard"),
			),
			Note:    "The territory; the state as a party is the actor \"russia\". No source gave Russia's ISO 3166-1 numeric code.",
			Sources: src.List(src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
		},
		{
			ID: HakariBridge, Kind: Site, PartOf: LachinCorridor,
			Names: karabakh.NamesOf(
				pn(en, "Hakari bridge", lbl, "", src.Q(en, "https://www.tribuneindia.com/news/world/tension-escalates-as-azerbaijan-blocks-armenias-access-to-contested-region-500391", "the checkpoint at the Hakari bridge in the Lachin corridor")),
				pn(en, "Hakar River bridge", als, "", src.Q(en, "https://mirrorspectator.com/2023/04/27/azerbaijan-sets-up-checkpoint-at-lachin-corridor/", "next to the Hakar River bridge")),
				pn(hy, "Հակարի գետի կամուրջ", lbl, "", src.Q(hy, plCivilnet, "Հակարի գետի կամրջին կից, իր հսկիչ-անցագրային կետն է տեղադրել")),
			),
			Note: "Bridge in the Lachin corridor near the Armenian border, where Azerbaijan set up a checkpoint on 23 April 2023; Armenia called it a gross violation of the 2020 statement.",
			Sources: src.List(
				src.Q(en, "https://www.tribuneindia.com/news/world/tension-escalates-as-azerbaijan-blocks-armenias-access-to-contested-region-500391", "Armenia said the checkpoint at the Hakari bridge in the Lachin corridor was a gross violation of the 2020 ceasefire agreement"),
				src.Q(en, "https://mirrorspectator.com/2023/04/27/azerbaijan-sets-up-checkpoint-at-lachin-corridor/", "On April 23, Azerbaijan set up a checkpoint at the Lachin Corridor, close to the Armenian border and in the control zone of Russian peacekeepers, next to the Hakar River bridge.")),
		},
	}
}
