package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// armeniaPlaces returns the places in Armenia: its capital, its provinces on
// the border, the route through Syunik, and the border villages.
func armeniaPlaces() []Place {
	lbl := karabakh.KindLabel
	als := karabakh.KindAlias
	hy := language.Armenian
	az := language.Azerbaijani
	ru := language.Russian
	en := language.English
	tr := language.Turkish
	massis := src.Q(language.English, urlMassisTavush, quoteMassisPairs)
	ocmedia := src.Q(language.English, urlOCMediaSep2022, quoteOCMediaSep2022)
	return []Place{
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
			ID: Syunik, Kind: Region, PartOf: Armenia,
			Names: karabakh.NamesOf(
				pn(en, "Syunik Province", lbl, usageArmenian),
				pn(en, "Zangezur", lbl, usageAzerbaijani),
				pn(hy, "Սյունիք", lbl, usageArmenian, src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
				pn(hy, "Զանգեզուր", lbl, "Armenian form of the name Azerbaijan uses", src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
				pn(az, "Zəngəzur", lbl, usageAzerbaijani),
				pn(az, "Sünik", als, "Azerbaijani rendering of the Armenian name", src.Q(az, "https://www.search.com.vn/wiki/az/S%C3%BCnik", "Sünik və ya Sisakan (erm. Սյունիք, Սիսական) – Cənubi Qafqazda tarixi-coğrafi region")),
				pn(ru, "Сюникская область", lbl, ""),
				pn(ru, "Сюник", als, "", src.Q(ru, plSputnikGegh, "Многие постройки в Гегаркуникской области, как в Сюнике и Вайоц Дзоре, были повреждены")),
			),
			Note:    "A province of Armenia, the route of the road Azerbaijan calls the \"Zangezur corridor\"; Azerbaijani usage calls the region Zangezur." + placeNoteUnquoted,
			Sources: src.List(src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
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
			ID: TRIPPRoute, Kind: Corridor, PartOf: Syunik,
			Names: karabakh.NamesOf(
				pn(en, "Trump Route for International Peace and Prosperity", lbl, "", src.Q(en, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump", "named the \"Trump Route for International Peace and Prosperity.\"")),
				pn(en, "TRIPP", als, "", src.Q(en, "https://www.trend.az/azerbaijan/4141318.html", "Today, Armenian Foreign Minister Ararat Mirzoyan and I announced the Trump Route for International Peace and Prosperity (TRIPP) Implementation Framework.")),
				pn(en, "Trump Path for International Peace and Prosperity", als, "Armenian government English", src.Q(en, "https://www.1lurer.am/en/2025/08/18/Ինչպես-և-ինչ-կարգավորումներով-պետք-է-բացվեն-հաղորդակցության-ուղիները-Հայաստանի-և-Ադրբեջանի-միջև-վար/1364813", "the ‘Trump Path for International Peace and Prosperity’ communication program")),
				pn(hy, "Թրամփի ուղի", lbl, "", src.Q(hy, plAzatTRIPP, "Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը")),
				pn(ru, "Маршрут Трампа за международный мир и процветание", lbl, "", src.Q(ru, "https://news.mail.ru/society/67366679/", "Новый транспортный коридор официально именуется «Маршрутом Трампа за международный мир и процветание».")),
				pn(ru, "маршрут Трампа", als, "", src.Q(ru, "https://www.gazeta.ru/politics/news/2025/10/22/27008168.shtml", "предусматривает открытие «маршрута Трампа» — коридора")),
				pn(ru, "Путь Трампа", als, "", src.Q(ru, "https://1news.az/news/20251027113019603-Pashinyan-zayavil-o-vedenii-intensivnoi-raboty-po-realizatsii-proekta-TRIPP", "ведётся довольно интенсивная работа по реализации проекта «Путь Трампа»")),
				pn(en, "Trump Route", als, "", src.Q(en, "https://classic.countervortex.org/node/18671", "He called the \"Trump Route,\" which had previously been prosed under the name of the Zangezur Corridor")),
				pn(az, "Beynəlxalq Sülh və Rifah naminə Tramp Marşrutu", als, "", src.Q(az, "https://report.az/region-xeberleri/pasinyan-tramp-marsrutu-orta-dehlizin-vacib-terkib-hissesine-cevrile-biler", "\"Beynəlxalq Sülh və Rifah naminə Tramp Marşrutu\" (TRIPP) Orta Dəhlizin vacib tərkib hissəsinə çevrilə bilər.")),
				pn(az, "Tramp marşrutu", als, "", src.Q(az, "https://news.day.az/azerinews/1774210.html", "Rusiya Ermənistanı \"Tramp marşrutu\"nun yaradılmasında dəstəkləyir")),
				pn(language.Italian, "Rotta Internazionale Trump per la Pace e la Prosperità", lbl, "", src.Q(language.Italian, "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington", "della Rotta Internazionale Trump per la Pace e la Prosperità (TRIPP)")),
				pn(az, "Zəngəzur dəhlizi", lbl, usageAzerbaijani),
				pn(en, "Zangezur Corridor", als, usageAzerbaijani, src.Q(en, "https://news.az/news/president-ilham-aliyev-and-armenian-prime-minister-pashinyan-are-expected-to-sign-a-joint-declaration-in-washington", "the realization of the Zangezur Corridor")),
				pn(ru, "Зангезурский коридор", als, usageAzerbaijani, src.Q(ru, "https://tass.ru/mezhdunarodnaya-panorama/25207535", "В Азербайджане \"Зангезурским коридором\" называют возможный коммуникационный путь через Армению"),
					src.Q(ru, "https://tass.ru/mezhdunarodnaya-panorama/25207535", "Термин \"Зангезурский коридор\" является нелегитимным")),
				pn(ru, "Мегринский маршрут", als, "", src.Q(ru, "https://arminfo.info/full_news.php?id=94132", "Мегринский маршрут - проект транспортного маршрута длиной около 40 км через территорию Сюникской области Армении")),
				pn(hy, "Զանգեզուրի միջանցք", lbl, "Armenian rendering of the Azerbaijani name, which Armenia rejects", src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
			),
			Note: "The transit route through Armenia's Syunik between western Azerbaijan and Nakhchivan. Azerbaijan calls it the \"Zangezur corridor\"; Armenia says no project of that name exists or can exist on its sovereign territory. " +
				"RFE/RL says the declaration signed in Washington named a 42 km section of the Syunik road the Trump Route for International Peace and Prosperity (TRIPP). Point 9 of the 2020 statement names no corridor." + placeNoteUnquoted,
			Sources: src.List(
				src.Q(en, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump", "named the \"Trump Route for International Peace and Prosperity.\""),
				src.Q(hy, plAzatTRIPP, "Երկու ամիս առաջ Վաշինգտոնում ստորագրված եռակողմ հռչակագրով Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը"),
				src.Q(hy, plAzatTRIPP, "Բաքվից արդեն հինգերորդ տարին է՝ անվանում են «Զանգեզուրի միջանցք»"),
				src.Q(hy, plAzatTRIPP, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
		},
		{
			ID: Gegharkunik, Kind: Region, PartOf: Armenia,
			Names: karabakh.NamesOf(
				pn(en, "Gegharkunik", lbl, ""),
				pn(ru, "Гегаркуникская область", lbl, "", src.Q(ru, plSputnikGegh, "Многие постройки в Гегаркуникской области, как в Сюнике и Вайоц Дзоре, были повреждены")),
				pn(ru, "Гегаркуник", als, "", src.Q(ru, plSputnikGegh, "посетил общины Гегаркуника, пострадавшие в результате азербайджанской агрессии")),
				pn(hy, "Գեղարքունիք", lbl, "", src.Q(hy, plPastShelling, "Գեղարքունիքի մարզի Սոթք բնակավայրերում, Վայոց Ձորի մարզի Ջերմուկում")),
			),
			Note:    "A region of Armenia attacked on 13 September 2022.",
			Sources: src.List(ocmedia),
		},
		{
			ID: VayotsDzor, Kind: Region, PartOf: Armenia,
			Names: karabakh.NamesOf(
				pn(en, "Vayots Dzor", lbl, ""),
				pn(ru, "Вайоц Дзор", lbl, "", src.Q(ru, plSputnikGegh, "Многие постройки в Гегаркуникской области, как в Сюнике и Вайоц Дзоре, были повреждены")),
				pn(hy, "Վայոց Ձոր", lbl, "", src.Q(hy, plPastShelling, "Գեղարքունիքի մարզի Սոթք բնակավայրերում, Վայոց Ձորի մարզի Ջերմուկում")),
			),
			Note:    "A region of Armenia attacked on 13 September 2022.",
			Sources: src.List(ocmedia),
		},
		{
			ID: Baghanis, Kind: Village, PartOf: Armenia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Baghanis", Lang: language.English, Kind: karabakh.KindLabel},
				pn(hy, "Բաղանիս", lbl, "", src.Q(hy, url24newsTavush, quote24newsTavush)),
				pn(ru, "Баганис", lbl, "", src.Q(ru, urlAbcRuTavush, quoteAbcRuTavush)),
			),
			Note:    "An Armenian village on the border, paired with Baganis Ayrum in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
		{
			ID: Voskepar, Kind: Village, PartOf: Armenia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Voskepar", Lang: language.English, Kind: karabakh.KindLabel},
				pn(hy, "Ոսկեպար", lbl, "", src.Q(hy, url24newsTavush, quote24newsTavush)),
				pn(ru, "Воскепар", lbl, "", src.Q(ru, urlAbcRuTavush, quoteAbcRuTavush)),
			),
			Note:    "An Armenian village on the border, paired with Ashagi Askipara in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
		{
			ID: Kirants, Kind: Village, PartOf: Armenia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Kirants", Lang: language.English, Kind: karabakh.KindLabel},
				pn(hy, "Կիրանց", lbl, "", src.Q(hy, url24newsTavush, quote24newsTavush)),
				pn(ru, "Киранц", lbl, "", src.Q(ru, urlReportRu4, quoteReportRuPair)),
			),
			Note:    "An Armenian village on the border, paired with Kheyrimli in the April 2024 delimitation.",
			Sources: src.List(massis),
		},
	}
}
