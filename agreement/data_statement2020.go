package agreement

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// The pages the 2020 statement's texts are read from. Prefixed s20 so that
// they cannot clash with the names in the other data files of this package.
const (
	s20PAXMain    = "https://pax.peaceagreements.org/agreements/2324"
	s20Aravot     = "https://ru.aravot.am/2024/04/27/432874"
	s20BakuTV     = "https://baku.tv/az/tag/rusiya-sulhmeramlilari"
	s20RegMon     = "https://regionmonitor.com/?p=49207"
	s20Am168      = "https://168.am/2022/08/11/1746710.html"
	s20ArmPr89245 = "https://armenpress.am/eng/news/1089245/"
	s20ArmPr89627 = "https://www.armenpress.am/eng/news/1089627/"
	s20Qadin      = "https://qadin.net/en/news/print:page,1,112072-statement-by-the-leaders-of-azerbaijan-russia-and-armenia-on-nagorno-karabakh.html"
	s20ArtsPress  = "https://www.artsakhpress.am/eng/news/167792/"
	s20NKR        = "https://www.nkr.am/en/news/2023-01-18/commentary_Artsakhpress"
	s20NewsAm736  = "https://news.am/eng/news/736435.html"
	s20Breakn     = "https://breaknlinks.com/en/news/53024"
	s20Rooshv     = "https://www.rooshvforum.com/threads/the-nagorno-karabakh-conflict-thread-armenia-vs-azerbaijan.38465/page-10"
	s20Voltaire   = "https://www.voltairenet.org/article211616.html"
	s20CommonSp   = "https://www.commonspace.eu/news/document-full-text-agreement-between-leaders-russia-armenia-and-azerbaijan"
	s20SputnikEn  = "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/"
	// Found with the search tool: ERRATA.md names the site, not the page.
	s20MediaCenterKG = "https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749"
	s20Segodnia      = "http://www.segodnia.ru/news/234656"
	s20ApaAz         = "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994"
	s20AzeAz         = "https://aze.az/?p=697499"
	s20ArmPrFr       = "https://armenpress.am/fr/article/1199463"
	s20NewsFront     = "https://fr.news-front.su/2020/11/10/le-kremlin-a-note-limportance-du-retour-des-refugies-au-karabakh"
	s20Blognews      = "https://www.blognews.am/rus/news/724118/aliev-zaveril-chto-obmen-plennymi-prodolzhaetsya.html"
	s20Ria24         = "https://ria24.today/news/dorogu-erash-ordubad-megri-goradiz-ra/10671472"
	s20AirCenter     = "https://aircenter.az/en/post/economic-integration-and-development-as-a-catalyst-for-stability-in-the-south-caucasus-822"
	s20NakhToday     = "https://nakhchivantoday.com/autonomous-republic-becomes-a-new-transit-hub/"
	s20NewsAm618     = "https://news.am/eng/news/618205.html"
	s20Radar         = "https://radar.am/en/news/politics-2630125365/"
	// Dates, signing and entry into force.
	s20ArmRadio  = "https://en.armradio.am/2021/11/09/contacts-between-armenian-russian-azerbaijani-leaders-not-expected-on-anniversary-of-trilateral-statement-peskov/"
	s20Trend     = "https://en.trend.az/azerbaijan/politics/3337527.html"
	s20PresAz    = "https://president.az./en/articles/view/50070"
	s20ReportBay = "https://report.az/en/foreign-politics/fm-ilham-aliyev-insisted-on-including-three-key-provisions-in-trilateral-statement"
	s20WikiIPFS  = "https://en.wikipedia-on-ipfs.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement"
	s20VovWorld  = "https://m.vovworld.vn/ru-RU/новости/армения-рф-и-азербаиджан-подписали-заявление-о-прекращении-боевых-деиствии-в-нагорном-карабахе-920695.vov"
	s20Tehran    = "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh"
	s20BBC       = "https://www.bbc.com/news/world-europe-54882564"
	s20Wikipedia = "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement"
	s20National  = "https://www.thenationalnews.com/world/europe/azerbaijan-extends-deadline-on-armenian-withdrawal-in-kalbajar-1.1111784"
)

// Translators of the official English texts.
const (
	s20TrArmenia    = "Government of Armenia"
	s20TrAzerbaijan = "Ministry of Foreign Affairs of Azerbaijan"
	s20TrRussiaMFA  = "Ministry of Foreign Affairs of the Russian Federation (as attributed by the repost)"
)

// Notes repeated on several texts.
const (
	s20NoteVesti   = "Quoted inside a news report of the text \"published on the Kremlin website\"; the kremlin.ru page itself is not in the stored sources."
	s20NotePM      = "Official English translation published by the Government of Armenia (page dated 10.11.2020); the stored copy is an excerpt that ends inside point 6."
	s20NoteMFA     = "Official English text published by Azerbaijan's Ministry of Foreign Affairs (Embassy in Belgrade, press release of 10 November 2020); the stored excerpt ends inside point 6."
	s20NoteRuMFA   = "English translation headed \"The Ministry of Foreign Affairs of the Russian Federation\", stored only as a blog repost, not on the ministry's site; its excerpt ends early in the second paragraph of point 6."
	s20NoteMetbuat = "Azerbaijani text printed by the news site Metbuat as the statement's full text (\"tam mətni\"); a news-site copy, not the president.az page, which is not in the stored sources."
)

// statement2020Records returns the statement of 10 November 2020.
func statement2020Records() []Agreement {
	return []Agreement{statement2020()}
}

func statement2020() Agreement {
	return Agreement{
		ID: Statement2020,
		Titles: karabakh.NamesOf(
			karabakh.Name{
				Text: "Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации",
				Lang: language.Russian, Kind: karabakh.KindLabel,
				Sources: src.List(src.Q(language.Russian, s20Aravot,
					"«Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации», 10 ноября 2020 г.")),
			},
			karabakh.Name{
				Text: "Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "Azerbaijani Ministry of Foreign Affairs",
				Sources: src.List(src.Q(language.English, src.S20MFA,
					"Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation (En/Ru)")),
			},
			karabakh.Name{
				Text: "Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "Government of Armenia, which names its own signatory first",
				Sources: src.List(src.Q(language.English, src.S20PM,
					"Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation")),
			},
			karabakh.Name{
				Text: "Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "PA-X Peace Agreements Database",
				Sources: src.List(src.Q(language.English, s20PAXMain,
					"Agreement name Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation • Date 10 Nov 2020")),
			},
		),
		// Signed: the night of 9 to 10 November; the Russian and Armenian
		// sides, whose usage the authentic text's side shares, say
		// 9 November. The texts as published carry 10 November.
		Signed: karabakh.Day(2020, time.November, 9),
		Dated: karabakh.ListOf(
			DateUsage{
				Date:  karabakh.Day(2020, time.November, 9),
				Usage: "Armenian and Russian usage (\"the 9 November statement\"); also president.az's own text of 11 January 2021",
				Sources: src.List(
					src.Q(language.English, s20ArmRadio, "the trilateral statement of the Russian Federation, Armenia and Azerbaijan on Karabakh on November 9, 2020 is extremely important"),
					src.Q(language.Russian, s20AzeAz, "как это предусмотрено заявлением лидеров России, Азербайджана и Армении от 9 ноября 2020 года"),
					src.Q(language.English, s20PresAz, "With the aim of implementing Article 9 of the Statement dated 9 November 2020"),
				),
			},
			DateUsage{
				Date:  karabakh.Day(2020, time.November, 10),
				Usage: "Azerbaijani usage (\"signed on November 10\"), though not consistently; also the date the published texts carry",
				Sources: src.List(
					src.Q(language.English, s20Trend, "the district was returned on the basis of a joint statement signed on November 10 by the presidents of Azerbaijan and Russia and the prime minister of Armenia"),
					src.Q(language.English, src.S20PM, "the President of the Russian Federation 10.11.2020 We, the Prime Minister of the Republic of Armenia"),
					src.Q(language.English, s20PAXMain, "Date 10 Nov 2020 • Agreement status Multiparty signed/agreed"),
					src.Q(language.Russian, s20Aravot, "«Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации», 10 ноября 2020 г."),
				),
			},
		),
		Effective:     time.Date(2020, time.November, 10, 0, 0, 0, 0, time.FixedZone("MSK", 3*3600)),
		AuthenticLang: language.Russian,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Aliyev, Role: Signatory, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan,
				Sources: src.List(
					src.Q(language.English, src.S20MFA, "We, the President of the Republic of Azerbaijan I.H.Aliyev"),
					src.Q(language.English, src.S20PAX, "President of the Republic of Azerbaijan Prime Minister of the Republic of Armenia President of the Russian Federation - Third parties - -"),
				)},
			Party{Actor: actors.Pashinyan, Role: Signatory, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia,
				Sources: src.List(
					src.Q(language.English, src.S20PM, "We, the Prime Minister of the Republic of Armenia N.V. Pashinyan"),
					src.Q(language.English, src.S20MFA, "the Prime Minister of the Republic of Armenia N.V. Pashinyan"),
				)},
			Party{Actor: actors.Putin, Role: Signatory, Office: "President of the Russian Federation", For: actors.Russia,
				Sources: src.List(
					src.Q(language.English, src.S20PM, "and the President of the Russian Federation V.V. Putin, have hereby stated the following"),
					src.Q(language.English, src.S20PAX, "President of the Republic of Azerbaijan Prime Minister of the Republic of Armenia President of the Russian Federation - Third parties - -"),
				)},
		),
		Points: karabakh.ListOf(s20Point1(), s20Point2(), s20Point3(), s20Point4(), s20Point5(), s20Point6(), s20Point7(), s20Point8(), s20Point9()),
		Identifiers: karabakh.ListOf(karabakh.Identifier{Scheme: karabakh.SchemePAX, Value: "2324",
			Sources: src.List(src.Q(language.English, s20PAXMain,
				"Agreement name Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation • Date 10 Nov 2020"))}),
		Note: "Signed during the night of 9 to 10 November 2020 and published on 10 November. Signed is 9 November, the date Russian and " +
			"Armenian officials give and the compiled sources' reading (\"signed late on 9 November\"); the texts as published " +
			"(the governments' pages, PA-X, the Russian title as cited) carry 10 November, which much Azerbaijani usage " +
			"follows, though president.az's own text of the statement of 11 January 2021 says \"Statement dated 9 November 2020\". Both dates are kept in Dated. " +
			"The ceasefire took effect at 00:00 Moscow time on 10 November, 01:00 in Yerevan and Baku, 21:00 UTC on 9 November. " +
			"Where it was signed is not recorded: no stored source says. No source gives PA-X's type or stage for it, so they are left empty; " +
			"PA-X lists the three leaders as parties and no third parties, so Russia is recorded as a signatory only, not as a mediator. " +
			"The kremlin.ru page with the authentic Russian text is not in the stored sources: the Russian here is only what others quoted.",
		Sources: src.List(
			src.Q(language.English, s20ReportBay, "the trilateral statement signed between Azerbaijan, Armenia, and Russia on the night of November 9–10, 2020"),
			src.Q(language.English, s20WikiIPFS, "It was signed on 9 November by the President of Azerbaijan Ilham Aliyev, the Prime Minister of Armenia Nikol Pashinyan and the President of Russia Vladimir Putin"),
			src.Q(language.Russian, s20VovWorld, "Около 01:00 по московскому времени премьер-министр Армении Никол Пашинян сообщил у себя в фейсбуке"),
			src.Q(language.English, s20Tehran, "the agreement would take effect from 1am on Tuesday (21:00 GMT on Monday)"),
			src.Q(language.English, s20BBC, "from 01:00 local time (21:00 GMT Monday)"),
			src.Q(language.Russian, src.S20Vesti, "На сайте Кремля опубликован текст трехстороннего заявления"),
			src.Q(language.English, "https://president.az./en/articles/view/50070", "With the aim of implementing Article 9 of the Statement dated 9 November 2020"),
		),
	}
}

func s20Point1() Point {
	return Point{
		ID: Point1, Number: 1,
		Summary: "Complete ceasefire in the Nagorno-Karabakh conflict zone from 00:00 Moscow time on 10 November 2020; the Parties stop at their current positions.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body: "объявляется о полном прекращении огня и всех военных действий в зоне нагорно-карабахского конфликта с 00 часов 00 минут по московскому времени 10 ноября 2020 года\n" +
					"Азербайджанская Республика и Республика Армения, далее именуемые Сторонами, останавливаются на занимаемых ими позициях",
				Note:    s20NoteVesti + " Two quoted passages, one per line; the journalist's words before and between them are left out.",
				Sources: src.List(src.P(src.S20Vesti, 1))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrArmenia,
				Body: "As of 00:00 Moscow time, 10 November 2020, a complete ceasefire and cessation of all military operations in Nagorno Karabakh conflict zone is hereby declared. The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, shall stop at their current positions.",
				Note: s20NotePM, Sources: src.List(src.P(src.S20PM, 1))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrAzerbaijan,
				Body: "A complete ceasefire and cessation of all hostilities is announced in the Nagorno-Karabakh conflict zone effective 00:00 Moscow time on 10 November 2020. The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, stop at their current positions.",
				Note: s20NoteMFA, Sources: src.List(src.P(src.S20MFA, 1))},
			Text{Lang: language.English, Coverage: Full, Translator: s20TrRussiaMFA,
				Body: "A complete ceasefire and the termination of hostilities in the Nagorno-Karabakh conflict zone will become effective as of midnight, Moscow time, on November 10, 2020. The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, shall remain in their current positions.",
				Note: s20NoteRuMFA, Sources: src.List(src.P(src.S20RuMFA, 1))},
			Text{Lang: language.Azerbaijani, Coverage: Full,
				Body: "10 noyabr 2020-ci il tarixində Moskva vaxtı ilə saat 00.00-dan etibarən Dağlıq Qarabağ münaqişəsi zonasında atəşin və bütün hərbi əməliyyatların tam dayandırılması elan olunur. Bundan sonra Tərəflər adlandırılacaq Azərbaycan Respublikası və Ermənistan Respublikası hazırda tutduqları mövqelərdə qalacaqlar.",
				Note: s20NoteMetbuat, Sources: src.List(src.P(src.S20Metbuat, 1))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationCeasefireAzerbaijan, Obligor: actors.Azerbaijan,
				Action:   "Cease fire and all military operations in the Nagorno-Karabakh conflict zone from 00:00 Moscow time on 10 November 2020 and stop at its current positions",
				Places:   karabakh.ListOf(places.NagornoKarabakh),
				Deadline: karabakh.Day(2020, time.November, 10),
				Note:     "The deadline is the moment the ceasefire took effect, 00:00 Moscow time, converted to UTC 21:00 on 9 November; see the agreement's Effective.",
				Sources:  src.List(src.P(src.S20Vesti, 1), src.P(src.S20MFA, 1))},
			Obligation{ID: ObligationCeasefireArmenia, Obligor: actors.Armenia,
				Action:   "Cease fire and all military operations in the Nagorno-Karabakh conflict zone from 00:00 Moscow time on 10 November 2020 and stop at its current positions",
				Places:   karabakh.ListOf(places.NagornoKarabakh),
				Deadline: karabakh.Day(2020, time.November, 10),
				Note:     "The deadline is the moment the ceasefire took effect, 00:00 Moscow time, converted to UTC 21:00 on 9 November; see the agreement's Effective.",
				Sources:  src.List(src.P(src.S20Vesti, 1), src.P(src.S20PM, 1))},
		),
		Topics:  karabakh.ListOf(TopicCeasefire, TopicPositions),
		Places:  karabakh.ListOf(places.NagornoKarabakh),
		Sources: src.List(src.P(src.S20Vesti, 1), src.P(src.S20PM, 1), src.P(src.S20MFA, 1)),
	}
}

const s20NoteGazakh = "A variant text, not the official one. Every official version of point 2 (the Kremlin's Russian as quoted, " +
	"the Armenian government's and the Azerbaijani MFA's English, the Russian MFA's English, the Azerbaijani text printed by Metbuat) " +
	"names only the Aghdam district. The Gazakh wording appears only in texts that went round on Telegram early on 10 November 2020, " +
	"in their copies, and in Erdoğan's summary of 11 November."

func s20Point2() Point {
	return Point{
		ID: Point2, Number: 2,
		Summary: "The Aghdam district is returned to the Republic of Azerbaijan by 20 November 2020.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body:    "Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года",
				Note:    s20NoteVesti + " Names only the Aghdam district; nothing about the Gazakh district.",
				Sources: src.List(src.Q(language.Russian, src.S20Vesti, "Согласно второму пункту, \"Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года\".")),
			},
			Text{Lang: language.English, Coverage: Full, Official: true, Authoritative: true, Translator: s20TrArmenia,
				Body: "Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020.",
				Note: s20NotePM, Sources: src.List(src.P(src.S20PM, 2))},
			Text{Lang: language.English, Coverage: Full, Official: true, Authoritative: true, Translator: s20TrAzerbaijan,
				Body: "The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020.",
				Note: s20NoteMFA, Sources: src.List(src.P(src.S20MFA, 2))},
			Text{Lang: language.English, Coverage: Full, Translator: s20TrRussiaMFA,
				Body: "The Agdam District shall be returned to the Republic of Azerbaijan before November 20, 2020.",
				Note: s20NoteRuMFA, Sources: src.List(src.P(src.S20RuMFA, 2))},
			Text{Lang: language.Azerbaijani, Coverage: Full,
				Body:    "20 noyabr 2020-ci il tarixinədək Ağdam rayonu Azərbaycan Respublikasına qaytarılır.",
				Note:    s20NoteMetbuat + " Its point 2 names only the Aghdam district, like every other official version.",
				Sources: src.List(src.Q(language.Azerbaijani, src.S20Metbuat, "2. 20 noyabr 2020-ci il tarixinədək Ağdam rayonu Azərbaycan Respublikasına qaytarılır."))},
			Text{Lang: language.German, Coverage: Full,
				Body: "Der Bezirk Agdam soll bis 20. November 2020 der Republik Aserbaidschan zurückgegeben werden.",
				Note: "German translation on the Voltaire Network site; no Gazakh.", Sources: src.List(src.P(s20Voltaire, 2))},
			Text{Lang: language.English, Coverage: Full,
				Body:    "The Aghdam region is returned to the Republic of Azerbaijan until November 20, 2020.",
				Note:    "Informal English translation by commonspace.eu \"as published on the website of the president of Russia (in Russian)\".",
				Sources: src.List(src.P(s20CommonSp, 2))},
			Text{Lang: language.English, Coverage: Quoted,
				Body: "Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020.",
				Note: s20NoteGazakh + " News.ru posted this at 07:58 on 10 November 2020 as a text published by Telegram channels.",
				Sources: src.List(src.Q(language.English, src.S20NewsRu, "Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020."),
					src.Q(language.English, src.S20NewsRu, "Full text of statement between Azerbaijan and Armenia revealed 07:58, 10 November 2020"))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "The territories of Aghdam region and Gazakh region occupied by the Armenian side of the Republic of Azerbaijan shall be returned to the Azerbaijani side by November 20, 20.",
				Note:    s20NoteGazakh + " The year \"20\" is as printed.",
				Sources: src.List(src.P(s20Qadin, 2))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body: "Также Армения возвращает Азербайджану Агдамский район и территории, удерживаемые в Газахском районе.",
				Note: s20NoteGazakh + " A newspaper's summary, not the text; breaknlinks.com (citing Sputnik Armenia) is cited for the same summary.",
				Sources: src.List(
					src.Q(language.Russian, src.S20Sovross, "Также Армения возвращает Азербайджану Агдамский район и территории, удерживаемые в Газахском районе."),
					src.P(s20Breakn, 2))},
			Text{Lang: language.Azerbaijani, Coverage: Paraphrase,
				Body:    "Ağdam və Qazaxın işğal altındakı hissələrini 20 noyabra",
				Note:    s20NoteGazakh + " Erdoğan's summary of 11 November 2020, as reported in Azerbaijani.",
				Sources: src.List(src.P(src.S20Devran, 2))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "Aghdam rayon returns to the Republic of Azerbaijan from November 20 2020",
				Note:    "Forum copy of an early Wikipedia translation. \"from\" mistranslates the Russian \"до\", which means \"by\" or \"before\".",
				Sources: src.List(src.P(s20Rooshv, 2))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationReturnAghdam, Obligor: actors.Armenia, Beneficiary: actors.Azerbaijan,
				Action:   "Return the Aghdam district to the Republic of Azerbaijan",
				Places:   karabakh.ListOf(places.AghdamDistrict),
				Deadline: karabakh.Day(2020, time.November, 20),
				Note: "The text is impersonal (\"is returned\") and names no obligor; Armenia is recorded as obligor as in point 6's wording for the other districts and in the summaries (\"Армения возвращает Азербайджану Агдамский район\"). " +
					"\"до\" means by or before 20 November 2020.",
				Sources: src.List(src.P(src.S20Vesti, 2), src.P(src.S20PM, 2), src.P(src.S20MFA, 2),
					src.Q(language.Russian, src.S20Sovross, "Также Армения возвращает Азербайджану Агдамский район"))},
		),
		Topics: karabakh.ListOf(TopicTerritorialHandover),
		Places: karabakh.ListOf(places.AghdamDistrict),
		Note: "The official texts name only the Aghdam district; the texts that add \"the territories held by the Armenian side in the Gazakh district\" are " +
			"early Telegram versions and their copies, kept here as variants and not authoritative. Four villages of Azerbaijan's Gazakh district were " +
			"returned to Azerbaijan in May 2024 through the bilateral border delimitation, not under this statement.",
		Sources: src.List(src.P(src.S20Vesti, 2), src.P(src.S20PM, 2), src.P(src.S20MFA, 2), src.P(src.S20Metbuat, 2),
			src.Q(language.English, "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-", "Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan"),
			src.Q(language.English, "https://abc.az/en/news/147441/transfer-of-4-villages-of-gazakh-region-to-azerbaijan-reported-to-president-video", "The territories of these villages were taken under control by the State Border Service on May 24.")),
	}
}

func s20Point3() Point {
	return Point{
		ID: Point3, Number: 3,
		Summary: "A Russian peacekeeping contingent of 1,960 servicemen, 90 armoured personnel carriers and 380 vehicles is deployed along the line of contact in Nagorno-Karabakh and along the Lachin corridor.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body:    "вдоль линии соприкосновения в Нагорном Карабахе и вдоль Лачинского коридора развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием, 90 бронетранспортеров, 380 единиц автомобильной и специальной техники",
				Note:    s20NoteVesti,
				Sources: src.List(src.P(src.S20Vesti, 3))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrArmenia,
				Body: "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor, composed of 1960 servicemen with firearms, 90 armoured carriers, 380 units of motor vehicles and special equipment.",
				Note: s20NotePM + " \"firearms\" renders the Russian \"со стрелковым оружием\" (small arms).", Sources: src.List(src.P(src.S20PM, 3))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrAzerbaijan,
				Body: "Along the line of contact in Nagorno-Karabakh and along the Lachin corridor, a peacekeeping contingent of the Russian Federation is deployed in the amount of 1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment.",
				Note: s20NoteMFA, Sources: src.List(src.P(src.S20MFA, 3))},
			Text{Lang: language.English, Coverage: Full, Translator: s20TrRussiaMFA,
				Body: "A peacekeeping force of the Russian Federation comprising 1,960 military personnel with light weapons, 90 armoured personnel carriers and 380 military and special vehicles shall be deployed along the contact line in Nagorno-Karabakh and along the Lachin Corridor.",
				Note: s20NoteRuMFA, Sources: src.List(src.P(src.S20RuMFA, 3))},
			Text{Lang: language.Azerbaijani, Coverage: Full,
				Body: "Dağlıq Qarabağda təmas xətti və Laçın dəhlizi boyu Rusiya Federasiyasının 1 960 sayda odlu silahlı hərbi qulluqçusundan, 90 hərbi zirehli texnika, 380 ədəd avtomobil və xüsusi texnikadan ibarət sülhməramlı kontingenti yerləşdirilir.",
				Note: s20NoteMetbuat, Sources: src.List(src.P(src.S20Metbuat, 3))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed",
				Note:    "A news report, not the text. Its 1,970 conflicts with the 1,960 of every version of the text.",
				Sources: src.List(src.Q(language.English, s20SputnikEn, "A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed"))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationDeployPeacekeepers, Obligor: actors.Russia,
				Action:  "Deploy a peacekeeping contingent along the line of contact in Nagorno-Karabakh and along the Lachin corridor",
				Places:  karabakh.ListOf(places.NagornoKarabakh, places.LachinCorridor),
				Note:    "The text sets no date for the deployment; point 4 ties it to the withdrawal of the Armenian armed forces.",
				Sources: src.List(src.P(src.S20Vesti, 3), src.P(src.S20PM, 3), src.P(src.S20MFA, 3))},
		),
		Quantities: karabakh.ListOf(
			Quantity{What: "servicemen of the Russian peacekeeping contingent, with small arms", Value: 1960, Unit: Personnel,
				Reported: karabakh.ListOf(
					ReportedValue{Value: 1970,
						Note: "Sputnik English, and RIA Novosti citing the Russian defence ministry as reprinted by media-center.kg on 10 November 2020 (the errata of the compiled sources name that site; the page was found with the search tool).",
						Sources: src.List(src.Q(language.English, s20SputnikEn, "A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed"),
							src.Q(language.Russian, s20MediaCenterKG, "В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники."))},
					ReportedValue{Value: 2000, Approximate: true,
						Note:    "A common rounding of 1,960.",
						Sources: src.List(src.Q(language.English, s20Wikipedia, "An approximately 2,000-strong Russian peacekeeping force"))},
				),
				Sources: src.List(
					src.P(src.S20Vesti, 3), src.P(src.S20PM, 3), src.P(src.S20MFA, 3), src.P(src.S20Metbuat, 3),
					karabakh.Source{URL: src.S20SumyDecree, Publisher: src.Publisher(src.S20SumyDecree), Lang: language.Russian,
						Quote: "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих",
						Note:  "Putin's decree of 12 November 2020 gives the figure as a maximum (\"до 1960\"); the statement gives it plainly."},
				)},
			Quantity{What: "armoured personnel carriers of the contingent", Value: 90, Unit: ArmouredPersonnelCarriers,
				Sources: src.List(src.P(src.S20Vesti, 3), src.P(src.S20PM, 3), src.P(src.S20MFA, 3), src.P(src.S20Metbuat, 3))},
			Quantity{What: "motor vehicles and special equipment of the contingent", Value: 380, Unit: Vehicles,
				Sources: src.List(src.P(src.S20Vesti, 3), src.P(src.S20PM, 3), src.P(src.S20MFA, 3), src.P(src.S20Metbuat, 3))},
		),
		Topics:  karabakh.ListOf(TopicPeacekeeping),
		Places:  karabakh.ListOf(places.NagornoKarabakh, places.LachinCorridor),
		Sources: src.List(src.P(src.S20Vesti, 3), src.P(src.S20PM, 3), src.P(src.S20MFA, 3)),
	}
}

func s20Point4() Point {
	return Point{
		ID: Point4, Number: 4,
		Summary: "The Russian contingent deploys in parallel with the withdrawal of the Armenian armed forces, for 5 years, renewed automatically for 5-year periods unless a Party gives notice 6 months before expiry.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body:    "миротворческий контингент Российской Федерации развертывается параллельно с выводом армянских вооруж",
				Note:    s20NoteVesti + " Only the start of the point; the stored excerpt ends mid-word.",
				Sources: src.List(src.P(src.S20Vesti, 4))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrArmenia,
				Body: "The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces. The peacekeeping contingent of the Russian Federation shall stay for a period of 5 years, with further automatic 5-year extensions, where 6 months prior to the expiry of the time period none of the Parties declares of its intention to terminate the application of the provision.",
				Note: s20NotePM, Sources: src.List(src.P(src.S20PM, 4))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrAzerbaijan,
				Body: "The peacekeeping contingent of the Russian Federation is deployed in parallel with the withdrawal of the Armenian armed forces. The duration of the deployment of the peacekeeping contingent of the Russian Federation is 5 years, with automatic extension for the next 5-year periods, if none of the Parties declares intention to terminate the application of this provision 6 months prior to the expiration of the term.",
				Note: s20NoteMFA, Sources: src.List(src.P(src.S20MFA, 4))},
			Text{Lang: language.English, Coverage: Full, Translator: s20TrRussiaMFA,
				Body: "The deployment of the Russian peacekeeping force shall proceed simultaneously with the withdrawal of Armenian troops. The peacekeeping force will be deployed for the duration of five years, to be tacitly extended for subsequent five-year periods unless either party announces its intention to terminate this provision six months before expiry.",
				Note: s20NoteRuMFA + " \"tacitly extended\" where the other translations say \"automatic\".", Sources: src.List(src.P(src.S20RuMFA, 4))},
			Text{Lang: language.Azerbaijani, Coverage: Full,
				Body:    "Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel şəkildə yerləşdirilir. Rusiya Federasiyasının sülhməramlı kontingentinin qalma müddəti 5 ildir və müddətin bitməsinə 6 ay qalmış hazırkı müddəanın tətbiqinə xitam verilməsi niyyəti ilə bağlı Tərəflərdən hər hansı biri çıxış etməzsə, müddət avtomatik olaraq növbəti 5 ilə uzadılır.",
				Note:    s20NoteMetbuat + " Reads \"növbəti 5 ilə uzadılır\" (extended for the next 5 years) where Baku TV and the English texts have 5-year periods.",
				Sources: src.List(src.P(src.S20Metbuat, 4))},
			Text{Lang: language.Azerbaijani, Coverage: Quoted,
				Body:    "Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel şəkildə yerləşdirilib. Rusiya Federasiyasının sülhməramlı kontingentinin qalma müddəti 5 ildir və müddətin bitməsinə 6 ay qalmış hazırkı müddəanın tətbiqinə xitam verilməsi niyyətini tərəflərdən hər hansı biri bəyan etməzsə, avtomatik olaraq növbəti 5 illik müddətlərə uzadılır.",
				Note:    "Baku TV's rendering, introduced with \"üçtərəfli bəyanata əsasən\"; past tense \"yerləşdirilib\" and \"növbəti 5 illik müddətlərə\" (next 5-year periods).",
				Sources: src.List(src.P(s20BakuTV, 4))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationWithdrawArmenianForces, Obligor: actors.Armenia,
				Action:  "Withdraw the Armenian armed forces, in parallel with the deployment of the Russian peacekeeping contingent",
				Note:    "The text sets no date and names no area for the withdrawal; it ties the peacekeepers' deployment to it.",
				Sources: src.List(src.P(src.S20Vesti, 4), src.P(src.S20PM, 4), src.P(src.S20MFA, 4))},
		),
		Quantities: karabakh.ListOf(
			Quantity{What: "term of the peacekeeping contingent's stay", Value: 5, Unit: Years,
				Sources: src.List(src.P(src.S20PM, 4), src.P(src.S20MFA, 4), src.P(src.S20Metbuat, 4))},
			Quantity{What: "notice before expiry by which a Party must declare its intention to terminate the provision", Value: 6, Unit: Months,
				Sources: src.List(src.P(src.S20PM, 4), src.P(src.S20MFA, 4), src.P(src.S20Metbuat, 4))},
			Quantity{What: "period of each automatic renewal of the term", Value: 5, Unit: Years,
				Sources: src.List(src.P(src.S20PM, 4), src.P(src.S20MFA, 4), src.P(src.S20RuMFA, 4), src.P(s20BakuTV, 4))},
		),
		Topics: karabakh.ListOf(TopicPeacekeeping, TopicWithdrawal),
		Note:   "Russia's peacekeepers began an early withdrawal on Wednesday 17 April 2024 (the day of the TASS report; see 2024-04-17-peacekeepers-withdrawal-begins), completed on 12 June 2024 (see 2024-06-12-peacekeepers-withdrawal-completed), before the first 5-year term ran out.",
		Sources: src.List(src.P(src.S20Vesti, 4), src.P(src.S20PM, 4), src.P(src.S20MFA, 4),
			src.Q(language.English, "https://tass.com/politics/1776731", "the early withdrawal of Russian peacekeepers from Azerbaijan had begun on Wednesday based on a decision made jointly by the top leadership of the two countries"),
			src.Q(language.Russian, "https://fedpress.ru/news/77/policy/3322059", "«Процесс вывода временно размещенного на территории Азербайджана российского миротворческого контингента с территории нашей страны полностью завершен»"),
			src.Q(language.Russian, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5", "12 июня 2024 года этот процесс, по данным Министерства обороны Азербайджана, официально завершился")),
	}
}

func s20Point5() Point {
	return Point{
		ID: Point5, Number: 5,
		Summary: "A peacekeeping centre to control the ceasefire is deployed.",
		Texts: karabakh.ListOf(
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrArmenia,
				Body: "A peacekeeping center for ceasefire control; shall be deployed for the purpose of increasing effective control over the implementation of arrangements between the Parties to the conflict.",
				Note: s20NotePM + " The semicolon after \"control\" is as published.", Sources: src.List(src.P(src.S20PM, 5))},
			Text{Lang: language.English, Coverage: Full, Official: true, Translator: s20TrAzerbaijan,
				Body: "In order to increase the effectiveness of control over the implementation of the agreements by the Parties to the conflict, a peacekeeping center is being deployed to control the ceasefire.",
				Note: s20NoteMFA, Sources: src.List(src.P(src.S20MFA, 5))},
			Text{Lang: language.English, Coverage: Full, Translator: s20TrRussiaMFA,
				Body: "A peacekeeping ceasefire verification centre shall be established to enhance the monitoring of the compliance with the agreements by the Parties to the conflict.",
				Note: s20NoteRuMFA, Sources: src.List(src.P(src.S20RuMFA, 5))},
			Text{Lang: language.Azerbaijani, Coverage: Full,
				Body: "Münaqişə tərəflərinin razılaşmalara əməl etməsinə nəzarətin səmərəliliyinin artırılması məqsədilə atəşkəsə nəzarət üzrə sülhməramlı mərkəz yaradılır.",
				Note: s20NoteMetbuat, Sources: src.List(src.P(src.S20Metbuat, 5))},
		),
		Topics: karabakh.ListOf(TopicMonitoring, TopicCeasefire, TopicPeacekeeping),
		Note: "No Russian wording of this point is in the stored sources. The text says who shall deploy the centre nowhere, so no obligation is recorded. " +
			"It does not mention Turkey, although Aliyev had said Turkish troops would join; the joint Russian-Turkish monitoring centre came from a separate memorandum of 11 November 2020.",
		Sources: src.List(src.P(src.S20PM, 5), src.P(src.S20MFA, 5),
			src.Q(language.Russian, s20Segodnia, "Ранее Алиев заявил, что к российским военным в регионе присоединятся турки. В опубликованном тексте Турция не упоминается."),
			src.Q(language.English, "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/", "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11")),
	}
}

func s20Point6() Point {
	return Point{
		ID: Point6, Number: 6,
		Summary: "Armenia returns the Kalbajar district by 15 November and the Lachin district by 1 December 2020; the 5 km Lachin corridor, under Russian peacekeepers, links Nagorno-Karabakh with Armenia; a new route is planned within three years; Azerbaijan guarantees safe movement along the corridor.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body: "по согласованию сторон в ближайшие три года будет определен план строительства нового маршрута движения по Лачинскому коридору, обеспечивающий связь между Нагорным Карабахом и Арменией, с последующей передислокацией российского миротворческого контингента для охраны этого маршрута. Азербайджан гарантирует безопасность движения по Лачинскому коридору граждан, транспортных средств и грузов в обоих направлениях",
				Note: "The second and third paragraphs, as quoted by Armen Grigoryan, Secretary of Armenia's Security Council (Turan, 3 August 2022); a quotation by an official, not a copy of the Kremlin page. " +
					"\"Азербайджан\" may be his shortening of \"Азербайджанская Республика\". Neither this nor the Armenian text has the words \"without any restrictions\".",
				Sources: src.List(
					src.Q(language.Russian, src.S20Turan, "по согласованию сторон в ближайшие три года будет определен план строительства нового маршрута движения по Лачинскому коридору"),
					src.Q(language.Russian, src.S20Turan, "Азербайджан гарантирует безопасность движения по Лачинскому коридору граждан, транспортных средств и грузов в обоих направлениях"))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body:    "не будет затрагивать город Шушу",
				Note:    "A newspaper's paraphrase of the corridor clause of the first paragraph.",
				Sources: src.List(src.P(src.S20Sovross, 6))},
			Text{Lang: language.English, Coverage: Excerpt, Official: true, Translator: s20TrArmenia,
				Body: "The republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020, and the Lachin region by 1 December 2020. The Lachin corridor (5 km wide) which will ensure the communication between Nagorno Karabakh and the Armenia and at the same time will circumvent the city of Shushi,",
				Note: s20NotePM + " The excerpt stops inside the first paragraph.", Sources: src.List(src.P(src.S20PM, 6))},
			Text{Lang: language.English, Coverage: Excerpt, Official: true, Translator: s20TrAzerbaijan,
				Body: "The Republic of Armenia will return the Kalbajar district to the Republic of Azerbaijan before 15 November 2020, and the Lachin district by 1 December 2020. The Lachin corridor (5 km-wide), which will ensure the connection of Nagorno-Karabakh with Armenia and, at the same time, will not affect the city of Shusha, remains un",
				Note: s20NoteMFA + " The excerpt stops mid-word inside the first paragraph.", Sources: src.List(src.P(src.S20MFA, 6))},
			Text{Lang: language.English, Coverage: Excerpt, Translator: s20TrRussiaMFA,
				Body:    "The Republic of Armenia shall cede the Kalbajar District to the Republic of Azerbaijan before November 15, 2020, and the Lachin District before December 1, 2020. The five-kilometre wide Lachin Corridor, which will ensure connection between Nagorno-Karabakh and Armenia but will not include the city of Shusha, shall be controlled by the peacekeeping force of the Russian Federation.\nBy ag",
				Note:    s20NoteRuMFA + " The only English version seen whose first paragraph goes past \"Shusha\"; the excerpt stops two words into the second paragraph.",
				Sources: src.List(src.P(src.S20RuMFA, 6))},
			Text{Lang: language.Azerbaijani, Coverage: Excerpt,
				Body: "Ermənistan Respublikası 15 noyabr 2020-ci il tarixinədək Azərbaycan Respublikasına Kəlbə",
				Note: s20NoteMetbuat + " The stored excerpt ends mid-word at the start of point 6.", Sources: src.List(src.P(src.S20Metbuat, 6))},
			Text{Lang: language.Azerbaijani, Coverage: Paraphrase,
				Body:    "Ermənistan Respublikası 15 noyabr 2020-ci il tarixinədək Azərbaycan Respublikasına Kəlbəcər rayonunu, 1 dekabr 2020-ci il tarixinədək isə Laçın rayonunu qaytarır. Dağlıq Qarabağla Ermənistan arasında əlaqəni təmin edəcək və bununla belə Şuşa şəhərinə toxunmayacaq Laçın dəhlizi (5 km. enliyində) Rusiya sülhməramlı kontingentinin nəzarəti altında qalır.",
				Note:    "Banker.az's rendering of the first paragraph, introduced with \"üçtərəfli bəyanata görə\" and not in quotation marks.",
				Sources: src.List(src.P(src.S20Banker, 6))},
			Text{Lang: language.Azerbaijani, Coverage: Paraphrase,
				Body: "Laçın dəhlizi Şuşa şəhərinə toxunmayacaq 5 kilometr enliyində Rusiya sülhməramlı kontingentinin nəzarəti altında qalır.\n" +
					"tərəflərin razılığı əsasında növbəti 3 il ərzində Dağlıq Qarabağla Ermənistan arasında əlaqəni təmin edən Laçın dəhlizi üzrə yeni hərəkət marşrutunun inşası planı müəyyən ediləcək.",
				Note:    "Aliyev's gloss in his address of 1 December 2020; two passages, one per line. In the same address he said earlier drafts had a 30 km, then a 10 km, corridor under Armenian control.",
				Sources: src.List(src.P(src.S20NuhAz, 6), src.Q(language.Azerbaijani, src.S20NuhAz, "Bunun ilkin variantında 30 kilometr, ondan sonra eni 10 kilometr"))},
			Text{Lang: language.Armenian, Coverage: Quoted,
				Body: "Լաչինի միջանցքը (5 կմ լայնությամբ), որն ապահովելու է Լեռնային Ղարաբաղի կապը Հայաստանի հետ և միևնույն ժամանակ չի շոշափելու Շուշին, մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության տակ: Կողմերի համաձայնությամբ առաջիկա երեք տարում կորոշվի Լեռնային Ղարաբաղի և Հայաստանի միջև կապ ապահովող Լաչինի միջանցքով երթևեկության նոր ուղու կառուցման ծրագիրը, որին կհաջորդի այդ երթուղու պահպանման համար ռուսական խաղաղապահ զորակազմի վերաբաշխումը: Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղություններով",
				Note: "The end of the first paragraph and the whole of the second and third, quoted by Sputnik Armenia (1 December 2020) as what \"the document says\"; a news-site quotation, not the primeminister.am/hy page, which is not in the stored sources.",
				Sources: src.List(src.P(src.S20SputAm, 6),
					src.Q(language.Armenian, src.S20SputAm, "Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղություններով"))},
			Text{Lang: language.Armenian, Coverage: Paraphrase,
				Body:    "կողմերի համաձայնությամբ, առաջիկա երեք տարիների ընթացքում կորոշվի Լաչինի միջանցքի երկայնքով նոր երթուղու կառուցման նախագիծ, որը կապահովի կապը Լեռնային Ղարաբաղի և Հայաստանի միջև, հետագայում այդ երթուղին պաշտպանելու համար ռուսական խաղաղապահ զորախումբը կտեղափոխվի այնտեղ:",
				Note:    "Armenia's Ministry of Territorial Administration, via Armenpress, on the second paragraph.",
				Sources: src.List(src.P(s20RegMon, 6))},
			Text{Lang: language.Armenian, Coverage: Paraphrase,
				Body:    "կողմերի համաձայնությամբ առաջիկա երեք տարիներին կորոշվի Լաչինի միջանցքի երկայնքով երթևեկության նոր երթուղու կառուցման ծրագիր՝ ապահովելով Լեռնային Ղարաբաղի և Հայաստանի միջև կապը, ռուսական խաղաղապահ կոնտինգենտի հետագա վերաբաշխումն այս երթուղին պաշտպանելու համար",
				Note:    "Russian MFA deputy spokesman Ivan Nechayev on the second paragraph, in 168.am's Armenian translation.",
				Sources: src.List(src.P(s20Am168, 6))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "As agreed by the Parties, within the next three years, a plan will be outlined for the construction of a new route via the Lachin Corridor, to provide a connection between Nagorno-Karabakh and Armenia, and the Russian peacemaking forces shall be subsequently relocated to protect the route.",
				Note:    "The second paragraph as quoted by Armenpress from Armenia's Ministry of Territorial Administration and Infrastructure; the quotation opens with an ellipsis, left out here.",
				Sources: src.List(src.P(s20ArmPr89245, 6))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "With agreement of the parties, meaning Russia, Armenia and Azerbaijan, a plan for the construction of a new route along the Lachin corridor shall be determined within the next three years, providing communication between Nagorno-Karabakh and Armenia, with the subsequent redeployment of Russian peacekeeping troops to protect this route.",
				Note:    "The second paragraph as quoted by Pashinyan on 4 August 2022; \"meaning Russia, Armenia and Azerbaijan\" is his own gloss.",
				Sources: src.List(src.P(s20ArmPr89627, 6))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "According to the agreement, the plan to build a new transport route along the Lachin corridor between Khankendi and Armenia over the next three years will be determined by the relocation of the Russian peacekeeping contingent t",
				Note:    "A variant text (the page that also has the Gazakh variant of point 2): it names \"Khankendi\" where the official wordings say Nagorno-Karabakh. The stored excerpt ends mid-word.",
				Sources: src.List(src.P(s20Qadin, 6))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "with the consent of the parties, the plan for the construction of a new route through the Lachin corridor will be decided within the next three years, this route will ensure the link between Nagorno-Karabakh and Armenia, and the Russian peacekeepers will be redeployed there to protect that route.",
				Note:    "Russian MFA deputy spokesman Ivan Nechayev, paraphrasing the second paragraph.",
				Sources: src.List(src.P(s20ArtsPress, 6))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "according to the Trilateral statement, Azerbaijan shall guarantee the security of movement along the Lachin Corridor of persons, vehicles and cargo in both directions without any restrictions.",
				Note:    "Artsakh MFA, January 2023. \"without any restrictions\" is its own wording: neither the Armenian nor the Russian text of the third paragraph has it.",
				Sources: src.List(src.Q(language.English, s20NKR, "Azerbaijan shall guarantee the security of movement along the Lachin Corridor of persons, vehicles and cargo in both directions"))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "According to paragraph 6 of the statement, the Lachin corridor is under the control of Russian peacekeeping forces in Nagorno Karabakh and Azerbaijan guarantees the safety of movement of people, vehicles and cargoes through the Lachin corridor.",
				Note:    "Pashinyan's summary.",
				Sources: src.List(src.P(s20NewsAm736, 6))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationReturnKalbajar, Obligor: actors.Armenia, Beneficiary: actors.Azerbaijan,
				Action:   "Return the Kalbajar district to the Republic of Azerbaijan",
				Places:   karabakh.ListOf(places.KalbajarDistrict),
				Deadline: karabakh.Day(2020, time.November, 15),
				Note: "On 15 November 2020 Azerbaijan agreed, at Armenia's request, to extend the deadline to 25 November; Azerbaijan said no separate statement was needed. " +
					"That is a later event; the deadline here is the one the text set.",
				Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6),
					src.Q(language.English, src.S20JamKalb, "The transfer of the Kalbajar region [in the zone of the Karabakh conflict] to Azerbaijan, which was supposed to occur today on November 15, has been postponed until November 25."),
					src.Q(language.English, s20National, "\"Azerbaijan agreed to prolong the deadline for the withdrawal from Kalbajar of Armenian armed forces and of illegal Armenian settlers until November 25,\""),
					src.Q(language.English, "https://nakhchivantoday.com/assistant-to-azerbaijani-president-armenia-requested-extension-of-deadline-for-fully-emptying-kalbajar-until-november-25/", "The obligations remain in force, there is no need to sign a special statement on the deadline extension."),
					src.Q(language.English, "https://nakhchivantoday.com/assistant-to-azerbaijani-president-armenia-requested-extension-of-deadline-for-fully-emptying-kalbajar-until-november-25/", "But the Armenian side requested – through Russia – that the deadline be extended."))},
			Obligation{ID: ObligationReturnLachin, Obligor: actors.Armenia, Beneficiary: actors.Azerbaijan,
				Action:   "Return the Lachin district to the Republic of Azerbaijan",
				Places:   karabakh.ListOf(places.LachinDistrict),
				Deadline: karabakh.Day(2020, time.December, 1),
				Note:     "The Lachin corridor through the district stays under the Russian peacekeepers' control.",
				Sources:  src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6))},
			Obligation{ID: ObligationControlLachinCorridor, Obligor: actors.Russia,
				Action:  "Keep the 5 km wide Lachin corridor, which links Nagorno-Karabakh with Armenia and does not touch Shusha, under the control of the Russian peacekeeping contingent",
				Places:  karabakh.ListOf(places.LachinCorridor, places.NagornoKarabakh, places.Armenia, places.Shusha),
				Sources: src.List(src.P(src.S20RuMFA, 6), src.P(src.S20SputAm, 6), src.P(src.S20Banker, 6))},
			Obligation{ID: ObligationLachinCorridorPlanAze, Obligor: actors.Azerbaijan,
				Action: "Agree, within the next three years, a plan for building a new route along the Lachin corridor between Nagorno-Karabakh and Armenia",
				Places: karabakh.ListOf(places.LachinCorridor),
				Within: Period{Value: 3, Unit: Years},
				Note: "\"By agreement of the Parties\": a joint duty, recorded once per Party. The text sets a period of three years, not a date. " +
					"Pashinyan said in August 2022 that no plan had been approved by the three countries.",
				Sources: src.List(src.P(src.S20Turan, 6), src.P(src.S20SputAm, 6), src.P(s20ArmPr89245, 6),
					src.Q(language.English, s20ArmPr89627, "At this moment there is no approved plan between Armenia, Russia and Azerbaijan on building a new route for traffic through Lachin Corridor"))},
			Obligation{ID: ObligationLachinCorridorPlanArm, Obligor: actors.Armenia,
				Action:  "Agree, within the next three years, a plan for building a new route along the Lachin corridor between Nagorno-Karabakh and Armenia",
				Places:  karabakh.ListOf(places.LachinCorridor),
				Within:  Period{Value: 3, Unit: Years},
				Note:    "\"By agreement of the Parties\": a joint duty, recorded once per Party. The text sets a period of three years, not a date.",
				Sources: src.List(src.P(src.S20Turan, 6), src.P(src.S20SputAm, 6), src.P(s20ArmPr89245, 6))},
			Obligation{ID: ObligationRedeployPeacekeepers, Obligor: actors.Russia,
				Action:  "Redeploy the Russian peacekeeping contingent to protect the new route once it is built",
				Places:  karabakh.ListOf(places.LachinCorridor),
				Sources: src.List(src.P(src.S20Turan, 6), src.P(src.S20SputAm, 6), src.P(s20ArmPr89627, 6))},
			Obligation{ID: ObligationGuaranteeCorridorSecurity, Obligor: actors.Azerbaijan,
				Action:  "Guarantee the safe movement of citizens, vehicles and goods along the Lachin corridor in both directions",
				Places:  karabakh.ListOf(places.LachinCorridor),
				Note:    "The Artsakh MFA's \"without any restrictions\" is not in the Armenian or Russian wording.",
				Sources: src.List(src.P(src.S20SputAm, 6), src.P(src.S20Turan, 6))},
		),
		Quantities: karabakh.ListOf(
			Quantity{What: "width of the Lachin corridor", Value: 5, Unit: Kilometres,
				Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6), src.P(src.S20SputAm, 6))},
			Quantity{What: "period within which the plan for a new route along the Lachin corridor is to be agreed", Value: 3, Unit: Years,
				Sources: src.List(src.P(src.S20Turan, 6), src.P(src.S20SputAm, 6), src.P(s20ArmPr89245, 6), src.P(s20ArmPr89627, 6))},
		),
		Topics: karabakh.ListOf(TopicTerritorialHandover, TopicCorridor, TopicPeacekeeping, TopicConstruction, TopicSecurity),
		Places: karabakh.ListOf(places.KalbajarDistrict, places.LachinDistrict, places.LachinCorridor, places.NagornoKarabakh, places.Armenia, places.Shusha),
		Note: "No official English wording of the third paragraph (Azerbaijan's guarantee) was found; its Armenian and Russian wordings are kept. " +
			"The translations differ on Shusha: the corridor \"will circumvent the city of Shushi\" (Armenian government), \"will not affect the city of Shusha\" " +
			"(Azerbaijani MFA), \"will not include the city of Shusha\" (Russian MFA); the Russian wording itself was not seen.",
		Sources: src.List(src.P(src.S20PM, 6), src.P(src.S20MFA, 6), src.P(src.S20RuMFA, 6), src.P(src.S20SputAm, 6), src.P(src.S20Turan, 6)),
	}
}

func s20Point7() Point {
	return Point{
		ID: Point7, Number: 7,
		Summary: "Internally displaced persons and refugees return to Nagorno-Karabakh and adjacent areas under the supervision of UNHCR.",
		Texts: karabakh.ListOf(
			Text{Lang: language.English, Coverage: Full,
				Body: "Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees.",
				Note: "English as given by the PA-X database, and quoted in the same words by Russian MFA spokeswoman Maria Zakharova on 30 December 2021 as \"a direct citation from Article 7\".",
				Sources: src.List(
					src.Q(language.English, src.S20PAX, "7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees."),
					src.Q(language.English, s20ApaAz, "\"A direct citation from Article 7 of the statement: \"Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas"))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body:    "возвращению внутренне перемещенных лиц и беженцев на территорию Нагорного Карабаха и прилегающие районы, как это предусмотрено заявлением лидеров России, Азербайджана и Армении от 9 ноября 2020 года",
				Note:    "Russia's deputy UN envoy Gennady Kuzmin, a near-quotation inside his own sentence.",
				Sources: src.List(src.P(s20AzeAz, 7))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationReturnDisplaced, Obligor: actors.UNHCR,
				Action:  "Supervise the return of internally displaced persons and refugees to the territory of Nagorno-Karabakh and adjacent areas",
				Places:  karabakh.ListOf(places.NagornoKarabakh),
				Note:    "The text names no party that must act: it says the displaced \"shall return\" under UNHCR's supervision. UNHCR did not sign the statement.",
				Sources: src.List(src.P(src.S20PAX, 7))},
		),
		Topics:  karabakh.ListOf(TopicDisplacedPersons, TopicHumanitarian),
		Places:  karabakh.ListOf(places.NagornoKarabakh),
		Note:    "Seen in full only in English; no official Armenian, Azerbaijani or Russian wording of this point is in the stored sources.",
		Sources: src.List(src.P(src.S20PAX, 7), src.P(s20ApaAz, 7)),
	}
}

func s20Point8() Point {
	return Point{
		ID: Point8, Number: 8,
		Summary: "Prisoners of war, hostages and other detainees, and the bodies of the dead, are exchanged.",
		Texts: karabakh.ListOf(
			Text{Lang: language.French, Coverage: Paraphrase,
				Body:    "Le paragraphe 8 de la Déclaration trilatérale du 9 novembre 2020 prévoit l'échange des prisonniers de guerre, des otages et des autres personnes détenues, ainsi que des corps des personnes décédées.",
				Note:    "Pashinyan, 10 September 2024, in Armenpress's French edition.",
				Sources: src.List(src.P(s20ArmPrFr, 8))},
			Text{Lang: language.French, Coverage: Paraphrase,
				Body:    "Prisonniers de guerre, otages et autres détenus seront échangés et les corps des morts",
				Note:    "Kremlin spokesman Peskov, 10 November 2020, as reported in French.",
				Sources: src.List(src.P(s20NewsFront, 8))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body:    "производится обмен военнопленными, заложниками и другими удерживаемыми лицами, а также телами",
				Note:    "Aliyev's account of the eighth point in his address of 1 December 2020.",
				Sources: src.List(src.Q(language.Russian, s20Blognews, "В восьмом пункте (соглашения по Карабаху – ред.) говорится, что производится обмен военнопленными, заложниками и другими удерживаемыми лицами, а также телами."))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationExchangePrisonersAze, Obligor: actors.Azerbaijan, Beneficiary: actors.Armenia,
				Action: "Exchange prisoners of war, hostages and other detainees, and the bodies of the dead",
				Note:   "A mutual exchange between the Parties, recorded once per Party. Known only from paraphrases; Aliyev later called the more than 60 Armenians detained after the war \"terrorists\", not prisoners of war, and Armenia's Human Rights Defender replied that all of them are prisoners by status (see 2021-02-26-aliyev-claims-all-pows-returned).",
				Sources: src.List(src.P(s20ArmPrFr, 8), src.P(s20Blognews, 8),
					src.Q(language.English, "https://iravaban.net/en/319822.html", "We carried out an anti-terrorist operation, as a result of which more than 60 terrorists were arrested."))},
			Obligation{ID: ObligationExchangePrisonersArm, Obligor: actors.Armenia, Beneficiary: actors.Azerbaijan,
				Action:  "Exchange prisoners of war, hostages and other detainees, and the bodies of the dead",
				Note:    "A mutual exchange between the Parties, recorded once per Party. Known only from paraphrases.",
				Sources: src.List(src.P(s20ArmPrFr, 8), src.P(s20Blognews, 8))},
		),
		Topics: karabakh.ListOf(TopicPrisoners, TopicRemains, TopicHumanitarian),
		Note: "No wording of this point in any language is in the stored sources: only paraphrases by Pashinyan and Peskov (French) and Aliyev (Russian). " +
			"The English wording that circulates could not be checked and is left out.",
		Sources: src.List(src.P(s20ArmPrFr, 8), src.P(s20NewsFront, 8), src.P(s20Blognews, 8)),
	}
}

func s20Point9() Point {
	return Point{
		ID: Point9, Number: 9,
		Summary: "All economic and transport links in the region are unblocked; Armenia guarantees the security of transport links between western Azerbaijan and Nakhchivan, controlled by Russia's FSB Border Service; new links may be built by agreement.",
		Texts: karabakh.ListOf(
			Text{Lang: language.Russian, Coverage: Quoted, Authentic: true, Authoritative: true,
				Body:    "Разблокируются все экономические и транспортные связи в регионе. Республика Армения гарантирует безопасность транспортного сообщения между западными районами Азербайджанской Республики и Нахчыванской Автономной Республикой с целью организации беспрепятственного движения граждан, транспортных средств и грузов в обоих направлениях. Контроль за транспортным сообщением осуществляют орга",
				Note:    "Quoted by SilkWay, an Azerbaijani outlet, which writes \"Нахчыванской\"; whether the Kremlin text has that or \"Нахичеванской\" could not be checked. The stored excerpt ends mid-word.",
				Sources: src.List(src.Q(language.Russian, src.S20SilkWay, "«Разблокируются все экономические и транспортные связи в регионе. Республика Армения гарантирует безопасность транспортного сообщения между западными районами Азербайджанской Республики"))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body: "Контроль за транспортным сообщением, согласно трехстороннему заявлению от 9/10 ноября 2020 года, с целью организации беспрепятственного движения граждан, транспортных средств и грузов, будут осуществля\n" +
					"Предусмотрено восстановление имеющихся и строительство новых транспортных коммуникаций, связывающих Нахчыванскую Автономную Республику с западными районами Азербайджана",
				Note:    "Azerbaijani deputy prime minister Shahin Mustafayev, interviewed in 2023; two passages, one per line, the first cut mid-word in the stored copy.",
				Sources: src.List(src.P(src.S20SputAz, 9))},
			Text{Lang: language.Russian, Coverage: Paraphrase,
				Body:    "После этого речь идет о строительстве новых транспортных коммуникаций по согласованию сторон.",
				Note:    "Pashinyan on the last sentence.",
				Sources: src.List(src.P(s20Ria24, 9))},
			Text{Lang: language.Armenian, Coverage: Full,
				Body: "Ապաշրջափակվում են տարածաշրջանի բոլոր տնտեսական և տրանսպորտային կապերը։ Հայաստանի Հանրապետությունը երաշխավորում է Ադրբեջանի Հանրապետության արևմտյան շրջանների և Նախիջևանի Ինքնավար Հանրապետության միջև տրանսպորտային հաղորդակցության անվտանգությունը՝ երկու ուղղություններով քաղաքացիների, տրանսպորտային միջոցների և բեռների անարգել երթևեկություն կազմակերպելու նպատակով: Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ Սահմանապահ ծառայության մարմինները ։ Կողմերի համաձայնությամբ կապահովվի Նախիջևանի Ինքնավար Հանրապետությունը Ադրբեջանի արևմտյան շրջաններին կապող նոր տրանսպորտային հաղորդակցությունների կառուցումը",
				Note: "The whole point as quoted by ArmInfo's Armenian edition (\"հայտարարության 9-րդ կետում ասվում է\"); a news-site copy, not the primeminister.am/hy page. The page's own quotation marks are left out; its spacing is kept.",
				Sources: src.List(src.P(src.S20ArmInfo, 9),
					src.Q(language.Armenian, src.S20ArmInfo, "Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ Սահմանապահ ծառայության մարմինները"))},
			Text{Lang: language.English, Coverage: Full,
				Body: "All economic and transport links in the region shall be restored. The Republic of Armenia guarantees the safety of transport links between the western regions of the Republic of Azerbaijan and the Nakhchivan Autonomous Republic in order to organize an unimpeded movement of citizens, vehicles and goods in both directions. Control over transport shall be exercised by the bodies of the Border Guard Service of the Federal Security Service (FSB) of Russia. By agreement of the Parties, the construction of new transport communications linking the Nakhchivan Autonomous Republic with the western regions of Azerbaijan shall be ensured.",
				Note: "The whole point as quoted by Report.az as \"Article 9\"; an unofficial rendering. \"shall be restored\" renders \"Разблокируются\", which others render \"shall be unblocked\"; the official English was not seen.",
				Sources: src.List(src.P(src.S20Report, 9),
					src.Q(language.English, src.S20Report, "By agreement of the Parties, the construction of new transport communications linking the Nakhchivan Autonomous Republic with the western regions of Azerbaijan shall be ensured."))},
			Text{Lang: language.English, Coverage: Quoted,
				Body:    "All economic and transport connections in the region shall be unblocked. The Republic of Armenia shall guarantee the security of transport connections between the western regions of the Republic of Azerbaijan and the Nakhchivan Autonomous Republic to arrange unobstructed movement of persons, vehicles and cargo in both directions",
				Note:    "The first two sentences, as quoted by the AIR Center (Baku).",
				Sources: src.List(src.P(s20AirCenter, 9))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "The ninth paragraph states that all economic transport links in the region are being restored. The Republic of Armenia guarantees the security of transport links between the western regions of the Republic of Azerbaijan and the Nakhchivan Autonomous Republic in order to organize the unimpeded movement of vehicles and cargo in both directions. Transport control is exercised by the Border Service of the Federal Security Service of Russia, and the construction of new transport communications connecting the Nakhchivan Autonomous Republic and the western regions of Azerbaijan will be provided by agreement of the parties.",
				Note:    "Aliyev reading the point in his address of 1 December 2020, in English translation; his reading leaves out \"citizens\".",
				Sources: src.List(src.P(s20NakhToday, 9))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body: "all economic transport channels in the region shall be de-blocked and Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan for the purpose of organizing unobstructed traffic of vehicles of civilians and cargo transfers in both directions\n" +
					"The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication.",
				Note: "Russian MFA spokeswoman Zakharova, recalling the point; two passages, one per line.",
				Sources: src.List(
					src.Q(language.English, s20NewsAm618, "Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan"),
					src.Q(language.English, s20NewsAm618, "The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication."))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "all economic and transport links, etc. will be unblocked, that Armenia guarantees the safety of transport communication between the western regions of Azerbaijan and Nakhichevan—in both directions. And the monitoring of this transport communication is carried out by the agencies of the Border Guard Service of the Federal Security Service (FSB) of Russia.",
				Note:    "Lavrov, citing the point.",
				Sources: src.List(src.P(src.S20NewsAm802, 9))},
			Text{Lang: language.English, Coverage: Paraphrase,
				Body:    "It is written that the bodies of the border guard service of the FSB of Russia carry out control over transport communication.",
				Note:    "Pashinyan on the sentence on the FSB Border Service's control.",
				Sources: src.List(src.P(s20Radar, 9))},
		),
		Obligations: karabakh.ListOf(
			Obligation{ID: ObligationUnblockTransportAze, Obligor: actors.Azerbaijan,
				Action:  "Unblock all economic and transport links in the region",
				Note:    "The text is impersonal (\"Разблокируются\", \"are unblocked\") and names no obligor; recorded once per Party.",
				Sources: src.List(src.P(src.S20SilkWay, 9), src.P(src.S20ArmInfo, 9))},
			Obligation{ID: ObligationUnblockTransportArm, Obligor: actors.Armenia,
				Action:  "Unblock all economic and transport links in the region",
				Note:    "The text is impersonal (\"Разблокируются\", \"are unblocked\") and names no obligor; recorded once per Party.",
				Sources: src.List(src.P(src.S20SilkWay, 9), src.P(src.S20ArmInfo, 9))},
			Obligation{ID: ObligationGuaranteeNakhchivanLinks, Obligor: actors.Armenia,
				Action: "Guarantee the security of transport links between the western regions of the Republic of Azerbaijan and the Nakhchivan Autonomous Republic, for unimpeded movement of citizens, vehicles and goods in both directions",
				Places: karabakh.ListOf(places.Nakhchivan, places.Azerbaijan),
				Note:   "Armenia's government holds that the point sets up no corridor through its territory and does not limit its sovereignty; Azerbaijan calls the route the \"Zangezur corridor\", a name Armenia rejects.",
				Sources: src.List(src.P(src.S20SilkWay, 9), src.P(src.S20ArmInfo, 9), src.P(src.S20Report, 9),
					src.Q(language.English, "https://news.am/eng/news/735231.html", "The tripartite statement does not envisage the existence of any corridor through the RA [(Republic of Armenia)] territory."),
					src.Q(language.English, "https://armenpress.am/eng/news/1136512/", "In Point 9 of the statement of November 9, there is no wording, note that Armenia's sovereignty and jurisdiction are being limited in any way"),
					src.Q(language.Armenian, "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html", "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել"),
					src.Q(language.Armenian, "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html", "Բաքվից արդեն հինգերորդ տարին է՝ անվանում են «Զանգեզուրի միջանցք»"))},
			Obligation{ID: ObligationControlTransport, Obligor: actors.FSBBorderService,
				Action:  "Exercise control over the transport links between western Azerbaijan and Nakhchivan",
				Places:  karabakh.ListOf(places.Nakhchivan),
				Sources: src.List(src.P(src.S20ArmInfo, 9), src.P(src.S20Report, 9), src.P(s20NewsAm618, 9))},
			Obligation{ID: ObligationBuildNakhchivanLinksAze, Obligor: actors.Azerbaijan,
				Action:  "By agreement of the Parties, ensure the construction of new transport links between the Nakhchivan Autonomous Republic and the western regions of Azerbaijan",
				Places:  karabakh.ListOf(places.Nakhchivan, places.Azerbaijan),
				Note:    "\"By agreement of the Parties\": a joint duty, recorded once per Party. No deadline.",
				Sources: src.List(src.P(src.S20ArmInfo, 9), src.P(src.S20Report, 9))},
			Obligation{ID: ObligationBuildNakhchivanLinksArm, Obligor: actors.Armenia,
				Action:  "By agreement of the Parties, ensure the construction of new transport links between the Nakhchivan Autonomous Republic and the western regions of Azerbaijan",
				Places:  karabakh.ListOf(places.Nakhchivan, places.Azerbaijan),
				Note:    "\"By agreement of the Parties\": a joint duty, recorded once per Party. No deadline.",
				Sources: src.List(src.P(src.S20ArmInfo, 9), src.P(src.S20Report, 9))},
		),
		Topics: karabakh.ListOf(TopicTransportLinks, TopicBorderControl, TopicSecurity, TopicConstruction),
		Places: karabakh.ListOf(places.Nakhchivan, places.Azerbaijan, places.Armenia),
		Note: "The Russian text is seen only up to the start of the sentence on control, where the stored excerpt ends mid-word; the Armenian text (ArmInfo) and an English rendering (Report.az) are whole. " +
			"English renderings of \"Разблокируются\" differ: \"shall be unblocked\" (AIR Center), \"shall be restored\" (Report.az), \"are being restored\" (Aliyev's reading).",
		Sources: src.List(src.P(src.S20SilkWay, 9), src.P(src.S20ArmInfo, 9), src.P(src.S20Report, 9)),
	}
}
