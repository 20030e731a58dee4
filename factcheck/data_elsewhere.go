package factcheck

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// Pages cited by more than one correction of misstatements found
// elsewhere.
const (
	peaceman         = "https://peaceman.gallery/2023/03/30/2020-nagorno-karabakh-ceasefire-agreement-text/"
	russiaDaily      = "https://russiadaily.news/world/middleeast/1578-erdogan-submitted-to-parliament-an-initiative-to-send-turkish-military-to-azerbaijan"
	navms            = "https://navms.com/?p=59567"
	vbBy             = "https://vb.by/politics/world/konflikt-v-nagornom-karabahe-armeniya-i-azerbajdzhan-dogovorilis-o-prekrashhenii-ognya.html"
	newsAmPoint9Full = "https://news.am/eng/news/618205.html"
	// The English text attributed to the Russian MFA, as reposted on a blog.
	ruMFABlog         = src.S20RuMFA
	segodnia          = "http://www.segodnia.ru/news/234656"
	dailySabah        = "https://www.dailysabah.com/politics/diplomacy/turkey-russia-to-coordinate-nagorno-karabakh-cooperation-through-observation-center-in-azerbaijan"
	urdupointLach     = "https://www.urdupoint.com/en/world/aliyev-says-lachin-corridor-in-karabakh-place-1101358.html"
	artsakhpressRoute = "https://www.artsakhpress.am/eng/news/167792/"
	tehranTimes       = "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh"
)

// Quotes of the statement's own text cited by several corrections.
const (
	qCorridorRussia  = "shall be controlled by the peacekeeping force of the Russian Federation"
	qCorridorAz      = "Laçın dəhlizi (5 km. enliyində) Rusiya sülhməramlı kontingentinin nəzarəti altında qalır."
	qCorridorHy      = "մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության տակ"
	qAliyevDraft     = "included a provision saying that the corridor would remain under control of the Armenian armed forces, but I opposed it"
	qPersonnelRu     = "миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием"
	qPersonnelEn     = "in the amount of 1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment"
	qRenewalEn       = "with automatic extension for the next 5-year periods, if none of the Parties declares intention to terminate the application of this provision 6 months prior to the expiration of the term"
	qRenewalRuMFA    = "to be tacitly extended for subsequent five-year periods unless either party announces its intention to terminate this provision six months before expiry"
	qRenewalAz       = "müddətin bitməsinə 6 ay qalmış hazırkı müddəanın tətbiqinə xitam verilməsi niyyəti ilə bağlı Tərəflərdən hər hansı biri çıxış etməzsə, müddət avtomatik olaraq növbəti 5 ilə uzadılır"
	qPoint9Security  = "Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan"
	qPoint9FSB       = "The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication."
	qTurkeyNotInText = "В опубликованном тексте Турция не упоминается."
	qNoJointForce    = "a joint deployment of Turkish and Russian troops in the Nagorno-Karabakh area was not discussed"
	qMemorandum      = "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"
	qAghdamRu        = "Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года"
	qAghdamEn        = "Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020."
	qKalbajarLachin  = "The republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020, and the Lachin region by 1 December 2020."
	qRoutePlanHy     = "Կողմերի համաձայնությամբ առաջիկա երեք տարում կորոշվի Լեռնային Ղարաբաղի և Հայաստանի միջև կապ ապահովող Լաչինի միջանցքով երթևեկության նոր ուղու կառուցման ծրագիրը"
	qRoutePlanEn     = "the plan for the construction of a new route through the Lachin corridor will be decided within the next three years"
	qCeasefireTime   = "the agreement would take effect from 1am on Tuesday (21:00 GMT on Monday)"
)

// The languages of claims and cues.
var (
	en = language.English
	ru = language.Russian
	az = language.Azerbaijani
	hy = language.Armenian
)

// term returns a Cues term.
func term(lang language.Tag, text string) Term { return Term{Text: text, Lang: lang} }

// terms returns a list of Cues terms.
func terms(ts ...Term) karabakh.List[Term] { return karabakh.ListOf(ts...) }

// elsewhereRecords returns the misstatements about the statement of 10
// November 2020 that other published pages made, found with the search
// tool on stored pages (issue 10). Each gives in Seen the page and the
// passage that makes the claim, quoted as found, typos and damage
// included. They are grouped by the language of the claim: English,
// Russian, Azerbaijani, Armenian.
func elsewhereRecords() []Correction {
	return []Correction{
		// English.
		{
			ID:      CeasefireLocalMidnight,
			Claim:   "It then lays out the timeline for the cessation of hostilities, which was to take effect at 00:00 local time on November 10, 2020.",
			Lang:    en,
			Where:   "peaceman.gallery, an unsigned essay on the statement's text (dated 30 March 2023 in its address)",
			Seen:    src.List(src.Q(en, peaceman, "It then lays out the timeline for the cessation of hostilities, which was to take effect at 00:00 local time on November 10, 2020.")),
			Verdict: Wrong,
			Correction: "Point 1 declares the ceasefire from 00:00 Moscow time on 10 November 2020. In Yerevan and Baku that " +
				"was 01:00, 21:00 GMT on 9 November, so \"00:00 local time\" is an hour too early.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point1),
			Events: karabakh.ListOf(timeline.CeasefireTakesEffect),
			Cues: Cues{
				Terms: terms(term(en, "00:00 local time"), term(en, "midnight local time"), term(ru, "00:00 по местному времени"),
					term(az, "yerli vaxtla saat 00:00"), term(hy, "տեղական ժամանակով 00:00")),
				Figures:     karabakh.ListOf("00:00"),
				Contradicts: "agreement statement-2020-11-10 effective",
			},
			Note: "The 01:00 in Yerevan and Baku is derived from the Tehran Times report: 1am, 21:00 GMT, in the UTC+4 time of both capitals.",
			Sources: src.List(
				src.Q(en, statementAmGov, "As of 00:00 Moscow time, 10 November 2020, a complete ceasefire and cessation of all military operations in Nagorno Karabakh conflict zone is hereby declared."),
				src.Q(ru, statementRu, "с 00 часов 00 минут по московскому времени 10 ноября 2020 года"),
				src.Q(en, tehranTimes, qCeasefireTime),
			),
		},
		{
			ID:      MinskGroupStatusTalks,
			Claim:   "The negotiations are to be conducted within the framework of the OSCE Minsk Group, with the participation of Armenia, Azerbaijan, and the Nagorno-Karabakh authorities.",
			Lang:    en,
			Where:   "peaceman.gallery, the same essay, after \"The agreement also sets out the parameters for negotiations over the status of Nagorno-Karabakh.\"",
			Seen:    src.List(src.Q(en, peaceman, "The negotiations are to be conducted within the framework of the OSCE Minsk Group, with the participation of Armenia, Azerbaijan, and the Nagorno-Karabakh authorities.")),
			Verdict: Wrong,
			Correction: "The statement sets up no negotiations on the status of Nagorno-Karabakh: Lavrov said the status was " +
				"left out of the 9 November agreements knowingly. It was made by Aliyev, Pashinyan and Putin alone, " +
				"and none of its point texts in the dataset mentions the OSCE Minsk Group or gives the " +
				"Nagorno-Karabakh authorities a role.",
			Actors: karabakh.ListOf(actors.OSCEMinskGroup, actors.Artsakh, actors.Lavrov, actors.Aliyev, actors.Pashinyan, actors.Putin),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Events: karabakh.ListOf(timeline.StatementSigned),
			Cues: Cues{
				Terms: terms(term(en, "OSCE Minsk Group"), term(en, "Nagorno-Karabakh authorities"), term(ru, "Минской группы ОБСЕ"),
					term(az, "ATƏT-in Minsk qrupu"), term(hy, "ԵԱՀԿ Մինսկի խմբի")),
				Contradicts: "agreement statement-2020-11-10 points",
			},
			Note: "That no point text mentions the Minsk Group is our reading of the texts the dataset holds; points 8 and 9 are held only as quoted by others.",
			Sources: src.List(
				src.Q(en, "https://news.am/eng/news/624029.html", "As for the status of Karabakh, this issue was not mentioned in the November 9 agreements; this was done knowingly."),
				src.Q(en, statementAmGov, "and the President of the Russian Federation V.V. Putin, have hereby stated the following"),
			),
		},
		{
			ID:      GazakhAmongReturned,
			Claim:   "Azerbaijan will gain control over the territories of Aghdam, Gazakh, Kelbajar and Lachin regions, and will also retain the territories captured during the hostilities, including Shushi.",
			Lang:    en,
			Where:   "russiadaily.news, an undated report on Erdoğan's motion to send Turkish troops to Azerbaijan",
			Seen:    src.List(src.Q(en, russiaDaily, "Azerbaijan will gain control over the territories of Aghdam, Gazakh, Kelbajar and Lachin regions, and will also retain the territories captured during the hostilities, including Shushi.")),
			Verdict: Wrong,
			Correction: "Point 2 of every official text seen names only the Aghdam district, to be returned by 20 November " +
				"2020; Gazakh appears only in early texts that went round on Telegram on 10 November 2020 and in their " +
				"copies (see gazakh-in-point-2). Four villages of the Gazakh district were returned in 2024 through " +
				"border delimitation, not under this statement.",
			Actors: karabakh.ListOf(actors.Azerbaijan, actors.Armenia),
			Places: karabakh.ListOf(places.AghdamDistrict, places.GazakhDistrict, places.KalbajarDistrict, places.LachinDistrict),
			Points: karabakh.ListOf(agreement.Point2, agreement.Point6),
			Events: karabakh.ListOf(timeline.TelegramTextGazakh, timeline.GazakhVillagesReturned),
			Cues: Cues{
				Terms:       terms(term(en, "Gazakh"), term(ru, "Газах"), term(az, "Qazax"), term(hy, "Ղազախ")),
				Contradicts: "point statement-2020-11-10#2 places",
			},
			Note: "The page carries no date; it mentions the Russian-Turkish memorandum of 11 November 2020, so it was written after that.",
			Sources: src.List(
				src.Q(ru, statementRu, qAghdamRu),
				src.Q(en, statementAmGov, qAghdamEn),
				src.Q(az, src.S20Metbuat, "2. 20 noyabr 2020-ci il tarixinədək Ağdam rayonu Azərbaycan Respublikasına qaytarılır."),
				src.Q(en, "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-",
					"Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili"),
			),
		},
		{
			ID:      LachinCorridorRetainedByArmenia,
			Claim:   "Armenia will retain the Lachin corridor.",
			Lang:    en,
			Where:   "russiadaily.news, the same report, next sentence",
			Seen:    src.List(src.Q(en, russiaDaily, "including Shushi. Armenia will retain the Lachin corridor.")),
			Verdict: Wrong,
			Correction: "Point 6 places the Lachin corridor under the control of the Russian peacekeeping contingent, not " +
				"Armenia. Aliyev said an early draft had kept the corridor under the Armenian armed forces and that he " +
				"opposed it.",
			Actors: karabakh.ListOf(actors.Armenia, actors.PeacekeepingContingent, actors.Aliyev),
			Places: karabakh.ListOf(places.LachinCorridor),
			Points: karabakh.ListOf(agreement.Point6),
			Events: karabakh.ListOf(timeline.AliyevLachinAddress),
			Cues: Cues{
				Terms: terms(term(en, "Armenia will retain the Lachin corridor"), term(ru, "за Арменией останется Лачинский коридор"),
					term(az, "Laçın dəhlizi Ermənistanın nəzarətində"), term(hy, "Լաչինի միջանցքը Հայաստանի վերահսկողության տակ")),
				Contradicts: "point statement-2020-11-10#6 texts",
			},
			Sources: src.List(
				src.Q(en, ruMFABlog, qCorridorRussia),
				src.Q(az, src.S20Banker, qCorridorAz),
				src.Q(hy, src.S20SputAm, qCorridorHy),
				src.Q(en, urdupointLach, qAliyevDraft),
			),
		},
		{
			ID:      SoldiersDeployedIn1960,
			Claim:   "On the Russian side, the soldiers would be deployed in 1960 for a five-year period with the possibility of an extension for another five years.",
			Lang:    en,
			Where:   "navms.com, an undated machine-translated copy of a news report (it opens with \"[ad_1]\")",
			Seen:    src.List(src.Q(en, navms, "On the Russian side, the soldiers would be deployed in 1960 for a five-year period with the possibility of an extension for another five years.")),
			Verdict: Garbled,
			Correction: "1,960 is the number of servicemen in the Russian contingent (point 3), not a year. Point 4 sets a " +
				"5-year term that renews automatically for further 5-year periods unless a party gives notice 6 months " +
				"before it expires.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3, agreement.Point4),
			Events: karabakh.ListOf(timeline.PeacekeepersDeploy),
			Cues: Cues{
				Terms:       terms(term(en, "deployed in 1960"), term(ru, "в 1960 году"), term(az, "1960-cı ildə"), term(hy, "1960 թվականին")),
				Figures:     karabakh.ListOf("1960"),
				Contradicts: "point statement-2020-11-10#3 quantities",
			},
			Note: "Machine translation has made the figure 1,960 a year. \"Another five years\" also understates the open-ended renewals of point 4.",
			Sources: src.List(
				src.Q(ru, statementRu, qPersonnelRu),
				src.Q(en, statementAzMFA, qPersonnelEn),
				src.Q(en, statementAzMFA, qRenewalEn),
			),
		},
		{
			ID:      TurkishRussianJointPeacekeeping,
			Claim:   "There will be a joint peacekeeping mission between Turks and Russians.",
			Lang:    en,
			Where:   "navms.com, the same copy, the sentence before",
			Seen:    src.List(src.Q(en, navms, "There will be a joint peacekeeping mission between Turks and Russians. On the Russian side, the soldiers would be deployed in 1960 for a five-year period")),
			Verdict: Wrong,
			Correction: "Point 3 provides for a peacekeeping contingent of the Russian Federation only, and the published " +
				"text does not mention Turkey; the Kremlin said a joint deployment of Turkish and Russian troops in the " +
				"Nagorno-Karabakh area was not discussed. Turkey's part was the joint Russian-Turkish ceasefire " +
				"monitoring centre, under a memorandum signed on 11 November 2020. The claim repeats what Aliyev said " +
				"on 10 November 2020 without saying it is his.",
			Actors: karabakh.ListOf(actors.Turkey, actors.Russia, actors.PeacekeepingContingent, actors.JointMonitoringCentre, actors.Aliyev, actors.Peskov),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3, agreement.Point5),
			Events: karabakh.ListOf(timeline.AliyevTurkeyPeacekeeping, timeline.MonitoringCentreMemorandum),
			Cues: Cues{
				Terms: terms(term(en, "joint peacekeeping mission"), term(en, "Turks and Russians"), term(ru, "совместная миротворческая миссия"),
					term(az, "birgə sülhməramlı"), term(hy, "համատեղ խաղաղապահ")),
				Contradicts: "point statement-2020-11-10#3 texts",
			},
			Note: "A few sentences later the page says that Putin did not mention Turkish participation. The VOV World source shows whose claim it was.",
			Sources: src.List(
				src.Q(ru, segodnia, qTurkeyNotInText),
				src.Q(en, dailySabah, qNoJointForce),
				src.Q(en, hyetertCentre, qMemorandum),
				src.P(statementAzMFA, 3),
				src.Q(ru, vovworldRu, "Турция примет участие в миротворческой деятельности"),
			),
		},
		{
			ID:      BorderTroopsKarabakhArmenia,
			Claim:   "Russian border troops take control of transport links between Karabakh and Armenia.",
			Lang:    en,
			Where:   "navms.com, the same copy",
			Seen:    src.List(src.Q(en, navms, "Russian border troops take control of transport links between Karabakh and Armenia.")),
			Verdict: Wrong,
			Correction: "Under point 9 the FSB Border Guard Service oversees transport communication between the western " +
				"regions of Azerbaijan and Nakhchivan. The link between Nagorno-Karabakh and Armenia, the Lachin " +
				"corridor, is under the Russian peacekeeping contingent (point 6).",
			Actors: karabakh.ListOf(actors.FSBBorderService, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.Nakhchivan, places.LachinCorridor),
			Points: karabakh.ListOf(agreement.Point6, agreement.Point9),
			Cues: Cues{
				Terms: terms(term(en, "border troops"), term(en, "transport links between Karabakh and Armenia"), term(ru, "пограничники"),
					term(az, "sərhədçilər"), term(hy, "սահմանապահներ")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Note: "Two provisions, points 6 and 9, have been run together.",
			Sources: src.List(
				src.Q(en, newsAmPoint9Full, qPoint9Security),
				src.Q(en, newsAmPoint9Full, qPoint9FSB),
				src.Q(en, ruMFABlog, qCorridorRussia),
			),
		},
		{
			ID:      ElevenPoints,
			Claim:   "The entry of the Russian military was one of the 11 points of the agreement between Baku and Yerevan.",
			Lang:    en,
			Where:   "wardiary.net, \"Russian peacekeepers arrive in Armenia and Nagorno-Karabakh\"",
			Seen:    src.List(src.Q(en, "https://www.wardiary.net/post/russian-peacekeepers-arrive-in-armenia-and-nagorno-karabakh", "The entry of the Russian military was one of the 11 points of the agreement between Baku and Yerevan.")),
			Verdict: Wrong,
			Correction: "The statement has nine points, and it was made by the leaders of Azerbaijan, Armenia and Russia, " +
				"not agreed between Baku and Yerevan alone.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin, actors.PeacekeepingContingent),
			Points: karabakh.ListOf(agreement.Point3),
			Events: karabakh.ListOf(timeline.StatementSigned),
			Cues: Cues{
				Terms:       terms(term(en, "11 points"), term(en, "eleven points"), term(ru, "11 пунктов"), term(az, "11 bənd"), term(hy, "11 կետ")),
				Figures:     karabakh.ListOf("11"),
				Contradicts: "agreement statement-2020-11-10 points",
			},
			Note: "The page's account of the term, extended as long as Azerbaijan and Armenia do not object, is a fair paraphrase and is not recorded.",
			Sources: src.List(
				src.Q(ru, "https://racurs.ua/n146325-polnyy-tekst-dogovorennostey-rossii-azerbaydjana-i-armenii-obnarodoval-kreml.html",
					"Текст совместного заявления России, Азербайджана и Армении содержит девять пунктов:"),
				src.Q(en, statementAmGov, "and the President of the Russian Federation V.V. Putin, have hereby stated the following"),
			),
		},
		{
			ID:      ExtensionIfBakuYerevanAgree,
			Claim:   "Russian peacekeepers will remain in Nagorno-Karabakh for five years, with automatic extension by five-year terms, if Baku and Yerevan agree.",
			Lang:    en,
			Where:   "Sputnik International (sputnikglobe.com), report on Aliyev's words after the signing (dated 9 November 2020 in its address)",
			Seen:    src.List(src.Q(en, "https://sputnikglobe.com/20201109/aliyev-says-turkey-and-russia-will-jointly-carry-out-peacekeeping-activities-in-karabakh-1081109232.html", "Russian peacekeepers will remain in Nagorno-Karabakh for five years, with automatic extension by five-year terms, if Baku and Yerevan agree.")),
			Verdict: Wrong,
			Correction: "Point 4 needs no agreement for the extension: the term renews automatically for further 5-year " +
				"periods unless one of the Parties declares, 6 months before it expires, that it intends to end the " +
				"provision. Either party alone can stop the renewal.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent, actors.Azerbaijan, actors.Armenia),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point4),
			Cues: Cues{
				Terms: terms(term(en, "if Baku and Yerevan agree"), term(en, "if both sides agree"), term(ru, "если Баку и Ереван согласятся"),
					term(az, "Bakı və İrəvan razılaşarsa"), term(hy, "եթե Բաքուն և Երևանը համաձայնեն")),
				Figures:     karabakh.ListOf("five years"),
				Contradicts: "point statement-2020-11-10#4 texts",
			},
			Note: "The date is from the page's address. The same page rightly gives the joint peacekeeping with Turkey as Aliyev's claim.",
			Sources: src.List(
				src.Q(en, statementAzMFA, qRenewalEn),
				src.Q(en, ruMFABlog, qRenewalRuMFA),
				src.Q(az, src.S20Metbuat, qRenewalAz),
			),
		},
		{
			ID:      LachinCorridorUnderArmenianControl,
			Claim:   "Armenia must return the Kilbajar region to Azerbaijan by November 15 and the Lachin region by December 1, 2020, leaving the five-kilometer-wide Lachin Corridor under its control",
			Lang:    en,
			Where:   "tricksfast.com, an undated translated copy (it opens with \"[ad_1]\") of a summary citing Sputnik Armenia",
			Seen:    src.List(src.Q(en, "https://tricksfast.com/lebanon/the-most-outstanding-articles-of-the-agreement-between-armenia-and-azerbaijan-in-relation-to-karabakh", "Armenia must return the Kilbajar region to Azerbaijan by November 15 and the Lachin region by December 1, 2020, leaving the five-kilometer-wide Lachin Corridor under its control")),
			Verdict: Wrong,
			Correction: "Point 6 places the 5 km wide Lachin corridor under the control of the Russian peacekeeping " +
				"contingent, not Armenia. The deadlines, Kalbajar by 15 November and Lachin by 1 December 2020, are right.",
			Actors: karabakh.ListOf(actors.Armenia, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.LachinCorridor, places.KalbajarDistrict, places.LachinDistrict),
			Points: karabakh.ListOf(agreement.Point6),
			Cues: Cues{
				Terms: terms(term(en, "Lachin Corridor under its control"), term(ru, "оставляя при этом за собой Лачинский коридор"),
					term(az, "Laçın dəhlizini öz nəzarətində"), term(hy, "Լաչինի միջանցքը իր վերահսկողության տակ")),
				Figures:     karabakh.ListOf("five-kilometer"),
				Contradicts: "point statement-2020-11-10#6 texts",
			},
			Note: "The same page adds \"the part of the Azerbaijani Gazakh region\" to point 2, the variant gazakh-in-point-2 records.",
			Sources: src.List(
				src.Q(en, ruMFABlog, qCorridorRussia),
				src.Q(az, src.S20Banker, qCorridorAz),
				src.Q(hy, src.S20SputAm, qCorridorHy),
				src.Q(en, urdupointLach, qAliyevDraft),
				src.Q(en, statementAmGov, qKalbajarLachin),
			),
		},
		{
			ID:      FireFightingContingent,
			Claim:   "A fire-fighting peacekeeping contingent of 1,960 servicemen of the Russian Federation, 90 armored personnel carriers, 380 vehicles and special equipment are stationed",
			Lang:    en,
			Where:   "qadin.net, an English text of the statement, point 3",
			Seen:    src.List(src.Q(en, "https://qadin.net/en/news/print:page,1,112072-statement-by-the-leaders-of-azerbaijan-russia-and-armenia-on-nagorno-karabakh.html", "3. A fire-fighting peacekeeping contingent of 1,960 servicemen of the Russian Federation, 90 armored personnel carriers, 380 vehicles and special equipment are stationed")),
			Verdict: Garbled,
			Correction: "Point 3 describes 1,960 servicemen with small arms (Russian \"со стрелковым оружием\"; Azerbaijani " +
				"\"odlu silahlı\", with firearms); nothing in it is about fire-fighting. The figures 1,960, 90 and 380 " +
				"are right.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3),
			Cues: Cues{
				Terms:       terms(term(en, "fire-fighting peacekeeping contingent"), term(en, "fire-fighting")),
				Figures:     karabakh.ListOf("1,960", "90", "380"),
				Contradicts: "point statement-2020-11-10#3 texts",
			},
			Note: "That \"fire-fighting\" comes from a literal reading of Azerbaijani \"odlu silahlı\" is our inference, not a source's. " +
				"The same page has the Gazakh variant of point 2 (see gazakh-in-point-2).",
			Sources: src.List(
				src.Q(ru, statementRu, qPersonnelRu),
				src.Q(en, statementAzMFA, qPersonnelEn),
				src.Q(az, src.S20Metbuat, "Rusiya Federasiyasının 1 960 sayda odlu silahlı hərbi qulluqçusundan, 90 hərbi zirehli texnika, 380 ədəd avtomobil və xüsusi texnikadan ibarət sülhməramlı kontingenti yerləşdirilir"),
			),
		},
		{
			ID:      AghdamFromNovember20,
			Claim:   "2. Aghdam rayon returns to the Republic of Azerbaijan from November 20 2020.",
			Lang:    en,
			Where:   "rooshvforum.com, a forum post quoting an early English text \"From Wikipedia\"",
			Seen:    src.List(src.Q(en, "https://www.rooshvforum.com/threads/the-nagorno-karabakh-conflict-thread-armenia-vs-azerbaijan.38465/page-10", "2. Aghdam rayon returns to the Republic of Azerbaijan from November 20 2020.")),
			Verdict: Garbled,
			Correction: "Point 2 returns the Aghdam district by (before) 20 November 2020, not from that date: the Russian " +
				"\"до\" means by or before. The same copy makes the deadlines of point 6, by 15 November for Kalbajar " +
				"and by 1 December 2020 for Lachin, into dates from which the districts return.",
			Actors: karabakh.ListOf(actors.Armenia, actors.Azerbaijan),
			Places: karabakh.ListOf(places.AghdamDistrict, places.KalbajarDistrict, places.LachinDistrict),
			Points: karabakh.ListOf(agreement.Point2, agreement.Point6),
			Events: karabakh.ListOf(timeline.AghdamHandover),
			Cues: Cues{
				Terms: terms(term(en, "returns to the Republic of Azerbaijan from"), term(en, "from November 20"), term(ru, "с 20 ноября"),
					term(az, "20 noyabrdan"), term(hy, "նոյեմբերի 20-ից")),
				Contradicts: "point statement-2020-11-10#2 obligations",
			},
			Sources: src.List(
				src.Q(ru, statementRu, qAghdamRu),
				src.Q(en, statementAmGov, qAghdamEn),
				src.Q(az, src.S20Metbuat, "2. 20 noyabr 2020-ci il tarixinədək Ağdam rayonu Azərbaycan Respublikasına qaytarılır."),
				src.Q(en, statementAzMFA, "The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020."),
				src.Q(en, statementAmGov, qKalbajarLachin),
			),
		},
		{
			ID:      TurkeyTakesPartInPeacekeeping,
			Claim:   "Turkey will also take part in the peacekeeping process.",
			Lang:    en,
			Where:   "SilkWay (silkway.news), an English report on the statement",
			Seen:    src.List(src.Q(en, "https://silkway.news/article-hh1g2q", "Part of their role will be to guard the “Lachin corridor”, which links the Karabakh capital, Stepanakert, to Armenia.\nTurkey will also take part in the peacekeeping process.")),
			Verdict: Wrong,
			Correction: "The statement gives the peacekeeping role to the Russian contingent alone (point 3), and the " +
				"published text does not mention Turkey. Turkey's part was the joint Russian-Turkish ceasefire " +
				"monitoring centre, under a memorandum signed on 11 November 2020. The sentence is Aliyev's claim " +
				"with his name dropped.",
			Actors: karabakh.ListOf(actors.Turkey, actors.PeacekeepingContingent, actors.JointMonitoringCentre, actors.Aliyev),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3, agreement.Point5),
			Events: karabakh.ListOf(timeline.AliyevTurkeyPeacekeeping, timeline.MonitoringCentreMemorandum),
			Cues: Cues{
				Terms: terms(term(en, "Turkey will also take part in the peacekeeping"), term(ru, "Турция примет участие в миротворческой"),
					term(az, "Türkiyə sülhməramlı"), term(hy, "Թուրքիան կմասնակցի խաղաղապահ")),
				Contradicts: "point statement-2020-11-10#3 texts",
			},
			Sources: src.List(
				src.Q(ru, segodnia, qTurkeyNotInText),
				src.Q(en, dailySabah, qNoJointForce),
				src.Q(en, hyetertCentre, qMemorandum),
				src.P(statementAzMFA, 3),
				src.Q(en, "https://anews.com.tr/world/2020/11/10/turkey-hails-azerbaijans-sacred-success-in-nagorno-karabakh",
					"Azeri President Ilham Aliyev said Turkey will also take part in the peace keeping process."),
			),
		},
		{
			ID:    NoClauseOnRussianControl,
			Claim: "There is no clause in that statement that the Russians shall come there to monitor something. No such clause exists.",
			Lang:  en,
			Where: "News.am, 16 January 2024: Gevorg Papoyan, MP of Armenia's ruling Civil Contract party, on the road through Meghri; Panorama.am reported the same words in Russian",
			Seen: src.List(
				src.Q(en, "https://news.am/eng/news/802371.html", "There is no clause in that statement that the Russians shall come there to monitor something. No such clause exists."),
				src.Q(ru, "https://panorama.am/ru/news/2024/01/16/Папоян-Контроль-дороги-в-Сюнике-РФ/2952364",
					"нет пункта о том, что российская сторона должна там что-то контролировать. Такого пункта не существует"),
			),
			Verdict: Wrong,
			Correction: "Point 9 does give Russia a part on that route: Armenia guarantees the security of transport " +
				"communication between the western regions of Azerbaijan and Nakhchivan, and the Border Guard Service " +
				"of Russia's FSB oversees it.",
			Actors: karabakh.ListOf(actors.FSBBorderService, actors.Armenia),
			Places: karabakh.ListOf(places.Syunik, places.Nakhchivan),
			Points: karabakh.ListOf(agreement.Point9),
			Cues: Cues{
				Terms: terms(term(en, "no clause"), term(en, "Russians shall come there to monitor"),
					term(ru, "нет пункта о том, что российская сторона должна там что-то контролировать")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Note: "A political reading, made in reply to a reporter who cited point 9; it is recorded because it denies words the text has.",
			Sources: src.List(
				src.Q(en, newsAmPoint9Full, qPoint9Security),
				src.Q(en, newsAmPoint9Full, qPoint9FSB),
				src.P(statementAzMFA, 9),
			),
		},

		// Russian.
		{
			ID:      Peacekeepers1900,
			Claim:   "Всего в Нагорный Карабах перебросят 1900 миротворцев.",
			Lang:    ru,
			Where:   "REN TV (ren.tv), report on the signing",
			Seen:    src.List(src.Q(ru, "https://amp.ren.tv/news/v-mire/770545-armeniia-i-azerbaidzhan-podpisali-soglashenie-po-nagornomu-karabakhu", "Министерство обороны РФ направило в зону соприкосновения спецтехнику и автомобили. Всего в Нагорный Карабах перебросят 1900 миротворцев.")),
			Verdict: Wrong,
			Correction: "Point 3 sets the Russian contingent at 1,960 servicemen, with 90 armoured personnel carriers and " +
				"380 vehicles and special equipment. Putin's decree of 12 November 2020 also says up to 1,960.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent, actors.Putin),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3),
			Events: karabakh.ListOf(timeline.PeacekeepersDeploy, timeline.PutinPeacekeepingDecree),
			Cues: Cues{
				Terms:       terms(term(ru, "1900 миротворцев"), term(en, "1,900 peacekeepers"), term(az, "1900 sülhməramlı"), term(hy, "1900 խաղաղապահ")),
				Figures:     karabakh.ListOf("1900"),
				Contradicts: "point statement-2020-11-10#3 quantities",
			},
			Note: "The page gives no date in the stored copy; it calls the statement a peace agreement.",
			Sources: src.List(
				src.Q(ru, statementRu, qPersonnelRu),
				src.Q(en, statementAzMFA, qPersonnelEn),
				src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих"),
			),
		},
		{
			ID:      LachinCorridorStaysWithArmenia,
			Claim:   "За Арменией при этом останется Лачинский коридор (шириной 5 км), который будет обеспечивать связь Нагорного Карабаха с Арменией",
			Lang:    ru,
			Where:   "vb.by, \"Конфликт в Нагорном Карабахе: Армения и Азербайджан договорились о прекращении огня\"",
			Seen:    src.List(src.Q(ru, vbBy, "За Арменией при этом останется Лачинский коридор (шириной 5 км), который будет обеспечивать связь Нагорного Карабаха с Арменией и при этом не будет затрагивать город Шушу.")),
			Verdict: Wrong,
			Correction: "Point 6 leaves the 5 km wide Lachin corridor under the control of the Russian peacekeeping " +
				"contingent, not Armenia. The width and the link between Nagorno-Karabakh and Armenia are right.",
			Actors: karabakh.ListOf(actors.Armenia, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.LachinCorridor, places.Shusha),
			Points: karabakh.ListOf(agreement.Point6),
			Cues: Cues{
				Terms: terms(term(ru, "За Арменией при этом останется Лачинский коридор"), term(en, "Armenia will keep the Lachin corridor"),
					term(az, "Laçın dəhlizi Ermənistanda qalacaq"), term(hy, "Լաչինի միջանցքը կմնա Հայաստանին")),
				Figures:     karabakh.ListOf("5 км"),
				Contradicts: "point statement-2020-11-10#6 texts",
			},
			Sources: src.List(
				src.Q(en, ruMFABlog, qCorridorRussia),
				src.Q(az, src.S20Banker, qCorridorAz),
				src.Q(hy, src.S20SputAm, qCorridorHy),
				src.Q(en, urdupointLach, qAliyevDraft),
			),
		},
		{
			ID:      ExtensionIfConflictUnresolved,
			Claim:   "вводится на территорию Нагорного Карабаха на целых пять лет с возможностью пролонгации срока, если за это время конфликт не будет улажен дипломатическим путем",
			Lang:    ru,
			Where:   "vb.by, the same report",
			Seen:    src.List(src.Q(ru, vbBy, "вводится на территорию Нагорного Карабаха на целых пять лет с возможностью пролонгации срока, если за это время конфликт не будет улажен дипломатическим путем")),
			Verdict: Wrong,
			Correction: "Point 4 does not tie the extension to whether the conflict is settled. The 5-year term renews " +
				"automatically for further 5-year periods unless a party declares, 6 months before it expires, that it " +
				"intends to end the provision.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point4),
			Cues: Cues{
				Terms: terms(term(ru, "пролонгации срока, если"), term(ru, "если конфликт не будет улажен"), term(en, "extended if the conflict is not settled"),
					term(az, "münaqişə həll olunmazsa"), term(hy, "եթե հակամարտությունը չկարգավորվի")),
				Figures:     karabakh.ListOf("пять лет"),
				Contradicts: "point statement-2020-11-10#4 texts",
			},
			Sources: src.List(
				src.Q(en, statementAzMFA, qRenewalEn),
				src.Q(en, ruMFABlog, qRenewalRuMFA),
				src.Q(az, src.S20Metbuat, qRenewalAz),
			),
		},
		{
			ID:      DistrictsWithinNovember,
			Claim:   "Подписанное соглашение предусматривает, что Армения в течение ноября вернем под управление Азербайджана Кельбаджарский, Агдамский и Лачинский районы, а также некоторые территории в Газахском районе.",
			Lang:    ru,
			Where:   "vb.by, the same report",
			Seen:    src.List(src.Q(ru, vbBy, "Подписанное соглашение предусматривает, что Армения в течение ноября вернем под управление Азербайджана Кельбаджарский, Агдамский и Лачинский районы, а также некоторые территории в Газахском районе.")),
			Verdict: Wrong,
			Correction: "Two errors. The Lachin district is due by 1 December 2020, not within November (Kalbajar by " +
				"15 November, Aghdam by 20 November). And point 2 names only the Aghdam district: Gazakh comes from " +
				"early texts that went round on Telegram on 10 November 2020.",
			Actors: karabakh.ListOf(actors.Armenia, actors.Azerbaijan),
			Places: karabakh.ListOf(places.KalbajarDistrict, places.AghdamDistrict, places.LachinDistrict, places.GazakhDistrict),
			Points: karabakh.ListOf(agreement.Point2, agreement.Point6),
			Events: karabakh.ListOf(timeline.TelegramTextGazakh, timeline.LachinHandover),
			Cues: Cues{
				Terms: terms(term(ru, "в течение ноября"), term(ru, "Газахском районе"), term(en, "within November"),
					term(az, "noyabr ərzində"), term(hy, "նոյեմբերի ընթացքում")),
				Contradicts: "point statement-2020-11-10#6 obligations",
			},
			Note: "\"вернем\" is the page's typo for \"вернет\", kept as found.",
			Sources: src.List(
				src.Q(en, statementAmGov, qKalbajarLachin),
				src.Q(ru, statementRu, qAghdamRu),
				src.Q(en, statementAmGov, qAghdamEn),
			),
		},
		{
			ID:      LachinCorridorKeptByArmenia,
			Claim:   "а Армения возвращает Азербайджану Кельбаджарский район (до 15 ноября) и Лачинский район (до 1 декабря), оставляя при этом за собой Лачинский коридор (шириной 5 км)",
			Lang:    ru,
			Where:   "Sovetskaya Rossiya (sovross.ru), archive page of 12 November 2020",
			Seen:    src.List(src.Q(ru, src.S20Sovross, "а Армения возвращает Азербайджану Кельбаджарский район (до 15 ноября) и Лачинский район (до 1 декабря), оставляя при этом за собой Лачинский коридор (шириной 5 км)")),
			Verdict: Wrong,
			Correction: "Point 6 places the Lachin corridor under the Russian peacekeeping contingent, not Armenia. The " +
				"deadlines and the 5 km width are right.",
			Actors: karabakh.ListOf(actors.Armenia, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.LachinCorridor, places.KalbajarDistrict, places.LachinDistrict),
			Points: karabakh.ListOf(agreement.Point6),
			Cues: Cues{
				Terms: terms(term(ru, "оставляя при этом за собой Лачинский коридор"), term(en, "keeping the Lachin corridor"),
					term(az, "Laçın dəhlizini özündə saxlayaraq"), term(hy, "Լաչինի միջանցքը պահելով իրեն")),
				Figures:     karabakh.ListOf("5 км"),
				Contradicts: "point statement-2020-11-10#6 texts",
			},
			Note: "The date is from the page's address. Its next sentence, with Gazakh in point 2, is the variant gazakh-in-point-2 records.",
			Sources: src.List(
				src.Q(en, ruMFABlog, qCorridorRussia),
				src.Q(az, src.S20Banker, qCorridorAz),
				src.Q(hy, src.S20SputAm, qCorridorHy),
				src.Q(en, urdupointLach, qAliyevDraft),
			),
		},
		{
			ID:      BorderServiceControlsRegion,
			Claim:   "Контроль за передвижением по региону в том числе будет осуществлять российская погранслужба.",
			Lang:    ru,
			Where:   "VSE42 (vse42.ru), 10 November 2020, 09:01",
			Seen:    src.List(src.Q(ru, "https://vse42.ru/amp/news/31469730", "В регионе также будут разблокированы все экономические и транспортные связи. Контроль за передвижением по региону в том числе будет осуществлять российская погранслужба.")),
			Verdict: Imprecise,
			Correction: "Point 9 gives the FSB Border Guard Service one link to oversee: transport communication between " +
				"the western regions of Azerbaijan and Nakhchivan. It gives it no control over movement across the region.",
			Actors: karabakh.ListOf(actors.FSBBorderService),
			Places: karabakh.ListOf(places.Nakhchivan),
			Points: karabakh.ListOf(agreement.Point9),
			Cues: Cues{
				Terms: terms(term(ru, "Контроль за передвижением по региону"), term(ru, "погранслужба"), term(en, "control of movement in the region"),
					term(az, "regionda hərəkətə nəzarət"), term(hy, "տարածաշրջանում տեղաշարժի վերահսկողություն")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Sources: src.List(
				src.Q(en, newsAmPoint9Full, qPoint9Security),
				src.Q(en, newsAmPoint9Full, qPoint9FSB),
			),
		},
		{
			ID:      Point9BanOnRoutes,
			Claim:   "о трехстороннем создании по реализации части 9 Доклада от 9 ноября 2020 года о запрете всех экономических и транспортных маршрутов в регионе",
			Lang:    ru,
			Where:   "autospynews.net, an \"unofficial translation\" of the statement of 11 January 2021",
			Seen:    src.List(src.Q(ru, "https://autospynews.net/%D1%81%D0%BE%D0%B2%D0%BC%D0%B5%D1%81%D1%82%D0%BD%D0%BE%D0%B5-%D0%B7%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5-%D0%BB%D0%B8%D0%B4%D0%B5%D1%80%D0%BE%D0%B2-%D0%B0%D1%80%D0%BC%D0%B5%D0%BD%D0%B8", "о трехстороннем создании по реализации части 9 Доклада от 9 ноября 2020 года о запрете всех экономических и транспортных маршрутов в регионе")),
			Verdict: Garbled,
			Correction: "Point 9 of the statement is about unblocking all economic and transport links in the region, not " +
				"banning them. The statement of 11 January 2021 that the page renders set up the trilateral working group " +
				"to carry out point 9 \"в части разблокировки\". The document is a statement (Заявление), not a report " +
				"(Доклад).",
			Actors: karabakh.ListOf(actors.TrilateralWorkingGroup, actors.Aliyev, actors.Pashinyan, actors.Putin),
			Points: karabakh.ListOf(agreement.Point9),
			Events: karabakh.ListOf(timeline.MoscowStatementSigned),
			Cues: Cues{
				Terms: terms(term(ru, "о запрете всех экономических и транспортных маршрутов"), term(ru, "Доклада от 9 ноября"),
					term(en, "ban on all economic and transport routes")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Note: "The page reads like a machine back-translation into Russian.",
			Sources: src.List(
				src.Q(ru, "https://www.massa.az/news/ru/14775/favicon.ico", "В целях реализации пункта 9 Заявления от 9 ноября 2020 года в части разблокировки всех экономических и транспортных связей в регионе"),
				src.Q(ru, src.S20SilkWay, "Разблокируются все экономические и транспортные связи в регионе."),
			),
		},

		// Azerbaijani.
		{
			ID:      SignedOnTenMay,
			Claim:   "İlham Əliyev, Ermənistanın baş naziri Nikol Paşinyan və Rusiya Prezidenti Vladimir Putin arasında mayın 10-da imzalanan bəyanata əsasən",
			Lang:    az,
			Where:   "QİA.AZ (qia.az), report on Turkey's congratulations on the return of Kalbajar",
			Seen:    src.List(src.Q(az, "https://qia.az/?p=10083", "İlham Əliyev, Ermənistanın baş naziri Nikol Paşinyan və Rusiya Prezidenti Vladimir Putin arasında mayın 10-da imzalanan bəyanata əsasən")),
			Verdict: Wrong,
			Correction: "The statement was signed during the night of 9 to 10 November 2020, and the official texts are " +
				"dated 10 November 2020; Azerbaijani sources usually say it was signed on 10 November. Nothing was " +
				"signed on 10 May.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin),
			Places: karabakh.ListOf(places.KalbajarDistrict),
			Points: karabakh.ListOf(agreement.Point6),
			Events: karabakh.ListOf(timeline.StatementSigned, timeline.KalbajarDeadlineExtended),
			Cues: Cues{
				Terms: terms(term(az, "mayın 10-da imzalanan"), term(en, "signed on May 10"), term(ru, "подписанного 10 мая"),
					term(hy, "մայիսի 10-ին ստորագրված")),
				Figures:     karabakh.ListOf("mayın 10-da"),
				Contradicts: "agreement statement-2020-11-10 signed",
			},
			Note: "Probably a slip for \"noyabrın 10-da\"; the rest of the sentence, on Kalbajar, is right.",
			Sources: src.List(
				src.Q(en, "https://report.az/en/foreign-politics/fm-ilham-aliyev-insisted-on-including-three-key-provisions-in-trilateral-statement",
					"the trilateral statement signed between Azerbaijan, Armenia, and Russia on the night of November 9–10, 2020"),
				src.Q(en, statementAmGov, "the President of the Russian Federation 10.11.2020 We, the Prime Minister of the Republic of Armenia"),
				src.Q(az, "https://sputnik.az/amp/20201119/Lavrov-Qarabaa-dair-trfli-byanat-bard-425509236.html",
					"Azərbaycan, Rusiya və Ermənistan liderlərinin Qarabağ üzrə üçtərəfli bəyanatı 2020-ci il noyabrın 10-da imzalanıb."),
			),
		},
		{
			ID:      CeasefireWithoutMoscowTime,
			Claim:   "Liderlər Dağlıq Qarabağ münaqişə zonasında 2020-ci il noyabrın 10-u saat 00:00-dan etibarən bütün hərbi əməliyyatların dayandırılması və tam atəşkəs barədə bəyanat veriblər.",
			Lang:    az,
			Where:   "Sputnik Azerbaijan (sputnik.az), 19 November 2020",
			Seen:    src.List(src.Q(az, "https://sputnik.az/amp/20201119/Lavrov-Qarabaa-dair-trfli-byanat-bard-425509236.html", "Liderlər Dağlıq Qarabağ münaqişə zonasında 2020-ci il noyabrın 10-u saat 00:00-dan etibarən bütün hərbi əməliyyatların dayandırılması və tam atəşkəs barədə bəyanat veriblər.")),
			Verdict: Imprecise,
			Correction: "Point 1 sets 00:00 Moscow time on 10 November 2020 (\"Moskva vaxtı ilə\"). In Baku that was 01:00; " +
				"without the time zone the sentence reads as local midnight, an hour too early.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin),
			Places: karabakh.ListOf(places.NagornoKarabakh, places.Baku),
			Points: karabakh.ListOf(agreement.Point1),
			Events: karabakh.ListOf(timeline.CeasefireTakesEffect),
			Cues: Cues{
				Terms: terms(term(az, "saat 00:00-dan etibarən"), term(ru, "с 00.00 10 ноября"), term(en, "from 00:00 on 10 November"),
					term(hy, "նոյեմբերի 10-ի ժամը 00:00-ից")),
				Figures:     karabakh.ListOf("00:00"),
				Contradicts: "agreement statement-2020-11-10 effective",
			},
			Note: "The time zone is left out, not given wrongly; hence imprecise. The 01:00 in Baku is derived from the Tehran Times report: 21:00 GMT in the UTC+4 time of Baku.",
			Sources: src.List(
				src.Q(az, src.S20Metbuat, "10 noyabr 2020-ci il tarixində Moskva vaxtı ilə saat 00.00-dan etibarən"),
				src.Q(en, statementAzMFA, "effective 00:00 Moscow time on 10 November 2020"),
				src.Q(en, tehranTimes, qCeasefireTime),
			),
		},
		{
			ID:      PeacekeepersUntil2025,
			Claim:   "Sənədə əsasən, onlar 2025-ci ilə qədər bölgədə qala bilərlər.",
			Lang:    az,
			Where:   "Interpress.az, report that the Kremlin confirmed the start of the peacekeepers' withdrawal",
			Seen:    src.List(src.Q(az, "https://interpress.az/?p=241683", "Sənədə əsasən, onlar 2025-ci ilə qədər bölgədə qala bilərlər.")),
			Verdict: Imprecise,
			Correction: "Point 4 sets no end in 2025: the 5-year term is extended automatically for further 5-year " +
				"periods unless one of the Parties declares, 6 months before it expires, that it intends to end the " +
				"provision. November 2025 ends only the first term.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent, actors.Peskov),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point4),
			Events: karabakh.ListOf(timeline.PeacekeepersWithdrawalBegins),
			Cues: Cues{
				Terms:       terms(term(az, "2025-ci ilə qədər"), term(en, "until 2025"), term(ru, "до 2025 года"), term(hy, "մինչև 2025 թվականը")),
				Figures:     karabakh.ListOf("2025"),
				Contradicts: "point statement-2020-11-10#4 texts",
			},
			Note: "That the first term ends in November 2025 is derived: 5 years from the statement's entry into force on 10 November 2020. " +
				"The same page's figures for the contingent are right.",
			Sources: src.List(
				src.Q(az, src.S20Metbuat, qRenewalAz),
				src.Q(en, statementAzMFA, qRenewalEn),
			),
		},
		{
			ID:      RussiaEnsuresRouteSecurity,
			Claim:   "Qeyd etmək lazımdır ki, 2020-ci ildə imzalanan üçtərəfli bəyanatda təhlükəsizliyi Rusiyanın təmin edəcəyi razılaşdırılsa da, bu gün Ermənistan bu məsələyə yenidən baxa bilər.",
			Lang:    az,
			Where:   "sam.az, 5 October 2023, after Elchin Amirbayov's remarks on the route through Armenia to Nakhchivan",
			Seen:    src.List(src.Q(az, "https://sam.az/az/politics/450946/prezidentin-xususi-numayendesi-zengezur-dehlizinden-danisib", "Qeyd etmək lazımdır ki, 2020-ci ildə imzalanan üçtərəfli bəyanatda təhlükəsizliyi Rusiyanın təmin edəcəyi razılaşdırılsa da, bu gün Ermənistan bu məsələyə yenidən baxa bilər.")),
			Verdict: Imprecise,
			Correction: "Point 9 has Armenia guarantee the security of transport communication between the western regions " +
				"of Azerbaijan and Nakhchivan; Russia's part is oversight by the Border Guard Service of its FSB.",
			Actors: karabakh.ListOf(actors.Armenia, actors.FSBBorderService, actors.Russia),
			Places: karabakh.ListOf(places.Nakhchivan, places.Armenia),
			Points: karabakh.ListOf(agreement.Point9),
			Cues: Cues{
				Terms: terms(term(az, "təhlükəsizliyi Rusiyanın təmin edəcəyi"), term(en, "Russia would ensure the security"),
					term(ru, "безопасность обеспечит Россия")),
				Contradicts: "point statement-2020-11-10#9 obligations",
			},
			Note: "Imprecise rather than wrong: Russia's FSB does have a part on the route, but the security guarantee is Armenia's.",
			Sources: src.List(
				src.Q(en, newsAmPoint9Full, qPoint9Security),
				src.Q(en, newsAmPoint9Full, qPoint9FSB),
				src.P(src.S20MFA, 9),
			),
		},

		// Armenian.
		{
			ID:      NewRoadWithinThreeYears,
			Claim:   "նոյեբերի 9-ի եռակողմ հայտարարությամբ 3 տարվա ընթացքում Արցախը Հայաստանին կապող նոր ճանապարհով պետք է կառուցվի",
			Lang:    hy,
			Where:   "armlife.am, undated report on opposition MP Tigran Abrahamyan's question to Pashinyan",
			Seen:    src.List(src.Q(hy, "https://www.armlife.am/news/170072.html", "Տիգրան Աբրահամյանը Փաշինյանին հիշեցրել էր, որ նոյեբերի 9-ի եռակողմ հայտարարությամբ 3 տարվա ընթացքում Արցախը Հայաստանին կապող նոր ճանապարհով պետք է կառուցվի")),
			Verdict: Imprecise,
			Correction: "Point 6 gives the parties three years to agree a plan for building a new route along the Lachin " +
				"corridor, after which the Russian peacekeepers are redeployed to guard it. It does not require the road " +
				"to be built within three years.",
			Actors: karabakh.ListOf(actors.Armenia, actors.Azerbaijan, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.LachinCorridor),
			Points: karabakh.ListOf(agreement.Point6),
			Events: karabakh.ListOf(timeline.LachinRoutePlanDeadline),
			Cues: Cues{
				Terms: terms(term(hy, "3 տարվա ընթացքում"), term(hy, "նոր ճանապարհ"), term(en, "new road must be built within three years"),
					term(ru, "в течение трех лет построить новую дорогу"), term(az, "üç il ərzində yeni yol")),
				Figures:     karabakh.ListOf("3"),
				Contradicts: "point statement-2020-11-10#6 obligations",
			},
			Note: "The misreading is in the page's reported speech. \"նոյեբերի\" (for \"նոյեմբերի\") and \"ճանապարհով\" are kept as found.",
			Sources: src.List(
				src.Q(hy, src.S20SputAm, qRoutePlanHy),
				src.Q(en, artsakhpressRoute, qRoutePlanEn),
			),
		},
		{
			ID:      RussiaWillBuildRoad,
			Claim:   "Եվ ռուսական կողմը նաև նոր ճանապարհ է կառուցելու երեք տարվա ընթացքում՝ շրջանցելով Շուշին, որպեսզի Բերձոր-Ստեփանակերտ ուղիղ կապ լինի",
			Lang:    hy,
			Where:   "past.am, Davit Babayan, adviser to the president of Artsakh, on Factor TV, before 15 November 2020",
			Seen:    src.List(src.Q(hy, "https://url.past.am/?l=ru&p=262552", "Եվ ռուսական կողմը նաև նոր ճանապարհ է կառուցելու երեք տարվա ընթացքում՝ շրջանցելով Շուշին, որպեսզի Բերձոր-Ստեփանակերտ ուղիղ կապ լինի")),
			Verdict: Wrong,
			Correction: "Point 6 gives no party the building of a road: within the next three years the parties are to agree " +
				"a plan for building a new route along the Lachin corridor, and the Russian peacekeeping contingent is " +
				"then to be redeployed to guard it.",
			Actors: karabakh.ListOf(actors.Russia, actors.PeacekeepingContingent, actors.Artsakh),
			Places: karabakh.ListOf(places.LachinCorridor, places.Shusha, places.Stepanakert, places.Lachin),
			Points: karabakh.ListOf(agreement.Point6),
			Events: karabakh.ListOf(timeline.LachinRoutePlanDeadline),
			Cues: Cues{
				Terms: terms(term(hy, "ռուսական կողմը նաև նոր ճանապարհ է կառուցելու"), term(en, "Russia will build a new road"),
					term(ru, "российская сторона построит новую дорогу")),
				Figures:     karabakh.ListOf("երեք"),
				Contradicts: "point statement-2020-11-10#6 obligations",
			},
			Note: "The page is undated; Babayan speaks of 15 November, the Kalbajar deadline, as still to come. " +
				"In the same interview he says the town of Berdzor (Lachin) stays Armenian.",
			Sources: src.List(
				src.Q(hy, src.S20SputAm, qRoutePlanHy),
				src.Q(en, artsakhpressRoute, qRoutePlanEn),
				src.P(statementAzMFA, 6),
			),
		},
		{
			ID:    EasternPartOfAzerbaijan,
			Claim: "Սակայն ասվում է, որ Ադրբեջանի արևելյան հատվածի և Նախիջևանի Ինքնավար Հանրապետության միջև պետք է լինի տրանսպորտային կապ, որի հսկողությունը պետք է ապահովեն ռուսական սահմանապահ ուժերը։",
			Lang:  hy,
			Where: "1or.am, Aliyev's words at an international forum, in Armenian; syuniacyerkir.am has the same passage",
			Seen: src.List(
				src.Q(hy, "https://1or.am/?l=en&p=150580", "Սակայն ասվում է, որ Ադրբեջանի արևելյան հատվածի և Նախիջևանի Ինքնավար Հանրապետության միջև պետք է լինի տրանսպորտային կապ, որի հսկողությունը պետք է ապահովեն ռուսական սահմանապահ ուժերը։"),
				src.Q(hy, "https://syuniacyerkir.am/anhnar-e-hayastany-chi-karokh-azatvel-erakokhm-haytararutyan-ayd-druytits-alievy-krkin-zangezuri-mijantsqn-e-pahanjum",
					"բայց գրված է, որ Ադրբեջանի արևելյան հատվածի և Նախիջևանի Ինքնավար Հանրապետության միջև պետք է լինի տրանսպորտային կապ, որը պետք է վերահսկվի ռուսական սահմանապահ ուժերի կողմից"),
			),
			Verdict: Wrong,
			Correction: "Point 9 concerns transport communication between the western regions of the Republic of Azerbaijan " +
				"and the Nakhchivan Autonomous Republic, not the eastern part of Azerbaijan. Its control is given to the " +
				"Border Guard Service of Russia's FSB.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.FSBBorderService),
			Places: karabakh.ListOf(places.Nakhchivan, places.Azerbaijan),
			Points: karabakh.ListOf(agreement.Point9),
			Cues: Cues{
				Terms: terms(term(hy, "Ադրբեջանի արևելյան հատվածի"), term(en, "eastern part of Azerbaijan"), term(ru, "восточной частью Азербайджана"),
					term(az, "Azərbaycanın şərq hissəsi")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Note: "Whether the slip is Aliyev's own or the Armenian translation's could not be checked. In the same passage he grants that the words \"Zangezur corridor\" are not in the statement.",
			Sources: src.List(
				src.Q(hy, src.S20ArmInfo, "Ադրբեջանի Հանրապետության արևմտյան շրջանների և Նախիջևանի Ինքնավար Հանրապետության միջև տրանսպորտային հաղորդակցության անվտանգությունը"),
				src.Q(en, src.S20Report, "By agreement of the Parties, the construction of new transport communications linking the Nakhchivan Autonomous Republic with the western regions of Azerbaijan shall be ensured."),
				src.Q(en, newsAmPoint9Full, qPoint9FSB),
			),
		},
		{
			ID:      PeacekeepersUntilNovember2025,
			Claim:   "Նրանց մնալը Ղարաբաղում նախատեսված է մինչև 2025 թվականի նոյեմբերը",
			Lang:    hy,
			Where:   "armlife.am (archive), Azerbaijan's Foreign Minister Jeyhun Bayramov at his ministry's year-end briefing, as Azerbaijani media reported it",
			Seen:    src.List(src.Q(hy, "https://archive.armlife.am/news/286370.html", "«Փաստն այն է, որ կա եռակողմ հայտարարություն, որը ստորագրված է ղեկավարության մակարդակով։ Նրանց մնալը Ղարաբաղում նախատեսված է մինչև 2025 թվականի նոյեմբերը»")),
			Verdict: Imprecise,
			Correction: "Point 4 sets no end in November 2025: the 5-year term is extended automatically for further " +
				"5-year periods unless one of the Parties declares, 6 months before it expires, that it intends to end " +
				"the provision. November 2025 ends only the first term.",
			Actors: karabakh.ListOf(actors.Bayramov, actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point4),
			Cues: Cues{
				Terms: terms(term(hy, "մինչև 2025 թվականի նոյեմբերը"), term(en, "until November 2025"), term(ru, "до ноября 2025 года"),
					term(az, "2025-ci ilin noyabrına qədər")),
				Figures:     karabakh.ListOf("2025"),
				Contradicts: "point statement-2020-11-10#4 texts",
			},
			Note: "That the first term ends in November 2025 is derived: 5 years from the statement's entry into force on 10 November 2020. The page does not say which year's briefing it was.",
			Sources: src.List(
				src.Q(az, src.S20Metbuat, qRenewalAz),
				src.Q(en, statementAzMFA, qRenewalEn),
			),
		},
	}
}
