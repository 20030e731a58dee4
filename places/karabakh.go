package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// karabakhPlaces returns Nagorno-Karabakh and the districts
// around it that point 2 and 6 of the statement return, with the towns,
// villages, sites and the corridor in them.
func karabakhPlaces() []Place {
	hyLatn := language.MustParse("hy-Latn")
	lbl := karabakh.KindLabel
	als := karabakh.KindAlias
	hy := language.Armenian
	az := language.Azerbaijani
	ru := language.Russian
	en := language.English
	tr := language.Turkish
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
			ID:     Kiyamanddinli,
			Kind:   Village,
			PartOf: AghdamDistrict,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Kiyamanddinli", Lang: language.English, Kind: karabakh.KindLabel},
			),
			Note: "Spelled as in the TASS report copied by Hyetert; no Azerbaijani-script form was seen. Turkey's defence ministry, as quoted by News.az, placed the monitoring centre in the city of Aghdam instead.",
			Sources: src.List(
				src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
					"established in accordance with the memorandum between the Republic of Türkiye and the Russian Federation on January 30, 2021, in the city of Aghdam"),
				src.Q(language.English, "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/",
					"A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."),
			),
		},
		{
			ID: KalbajarDistrict, Kind: District, PartOf: Azerbaijan,
			Names: karabakh.NamesOf(
				pn(en, "Kalbajar District", lbl, "", src.P(src.S20MFA, 6)),
				pn(en, "Kelbajar", als, "Government of Armenia's translation", src.P(src.S20PM, 6)),
				pn(en, "Karvachar", lbl, usageArmenian),
				pn(az, "Kəlbəcər rayonu", lbl, usageAzerbaijani, src.P(src.S20Banker, 6)),
				pn(ru, "Кельбаджарский район", lbl, "", src.Q(ru, "https://ru.wikinews.org/wiki/%D0%90%D0%B7%D0%B5%D1%80%D0%B1%D0%B0%D0%B9%D0%B4%D0%B6%D0%B0%D0%BD%D1%81%D0%BA%D0%B0%D1%8F_%D0%B0%D1%80%D0%BC%D0%B8%D1%8F_%D0%B2%D0%BE%D1%88%D0%BB%D0%B0_%D0%B2_%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD", "«подразделения азербайджанской армии 25 ноября вошли в Кельбаджарский район»")),
				pn(ru, "Кельбаджар", als, "", src.Q(ru, "https://dialog.ua/war/219681_1606253401", "Азербайджан вернул Кельбаджар спустя 27 лет оккупации")),
				pn(hy, "Քելբաջարի շրջան", lbl, "Armenian rendering of the Azerbaijani district name"),
				pn(hy, "Քարվաճառ", lbl, usageArmenian),
			),
			Identifiers: karabakh.ListOf(iso(karabakh.SchemeISO3166_2, "AZ-KAL", isoGpedia, "AZ-KAL Kəlbəcər Kalbajar rayon")),
			Note:        "Contested names: Armenian usage Karvachar (Քարվաճառ), Azerbaijani Kəlbəcər. Returned to Azerbaijan under point 6; the text's deadline of 15 November 2020 was extended to 25 November." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6),
				src.Q(en, src.S20JamKalb, "The transfer of the Kalbajar region [in the zone of the Karabakh conflict] to Azerbaijan, which was supposed to occur today on November 15, has been postponed until November 25.")),
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
				karabakh.Name{Text: "Xudavəng", Lang: language.Azerbaijani, Kind: karabakh.KindLabel, Usage: "Azerbaijani usage",
					Sources: src.List(src.Q(language.Azerbaijani, "https://religions.az/az/xudav%C9%99ng-monastir-kompleksi/",
						"Xudavəng və ya Dədəvəng monastır kompleksi Kəlbəcər rayonunun Vəng kəndində, Tərtər çayının sol sahilində yerləşir."))},
			),
			Note: "A monastery in the Kalbajar district, which the Russian peacekeepers left on 10 April 2024. The sources give its names in English, and its Azerbaijani name Xudavəng.",
			Sources: src.List(
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3887016.html", "On April 10, Russian peacekeepers left the Khudavang monastery complex in Kalbajar."),
				src.Q(language.English, urlArmenpressDadi, "Russian peacekeepers have withdrawn personnel and military equipment from Dadivank"),
				src.Q(language.English, urlAzVisionKhuda, "The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."),
			),
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
				pn(ru, "Лачын", als, usageAzerbaijani, src.Q(ru, "https://report.az/ru/vnutrennyaya-politika/v-lachyn-vyehal-ocherednoj-karavan-byvshih-vynuzhdennyh-pereselencev", "из Гарадагского района Баку в город Лачын выехал очередной караван бывших вынужденных переселенцев")),
				pn(hy, "Բերձոր", lbl, usageArmenian),
			),
			Note: "Contested names: Armenian usage Berdzor, Azerbaijani Laçın. Aliyev said on 1 December 2020 that the town lay inside the corridor and should return to Azerbaijan once a new route was built." + placeNoteUnquoted,
			Sources: src.List(
				karabakh.Source{URL: "http://abc.az/en/news/62520", Publisher: src.Publisher("http://abc.az/en/news/62520"), Lang: en,
					Quote: "Therefore, we propose to build a new corridor, to develop a route for a new corridor connecting Nagorno-Karabakh with Armenia and build it.",
					Note:  "Aliyev's address of 1 December 2020 on the town of Lachin inside the corridor."},
				src.Q(en, "http://abc.az/en/news/62520", "So Lachin will remain in the middle of this corridor."),
				src.Q(en, "http://abc.az/en/news/62520", "After the parameters of the new corridor have been determined, the city of Lachin will also be returned to us,")),
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
				pn(en, "Lachinsky corridor", als, "", src.Q(en, "https://www.silkway.news/pashinyan-lachinsky-corridor-and-city-79586/", "Upon completion of the construction of the Alternative Lachinsky corridor")),
				pn(en, "Lachinsky road", als, "", src.Q(en, "https://silkway.news/bayramov-i-provided-lavrovs-evidence-of-110168", "Regarding the Lachinsky road, Azerbaijan undertakes")),
			),
			Note: "The name is contested. Armenia insists on \"corridor\", the word of point 6, under the Russian peacekeepers' control (\"there is no Lachin road, there is a Lachin corridor\"); " +
				"Azerbaijani official statements speak of the Lachin-Khankendi road. Point 6 makes it 5 km wide; the route through the district is about 60 km long." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20RuMFA, 6), src.P(src.S20Vesti, 3),
				karabakh.Source{URL: "https://www.armenianclub.com/2023/05/26/lachin-corridor-should-be-under-control-of-russian-peacekeepers-no-one-else-should-exercise-control-over-it-pashinyan/",
					Publisher: src.Publisher("https://www.armenianclub.com/2023/05/26/lachin-corridor-should-be-under-control-of-russian-peacekeepers-no-one-else-should-exercise-control-over-it-pashinyan/"),
					Lang:      en, Quote: "there is no Lachin road, there is a Lachin corridor",
					Note: "Pashinyan; the quote is as the compiled sources give it."},
				src.Q(en, "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia", "a 60-kilometre (35-mile) route through the district that connects Karabakh's main city Stepanakert and the Armenian border to the south"),
				src.Q(en, "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/",
					"The five-kilometre wide Lachin Corridor, which will ensure connection between Nagorno-Karabakh and Armenia but will not include the city of Shusha"),
				src.Q(az, "https://mustaqil.az/?p=126544", "Laçın-Xankəndi yolunun başlanğıcında sərhəd-buraxılış məntəqəsi qurulub")),
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
