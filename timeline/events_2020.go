package timeline

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// The events of 2020. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	HarutyunyanElected     ID = "2020-04-14-harutyunyan-elected-artsakh-president"
	HarutyunyanTakesOffice ID = "2020-05-21-harutyunyan-takes-office"
	// The war and the statement of 9/10 November 2020.
	SecondKarabakhWar         ID = "2020-09-27-second-karabakh-war"
	ErdoganMinskStalling      ID = "2020-10-14-erdogan-says-minsk-group-stalling"
	ErdoganRightToEngage      ID = "2020-10-23-erdogan-claims-right-to-engage"
	VolkovDeputyCommander     ID = "2020-11-volkov-deputy-commander"
	ShushaCaptureAnnounced    ID = "2020-11-08-shusha-capture-announced"
	HelicopterShotDown        ID = "2020-11-09-russian-helicopter-shot-down"
	StatementSigned           ID = "2020-11-09-trilateral-statement-signed"
	CeasefireTakesEffect      ID = "2020-11-10-ceasefire-takes-effect"
	PashinyanAnnouncesSigning ID = "2020-11-10-pashinyan-announces-signing"
	HarutyunyanAgrees         ID = "2020-11-10-harutyunyan-agrees-to-end-hostilities"
	AliyevTurkeyPeacekeeping  ID = "2020-11-10-aliyev-says-turkey-will-join-peacekeeping"
	TelegramTextGazakh        ID = "2020-11-10-telegram-text-names-gazakh"
	KremlinTextPublished      ID = "2020-11-10-kremlin-publishes-text"
	ZakharovaStatusStatement  ID = "2020-11-10-zakharova-status-of-statement"
	YerevanProtests           ID = "2020-11-10-protesters-storm-government-and-parliament"
	MirzoyanBeaten            ID = "2020-11-10-mirzoyan-beaten"
	PeacekeepersDeploy        ID = "2020-11-10-peacekeepers-deployment-begins"
	LachinRoutePlanDeadline   ID = "2020-11-10-lachin-route-plan-deadline"
	// Carrying out the statement, November and December 2020.
	MonitoringCentreMemorandum ID = "2020-11-11-monitoring-centre-memorandum"
	ErdoganJointPeaceForce     ID = "2020-11-11-erdogan-joint-peace-force"
	ErdoganPutinCall           ID = "2020-11-11-erdogan-putin-phone-call"
	PeacekeepersLandInArmenia  ID = "2020-11-11-peacekeepers-land-in-armenia"
	PutinPeacekeepingDecree    ID = "2020-11-12-putin-peacekeeping-decree"
	PeacekeepersReachGoris     ID = "2020-11-12-peacekeeper-column-reaches-goris"
	MuradovCommands            ID = "2020-11-12-muradov-commands-peacekeepers"
	ShoiguDeploymentTally      ID = "2020-11-13-shoigu-three-day-deployment-tally"
	RefugeesReturn             ID = "2020-11-14-refugees-begin-to-return"
	KalbajarDeadlineExtended   ID = "2020-11-15-kalbajar-deadline-extended"
	KalbajarHomesBurned        ID = "2020-11-15-kalbajar-residents-burn-homes"
	ObservationPostsDeployed   ID = "2020-11-15-observation-posts-deployed"
	AghdamHandover             ID = "2020-11-20-aghdam-handover"
	PeacekeepersDemining       ID = "2020-11-23-peacekeepers-clear-mines"
	KalbajarHandover           ID = "2020-11-25-kalbajar-handover"
	LachinHandover             ID = "2020-12-01-lachin-handover"
	AliyevLachinAddress        ID = "2020-12-01-aliyev-address-on-lachin-and-prisoners"
	AllForAllAgreed            ID = "2020-12-05-all-for-all-exchange-agreed"
	FirstPrisonerExchange      ID = "2020-12-14-first-prisoner-exchange"
)

// events2020 returns the events of 2020, in chronological order.
func events2020() []Event {
	// Time zones as the sources give them: the statement fixes Moscow time;
	// Yerevan and Baku are four hours ahead of UTC.
	msk := time.FixedZone("MSK", 3*60*60)
	on := func(y int, m time.Month, d int) karabakh.Interval { return karabakh.Day(y, m, d).Interval() }
	day := karabakh.Day
	p := func(a actors.ID, r Role) Participant { return Participant{Actor: a, Role: r} }
	// noted returns s with a note on how far it can be trusted.
	noted := func(s karabakh.Source, note string) karabakh.Source { s.Note = note; return s }
	// Sources cited by more than one event.
	bbc2020 := src.Q(language.English, "https://www.bbc.com/news/world-europe-54882564",
		"from 01:00 local time (21:00 GMT Monday)")
	moscowTimesNote := "ERRATA.md: this page could not be re-found in a second check; the BBC report confirms the fact."
	presidentAzJan := src.Q(language.English, "https://president.az./en/articles/view/50070",
		"With the aim of implementing Article 9 of the Statement dated 9 November 2020")

	return []Event{
		{
			ID:     HarutyunyanElected,
			Kind:   Appointment,
			When:   on(2020, time.April, 14),
			Title:  "Arayik Harutyunyan elected President of the Republic of Artsakh",
			Actors: karabakh.ListOf(p(actors.Harutyunyan, Subject), p(actors.Artsakh, TookPart)),
			Sources: src.List(src.Q(language.English, "https://bm.ge/en/news/nagorno-karabakh-president-arayik-harutyunyan-submits-his-resignation-to-parliament",
				"Harutyunyan was elected as President of the Republic of Artsakh on April 14, 2020.")),
		},
		{
			ID:     HarutyunyanTakesOffice,
			Kind:   Appointment,
			When:   on(2020, time.May, 21),
			Title:  "Arayik Harutyunyan takes office as President of Artsakh",
			Actors: karabakh.ListOf(p(actors.Harutyunyan, Subject), p(actors.Artsakh, TookPart)),
			Sources: src.List(src.Q(language.English, "https://mediamax.am/en/news/karabakh/52321/",
				"I assumed the authorities of the President of Artsakh on May 21, 2020 after being elected by the people of Artsakh.")),
		},
		// The war.
		{
			ID:      SecondKarabakhWar,
			Kind:    War,
			When:    karabakh.Span(day(2020, time.September, 27), day(2020, time.November, 10)),
			Title:   "The 44-day war over Nagorno-Karabakh",
			Summary: "Large-scale hostilities between Azerbaijan and Artsakh together with Armenia resumed on 27 September 2020 and were ended by the trilateral statement's ceasefire, effective 00:00 Moscow time on 10 November 2020.",
			Actors:  karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Agent), p(actors.Artsakh, Agent)),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Points:  karabakh.ListOf(agreement.Point1),
			Note:    "The end date is the ceasefire of point 1 (see " + string(CeasefireTakesEffect) + ").",
			Sources: src.List(src.Q(language.English, "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement",
				"Renewed hostilities between Azerbaijan and Artsakh together with Armenia began on 27 September 2020."), src.Q(language.Russian, "https://www.vedomosti.ru/politics/news/2021/03/20/862411-pashinyan-zayavil-o-vigode-dlya-erevana-i-baku-ot-razblokirovki-kommunikatsii-karabahe",
				"положившего конец начавшейся 27 сентября 2020 г. войне в Нагорном Карабахе"),
				src.Q(language.English, "https://www.hurriyetdailynews.com/azerbaijani-army-enters-lachin-region-after-28-years-160481", "44-day conflict"),
				src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
					"A complete ceasefire and cessation of all hostilities is announced in the Nagorno-Karabakh conflict zone effective 00:00 Moscow time on 10 November 2020.")),
		},
		{
			ID:     ErdoganMinskStalling,
			Kind:   Statement,
			When:   on(2020, time.October, 14),
			Title:  "Erdoğan says the Minsk Group is stalling",
			Actors: karabakh.ListOf(p(actors.Erdogan, Speaker), p(actors.OSCEMinskGroup, Subject)),
			Note:   "The sources show criticism of the Minsk process, not a formal call to review it (seed article, corrected in seed-discrepancies.md §4).",
			Sources: src.List(src.Q(language.English, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O",
				"Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict")),
		},
		{
			ID:     ErdoganRightToEngage,
			Kind:   Statement,
			When:   on(2020, time.October, 23),
			Title:  "Erdoğan: the Minsk Group made little progress; Turkey has the same right as Russia to engage",
			Actors: karabakh.ListOf(p(actors.Erdogan, Speaker), p(actors.OSCEMinskGroup, Subject), p(actors.Turkey, Subject)),
			Sources: src.List(src.Q(language.English, "https://www.urdupoint.com/en/world/erdogan-says-turkey-has-right-to-engage-in-ka-1065320.html",
				"The Turkish leader expressed the belief that the Organization for Security and Co-operation in Europe's Minsk Group had not made much progress")),
		},
		{
			// Month precision: the page gives the period, not days, so the
			// event sorts before the November events known to the day.
			ID:      VolkovDeputyCommander,
			Kind:    Appointment,
			When:    karabakh.Span(karabakh.Month(2020, time.November), karabakh.Month(2021, time.May)),
			Title:   "Andrey Volkov serves as deputy commander of the Russian peacekeepers",
			Summary: "Major-General Andrey Volkov was deputy commander of the Russian peacekeeping contingent under Rustam Muradov from November 2020 to May 2021; he became its commander in January 2022.",
			Actors:  karabakh.ListOf(p(actors.Volkov, Subject), p(actors.PeacekeepingContingent, TookPart)),
			Points:  karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.Azerbaijani, "https://www.azadliq.info/2022/01/12/mudafi%c9%99-naziri-yeni-komandani-q%c9%99bul-edib",
				"General-mayor Volkov 2020-ci ilin noyabrından 2021-ci ilin mayına qədər Dağlıq Qarabağdakı Rusiya sülhməramlı kontingentinin komandir müavini olub.")),
		},
		{
			ID:      ShushaCaptureAnnounced,
			Kind:    Statement,
			When:    on(2020, time.November, 8),
			Title:   "Aliyev announces that Azerbaijani forces have taken Shusha; Armenia's defence ministry denies it",
			Summary: "In a televised address Aliyev said Shusha (Armenian usage: Shushi) had been \"liberated\"; an Armenian defence ministry representative denied it the same day. Ethnic Armenian officials confirmed the loss hours before the statement was signed.",
			Actors:  karabakh.ListOf(p(actors.Aliyev, Speaker), p(actors.ArtsrunHovhannisyan, Speaker), p(actors.ArmenianDefenceMinistry, Speaker)),
			Places:  karabakh.ListOf(places.Shusha),
			Sources: src.List(src.Q(language.English, "https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha",
				"“With great pride and joy, I inform you that the town of Shusha has been liberated,” Aliyev said in a televised address to the nation"), src.Q(language.English, "https://jam-news.net/shusha-news-karabakh-aliyev-address-festive-procession-turkey-ministers-azerbaijan/",
				"Representative of the Armenian Defense Ministry Artsrun Hovhannissian denied the statement of Ilham Aliyev."),
				src.Q(language.English, "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh",
					"ethnic Armenian officials in the disputed region confirmed that the key city of Shusha (known as Shushi in Armenia), the second-biggest city in the enclave, had been taken by Azeri forces")),
		},
		{
			ID:      HelicopterShotDown,
			Kind:    Clash,
			When:    on(2020, time.November, 9),
			Title:   "Azerbaijan shoots down a Russian military helicopter over Armenia by mistake",
			Summary: "Two Russian crew members were killed and a third injured; Azerbaijan admitted the shooting down.",
			Actors:  karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Russia, Subject)),
			Places:  karabakh.ListOf(places.Armenia),
			Note:    "Both sources give two killed and one injured. The BBC report is cited first because the Moscow Times page could not be re-found (ERRATA.md).",
			Sources: src.List(
				src.Q(language.English, "https://www.bbc.com/news/world-europe-54882564", "killing two crew members and injuring a third"),
				noted(src.Q(language.English, "https://www.themoscowtimes.com/2020/11/09/armenian-pm-announces-end-to-nagorno-karabakh-hostilities-a71997",
					"Azerbaijan also accidentally downed a Russian military helicopter, killing two Russian service personnel and injuring a third."), moscowTimesNote)),
		},
		// The statement of 9/10 November 2020.
		{
			ID:   StatementSigned,
			Kind: Signing,
			When: karabakh.Span(day(2020, time.November, 9), day(2020, time.November, 10)),
			// The moment the statement took effect (point 1); no source
			// gives the time of signing.
			Moment:  time.Date(2020, time.November, 10, 0, 0, 0, 0, msk),
			Title:   "Aliyev, Pashinyan and Putin sign the trilateral statement ending the war",
			Summary: "The President of Azerbaijan, the Prime Minister of Armenia and the President of Russia signed a nine-point statement on a complete ceasefire in the Nagorno-Karabakh conflict zone, the return of the Aghdam, Kalbajar and Lachin districts, a Russian peacekeeping contingent, the return of displaced persons, exchanges of prisoners and bodies, and the unblocking of transport links.",
			Actors:  karabakh.ListOf(p(actors.Aliyev, Signatory), p(actors.Pashinyan, Signatory), p(actors.Putin, Signatory)),
			Points: karabakh.ListOf(agreement.Point1, agreement.Point2, agreement.Point3, agreement.Point4, agreement.Point5,
				agreement.Point6, agreement.Point7, agreement.Point8, agreement.Point9),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note: "Signed late on 9 November, during the night of 9 to 10 November 2020 (no time of signing is given); it took effect at 00:00 Moscow time on 10 November and was published on 10 November. " +
				"Usage of the date differs: Armenian and Russian officials say the statement of 9 November; Azerbaijani officials often say 10 November, but president.az's own text of 11 January 2021 says \"dated 9 November 2020\", so Azerbaijani usage is mixed (ERRATA.md). " +
				"The Russian text is authentic; its title as cited by Aravot's Russian edition carries the date 10 November 2020. PA-X lists the President of Russia as a party, not a third party.",
			Sources: src.List(src.Q(language.English, "https://report.az/en/foreign-politics/fm-ilham-aliyev-insisted-on-including-three-key-provisions-in-trilateral-statement",
				"the trilateral statement signed between Azerbaijan, Armenia, and Russia on the night of November 9–10, 2020"), src.Q(language.English, "https://en.wikipedia-on-ipfs.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement",
				"It was signed on 9 November by the President of Azerbaijan Ilham Aliyev, the Prime Minister of Armenia Nikol Pashinyan and the President of Russia Vladimir Putin"), src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
				"the President of the Russian Federation V.V Putin, declared the following"), src.Q(language.English, "https://test.pax.peaceagreements.org/agreements/2324",
				"President of the Republic of Azerbaijan Prime Minister of the Republic of Armenia President of the Russian Federation - Third parties - -"), src.Q(language.English, "https://en.armradio.am/2021/11/09/contacts-between-armenian-russian-azerbaijani-leaders-not-expected-on-anniversary-of-trilateral-statement-peskov/",
				"the trilateral statement of the Russian Federation, Armenia and Azerbaijan on Karabakh on November 9, 2020 is extremely important"), src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3337527.html",
				"the district was returned on the basis of a joint statement signed on November 10 by the presidents of Azerbaijan and Russia and the prime minister of Armenia"), src.Q(language.Russian, "https://ru.aravot.am/2024/04/27/432874",
				"«Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации», 10 ноября 2020 г."), presidentAzJan,
				src.P("https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement", 1),
				src.Q(language.English, "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
					"The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces."), src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
					"a peacekeeping center is being deployed to control the ceasefire"), src.Q(language.English, "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/",
					"The five-kilometre wide Lachin Corridor, which will ensure connection between Nagorno-Karabakh and Armenia but will not include the city of Shusha"), src.Q(language.English, "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/",
					"shall be controlled by the peacekeeping force of the Russian Federation"), src.Q(language.English, "https://www.nkr.am/en/news/2023-01-18/commentary_Artsakhpress",
					"Azerbaijan shall guarantee the security of movement along the Lachin Corridor of persons, vehicles and cargo in both directions"), src.Q(language.Armenian, "https://arm.sputniknews.ru/20201201/berdzor-anoroshutyun-lusankarner-25582046.html?chat_room_id=25582046",
					"Լաչինի միջանցքը (5 կմ լայնությամբ), որն ապահովելու է Լեռնային Ղարաբաղի կապը Հայաստանի հետ և միևնույն ժամանակ չի շոշափելու Շուշին, մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության տակ"), src.Q(language.Armenian, "https://arm.sputniknews.ru/20201201/berdzor-anoroshutyun-lusankarner-25582046.html?chat_room_id=25582046",
					"Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղություններով"), src.Q(language.Russian, "https://turan.az/ru/politika/erevan-otvergaet-trebovanie-baku-ispolzovat-novyi-marsrut-koridora-v-karabax",
					"Азербайджан гарантирует безопасность движения по Лачинскому коридору граждан, транспортных средств и грузов в обоих направлениях"), src.Q(language.English, "https://test.pax.peaceagreements.org/agreements/2324",
					"7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees."),
				src.Q(language.English, "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994",
					"\"A direct citation from Article 7 of the statement: \"Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas"),
				src.Q(language.French, "https://armenpress.am/fr/article/1199463",
					"Le paragraphe 8 de la Déclaration trilatérale du 9 novembre 2020 prévoit l'échange des prisonniers de guerre, des otages et des autres personnes détenues"), src.Q(language.English, "https://news.am/eng/news/618205.html",
					"Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan"), src.Q(language.English, "https://news.am/eng/news/618205.html",
					"The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication."), src.Q(language.Russian, "https://silkway.news/ru/reshenie-erevana-fsb-ne-budet-na-656533",
					"«Разблокируются все экономические и транспортные связи в регионе. Республика Армения гарантирует безопасность транспортного сообщения между западными районами Азербайджанской Республики"), src.Q(language.Armenian, "https://arminfo.info/full_news.php?id=85947&lang=1",
					"Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ Սահմանապահ ծառայության մարմինները"), src.Q(language.Armenian, "https://arminfo.info/full_news.php?id=85947&lang=1",
					"Կողմերի համաձայնությամբ կապահովվի Նախիջևանի Ինքնավար Հանրապետությունը Ադրբեջանի արևմտյան շրջաններին կապող նոր տրանսպորտային հաղորդակցությունների կառուցումը"), src.Q(language.English, "https://report.az/en/analytics/zangazur-corridor-west-agrees-with-azerbaijan-s-rightful-position",
					"By agreement of the Parties, the construction of new transport communications linking the Nakhchivan Autonomous Republic with the western regions of Azerbaijan shall be ensured."),
				src.Q(language.English, "https://news.am/eng/news/802798.html",
					"that Armenia guarantees the safety of transport communication between the western regions of Azerbaijan and Nakhichevan—in both directions")),
		},
		{
			ID:         CeasefireTakesEffect,
			Kind:       Ceasefire,
			When:       on(2020, time.November, 10),
			Moment:     time.Date(2020, time.November, 10, 0, 0, 0, 0, msk),
			Title:      "Complete ceasefire in the Nagorno-Karabakh conflict zone takes effect",
			Summary:    "Under point 1 a complete ceasefire and cessation of all hostilities took effect at 00:00 Moscow time on 10 November 2020 (01:00 in Yerevan and Baku, 21:00 UTC on 9 November); the parties stopped at their current positions.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Agent), p(actors.Russia, TookPart)),
			Places:     karabakh.ListOf(places.NagornoKarabakh),
			Points:     karabakh.ListOf(agreement.Point1),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note: "The statement's own time, 00:00 Moscow time, is authoritative; local time and GMT equivalents are the press's conversions and agree with it. " +
				"In UTC the moment falls on 9 November, which is why the date in Moscow, Yerevan and Baku (10 November) and in UTC (9 November) differ.",
			Sources: src.List(src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
				"A complete ceasefire and cessation of all hostilities is announced in the Nagorno-Karabakh conflict zone effective 00:00 Moscow time on 10 November 2020."), src.Q(language.English, "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh",
				"the agreement would take effect from 1am on Tuesday (21:00 GMT on Monday)"), bbc2020, noted(src.Q(language.English, "https://www.themoscowtimes.com/2020/11/09/armenian-pm-announces-end-to-nagorno-karabakh-hostilities-a71997",
				"The agreement came into effect at 01:00 local time — minutes before the announcements."), moscowTimesNote)),
		},
		{
			ID:         PashinyanAnnouncesSigning,
			Kind:       Statement,
			When:       on(2020, time.November, 10),
			Title:      "Pashinyan announces on Facebook that he has signed the statement",
			Summary:    "Pashinyan's Facebook post, at about 01:00 Moscow time, was the first public word of the deal; Azerbaijan and the Kremlin confirmed it later. He wrote that the decision was painful and that \"this is not a victory but there is not defeat until you consider yourself defeated\".",
			Actors:     karabakh.ListOf(p(actors.Pashinyan, Speaker)),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "\"About 01:00 Moscow time\" is approximate, so no Moment is recorded.",
			Sources: src.List(src.Q(language.Russian, "https://m.vovworld.vn/ru-RU/новости/армения-рф-и-азербаиджан-подписали-заявление-о-прекращении-боевых-деиствии-в-нагорном-карабахе-920695.vov",
				"Около 01:00 по московскому времени премьер-министр Армении Никол Пашинян сообщил у себя в фейсбуке"),
				src.Q(language.English, "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh",
					"The deal was later confirmed by Azerbaijan and the Kremlin."),
				src.Q(language.English, "https://www.bbc.com/news/world-europe-54882564",
					"This is not a victory but there is not defeat until you consider yourself defeated")),
		},
		{
			ID:         HarutyunyanAgrees,
			Kind:       Statement,
			When:       on(2020, time.November, 10),
			Title:      "The President of Artsakh agrees to end hostilities",
			Actors:     karabakh.ListOf(p(actors.Harutyunyan, Speaker), p(actors.Artsakh, TookPart)),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Artsakh is not a signatory of the statement.",
			Sources: src.List(src.Q(language.English, "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement",
				"The president of the breakaway Republic of Artsakh, Arayik Harutyunyan, also agreed to an end of hostilities.")),
		},
		{
			ID:        AliyevTurkeyPeacekeeping,
			Kind:      Statement,
			When:      on(2020, time.November, 10),
			Title:     "Aliyev says Turkey will take part in peacekeeping in Nagorno-Karabakh",
			Summary:   "The statement gives the peacekeeping contingent to Russia alone (point 3); Turkey's role became the joint Russian-Turkish ceasefire monitoring centre.",
			Actors:    karabakh.ListOf(p(actors.Aliyev, Speaker), p(actors.Turkey, Subject)),
			Points:    karabakh.ListOf(agreement.Point3, agreement.Point5),
			ClaimedBy: actors.Aliyev,
			Sources: src.List(src.Q(language.Russian, "https://m.vovworld.vn/ru-RU/новости/армения-рф-и-азербаиджан-подписали-заявление-о-прекращении-боевых-деиствии-в-нагорном-карабахе-920695.vov",
				"Он также добавил, что Турция примет участие в миротворческой деятельности в Нагорном Карабахе."), src.Q(language.Russian, "http://www.segodnia.ru/news/234656",
				"В опубликованном тексте Турция не упоминается.")),
		},
		{
			ID:         TelegramTextGazakh,
			Kind:       Statement,
			When:       on(2020, time.November, 10),
			Title:      "A text circulated on Telegram adds the Gazakh district to point 2",
			Summary:    "A Russian news site published a text \"from Telegram channels\" whose point 2 also returns \"the territories held by the Armenian Party in Gazakh district\". The official texts name only the Aghdam district.",
			Points:     karabakh.ListOf(agreement.Point2),
			Places:     karabakh.ListOf(places.GazakhDistrict, places.AghdamDistrict),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Published at 07:58 on 10 November (the page's time zone is not stated). Not authoritative: the Kremlin, Armenian-government and Azerbaijani texts of point 2 name only Aghdam (see " + string(KremlinTextPublished) + ").",
			Sources: src.List(src.Q(language.English, "https://news.ru/en/cis-countries/full-text-of-statement-between-azerbaijan-and-armenia-revealed/",
				"Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020.")),
		},
		{
			ID:         KremlinTextPublished,
			Kind:       Statement,
			When:       on(2020, time.November, 10),
			Title:      "The official text is published: point 2 names only the Aghdam district, and Turkey is not mentioned",
			Summary:    "The text published on the Kremlin website returns only the Aghdam district under point 2 and does not mention Turkey; the Armenian government's English text and the Azerbaijani-language full text agree on Aghdam.",
			Actors:     karabakh.ListOf(p(actors.Russia, Agent)),
			Points:     karabakh.ListOf(agreement.Point2),
			Places:     karabakh.ListOf(places.AghdamDistrict),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.Russian, "https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html",
				"Согласно второму пункту, \"Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года\"."),
				src.Q(language.English, "https://www.commonspace.eu/news/document-full-text-agreement-between-leaders-russia-armenia-and-azerbaijan",
					"The Aghdam region is returned to the Republic of Azerbaijan until November 20, 2020."),
				src.Q(language.Azerbaijani, "https://metbuat.az/news/1393729/kelbecer-agdam-ve-lacin-azerbaycana-hansi-tarixlerde-qaytari.html",
					"2. 20 noyabr 2020-ci il tarixinədək Ağdam rayonu Azərbaycan Respublikasına qaytarılır."), src.Q(language.Russian, "http://www.segodnia.ru/news/234656",
					"В опубликованном тексте Турция не упоминается.")),
		},
		{
			ID:         ZakharovaStatusStatement,
			Kind:       Statement,
			When:       on(2020, time.November, 10),
			Title:      "Zakharova: the document has the status of a statement and must be carried out by all who signed it",
			Actors:     karabakh.ListOf(p(actors.Zakharova, Speaker)),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.Russian, "https://panorama.am/ru/news/2020/11/10/Զախարովա-ԼՂ/2398556",
				"«Документ имеет статус заявления. Мы исходим из того, что оно должно быть выполнено всеми сторонами, которые поставили подписи, а подписи поставлены»")),
		},
		{
			ID:         YerevanProtests,
			Kind:       Protest,
			When:       on(2020, time.November, 10),
			Title:      "Protesters break into the government and parliament buildings in Yerevan",
			Actors:     karabakh.ListOf(p(actors.Armenia, Subject)),
			Places:     karabakh.ListOf(places.Yerevan),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.English, "https://www.middleeastmonitor.com/20201110-armenians-storm-parliament-beat-speaker-after-ceasefire-with-azerbaijan/",
				"hundreds of Armenians broke into the parliament building in the capital Yerevan in the early hours of the morning")),
		},
		{
			ID:      MirzoyanBeaten,
			Kind:    Protest,
			When:    on(2020, time.November, 10),
			Title:   "Protesters beat the parliament speaker, Ararat Mirzoyan",
			Summary: "Near the parliament building protesters pulled Mirzoyan out of his car and beat him; Pashinyan said he was undergoing surgery and his life was not under threat.",
			Actors:  karabakh.ListOf(p(actors.Mirzoyan, Subject), p(actors.Pashinyan, Speaker)),
			Places:  karabakh.ListOf(places.Yerevan),
			Sources: src.List(src.Q(language.English, "https://www.indiatoday.in/world/story/armenian-parliament-speaker-assaulted-by-angry-protesters-over-peace-deal-undergoes-surgery-1739576-2020-11-10",
				"\"Some thugs beat Ararat Mirzoyan. Now he is undergoing surgery, his life is not under threat,\""), src.Q(language.English, "https://en.news-front.info/2020/11/10/riots-in-armenia-protesters-burst-into-government-building/",
				"Near the parliament building, protesters pulled out of the car and beat the speaker of the National Assembly Ararat Mirzoyan.")),
		},
		{
			ID:         PeacekeepersDeploy,
			Kind:       Deployment,
			When:       on(2020, time.November, 10),
			Title:      "Russia begins to deploy its peacekeeping contingent",
			Summary:    "Early on 10 November Il-76 aircraft began flying peacekeepers from the Ulyanovsk-Vostochny airfield; the core came from the 15th Separate Motorised Rifle Brigade. The statement sets the contingent at 1,960 personnel with small arms, 90 armoured personnel carriers and 380 vehicles, deployed in parallel with the withdrawal of the Armenian armed forces, for five years with automatic five-year extensions. According to the Russian defence ministry the 15th brigade reached Stepanakert at 17:00 (the stored report gives no day); the force's command post was in Stepanakert.",
			Actors:     karabakh.ListOf(p(actors.PeacekeepingContingent, Agent), p(actors.Brigade15, Agent), p(actors.Russia, Agent), p(actors.RussianDefenceMinistry, Speaker)),
			Places:     karabakh.ListOf(places.UlyanovskVostochny, places.NagornoKarabakh, places.Stepanakert, places.LachinCorridor),
			Points:     karabakh.ListOf(agreement.Point3, agreement.Point4),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note: "Size: the statement's 1,960 is authoritative (the Azerbaijani-language text has 1 960 too); Sputnik English and RIA Novosti citing the Russian defence ministry gave 1,970, and \"about 2,000\" is a rounding. " +
				"The airlift began after the signing (\"around 03:00 am GMT\", approximate, so no Moment); the seed's \"airlifted prior to the signing\" is not supported. No tanks were listed. " +
				"Arrival in Stepanakert: Konashenkov gave 17:00 but the stored Armenews excerpt gives no day; ERRATA.md cites RBC (12 November 2020) for a battalion entering at 17:00 local time. " +
				"Headquarters: a command post in Stepanakert (ukraina.ru, a page dated 25 November 2020) versus near Khojaly airport (a copy of Russian Wikipedia); the two may describe different moments, and the Stepanakert report is the nearer to the time.",
			Sources: src.List(src.Q(language.English, "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/",
				"Russia started transferring peacekeepers and equipment at around 03:00 am GMT Tuesday, using Il-76 heavy military transport aircraft that took off from the Ulyanovsk-Vostochny airfield."), src.Q(language.English, "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/",
				"The core of the peacekeeping contingent will be made up of units from the 15th Separate Motorised Rifle Brigade of the nation's Central Military District."), src.Q(language.English, "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/",
				"A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed"),
				src.Q(language.Russian, "https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749",
					"В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники."),
				src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
					"1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment"), src.Q(language.Azerbaijani, "https://metbuat.az/news/1393729/kelbecer-agdam-ve-lacin-azerbaycana-hansi-tarixlerde-qaytari.html",
					"Rusiya Federasiyasının 1 960 sayda odlu silahlı hərbi qulluqçusundan, 90 hərbi zirehli texnika, 380 ədəd avtomobil və xüsusi texnikadan ibarət sülhməramlı kontingenti yerləşdirilir"), src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
					"The duration of the deployment of the peacekeeping contingent of the Russian Federation is 5 years, with automatic extension for the next 5-year periods"), src.Q(language.English, "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
					"The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces."),
				src.Q(language.Russian, "https://glagol.press/?p=10925",
					"Рано утром во вторник, 10 ноября, с аэродрома Ульяновск-Восточный военные самолёты вылетели"),
				src.Q(language.French, "https://www.armenews.com/spip.php?page=article&id_article=71894",
					"La 15e brigade blindée et des forces de paix est arrivée à 17 heures à Stepanakert a indiqué Igor Konashnikov."), noted(src.Q(language.Russian, "https://ukraina.ru/20201125/1029733848.html?chat_room_id=1029733848",
					"Командный пункт находится в Степанакерте."), "ERRATA.md: the page is dated 25 November 2020, not 10 November."), src.Q(language.Russian, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5",
					"Штаб командования миротворческими силами располагался в районе аэропорта Ходжалы.")),
		},
		{
			ID:         LachinRoutePlanDeadline,
			Kind:       Deadline,
			When:       karabakh.Span(day(2020, time.November, 10), day(2023, time.November, 10)),
			Title:      "Three years to agree a plan for a new route through the Lachin corridor",
			Summary:    "Point 6 sets three years for the parties to agree a plan for building a new route along the Lachin corridor, after which the Russian peacekeepers redeploy to guard it.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Subject), p(actors.Armenia, Subject), p(actors.PeacekeepingContingent, Subject)),
			Places:     karabakh.ListOf(places.LachinCorridor),
			Points:     karabakh.ListOf(agreement.Point6),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "The text counts three years from the statement, so the period ends on 10 November 2023; no source gives that end date in words.",
			Sources: src.List(src.Q(language.English, "https://www.artsakhpress.am/eng/news/167792/",
				"the plan for the construction of a new route through the Lachin corridor will be decided within the next three years"), src.Q(language.Russian, "https://turan.az/ru/politika/erevan-otvergaet-trebovanie-baku-ispolzovat-novyi-marsrut-koridora-v-karabax",
				"по согласованию сторон в ближайшие три года будет определен план строительства нового маршрута движения по Лачинскому коридору")),
		},
		// 11 November 2020 onwards.
		{
			ID:      MonitoringCentreMemorandum,
			Kind:    Signing,
			When:    on(2020, time.November, 11),
			Title:   "Russia and Turkey sign a memorandum on a joint ceasefire monitoring centre",
			Summary: "After talks between the defence ministers Sergei Shoigu and Hulusi Akar, a memorandum was signed on setting up a joint Russian-Turkish centre to monitor the ceasefire, the peacekeeping centre of point 5.",
			Actors:  karabakh.ListOf(p(actors.Shoigu, Signatory), p(actors.Akar, Signatory), p(actors.Russia, TookPart), p(actors.Turkey, TookPart), p(actors.JointMonitoringCentre, Subject)),
			Points:  karabakh.ListOf(agreement.Point5),
			Note:    "A report (tdsmedia, named in README.md) dates the memorandum to 30 January 2021; that is the centre's opening, and 11 November 2020 is the memorandum's date.",
			Sources: src.List(src.Q(language.English, "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/",
				"A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"), src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
				"a peacekeeping center is being deployed to control the ceasefire")),
		},
		{
			ID:        ErdoganJointPeaceForce,
			Kind:      Statement,
			When:      on(2020, time.November, 11),
			Title:     "Erdoğan says Turkey will join Russia in a joint peace force",
			Summary:   "Erdoğan said Turkey would take part with Russia in a joint peace force to oversee the agreement. Under the statement only Russia deploys peacekeepers; Turkey's part became the joint monitoring centre.",
			Actors:    karabakh.ListOf(p(actors.Erdogan, Speaker), p(actors.Turkey, Subject)),
			Points:    karabakh.ListOf(agreement.Point3, agreement.Point5),
			ClaimedBy: actors.Erdogan,
			Sources: src.List(src.Q(language.Turkish, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/",
				"Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
		},
		{
			ID:     ErdoganPutinCall,
			Kind:   Meeting,
			When:   on(2020, time.November, 11),
			Title:  "Erdoğan and Putin speak by telephone",
			Actors: karabakh.ListOf(p(actors.Erdogan, TookPart), p(actors.Putin, TookPart)),
			Note:   "A telephone call, dated by the source bundle; the stored excerpt gives neither the day nor what was discussed.",
			Sources: src.List(src.Q(language.Turkish, "https://habername.com/haber-cumhurbaskani-erdogan-rusya-devlet-baskani-putin-ile-telefonda-gorustu-1-132928.htm",
				"ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")),
		},
		{
			ID:     PeacekeepersLandInArmenia,
			Kind:   Deployment,
			When:   on(2020, time.November, 11),
			Title:  "Twenty Il-76 aircraft with 400 Russian servicemen have landed in Armenia",
			Actors: karabakh.ListOf(p(actors.PeacekeepingContingent, Agent)),
			Places: karabakh.ListOf(places.Armenia),
			Points: karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.English, "https://en.newizv.ru/news/2020-11-11/russian-peacekeepers-headed-to-the-area-of-operation-in-nagorno-karabakh-380825",
				"20 Il-76 planes with 400 servicemen from Russia have landed in Armenia.")),
		},
		{
			ID:     PutinPeacekeepingDecree,
			Kind:   Signing,
			When:   on(2020, time.November, 12),
			Title:  "Putin's decree sends a contingent of up to 1,960 servicemen for five years",
			Actors: karabakh.ListOf(p(actors.Putin, Signatory), p(actors.PeacekeepingContingent, Subject)),
			Points: karabakh.ListOf(agreement.Point3, agreement.Point4),
			Sources: src.List(src.Q(language.Russian, "http://inform.sumy.ua/news2/index.php?id=786599",
				"Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
		},
		{
			ID:      PeacekeepersReachGoris,
			Kind:    Deployment,
			When:    on(2020, time.November, 12),
			Title:   "A column of the 15th brigade completes a march of over 300 km to Goris",
			Summary: "The Russian defence ministry, calling the unit the 15th separate peacekeeping brigade, reported a column equipped with BTR-82A armoured personnel carriers and Tigr and Taifun armoured vehicles.",
			Actors:  karabakh.ListOf(p(actors.Brigade15, Agent), p(actors.RussianDefenceMinistry, Speaker)),
			Places:  karabakh.ListOf(places.Goris),
			Points:  karabakh.ListOf(agreement.Point3),
			Note:    "No tanks are listed; the seed article's \"troops and tanks\" is unsupported.",
			Sources: src.List(src.Q(language.Russian, "https://eadaily.com/ru/news/2020/11/12/v-karabahe-ustanavlivayutsya-nablyudatelnye-posty-rossiyskih-mirotvorcev",
				"«Колонна подразделений 15-й отдельной миротворческой бригады, прибывших для участия в проведении миротворческой операции в зоне нагорнокарабахского конфликта, совершила марш"), src.Q(language.Russian, "https://eadaily.com/ru/news/2020/11/12/v-karabahe-ustanavlivayutsya-nablyudatelnye-posty-rossiyskih-mirotvorcev",
				"в том числе бронетранспортерами БТР-82А, бронированными автомобилями «Тигр» и «Тайфун»")),
		},
		{
			ID:     MuradovCommands,
			Kind:   Appointment,
			When:   on(2020, time.November, 12),
			Title:  "Lieutenant-General Rustam Muradov commands the Russian peacekeepers",
			Actors: karabakh.ListOf(p(actors.Muradov, Subject), p(actors.PeacekeepingContingent, TookPart)),
			Points: karabakh.ListOf(agreement.Point3),
			Note:   "Dated by the first report of his command (12 November 2020); RIA Novosti called him commander on 14 November. No source gives the day of the appointment itself.",
			Sources: src.List(src.Q(language.Russian, "https://apostrophe.ua/news/society/2020-11-12/popal-pod-obstrel-na-donbasse-chto-izvestno-pro-komandira-rossiyskih-mirotvortsev-v-karabahe/214707",
				"Управлять этим контингентом будет генерал-лейтенант Рустам Мурадов"), src.Q(language.Russian, "https://ria.ru/amp/20201114/mirotvortsy-1584632513.html",
				"Командующий российскими миротворческими силами в Нагорном Карабахе генерал-лейтенант Рустам Мурадов")),
		},
		{
			ID:     ShoiguDeploymentTally,
			Kind:   Deployment,
			When:   on(2020, time.November, 13),
			Title:  "Shoigu: over 1,100 peacekeepers and 168 pieces of equipment sent in three days",
			Actors: karabakh.ListOf(p(actors.Shoigu, Speaker), p(actors.PeacekeepingContingent, Agent)),
			Points: karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.English, "https://news.az/news/russia-sends-20-more-planes-on-peacekeeping-mission-to-nagorno-karabakh",
				"over 1,100 Russian peacekeepers and 168 pieces of equipment units had been sent to Nagorno-Karabakh over the past three days")),
		},
		{
			ID:     RefugeesReturn,
			Kind:   Displacement,
			When:   karabakh.Span(day(2020, time.November, 14), day(2020, time.November, 24)),
			Title:  "More than 11,000 Karabakh residents return from Armenia under peacekeeper escort",
			Actors: karabakh.ListOf(p(actors.PeacekeepingContingent, Agent)),
			Places: karabakh.ListOf(places.Stepanakert, places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point7),
			Sources: src.List(src.Q(language.English, "https://jam-news.net/refugees-from-karabakh-return-to-stepanakert-news-armenia/",
				"Since November 14, the number of those who have returned home has already reached more than 11,000..")),
		},
		{
			ID:         KalbajarDeadlineExtended,
			Kind:       Deadline,
			When:       on(2020, time.November, 15),
			Title:      "The deadline for returning Kalbajar is extended from 15 to 25 November",
			Summary:    "At Armenia's request, passed on through Moscow, Azerbaijan agreed to extend the deadline of point 6 for the withdrawal from the Kalbajar district to 25 November 2020. Hikmet Hajiyev said the obligations remained in force and no separate statement was needed.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Agent), p(actors.Russia, Mediator), p(actors.Hajiyev, Speaker)),
			Places:     karabakh.ListOf(places.KalbajarDistrict),
			Points:     karabakh.ListOf(agreement.Point6),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.English, "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
				"The republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020"), src.Q(language.English, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/",
				"The transfer of the Kalbajar region [in the zone of the Karabakh conflict] to Azerbaijan, which was supposed to occur today on November 15, has been postponed until November 25."), src.Q(language.English, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/",
				"Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15"), src.Q(language.English, "https://www.thenationalnews.com/world/europe/azerbaijan-extends-deadline-on-armenian-withdrawal-in-kalbajar-1.1111784",
				"\"Azerbaijan agreed to prolong the deadline for the withdrawal from Kalbajar of Armenian armed forces and of illegal Armenian settlers until November 25,\""), src.Q(language.English, "https://nakhchivantoday.com/assistant-to-azerbaijani-president-armenia-requested-extension-of-deadline-for-fully-emptying-kalbajar-until-november-25/",
				"The obligations remain in force, there is no need to sign a special statement on the deadline extension.")),
		},
		{
			ID:     KalbajarHomesBurned,
			Kind:   Displacement,
			When:   on(2020, time.November, 15),
			Title:  "Departing residents of Kalbajar burn their houses",
			Places: karabakh.ListOf(places.KalbajarDistrict),
			Points: karabakh.ListOf(agreement.Point6),
			Note:   "Dated by the video report; the burning went on in the days before the handover.",
			Sources: src.List(src.Q(language.English, "https://timesofindia.indiatimes.com/videos/international/kalbajar-residents-burn-homes-before-azerbaijan-handover/videoshow/79233149.cms",
				"Residents of Kalbajar region of Nagorno-Karabakh were burning their houses before leaving the region")),
		},
		{
			ID:      ObservationPostsDeployed,
			Kind:    Deployment,
			When:    on(2020, time.November, 15),
			Title:   "Russian peacekeepers have deployed all observation posts in the southern and northern zones",
			Summary: "The Russian defence ministry reported nine observation posts in each zone and seven temporary posts in the Lachin corridor, and that the command centre had finished deploying to Stepanakert.",
			Actors:  karabakh.ListOf(p(actors.PeacekeepingContingent, Agent)),
			Places:  karabakh.ListOf(places.NagornoKarabakh, places.LachinCorridor, places.Stepanakert),
			Points:  karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.Russian, "https://semeistvo.by/2020/11/16/eshhe-20-samoletov-s-mirotvorczami-pribyli-v-erevan.html",
				"15 ноября российские миротворцы развернули все наблюдательные посты в южной и северной зонах ответственности"),
				src.Q(language.English, "https://tass.com/defense/1223893",
					"deployed nine observation posts each in the southern and northern zones of responsibility in Nagorno-Karabakh as well as seven temporary outposts in the Lachin corridor"),
				src.Q(language.English, "https://tass.com/defense/1223893",
					"In addition, the command center of the Russian peacekeeping forces finished its deployment to Stepanakert.")),
		},
		{
			ID:         AghdamHandover,
			Kind:       Handover,
			When:       on(2020, time.November, 20),
			Title:      "Azerbaijani army units enter the Aghdam district",
			Summary:    "The Aghdam district was returned to Azerbaijan on 20 November 2020, the date point 2 set.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Subject), p(actors.AzerbaijaniDefenceMinistry, Speaker)),
			Places:     karabakh.ListOf(places.AghdamDistrict),
			Points:     karabakh.ListOf(agreement.Point2),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Point 2 of the official texts names only the Aghdam district; nothing in Gazakh was handed over under the statement (four Gazakh villages returned in 2024 through border delimitation).",
			Sources: src.List(src.Q(language.English, "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
				"2. Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020."), src.Q(language.English, "https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia",
				"“Units of the Azerbaijan Army entered the Aghdam region on November 20,” Azerbaijan’s defence ministry said"), src.Q(language.English, "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia",
				"Aghdam was ceded on November 20 and Kalbajar on November 25.")),
		},
		{
			ID:      PeacekeepersDemining,
			Kind:    Deployment,
			When:    karabakh.Span(day(2020, time.November, 23), day(2023, time.September, 3)),
			Title:   "Russian peacekeepers clear mines and unexploded ordnance",
			Summary: "By the Russian defence ministry's count, from 23 November 2020 the peacekeepers cleared 1,940 buildings, 689.5 km of roads and 2,550.2 ha of land and made safe 26,794 explosive items.",
			Actors:  karabakh.ListOf(p(actors.PeacekeepingContingent, Agent), p(actors.RussianDefenceMinistry, Speaker)),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Points:  karabakh.ListOf(agreement.Point3),
			Note:    "The totals are the ministry's, as reported on 4 September 2023; the end of the span is the date of that count, not the end of the work.",
			Sources: src.List(src.Q(language.Russian, "https://www.rbc.ru/politics/04/09/2023/64f62f739a7947cf856ba100?from=materials_on_subject",
				"очистили от мин и снарядов 1940 зданий, 689,5 км дорог, 2550,2 га территории, нашли и обезвредили 26,794 тыс. взрывоопасных предметов")),
		},
		{
			ID:         KalbajarHandover,
			Kind:       Handover,
			When:       on(2020, time.November, 25),
			Title:      "Azerbaijani army units enter the Kalbajar district",
			Summary:    "The Kalbajar district was returned to Azerbaijan on 25 November 2020, the extended deadline, ten days after the date point 6 had set.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Subject)),
			Places:     karabakh.ListOf(places.KalbajarDistrict),
			Points:     karabakh.ListOf(agreement.Point6),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.Russian, "https://ru.wikinews.org/wiki/%D0%90%D0%B7%D0%B5%D1%80%D0%B1%D0%B0%D0%B9%D0%B4%D0%B6%D0%B0%D0%BD%D1%81%D0%BA%D0%B0%D1%8F_%D0%B0%D1%80%D0%BC%D0%B8%D1%8F_%D0%B2%D0%BE%D1%88%D0%BB%D0%B0_%D0%B2_%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
				"«подразделения азербайджанской армии 25 ноября вошли в Кельбаджарский район»"), src.Q(language.English, "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia",
				"Aghdam was ceded on November 20 and Kalbajar on November 25.")),
		},
		{
			ID:         LachinHandover,
			Kind:       Handover,
			When:       on(2020, time.December, 1),
			Title:      "Azerbaijani army units enter the Lachin district, the last of the three",
			Summary:    "The Lachin district was returned to Azerbaijan on 1 December 2020, the date point 6 set. The Lachin corridor, about 60 km of road through the district linking Stepanakert with the Armenian border, stayed under Russian peacekeepers' control.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Subject), p(actors.AzerbaijaniDefenceMinistry, Speaker)),
			Places:     karabakh.ListOf(places.LachinDistrict, places.LachinCorridor),
			Points:     karabakh.ListOf(agreement.Point6),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "The corridor's length (about 60 km of road) is the press's figure; the statement sets only its width (5 km).",
			Sources: src.List(src.Q(language.English, "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru",
				"and the Lachin district by 1 December 2020"), src.Q(language.English, "https://www.hurriyetdailynews.com/azerbaijani-army-enters-lachin-region-after-28-years-160481",
				"units of the Azerbaijan Army entered the Lachin region on Dec. 01,” the ministry said."), src.Q(language.English, "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia",
				"a 60-kilometre (35-mile) route through the district that connects Karabakh's main city Stepanakert and the Armenian border to the south")),
		},
		{
			ID:        AliyevLachinAddress,
			Kind:      Statement,
			When:      on(2020, time.December, 1),
			Title:     "Aliyev's address: a new Lachin corridor route within three years, and the exchange of prisoners under way",
			Summary:   "Aliyev said Lachin town lay inside the corridor and proposed building a new corridor route, after which the town would be returned; earlier drafts had provided for a corridor 30 km and then 10 km wide. Paraphrasing point 8, he said the exchange of prisoners, hostages, other detainees and bodies was under way.",
			Actors:    karabakh.ListOf(p(actors.Aliyev, Speaker)),
			Places:    karabakh.ListOf(places.Lachin, places.LachinCorridor),
			Points:    karabakh.ListOf(agreement.Point6, agreement.Point8),
			ClaimedBy: actors.Aliyev,
			Note:      "The earlier draft widths are Aliyev's account; no draft text was seen.",
			Sources: src.List(src.Q(language.English, "http://abc.az/en/news/62520",
				"Therefore, we propose to build a new corridor, to develop a route for a new corridor connecting Nagorno-Karabakh with Armenia and build it."), src.Q(language.Azerbaijani, "https://nuh.az/26891--il-lan-hri-d-biz-qaytarlacaq.html",
				"Bunun ilkin variantında 30 kilometr, ondan sonra eni 10 kilometr"), src.Q(language.Russian, "https://www.blognews.am/rus/news/724118/aliev-zaveril-chto-obmen-plennymi-prodolzhaetsya.html",
				"В восьмом пункте (соглашения по Карабаху – ред.) говорится, что производится обмен военнопленными, заложниками и другими удерживаемыми лицами, а также телами.")),
		},
		{
			ID:     AllForAllAgreed,
			Kind:   Negotiation,
			When:   on(2020, time.December, 5),
			Title:  "Pashinyan: the prisoner exchange is agreed on an \"all for all\" basis",
			Actors: karabakh.ListOf(p(actors.Pashinyan, Speaker)),
			Points: karabakh.ListOf(agreement.Point8),
			Sources: src.List(src.Q(language.English, "https://indianeconomicobserver.com/news/armenia-azerbaijan-reach-agreement-on-full-scale-prisoner-swap20201205152424",
				"In fact, the exchange has been negotiated on the principle of 'all for all',\" Pashinyan said on Saturday")),
		},
		{
			ID:         FirstPrisonerExchange,
			Kind:       Exchange,
			When:       on(2020, time.December, 14),
			Title:      "First exchange of prisoners: 12 to Azerbaijan and 44 to Armenia",
			Summary:    "Azerbaijan and Armenia began exchanging prisoners under point 8 on an \"all for all\" basis; the Russian defence ministry counted 12 captives handed to Azerbaijan and 44 to Armenia. The peacekeeping commander Rustam Muradov took part in the negotiations.",
			Actors:     karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Agent), p(actors.Muradov, TookPart), p(actors.RussianDefenceMinistry, Speaker)),
			Points:     karabakh.ListOf(agreement.Point8),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.English, "https://english.alaraby.co.uk/english/news/2020/12/15/azerbaijan-armenia-swap-prisoners-from-nagorno-karabakh-conflict",
				"Azerbaijan and Armenia on Monday announced the start of a prisoner exchange"), src.Q(language.English, "https://www.trtworld.com/article/13116580",
				"Russia's Defence Ministry said on Monday that 12 captives were handed over to Azerbaijan and 44 to Armenia."), src.Q(language.Polish, "https://tvn24.pl/swiat/gorski-karabach-wymiana-jencow-miedzy-armenia-i-azerbejdzanem-4777170?source=rss",
				"W negocjacjach w sprawie wymiany uczestniczył dowódca rosyjskiego kontyngentu pokojowego w Górskim Karabachu Rustam Muradow.")),
		},
	}
}
