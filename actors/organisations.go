package actors

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// organisations returns the organisations: international bodies, the bodies
// the statements set up, ministries and services of the states, and parties.
func organisations() []Actor {
	en := language.English
	ru := language.Russian
	hy := language.Armenian
	az := language.Azerbaijani
	tr := language.Turkish
	fr := language.French
	it := language.Italian

	coChairs := src.Q(en, urlMediamaxOSCE, "The institute of the Co-Chairs as represented by the U.S., France and Russia commenced its activities from February 14, 1997.")
	coChairsMehr := src.Q(en, urlMehrnews, "It was later co-chaired by Russia, the United States and France")
	pointNineRU := src.Q(ru, "https://ru.sputnik.az/20230610/mustafaev-predusmotreno-stroitelstvo--novykh-transportnykh-kommunikatsiy-mezhdu-nar-i-ar-455803887.html", "Контроль за транспортным сообщением будут осуществлять органы пограничной службы ФСБ России")
	pointNineHY := src.Q(hy, urlArminfoP9, "Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ Սահմանապահ ծառայության մարմինները")
	pointNineEN := src.Q(en, urlNewsAm618205, "The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication.")
	monitoringOpened := src.Q(en, urlHyetertMemo, "A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district.")
	wgPresident := src.Q(en, "https://president.az./en/articles/view/50070", "a trilateral working group co-chaired by deputy prime ministers of the Republic of Azerbaijan and the Republic of Armenia and Deputy Chairman of the Government of the Russian Federation")

	return []Actor{
		{
			ID:   OSCE,
			Kind: Organization,
			Names: karabakh.NamesOf(
				label(en, "Organization for Security and Co-operation in Europe", src.Q(en, urlUrdupointOSCE, "the Organization for Security and Co-operation in Europe's Minsk Group")),
				label(ru, "Организация по безопасности и сотрудничеству в Европе"),
				label(fr, "Organisation pour la sécurité et la coopération en Europe", src.Q(fr, urlVovworldFR, "l'Organisation pour la sécurité et la coopération en Europe (OSCE)")),
				label(az, "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", src.Q(az, urlMetbuatOSCE, "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının (ATƏT) Minsk qrupunun buraxılması")),
				label(it, "Organizzazione per la Sicurezza e la Cooperazione in Europa", src.Q(it, urlGazzetta, "all’Organizzazione per la Sicurezza e la Cooperazione in Europa (OSCE)")),
				alias(en, "OSCE"),
				alias(ru, "ОБСЕ"),
				alias(hy, "ԵԱՀԿ"),
				alias(az, "ATƏT", src.Q(az, urlDayAz, "ATƏT-in Minsk Qrupu rəsmən ləğv olundu")),
			),
			Note: "Not a body of the European Union: the seed article's \"Organization for Security and Cooperation in the European Union\" is wrong.",
			Sources: src.List(
				src.Q(en, urlUrdupointOSCE, "the Organization for Security and Co-operation in Europe's Minsk Group"),
				src.Q(fr, urlVovworldFR, "l'Organisation pour la sécurité et la coopération en Europe (OSCE)"),
			),
		},
		{
			ID:     OSCEMinskGroup,
			Kind:   Organization,
			PartOf: OSCE,
			Names: karabakh.NamesOf(
				label(en, "OSCE Minsk Group"),
				label(ru, "Минская группа ОБСЕ"),
				label(hy, "ԵԱՀԿ Մինսկի խումբ"),
				label(az, "ATƏT-in Minsk qrupu", src.Q(az, urlReportOSCE, "ATƏT-in Minsk qrupunun və əlavə strukturlarının ləğvi ilə bağlı")),
				alias(en, "Minsk Group"),
				alias(az, "Minsk qrupu", src.Q(az, "https://metbuat.az/news/1515772/atet-in-minsk-qrupu-legv-edilmelidir.html", "Minsk konfransının bütün strukturları - Minsk qrupu, yüksək səviyyəli planlaşdırma qrupu")),
				alias(en, "Minsk Process", src.Q(en, urlMediamaxOSCE, "The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025.")),
				alias(ru, "Минский процесс", src.Q(ru, "https://ru.trend.az/azerbaijan/4124069.html", "Организация по безопасности и сотрудничеству в Европе (ОБСЕ) официально завершила Минский процесс и упразднила связанные с ним структуры")),
				alias(hy, "Մինսկի խումբ", src.Q(hy, "https://www.azatutyun.am/a/33518647.html", "Մինսկի խումբն այսօրվանից լուծարված է")),
				alias(it, "Processo di Minsk dell’OSCE", src.Q(it, urlGazzetta, "sulla chiusura del Processo di Minsk dell’OSCE e delle relative strutture")),
			),
			Note: "Co-chaired by Russia, the United States and France from 14 February 1997. Closed by OSCE Ministerial Council decision of 1 September 2025 (MC.DEC/1/25 in Day.az's report, which we follow; MENAFN writes MC/1/25); closure completed at 23:59 on 30 November 2025.",
			Sources: src.List(
				coChairs, coChairsMehr,
				src.Q(en, "https://www.azernews.az/nation/246825.html", "On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures"),
				src.Q(en, "https://menafn.com/1110418378/OSCE-Finalizes-Closure-Of-Minsk-Process", "This move aligns with the decision adopted by the OSCE Ministerial Council (MC/1/25) on 1 September 2025"),
				src.Q(az, urlDayAz, "müvafiq qərar (MC.DEC/1/25) Ermənistan və Azərbaycanın ATƏT-in Finlandiya sədrliyinə birgə müraciətindən sonra 1 sentyabr 2025-ci il tarixində ATƏT-in Nazirlər Şurasında qəbul olunmuşdu"),
				src.Q(en, urlMediamaxOSCE, "The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025."),
			),
		},
		{
			ID:   UNHCR,
			Kind: Organization,
			Names: karabakh.NamesOf(
				label(en, "Office of the United Nations High Commissioner for Refugees"),
				label(ru, "Управление верховного комиссара ООН по делам беженцев"),
				alias(en, "UNHCR"),
				alias(en, "United Nations High Commissioner for Refugees", src.Q(en, urlPAX2324, "7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees.")),
				alias(en, "UN High Commissioner for Refugees", src.Q(en, "https://hyetert.org/2021/06/28/lavrov-discusses-return-of-refugees-to-nagorno-karabakh-with-un-high-commissioner/", "Russian Foreign Minister Sergey Lavrov met with UN High Commissioner for Refugees Filippo Grandi")),
				alias(ru, "Верховный комиссар ООН по делам беженцев", src.Q(ru, "https://news.am/rus/news/783891.html", "Об этом в своем микроблоге X написал Верховный комиссар ООН по делам беженцев Филиппо Гранди.")),
				alias(ru, "УВКБ", src.Q(ru, "https://aze.az/?p=697499", "«Мы заинтересованы в наращивании работы УВКБ по возвращению внутренне перемещенных лиц и беженцев на территорию")),
			),
			Note: "Point 7 of the statement puts the return of displaced persons and refugees under the supervision of the UN High Commissioner for Refugees.",
			Sources: src.List(
				src.Q(en, urlPAX2324, "7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees."),
				src.Q(ru, "https://aze.az/?p=697499", "«Мы заинтересованы в наращивании работы УВКБ по возвращению внутренне перемещенных лиц и беженцев на территорию"),
			),
		},
		{
			ID:     FSBBorderService,
			Kind:   Organization,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				label(en, "Border Guard Service of the FSB of Russia"),
				label(ru, "Пограничная служба ФСБ России"),
				label(hy, "Ռուսաստանի ԱԴԾ Սահմանապահ ծառայություն", pointNineHY),
				alias(en, "Border Guard Service of the Federal Security Service", pointNineEN),
				alias(en, "FSB Border Troops"),
			),
			Note:    "Under point 9 of the statement its bodies oversee the transport links between western Azerbaijan and Nakhchivan through Armenia.",
			Sources: src.List(pointNineEN, pointNineHY, pointNineRU),
		},
		{
			ID:   JointMonitoringCentre,
			Kind: Organization,
			Names: karabakh.NamesOf(
				label(en, "Joint Russian-Turkish Monitoring Centre"),
				label(az, "Türkiyə-Rusiya Birgə Monitorinq Mərkəzi"),
				alias(en, "Joint Turkish-Russian Monitoring Centre"),
				alias(en, "Russian-Turkish joint monitoring center"),
				alias(tr, "Ortak Türk-Rus Merkezi"),
			),
			Note: "The peacekeeping centre for ceasefire control of point 5, run jointly by Russia and Turkey. Memorandum signed 11 November 2020; opened 30 January 2021 near Kiyamanddinli in the Aghdam district (TASS via Hyetert), or in the city of Aghdam (News.az); up to 60 servicemen from each country; ceased its activities on 26 April 2024.",
			Sources: src.List(
				src.Q(en, urlHyetertMemo, "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"),
				monitoringOpened,
				src.Q(en, "https://www.brecorder.com/news/amp/40058134", "It will be staffed by up to 60 servicemen each from Turkey and from Russia, the defence ministry said in a statement."),
				src.Q(en, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating", "The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating"),
				src.Q(en, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating", "established in accordance with the memorandum between the Republic of Türkiye and the Russian Federation on January 30, 2021, in the city of Aghdam"),
				src.Q(en, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh", "The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
			),
		},
		{
			ID:   TrilateralWorkingGroup,
			Kind: Organization,
			Names: karabakh.NamesOf(
				label(en, "Trilateral working group", wgPresident),
				label(ru, "трехсторонняя рабочая группа"),
				label(az, "Üçtərəfli İşçi Qrupu", src.Q(az, "https://metbuat.az/news/1469550/rusiya-zengezur-dehlizi-ile-bagli-anlasma-elde-olundugunu.html", "Azərbaycan və Ermənistan Baş nazirlərinin müavinlərinin sədrliyi ilə keçirilən Üçtərəfli İşçi Qrupunun iclasının yekunları")),
				alias(az, "üçtərəfli işçi qrup", src.Q(az, "https://azpost.info/az%c9%99rbaycan-rusiya-v%c9%99-erm%c9%99nistan-bas-nazirl%c9%99rinin-muavinl%c9%99ri-moskvada-gorusdu/", "Üçtərəfli işçi qrupun iclası zamanı Azərbaycan Respublikası Prezidentinin")),
				label(hy, "եռակողմ աշխատանքային խումբ", src.Q(hy, urlAliqmedia, "Մհեր Գրիգորյանը, Ալեքսեյ Օվերչուկը եւ Ադրբեջանի փոխվարչապետ Շահին Մուստաֆաեւը եռակողմ աշխատանքային խմբի համանախագահներն են։")),
				alias(en, "Trilateral Working Group on the opening of transport communications in the South Caucasus", src.Q(en, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus", "The 11th meeting of the Trilateral Working Group on the opening of transport communications in the South Caucasus was held in Moscow")),
				alias(en, "tripartite working group"),
				alias(en, "tripartite task force"),
			),
			Note: "Set up by the Moscow statement of 11 January 2021 to carry out point 9, co-chaired by the deputy prime ministers of Azerbaijan, Armenia and Russia; first met in Moscow on 30 January 2021 and had met 12 times by 9 November 2023.",
			Sources: src.List(
				wgPresident,
				src.Q(ru, urlSputnikWG, "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание"),
				src.Q(en, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus", "A total of 12 meetings of the trilateral working group on opening communications"),
			),
		},
		{
			ID:     ArmenianDefenceMinistry,
			Kind:   Organization,
			PartOf: Armenia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Armenian Defense Ministry", Lang: language.English, Kind: karabakh.KindLabel},
			),
			Note: "Its representative Artsrun Hovhannissian denied Aliyev's claim on Shusha (JAMnews, November 2020).",
			Sources: src.List(
				src.Q(language.English, "https://jam-news.net/shusha-news-karabakh-aliyev-address-festive-procession-turkey-ministers-azerbaijan/",
					"Representative of the Armenian Defense Ministry Artsrun Hovhannissian denied the statement of Ilham Aliyev."),
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
		{
			ID: CivilContract, Kind: Organization,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Civil Contract", Lang: language.English, Kind: karabakh.KindLabel},
				label(hy, "Քաղաքացիական պայմանագիր", src.Q(hy, "https://armlur.am/1276216", "Հունիսի 27-ին տեղի է ունեցել «Քաղաքացիական պայմանագիր» կուսակցության Վարչության նիստ")),
			),
			Note: "Armenian party; won 64 seats in the election of 7 June 2026.",
			Sources: src.List(src.Q(language.English, "https://d3mzoyjq8u1mge.cloudfront.net/posts/armenian-election-results-take-an-odd-turn-3eb27f23-d58d-4e37-8310-70c0dd15f831/teaser",
				"The new distribution of seats sees Civil Contract with 64 seats, Strong Armenia with 29 seats, and Armenia Alliance with 12 seats.")),
		},
	}
}
