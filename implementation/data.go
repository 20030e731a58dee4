package implementation

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/timeline"
	"golang.org/x/text/language"
)

// The pages the observations cite. Each quote below is copied from the
// sources of the evidence events (the tests check that), so an observation
// says nothing its events' pages do not.
const (
	uMFA          = "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru"
	uPM           = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement"
	uBBC          = "https://www.bbc.com/news/world-europe-54882564"
	uVesti        = "https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html"
	uCommonSpace  = "https://www.commonspace.eu/news/document-full-text-agreement-between-leaders-russia-armenia-and-azerbaijan"
	uNewsRu       = "https://news.ru/en/cis-countries/full-text-of-statement-between-azerbaijan-and-armenia-revealed/"
	uAlJazeera    = "https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia"
	uAsianAge     = "https://dailyasianage.com/news/248568/azerbaijan-army-enters-last-district-handed-over-by-armenia"
	uSputnik      = "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/"
	uNewsAzShoigu = "https://news.az/news/russia-sends-20-more-planes-on-peacekeeping-mission-to-nagorno-karabakh"
	uTASSPosts    = "https://tass.com/defense/1223893"
	uSumyDecree   = "http://inform.sumy.ua/news2/index.php?id=786599"
	uTASSWithdraw = "https://tass.com/politics/1776731"
	uPolitico     = "https://www.politico.eu/article/russia-withdrawal-troops-nagorno-karabakh-azerbaijan-armenia/"
	uFedpress     = "https://fedpress.ru/news/77/policy/3322059"
	uAzVision     = "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html"
	uArmpressDadi = "https://armenpress.am/eng/news/1134961/"
	uHyetertMC    = "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/"
	uBrecorder    = "https://www.brecorder.com/news/amp/40058134"
	uNewsAzMC     = "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating"
	uTuranMC      = "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh"
	uUprooted     = "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/"
	uNKR          = "https://www.nkr.am/en/news/2023-01-18/commentary_Artsakhpress"
	uJamKalbajar  = "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/"
	uNational     = "https://www.thenationalnews.com/world/europe/azerbaijan-extends-deadline-on-armenian-withdrawal-in-kalbajar-1.1111784"
	uNakhToday    = "https://nakhchivantoday.com/assistant-to-azerbaijani-president-armenia-requested-extension-of-deadline-for-fully-emptying-kalbajar-until-november-25/"
	uWikinewsKalb = "https://ru.wikinews.org/wiki/%D0%90%D0%B7%D0%B5%D1%80%D0%B1%D0%B0%D0%B9%D0%B4%D0%B6%D0%B0%D0%BD%D1%81%D0%BA%D0%B0%D1%8F_%D0%B0%D1%80%D0%BC%D0%B8%D1%8F_%D0%B2%D0%BE%D1%88%D0%BB%D0%B0_%D0%B2_%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD"
	uHurriyet     = "https://www.hurriyetdailynews.com/azerbaijani-army-enters-lachin-region-after-28-years-160481"
	uArtsakhPress = "https://www.artsakhpress.am/eng/news/167792/"
	uArmpressTegh = "https://armenpress.am/eng/news/1089245/"
	uArmpressPlan = "https://www.armenpress.am/eng/news/1089627/"
	uAzatBypass   = "https://www.azatutyun.am/a/32001187.html"
	uNewsAm734934 = "https://news.am/eng/news/734934.html"
	uACAPS        = "https://www.acaps.org/special-report/armenia-azerbaijan-nagorno-karabakh-blockade"
	uMenafnCheck  = "https://menafn.com/1107080993/More-People-Of-Armenian-Origin-Leave-Azerbaijans-Karabakh-Photo"
	uMenafnArmCP  = "https://menafn.com/1107043867/Azerbaijan-Has-Right-To-Close-Lachin-Road-If-It-Feels-Any-Danger-Ex-Iranian-Ambassador"
	uTribune      = "https://www.tribuneindia.com/news/world/tension-escalates-as-azerbaijan-blocks-armenias-access-to-contested-region-500391"
	uCommonCmd    = "https://karabakhspace.commonspace.eu/news/commander-russian-peacekeepers-nagorno-karabakh-replaced"
	uMassisPt6    = "https://massispost.com/2023/04/only-russia-peacekeepers-must-have-control-over-lachin-corridor-and-ensure-its-operation-pashinyan/"
	uMediamax     = "https://mediamax.am/en/news/karabakh/52321/"
	uPAX          = "https://test.pax.peaceagreements.org/agreements/2324"
	uJamReturn    = "https://jam-news.net/refugees-from-karabakh-return-to-stepanakert-news-armenia/"
	uRIAReturn    = "https://ria.ru/20210102/karabakh-1591851772.html"
	uMassisJan    = "https://massispost.com/2021/01/armenia-azerbaijan-and-russia-sign-joint-statement/"
	uApaPoint7    = "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994"
	uTBS          = "https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818"
	uArmpressFr   = "https://armenpress.am/fr/article/1199463"
	uIndianEcon   = "https://indianeconomicobserver.com/news/armenia-azerbaijan-reach-agreement-on-full-scale-prisoner-swap20201205152424"
	uAlaraby      = "https://english.alaraby.co.uk/english/news/2020/12/15/azerbaijan-armenia-swap-prisoners-from-nagorno-karabakh-conflict"
	uTRT          = "https://www.trtworld.com/article/13116580"
	uIravaban     = "https://iravaban.net/en/319822.html"
	uMassisHRW    = "https://massispost.com/2021/03/hrw-armenian-pows-abused-in-azerbaijani-custody/"
	uNewsAz1713   = "https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed"
	uTrendPOW     = "https://en.trend.az/azerbaijan/politics/3835050.html"
	uArmClubPOW   = "https://armenianclub.com/2023/12/08/for-the-first-time-a-joint-statement-by-armenia-and-azerbaijan-to-achieve-long-awaited-peace-in-the-region"
	uBabelPOW     = "https://babel.ua/en/news/101725-azerbaijan-and-armenia-exchanged-prisoners-of-war"
	uSilkWay      = "https://silkway.news/ru/reshenie-erevana-fsb-ne-budet-na-656533"
	uReport       = "https://report.az/en/analytics/zangazur-corridor-west-agrees-with-azerbaijan-s-rightful-position"
	uPresAz       = "https://president.az./en/articles/view/50070"
	uArmpressGrig = "https://armenpress.am/ru/article/1039942"
	uMassisWG     = "https://massispost.com/2021/01/armenian-russian-azerbaijani-deputy-pms-meet-in-moscow-to-discuss-reopening-transport-links-in-the-region/"
	uHyetertWG    = "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/"
	uTASSList     = "https://tass.com/politics/1243685"
	uArmpress8    = "https://armenpress.am/eng/news/1085229/"
	uAzernewsSoch = "https://www.azernews.az/nation/187354.html"
	uNHLogistics  = "https://nh-logistics.com/our-news/armenia/armenia-azerbaijan-russia-closing-in-on-unblocking-of-transport-routes"
	uNewsAzWG11   = "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus"
	uNewsAm735231 = "https://news.am/eng/news/735231.html"
	uKremlin2023  = "http://en.special.kremlin.ru/catalog/countries/AM/events/71207"
	uCommonMoscow = "https://karabakhspace.commonspace.eu/news/pashinyan-and-aliyev-discuss-reopening-transport-communications-moscow"
	uMenafnWG     = "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus"
	uApaFSB       = "https://en.apa.az/foreign-policy/russian-border-guards-should-control-road-connecting-azerbaijan-and-nakhchivan-not-armenian-russian-mfa-spokesperson-415962"
	uArmpress9    = "https://armenpress.am/eng/news/1136512/"
	uRFERL        = "https://d280gayb62sbv.cloudfront.net/amp/33498194.html"
	uMassisTRIPP  = "https://massispost.com/2025/10/nikol-pashinyan-tripp-opens-new-opportunities-for-cis-countries/"
	uArmpressWash = "https://armenpress.am/en/article/1235680/amp"
	uNewsAzZang   = "https://news.az/news/president-ilham-aliyev-and-armenian-prime-minister-pashinyan-are-expected-to-sign-a-joint-declaration-in-washington"
	uSFG          = "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump"
	uAzatTrump    = "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html"
	uTrendTRIPP   = "https://www.trend.az/azerbaijan/4141318.html"
	uArmClubDone  = "https://www.armenianclub.com/2020/11/21/russia-completes-deployment-of-peacekeepers-in-nagorno-karabakh/"
	uArtikel      = "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5"
	uHyetert65    = "https://hyetert.org/2023/09/28/over-65000-displaced-people-enter-armenia-from-artsakh/"
	uLurerRoad    = "https://www.1lurer.am/az/2026/03/11/Armenia-is-ready-even-today-to-ensure-a-road-connection-between-Azerbaijan’s-western-regions-and-Na/1477137"
)

// Quotes cited by more than one record.
const (
	qCeasefire     = "A complete ceasefire and cessation of all hostilities is announced in the Nagorno-Karabakh conflict zone effective 00:00 Moscow time on 10 November 2020."
	qAghdamText    = "2. Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020."
	qAghdamEntry   = "“Units of the Azerbaijan Army entered the Aghdam region on November 20,” Azerbaijan’s defence ministry said"
	qCeded         = "Aghdam was ceded on November 20 and Kalbajar on November 25."
	qKalbajarText  = "The republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020"
	qKalbajarPost  = "The transfer of the Kalbajar region [in the zone of the Karabakh conflict] to Azerbaijan, which was supposed to occur today on November 15, has been postponed until November 25."
	qKalbajarProl  = "\"Azerbaijan agreed to prolong the deadline for the withdrawal from Kalbajar of Armenian armed forces and of illegal Armenian settlers until November 25,\""
	qKalbajarWiki  = "«подразделения азербайджанской армии 25 ноября вошли в Кельбаджарский район»"
	qLachinText    = "and the Lachin district by 1 December 2020"
	qLachinEntry   = "units of the Azerbaijan Army entered the Lachin region on Dec. 01,” the ministry said."
	qPosts         = "deployed nine observation posts each in the southern and northern zones of responsibility in Nagorno-Karabakh as well as seven temporary outposts in the Lachin corridor"
	qWithdrawal    = "the early withdrawal of Russian peacekeepers from Azerbaijan had begun on Wednesday based on a decision made jointly by the top leadership of the two countries"
	qMandate       = "They had a peacekeeping mandate until at least the end of 2025"
	qWithdrawn     = "«Процесс вывода временно размещенного на территории Азербайджана российского миротворческого контингента с территории нашей страны полностью завершен»"
	qWGFirst       = "held the first meeting of the trilateral working group in Moscow on January 30, 2021"
	qWGBefore      = "The working group will hold its first meeting before 30 January 2021"
	qTRIPPWork     = "the Republic of Armenia will work with the United States of America and mutually agreed third parties to define the framework for implementing the ‘Trump Route for International Peace and Prosperity’"
	qAirlift       = "In the past 24 hours, 20 Il-76 planes belonging to military-transport aviation of the Russian Aerospace Forces have left the Ulyanovsk-Vostochny airfield"
	qDeployDone    = "YEREVAN, NOVEMBER 20, ARMENPRESS. Russia has completed deployment of peacekeepers in Nagorno Karabakh"
	qDeployTally   = "a total of 250 flights have been carried out, a personnel of 1960, 552 military equipment have been transported"
	qWithdrawnDate = "12 июня 2024 года этот процесс, по данным Министерства обороны Азербайджана, официально завершился"
	qPostNo1       = "the Azerbaijani side blocked movement through the Lachin Corridor in the territory of observation post No. 1 of Russian peacekeeping troops"
	qTRIPPFrame    = "Today, Armenian Foreign Minister Ararat Mirzoyan and I announced the Trump Route for International Peace and Prosperity (TRIPP) Implementation Framework."
)

func day(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }

func ev(ids ...timeline.ID) karabakh.List[timeline.ID] { return karabakh.ListOf(ids...) }

// observations returns the observations of each point, by point and then
// date.
//
// Each Level is our reading of what the evidence events show, on the Peace
// Accords Matrix scale; once a point is overtaken or lapsed, Level keeps the
// level it had reached. Each history opens with the signing, so that every
// point has a state from 10 November 2020 on.
// The offensive of September 2023, as the timeline quotes it.
const (
	uWion2023      = "https://www.wionews.com/world/nagorno-karabakh-forces-surrender-to-azerbaijan-after-anti-terror-operations-637881"
	qOffensive2023 = "At least 27 people have been killed and another 200 wounded since the Azerbaijani military launched what it called \"anti-terror\" operations on Tuesday (Sept 19)."
)

func observations() []Observation {
	var out []Observation
	for _, f := range []func() []Observation{point1, point2, point3, point4, point5, point6, point7, point8, point9} {
		out = append(out, f()...)
	}
	return out
}

func point1() []Observation {
	return []Observation{
		{Point: agreement.Point1, Date: day(2020, time.November, 10), Level: Full,
			Summary:  "The complete ceasefire took effect at 00:00 Moscow time on 10 November 2020 (01:00 in Yerevan and Baku), as point 1 set.",
			Evidence: ev(timeline.CeasefireTakesEffect),
			Sources: src.List(
				src.Q(language.English, uMFA, qCeasefire),
				src.Q(language.English, uBBC, "from 01:00 local time (21:00 GMT Monday)"),
			)},
		{Point: agreement.Point1, Date: day(2023, time.September, 19), Level: Full, State: Overtaken,
			Summary: "Azerbaijan's military launched what it called \"anti-terror\" operations in Nagorno-Karabakh on 19 September 2023; " +
				"the ceasefire and positions of point 1 no longer held. Tying the offensive to point 1 is the compilers' reading.",
			Evidence: ev(timeline.Offensive2023),
			Sources: src.List(
				src.Q(language.English, uWion2023, qOffensive2023),
			)},
	}
}

func point2() []Observation {
	return []Observation{
		{Point: agreement.Point2, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary: "The published text sets 20 November 2020 for returning the Aghdam district. " +
				"A text circulated on Telegram also returned the Armenian-held territories of the Gazakh district; the official texts name only Aghdam.",
			Evidence: ev(timeline.KremlinTextPublished, timeline.TelegramTextGazakh),
			Sources: src.List(
				src.Q(language.Russian, uVesti, "Согласно второму пункту, \"Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года\"."),
				src.Q(language.English, uCommonSpace, "The Aghdam region is returned to the Republic of Azerbaijan until November 20, 2020."),
				src.Q(language.English, uNewsRu, "Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020."),
			)},
		{Point: agreement.Point2, Date: day(2020, time.November, 20), Level: Full,
			Summary:  "Azerbaijani army units entered the Aghdam district on 20 November 2020: the district was handed over on the deadline.",
			Evidence: ev(timeline.AghdamHandover),
			Sources: src.List(
				src.Q(language.English, uPM, qAghdamText),
				src.Q(language.English, uAlJazeera, qAghdamEntry),
				src.Q(language.English, uAsianAge, qCeded),
			)},
	}
}

func point3() []Observation {
	return []Observation{
		{Point: agreement.Point3, Date: day(2020, time.November, 10), Level: Minimal,
			Summary:  "Russia began flying the peacekeeping contingent in on 10 November 2020, from the Ulyanovsk-Vostochny airfield; the statement sets it at 1,960 servicemen, 90 armoured personnel carriers and 380 vehicles.",
			Evidence: ev(timeline.PeacekeepersDeploy),
			Sources: src.List(
				src.Q(language.English, uSputnik, "Russia started transferring peacekeepers and equipment at around 03:00 am GMT Tuesday, using Il-76 heavy military transport aircraft that took off from the Ulyanovsk-Vostochny airfield."),
				src.Q(language.English, uMFA, "1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment"),
			)},
		{Point: agreement.Point3, Date: day(2020, time.November, 13), Level: Intermediate,
			Summary:  "Russia's defence minister Shoigu said that over 1,100 peacekeepers and 168 pieces of equipment had been sent in three days.",
			Evidence: ev(timeline.ShoiguDeploymentTally),
			Sources: src.List(
				src.Q(language.English, uNewsAzShoigu, "Russian Defense Minister Sergei Shoigu informed on Friday that over 1,100 Russian peacekeepers and 168 pieces of equipment units had been sent to Nagorno-Karabakh over the past three days."),
			)},
		{Point: agreement.Point3, Date: day(2020, time.November, 15), Level: Intermediate,
			Summary: "By 15 November 2020, the Russian defence ministry said, the peacekeepers had deployed nine observation posts in each of the southern and northern zones and seven temporary posts in the Lachin corridor, " +
				"and their command centre had finished deploying to Stepanakert; the airlift went on.",
			Evidence: ev(timeline.ObservationPostsDeployed, timeline.ShoiguDeploymentTally),
			Sources: src.List(
				src.Q(language.English, uTASSPosts, qPosts),
				src.Q(language.English, uTASSPosts, "In addition, the command center of the Russian peacekeeping forces finished its deployment to Stepanakert."),
				src.Q(language.English, uNewsAzShoigu, qAirlift),
			)},
		{Point: agreement.Point3, Date: day(2020, time.November, 20), Level: Full,
			Summary:  "Russia's defence minister reported on 20 November 2020 that the deployment was complete: 1,960 personnel and 552 pieces of equipment transported in 250 flights, and 23 observation posts set up.",
			Evidence: ev(timeline.DeploymentCompleted),
			Sources: src.List(
				src.Q(language.English, uArmClubDone, qDeployDone),
				src.Q(language.English, uArmClubDone, qDeployTally),
				src.Q(language.English, uArmClubDone, "23 observer posts have been established."),
			)},
		{Point: agreement.Point3, Date: day(2024, time.April, 17), Level: Full, State: Overtaken,
			Summary:  "The early withdrawal of the Russian peacekeepers from Azerbaijan began on 17 April 2024, on a joint decision of the two countries' leaders, as Azerbaijan's presidential aide said; their mandate would have run until at least the end of 2025.",
			Evidence: ev(timeline.PeacekeepersWithdrawalBegins),
			Sources: src.List(
				src.Q(language.English, uTASSWithdraw, qWithdrawal),
				src.Q(language.English, uPolitico, qMandate),
			)},
		{Point: agreement.Point3, Date: day(2024, time.June, 12), Level: Full, State: Overtaken,
			Summary:  "Azerbaijan's defence ministry said on 12 June 2024 that the withdrawal of the Russian peacekeeping contingent was fully completed: the deployment of point 3 had ended.",
			Evidence: ev(timeline.PeacekeepersWithdrawalCompleted),
			Sources: src.List(
				src.Q(language.Russian, uFedpress, qWithdrawn),
				src.Q(language.Russian, uArtikel, qWithdrawnDate),
			)},
	}
}

func point4() []Observation {
	return []Observation{
		{Point: agreement.Point4, Date: day(2020, time.November, 10), Level: Minimal,
			Summary:  "The contingent began to deploy on 10 November 2020; point 4 sets its stay at five years, renewed automatically for five-year periods, and its deployment in parallel with the withdrawal of the Armenian armed forces.",
			Evidence: ev(timeline.PeacekeepersDeploy),
			Sources: src.List(
				src.Q(language.English, uMFA, "The duration of the deployment of the peacekeeping contingent of the Russian Federation is 5 years, with automatic extension for the next 5-year periods"),
				src.Q(language.English, uPM, "The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces."),
			)},
		{Point: agreement.Point4, Date: day(2020, time.November, 12), Level: Intermediate,
			Summary:  "Putin's decree of 12 November 2020 sent a contingent of up to 1,960 servicemen for five years, the term point 4 sets.",
			Evidence: ev(timeline.PutinPeacekeepingDecree),
			Sources: src.List(
				src.Q(language.Russian, uSumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих"),
				src.Q(language.Russian, uSumyDecree, "Миссия направляется на срок пять лет с автоматическим продлением на последующие пятилетние периоды."),
			)},
		{Point: agreement.Point4, Date: day(2024, time.April, 10), Level: Intermediate, State: Overtaken,
			Summary:  "About 10 April 2024 the peacekeepers withdrew their personnel and equipment from the Dadivank (Khudavang) monastery in the Kalbajar district, in our reading the first visible step of a withdrawal before the term point 4 sets ran out.",
			Evidence: ev(timeline.PeacekeepersLeaveDadivank),
			Sources: src.List(
				src.Q(language.English, uArmpressDadi, "Russian peacekeepers have withdrawn personnel and military equipment from Dadivank"),
				src.Q(language.English, uAzVision, "The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."),
			)},
		{Point: agreement.Point4, Date: day(2024, time.April, 17), Level: Intermediate, State: Overtaken,
			Summary:  "The early withdrawal began officially on 17 April 2024, on a joint decision of the leaders of Russia and Azerbaijan; the mandate would have run until at least the end of 2025.",
			Evidence: ev(timeline.PeacekeepersWithdrawalBegins),
			Sources: src.List(
				src.Q(language.English, uTASSWithdraw, qWithdrawal),
				src.Q(language.English, uPolitico, qMandate),
			)},
		{Point: agreement.Point4, Date: day(2024, time.June, 12), Level: Intermediate, State: Overtaken,
			Summary:  "The withdrawal was completed by 12 June 2024, some three and a half years into the five-year term.",
			Evidence: ev(timeline.PeacekeepersWithdrawalCompleted, timeline.PeacekeepersWithdrawalBegins),
			Note:     "Three and a half years: counted from 10 November 2020 to 12 June 2024, of the five (5) years point 4 sets.",
			Sources: src.List(
				src.Q(language.Russian, uFedpress, qWithdrawn),
				src.Q(language.Russian, uArtikel, qWithdrawnDate),
				src.Q(language.English, uPolitico, qMandate),
			)},
	}
}

func point5() []Observation {
	return []Observation{
		{Point: agreement.Point5, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary:  "Point 5 provides for a peacekeeping centre to control the ceasefire.",
			Evidence: ev(timeline.StatementSigned),
			Sources: src.List(
				src.Q(language.English, uMFA, "a peacekeeping center is being deployed to control the ceasefire"),
			)},
		{Point: agreement.Point5, Date: day(2020, time.November, 11), Level: Minimal,
			Summary:  "Russia and Turkey signed a memorandum on 11 November 2020 on a joint Russian-Turkish centre to monitor the ceasefire.",
			Evidence: ev(timeline.MonitoringCentreMemorandum),
			Sources: src.List(
				src.Q(language.English, uHyetertMC, "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"),
			)},
		{Point: agreement.Point5, Date: day(2021, time.January, 30), Level: Full,
			Summary:  "The joint Russian-Turkish monitoring centre opened on 30 January 2021 near Kiyamanddinli in the Aghdam district, to be staffed by up to 60 servicemen from each country.",
			Evidence: ev(timeline.MonitoringCentreOpens),
			Sources: src.List(
				src.Q(language.English, uHyetertMC, "A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."),
				src.Q(language.English, uBrecorder, "It will be staffed by up to 60 servicemen each from Turkey and from Russia, the defence ministry said in a statement."),
			)},
		{Point: agreement.Point5, Date: day(2024, time.April, 18), Level: Full, State: Overtaken,
			Summary:  "Turkey's defence ministry announced on 18 April 2024 that the monitoring centre would stop operating.",
			Evidence: ev(timeline.MonitoringCentreClosureAnnounce),
			Sources: src.List(
				src.Q(language.English, uNewsAzMC, "The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating"),
				src.Q(language.English, uNewsAzMC, "Rear Admiral Zeki Akturk, the Press and Public Relations Advisor of the Turkish Ministry of National Defense, has announced."),
			)},
		{Point: agreement.Point5, Date: day(2024, time.April, 26), Level: Full, State: Overtaken,
			Summary:  "The monitoring centre ceased its activities on 26 April 2024.",
			Evidence: ev(timeline.MonitoringCentreCloses),
			Sources: src.List(
				src.Q(language.English, uTuranMC, "The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
			)},
	}
}

func point6() []Observation {
	return []Observation{
		{Point: agreement.Point6, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary: "Point 6 sets 15 November 2020 for returning the Kalbajar district and 1 December 2020 for the Lachin district, keeps the 5 km Lachin corridor under the Russian peacekeepers, " +
				"gives three years to agree a plan for a new route along it, and has Azerbaijan guarantee safe movement along the corridor.",
			Evidence: ev(timeline.StatementSigned, timeline.LachinRoutePlanDeadline),
			Sources: src.List(
				src.P(uPM, 6),
				src.Q(language.English, uUprooted, "The five-kilometre wide Lachin Corridor, which will ensure connection between Nagorno-Karabakh and Armenia but will not include the city of Shusha"),
				src.Q(language.English, uUprooted, "shall be controlled by the peacekeeping force of the Russian Federation"),
				src.Q(language.English, uNKR, "Azerbaijan shall guarantee the security of movement along the Lachin Corridor of persons, vehicles and cargo in both directions"),
				src.Q(language.English, uArtsakhPress, "the plan for the construction of a new route through the Lachin corridor will be decided within the next three years"),
			)},
		{Point: agreement.Point6, Date: day(2020, time.November, 15), Level: NotInitiated, State: DeadlineExtended,
			Summary: "The return of Kalbajar, due on 15 November 2020, was postponed to 25 November: Azerbaijan agreed to extend the deadline, " +
				"and its presidential aide Hikmet Hajiyev said the obligations remained in force without a separate statement.",
			Evidence: ev(timeline.KalbajarDeadlineExtended),
			Sources: src.List(
				src.Q(language.English, uPM, qKalbajarText),
				src.Q(language.English, uJamKalbajar, qKalbajarPost),
				src.Q(language.English, uNational, qKalbajarProl),
				src.Q(language.English, uNakhToday, "The obligations remain in force, there is no need to sign a special statement on the deadline extension."),
			)},
		{Point: agreement.Point6, Date: day(2020, time.November, 25), Level: Minimal,
			Summary:  "Azerbaijani army units entered the Kalbajar district on 25 November 2020, on the extended deadline and ten days after the date point 6 set; the Lachin district was due on 1 December.",
			Evidence: ev(timeline.KalbajarHandover),
			Note:     "Ten days: counted from 15 November, the date point 6 set, to 25 November.",
			Sources: src.List(
				src.Q(language.Russian, uWikinewsKalb, qKalbajarWiki),
				src.Q(language.English, uAsianAge, qCeded),
				src.P(uPM, 6),
			)},
		{Point: agreement.Point6, Date: day(2020, time.December, 1), Level: Intermediate,
			Summary: "Azerbaijani army units entered the Lachin district on 1 December 2020, the date point 6 set: both handovers were done. " +
				"The plan for a new route along the Lachin corridor had until November 2023 to be agreed; Aliyev proposed building one the same day.",
			Evidence: ev(timeline.LachinHandover, timeline.LachinRoutePlanDeadline, timeline.AliyevLachinAddress),
			Note:     "November 2023: counted as three years from the statement of 10 November 2020 (see " + string(timeline.LachinRoutePlanDeadline) + ").",
			Sources: src.List(
				src.Q(language.English, uMFA, qLachinText),
				src.Q(language.English, uHurriyet, qLachinEntry),
				src.Q(language.English, uArtsakhPress, "the plan for the construction of a new route through the Lachin corridor will be decided within the next three years"),
				src.Q(language.English, "http://abc.az/en/news/62520", "Therefore, we propose to build a new corridor, to develop a route for a new corridor connecting Nagorno-Karabakh with Armenia and build it."),
			)},
		{Point: agreement.Point6, Date: karabakh.Month(2022, time.August), Level: Intermediate,
			Summary: "Work towards a new route went ahead without a plan approved by Armenia, Russia and Azerbaijan: Armenia said it would start rebuilding the Tegh-Kornidzor road, a new road bypassing the Lachin corridor, in August 2022; " +
				"on 4 August Pashinyan said there was no approved plan between Armenia, Russia and Azerbaijan; that month the Armenian side agreed to leave the settlements along the corridor by 25 August and to use a bypass road newly built by Azerbaijan.",
			Evidence: ev(timeline.TeghKornidzorRoad, timeline.LachinBypassAgreed, timeline.NoAgreedNewLachinRoute),
			Sources: src.List(
				src.Q(language.English, uArmpressTegh, "The reconstruction of the M-12/-Tegh-Kornidzor road will start in August, 2022"),
				src.Q(language.English, uArmpressTegh, "M-12/-Tegh-Kornidzor is a new road bypassing Lachin Corridor."),
				src.Q(language.English, uArmpressPlan, "At this moment there is no approved plan between Armenia, Russia and Azerbaijan on building a new route for traffic through Lachin Corridor"),
				src.Q(language.English, uAzatBypass, "the Armenian side agreed earlier this month to evacuate these settlements by August 25 and start using a bypass road newly constructed by Azerbaijan"),
			)},
		{Point: agreement.Point6, Date: day(2022, time.December, 12), Level: Intermediate, State: Suspended,
			Summary: "From 12 December 2022 a group of Azerbaijanis, \"allegedly for environmental reasons\" (News.am) and called 'eco-activists' by ACAPS, blocked the Stepanakert-Goris road through the Lachin corridor, " +
				"the movement that point 6 has Azerbaijan guarantee.",
			Evidence: ev(timeline.LachinBlockadeBegins),
			Sources: src.List(
				src.Q(language.English, uNewsAm734934, "A group of Azerbaijanis blocked the Stepanakert-Goris highway again from 10:30 a.m. on December 12, allegedly for environmental reasons."),
				src.Q(language.English, uACAPS, "Since 12 December 2022, Azerbaijani ‘eco-activists’ have blocked the Lachin corridor."),
			)},
		{Point: agreement.Point6, Date: day(2023, time.April, 23), Level: Intermediate, State: Suspended,
			Summary: "The blockade went on and tightened: on 23 April 2023 Azerbaijan's State Border Service set up a checkpoint at the Hakari bridge, at the start of the corridor road and inside the peacekeepers' zone of control, " +
				"and the Russian defence ministry said the Azerbaijani side had blocked movement through the corridor at the peacekeepers' observation post No. 1. " +
				"Armenia called the checkpoint a gross violation of the 2020 statement; Azerbaijan said it was set up in interaction with the peacekeepers and answered a checkpoint Armenia had set up on 22 April, which no Armenian source confirms.",
			Evidence: ev(timeline.HakariCheckpoint, timeline.LachinBlockadeBegins, timeline.ArmenianCheckpointClaim),
			Sources: src.List(
				src.Q(language.English, uMenafnCheck, "a border checkpoint was established at 12:00 (GMT+4) on April 23 by the units of the State Border Guard Service of Azerbaijan"),
				src.Q(language.English, "https://mirrorspectator.com/2023/04/27/azerbaijan-sets-up-checkpoint-at-lachin-corridor/", "On April 23, Azerbaijan set up a checkpoint at the Lachin Corridor, close to the Armenian border and in the control zone of Russian peacekeepers, next to the Hakar River bridge."),
				src.Q(language.English, uTribune, "Armenia said the checkpoint at the Hakari bridge in the Lachin corridor was a gross violation of the 2020 ceasefire agreement"),
				src.Q(language.English, uCommonCmd, "Azerbaijan insisted that the checkpoint's establishment was \"implemented in interaction with the Russian peacekeeping force\""),
				src.Q(language.English, uMenafnArmCP, "adequate to the unilateral establishment by Armenia of a border checkpoint at the entrance to the Lachin-Khankendi road on the border with Azerbaijan on April 22"),
				src.Q(language.English, "https://asbarez.com/russia-says-azerbaijani-checkpoint-at-lachin-is-inadmissible/", qPostNo1),
			)},
		{Point: agreement.Point6, Date: day(2023, time.April, 27), Level: Intermediate, State: Suspended,
			Summary:  "Pashinyan said on 27 April 2023 that the checkpoint was a gross violation of point 6, and that only the Russian peacekeepers must control the corridor.",
			Evidence: ev(timeline.CheckpointViolationClaim),
			Sources: src.List(
				src.Q(language.English, uMassisPt6, "Azerbaijan’s installation of a checkpoint in the Lachin corridor is a gross violation of Point 6 of the November 9, 2020 trilateral statement."),
			)},
		{Point: agreement.Point6, Date: day(2023, time.June, 15), Level: Intermediate, State: Suspended,
			Summary:  "Artsakh's president Harutyunyan said that Azerbaijan had blockaded Nagorno-Karabakh from 12 December 2022 and besieged it completely from 15 June 2023 (his account).",
			Evidence: ev(timeline.CompleteSiege),
			Sources: src.List(
				src.Q(language.English, uMediamax, "blockaded Artsakh from December 12, 2022 and from June 15, 2023 completely sieged"),
			)},
		{Point: agreement.Point6, Date: day(2023, time.September, 19), Level: Intermediate, State: Overtaken,
			Summary: "Azerbaijan's offensive of 19–20 September 2023 ended the arrangement of point 6, under which the Lachin corridor connected Nagorno-Karabakh with Armenia. " +
				"Tying the offensive to point 6 is the compilers' reading.",
			Evidence: ev(timeline.Offensive2023),
			Sources: src.List(
				src.Q(language.English, uWion2023, qOffensive2023),
				src.Q(language.English, uWion2023, "an agreement was reached on the complete cessation of hostilities from 13:00 on September 20, 2023."),
			)},
	}
}

func point7() []Observation {
	return []Observation{
		{Point: agreement.Point7, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary:  "Point 7 provides for the return of internally displaced persons and refugees to Nagorno-Karabakh and adjacent areas under the supervision of UNHCR.",
			Evidence: ev(timeline.StatementSigned),
			Sources: src.List(
				src.Q(language.English, uPAX, "7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees."),
			)},
		{Point: agreement.Point7, Date: day(2020, time.November, 14), Level: Minimal,
			Summary:  "From 14 November 2020 residents of Nagorno-Karabakh who had fled to Armenia began to return: more than 11,000 within ten days. The sources that report it name no role for UNHCR.",
			Evidence: ev(timeline.RefugeesReturn),
			Note:     "Ten days: counted from 14 November to the JAMnews report of 24 November 2020.",
			Sources: src.List(
				src.Q(language.English, uJamReturn, "Since November 14, the number of those who have returned home has already reached more than 11,000.."),
				src.Q(language.English, uJamReturn, "Local residents of Nagorno-Karabakh, who were forced to flee to Armenia during the war, are now returning to their homes."),
			)},
		{Point: agreement.Point7, Date: day(2021, time.January, 2), Level: Minimal,
			Summary:  "Russia's defence ministry said more than 47,100 refugees had returned to Nagorno-Karabakh by 2 January 2021. The reports name no role for UNHCR.",
			Evidence: ev(timeline.RefugeeReturnsJanuary),
			Sources: src.List(
				src.Q(language.Russian, uRIAReturn, "Всего в Нагорный Карабах в места постоянного проживания уже вернулись более 47,1 тысячи беженцев"),
			)},
		{Point: agreement.Point7, Date: day(2021, time.January, 11), Level: Minimal,
			Summary:  "At the Moscow meeting of 11 January 2021 Putin said over 48,000 displaced persons and refugees had returned to Nagorno-Karabakh.",
			Evidence: ev(timeline.MoscowStatementSigned),
			Sources: src.List(
				src.Q(language.English, uMassisJan, "over 48 thousand displaced persons and refugees have already returned to Nagorno-Karabakh"),
			)},
		{Point: agreement.Point7, Date: day(2021, time.December, 30), Level: Minimal,
			Summary:  "Asked about the return of Azerbaijani displaced persons, Russia's foreign ministry answered by quoting point 7.",
			Evidence: ev(timeline.ZakharovaQuotesPoint7),
			Sources: src.List(
				src.Q(language.English, uApaPoint7, "\"A direct citation from Article 7 of the statement: \"Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas"),
			)},
		{Point: agreement.Point7, Date: day(2023, time.September, 28), Level: Minimal, State: Overtaken,
			Summary:  "As of 8 a.m. on 28 September 2023, Armenia's government said, 65,036 forcibly displaced persons had entered Armenia from Nagorno-Karabakh: the return of point 7 gave way to an exodus.",
			Evidence: ev(timeline.ExodusPasses65000),
			Sources: src.List(
				src.Q(language.English, uHyetert65, "“As of 8 a.m. on September 28, 65,036 forcibly displaced persons entered Armenia from Nagorno-Karabakh,” it said in a statement."),
			)},
		{Point: agreement.Point7, Date: day(2023, time.September, 30), Level: Minimal, State: Overtaken,
			Summary:  "By 30 September 2023, Armenia's government said, 100,417 refugees had entered Armenia from Nagorno-Karabakh in a week, out of an estimated population of 120,000.",
			Evidence: ev(timeline.Exodus2023),
			Sources: src.List(
				src.Q(language.English, uTBS, "the number of refugees entering the country over the past week had reached 100,417, out of Nagorno-Karabakh's estimated population of 120,000"),
			)},
		{Point: agreement.Point7, Date: day(2024, time.September, 10), Level: Minimal, State: Overtaken,
			Summary:  "Pashinyan said on 10 September 2024 that point 7 had not been implemented, Nagorno-Karabakh having been entirely emptied of its Armenians by what he called ethnic cleansing.",
			Evidence: ev(timeline.PashinyanPoints7And8),
			Sources: src.List(
				src.Q(language.French, uArmpressFr, "le Haut-Karabakh a été entièrement vidé de ses Arméniens, à la suite d'un nettoyage ethnique"),
			)},
	}
}

func point8() []Observation {
	return []Observation{
		{Point: agreement.Point8, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary:  "Point 8 provides for the exchange of prisoners of war, hostages and other detainees, and of the bodies of the dead.",
			Evidence: ev(timeline.StatementSigned),
			Sources: src.List(
				src.Q(language.French, uArmpressFr, "Le paragraphe 8 de la Déclaration trilatérale du 9 novembre 2020 prévoit l'échange des prisonniers de guerre, des otages et des autres personnes détenues"),
			)},
		{Point: agreement.Point8, Date: day(2020, time.December, 5), Level: Minimal,
			Summary:  "Pashinyan said on 5 December 2020 that the exchange had been negotiated on the principle of \"all for all\".",
			Evidence: ev(timeline.AllForAllAgreed),
			Sources: src.List(
				src.Q(language.English, uIndianEcon, "In fact, the exchange has been negotiated on the principle of 'all for all',\" Pashinyan said on Saturday"),
			)},
		{Point: agreement.Point8, Date: day(2020, time.December, 14), Level: Intermediate,
			Summary:  "The first exchange of prisoners took place on 14 December 2020: Russia's defence ministry counted 12 captives handed over to Azerbaijan and 44 to Armenia.",
			Evidence: ev(timeline.FirstPrisonerExchange),
			Sources: src.List(
				src.Q(language.English, uAlaraby, "Azerbaijan and Armenia on Monday announced the start of a prisoner exchange"),
				src.Q(language.English, uTRT, "Russia's Defence Ministry said on Monday that 12 captives were handed over to Azerbaijan and 44 to Armenia."),
			)},
		{Point: agreement.Point8, Date: day(2021, time.February, 26), Level: Intermediate, State: Disputed,
			Summary:  "Aliyev said that more than 60 people arrested in what he called an anti-terrorist operation after the war were \"terrorists\", not prisoners of war, and that all prisoners of war had been returned; Armenia's Human Rights Defender replied that all servicemen and civilians of the Armenian side held in Azerbaijan are prisoners by status.",
			Evidence: ev(timeline.AliyevPOWClaim),
			Sources: src.List(
				src.Q(language.English, uIravaban, "We carried out an anti-terrorist operation, as a result of which more than 60 terrorists were arrested."),
				src.Q(language.English, uIravaban, "We returned all the prisoners of war. We returned them before they returned our prisoners to us."),
				src.Q(language.English, uIravaban, "The Human Rights Defender of Armenia once again decisively declares that all servicemen and civilians of the Armenian side detained in Azerbaijan are prisoners by status."),
			)},
		{Point: agreement.Point8, Date: day(2021, time.March, 19), Level: Intermediate, State: Disputed,
			Summary:  "Human Rights Watch said Azerbaijan should immediately release all remaining Armenian prisoners of war and civilian detainees.",
			Evidence: ev(timeline.HRWUrgesRelease),
			Sources: src.List(
				src.Q(language.English, uMassisHRW, "It said Azerbaijan should also immediately release all remaining Armenian POWs and civilian detainees"),
			)},
		{Point: agreement.Point8, Date: day(2022, time.August, 30), Level: Intermediate, State: Disputed,
			Summary:  "Azerbaijan's State Commission said that since the statement Baku had handed over the bodies of 1,713 Armenian servicemen and Armenia had handed over 25 Azerbaijanis (19 servicemen, six civilians); these are Azerbaijan's figures.",
			Evidence: ev(timeline.StateCommissionTally2022),
			Sources: src.List(
				src.Q(language.English, uNewsAz1713, "Baku has handed over the bodies of 1,713 Armenian servicemen to Yerevan as a result of joint measures taken after the signing of the trilateral statement"),
				src.Q(language.English, uNewsAz1713, "After the signing of the trilateral statement, the Armenian side handed over 25 Azerbaijanis (19 military servicemen, and six civilians) to Azerbaijan"),
			)},
		{Point: agreement.Point8, Date: day(2023, time.December, 13), Level: Intermediate, State: Disputed,
			Summary: "Under a joint statement of 7 December 2023, Azerbaijan freed 32 Armenian servicemen and Armenia two Azerbaijani servicemen on 13 December, \"as a gesture of goodwill\". " +
				"When the deal was announced, official records showed Azerbaijan holding 55 Armenian prisoners; Armenian activists put the number higher.",
			Evidence: ev(timeline.PrisonerReleaseStatement, timeline.PrisonerExchange2023),
			Sources: src.List(
				src.Q(language.English, uTrendPOW, "Driven by the values of humanism and as a gesture of goodwill, the Republic of Azerbaijan releases 32 Armenian military servicemen."),
				src.Q(language.English, uTrendPOW, "In its turn, driven by the values of humanism and as a gesture of goodwill, the Republic of Armenia releases 2 Azerbaijani military servicemen."),
				src.Q(language.English, uArmClubPOW, "Official records indicate that Azerbaijan currently detains 55 Armenian prisoners. Armenian human rights activists assert that Baku may be holding an additional 80 Armenians."),
				src.Q(language.English, uBabelPOW, "On December 13, Armenia and Azerbaijan exchanged prisoners of war. 32 Armenians and two Azerbaijanis were released from captivity."),
			)},
	}
}

func point9() []Observation {
	return []Observation{
		{Point: agreement.Point9, Date: day(2020, time.November, 10), Level: NotInitiated,
			Summary: "Point 9 unblocks all economic and transport links in the region; Armenia guarantees the security of transport links between western Azerbaijan and Nakhchivan, " +
				"under the control of Russia's FSB Border Service; new links may be built by agreement of the Parties.",
			Evidence: ev(timeline.StatementSigned),
			Sources: src.List(
				src.Q(language.Russian, uSilkWay, "«Разблокируются все экономические и транспортные связи в регионе. Республика Армения гарантирует безопасность транспортного сообщения между западными районами Азербайджанской Республики"),
				src.Q(language.English, uReport, "By agreement of the Parties, the construction of new transport communications linking the Nakhchivan Autonomous Republic with the western regions of Azerbaijan shall be ensured."),
			)},
		{Point: agreement.Point9, Date: day(2021, time.January, 11), Level: Minimal,
			Summary:  "The leaders' Moscow statement of 11 January 2021 set up a trilateral working group, co-chaired by deputy prime ministers, to carry out point 9.",
			Evidence: ev(timeline.MoscowStatementSigned),
			Sources: src.List(
				src.Q(language.English, uPresAz, "a trilateral working group co-chaired by deputy prime ministers of the Republic of Azerbaijan and the Republic of Armenia and Deputy Chairman of the Government of the Russian Federation"),
			)},
		{Point: agreement.Point9, Date: day(2021, time.January, 30), Level: Minimal,
			Summary:  "The working group, co-chaired by the deputy prime ministers Mher Grigoryan (Armenia), Alexei Overchuk (Russia) and Shahin Mustafayev (Azerbaijan), held its first meeting in Moscow on 30 January 2021, the deadline the Moscow statement set.",
			Evidence: ev(timeline.WorkingGroupFirstMeeting, timeline.GrigoryanHeadsArmenians),
			Sources: src.List(
				src.Q(language.Russian, "https://ru.armeniasputnik.am/politics/20210130/26283805/Vstrecha-vitse-premerov-Armenii-Rossii-i-Azerbaydzhana-v-Moskve-o-chem-dogovorilis-storony.html", "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание"),
				src.Q(language.Russian, uArmpressGrig, "с армянской стороны возглавит вице-премьер Мгер Григорян"),
				src.Q(language.English, uMassisWG, qWGFirst),
				src.Q(language.English, uPresAz, qWGBefore),
			)},
		{Point: agreement.Point9, Date: day(2021, time.March, 1), Level: Minimal,
			Summary:  "1 March 2021 was the date for submitting a list and timetable of transport measures to the leaders; after its third meeting the group had decided only to finalise its draft report, Overchuk said.",
			Evidence: ev(timeline.WorkingGroupListDeadline, timeline.WorkingGroupThirdMeeting),
			Sources: src.List(
				src.Q(language.English, uTASSList, "By March 1, 2021, the working group will submit a list and schedule for the implementation of relevant measures for approval by the parties at the highest level"),
				src.Q(language.English, uHyetertWG, "Overchuk noted, that the working group decided to finalize the draft report, envisaged by the leaders’ statement of January 11, 2021."),
				src.Q(language.English, uHyetertWG, "Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group."),
			)},
		{Point: agreement.Point9, Date: day(2021, time.December, 24), Level: Minimal,
			Summary:  "The working group met eight times in 2021; Russia's foreign ministry said it was working to launch the transport projects the leaders had agreed in Sochi.",
			Evidence: ev(timeline.WorkingGroupMeetings2021, timeline.ZakharovaSochiTransport),
			Sources: src.List(
				src.Q(language.English, uArmpress8, "This group held 8 meetings in 2021."),
				src.Q(language.English, uAzernewsSoch, "As the leaders of Azerbaijan, Russia and Armenia agreed in Sochi city, we are working to rapidly launch the implementation of specific transport projects"),
			)},
		{Point: agreement.Point9, Date: day(2022, time.February, 3), Level: Minimal,
			Summary:  "Pashinyan spoke of \"the first tangible result of a special working group\" on opening transport links.",
			Evidence: ev(timeline.TransportClosingIn),
			Sources: src.List(
				src.Q(language.English, uNHLogistics, "the first tangible result of a special working group"),
			)},
		{Point: agreement.Point9, Date: day(2022, time.December, 15), Level: Minimal, State: Disputed,
			Summary: "The working group held its 11th meeting on 6 December 2022; on 13 December the gas supply to Nagorno-Karabakh was cut, which news.am attributes to Azerbaijan; " +
				"on 15 December Pashinyan said the statement provides for no corridor through Armenia's territory.",
			Evidence: ev(timeline.WorkingGroupEleventh, timeline.GasSupplyCut, timeline.NoCorridorThroughArmenia),
			Sources: src.List(
				src.Q(language.English, "https://en.azvision.az/news/164061/news.html", "On December 6, the 11th meeting of the Tripartite Working Group was held in Moscow"),
				src.Q(language.English, uNewsAm734934, "On the evening of December 13, Azerbaijan cut off the gas supply to Artsakh."),
				src.Q(language.English, uNewsAm735231, "The tripartite statement does not envisage the existence of any corridor through the RA [(Republic of Armenia)] territory."),
			)},
		{Point: agreement.Point9, Date: day(2023, time.May, 25), Level: Minimal, State: Disputed,
			Summary:  "At the Kremlin meeting of 25 May 2023 Putin called the remaining transport questions \"mere technicalities\"; the sides agreed to continue at the level of deputy prime ministers. No document was signed.",
			Evidence: ev(timeline.MoscowMeeting2023),
			Sources: src.List(
				src.Q(language.English, uKremlin2023, "in my opinion, these are mere technicalities"),
				src.Q(language.English, uCommonMoscow, "an agreement was reached to continue the work after a week, within the framework of the meeting of the deputy prime ministers of the three countries"),
			)},
		{Point: agreement.Point9, Date: day(2023, time.November, 9), Level: Minimal, State: Disputed,
			Summary:  "Russia's foreign ministry said the working group had met 12 times and the parties had come close to a package solution without yet settling the issues, and that Russian border guards, not Armenian ones, should control the road between Azerbaijan and Nakhchivan.",
			Evidence: ev(timeline.ZakharovaWorkingGroup, timeline.ZakharovaNakhchivanRoad),
			Sources: src.List(
				src.Q(language.English, uMenafnWG, "A total of 12 meetings of the trilateral working group on opening communications"),
				src.Q(language.English, uMenafnWG, "the parties have achieved to come close to reaching a comprehensively beneficial package solution."),
				src.Q(language.English, uMenafnWG, "“Unfortunately, we have not yet been able to put an end to these issues."),
				src.Q(language.English, uApaFSB, "Russian border guards should control road connecting Azerbaijan and Nakhchivan, not Armenian"),
			)},
		{Point: agreement.Point9, Date: day(2024, time.May, 7), Level: Minimal, State: Disputed,
			Summary:  "Pashinyan said nothing in point 9 limits Armenia's sovereignty or jurisdiction.",
			Evidence: ev(timeline.PashinyanPoint9Sovereignty),
			Sources: src.List(
				src.Q(language.English, uArmpress9, "In Point 9 of the statement of November 9, there is no wording, note that Armenia's sovereignty and jurisdiction are being limited in any way"),
			)},
		{Point: agreement.Point9, Date: day(2025, time.August, 8), Level: Minimal, State: Overtaken,
			Summary: "In the Washington Joint Declaration of 8 August 2025 Aliyev and Pashinyan took up the link on the basis of territorial integrity, sovereignty, jurisdiction and reciprocity, " +
				"and Armenia undertook to work with the United States and agreed third parties on the framework of the \"Trump Route for International Peace and Prosperity\" (TRIPP). " +
				"An Azerbaijani outlet still called it the Zangezur corridor.",
			Evidence: ev(timeline.JointDeclarationSigned, timeline.TRIPPNamed),
			Sources: src.List(
				src.Q(language.English, uRFERL, "Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev signed at the White House a joint declaration"),
				src.Q(language.English, uArmpressWash, "based on the countries’ territorial integrity, sovereignty, jurisdiction, and reciprocity"),
				src.Q(language.English, uMassisTRIPP, qTRIPPWork),
				src.Q(language.English, uSFG, "named the \"Trump Route for International Peace and Prosperity.\""),
				src.Q(language.English, uNewsAzZang, "the realization of the Zangezur Corridor"),
			)},
		{Point: agreement.Point9, Date: day(2025, time.October, 9), Level: Minimal, State: Overtaken,
			Summary:  "Armenia's deputy foreign minister Kostanyan said no project called the \"Zangezur corridor\" exists or can exist on Armenia's sovereign territory; a 42 km section of the Syunik road was named the \"Trump route\".",
			Evidence: ev(timeline.NoZangezurCorridor),
			Sources: src.List(
				src.Q(language.Armenian, uAzatTrump, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել"),
				src.Q(language.Armenian, uAzatTrump, "Երկու ամիս առաջ Վաշինգտոնում ստորագրված եռակողմ հռչակագրով Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը"),
			)},
		{Point: agreement.Point9, Date: day(2026, time.January, 14), Level: Minimal, State: Overtaken,
			Summary:  "The United States and Armenia announced the TRIPP Implementation Framework: a TRIPP Development Company is to hold the right to implement the project for an initial 49 years, with Armenia planning to offer the United States 74% of its shares.",
			Evidence: ev(timeline.TRIPPImplementationFramework),
			Sources: src.List(
				src.Q(language.English, uTrendTRIPP, qTRIPPFrame),
				src.Q(language.English, uTrendTRIPP, "The company will be granted the right to implement the project for an initial period of 49 years."),
				src.Q(language.English, uTrendTRIPP, "Yerevan plans to offer Washington 74% of the shares of TRIPP Development Company, while retaining 26%."),
			)},
		{Point: agreement.Point9, Date: day(2026, time.March, 11), Level: Minimal, State: Overtaken,
			Summary:  "Pashinyan said Armenia was ready to provide, with existing infrastructure, a road link between western Azerbaijan and Nakhchivan via Kornidzor-Goris-Yeghegnadzor-Yeraskh; the sources record no such traffic yet.",
			Evidence: ev(timeline.PashinyanRoadLinkOffer),
			Sources: src.List(
				src.Q(language.Azerbaijani, uLurerRoad, "Ermənistan Respublikası bu gün mövcud infrastrukturla Kornidzor-Qoris-Yeğeqnadzor-Yerasx marşrutu vasitəsilə Azərbaycanın qərb bölgələri ilə Naxçıvan Muxtar Respublikası arasında yol əlaqəsi"),
			)},
	}
}

// deadlineChanges returns changes to deadlines in the order they were made.
func deadlineChanges() []DeadlineChange {
	return []DeadlineChange{
		{Obligation: agreement.ObligationReturnKalbajar,
			From: day(2020, time.November, 15), To: day(2020, time.November, 25),
			Event: timeline.KalbajarDeadlineExtended,
			Note:  "Agreed by Azerbaijan at Armenia's request, passed on through Russia, as presidential aide Hikmet Hajiyev announced at a briefing on 15 November 2020; no separate statement was signed.",
			Sources: src.List(
				src.Q(language.English, uJamKalbajar, "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15"),
				src.Q(language.English, uNakhToday, "But the Armenian side requested – through Russia – that the deadline be extended."),
				src.Q(language.English, uPM, qKalbajarText),
				src.Q(language.English, uJamKalbajar, qKalbajarPost),
				src.Q(language.English, uNational, qKalbajarProl),
				src.Q(language.English, uNakhToday, "The obligations remain in force, there is no need to sign a special statement on the deadline extension."),
			)},
	}
}

// misses returns the deadlines sources show passing unmet, in date order.
func misses() []Miss {
	// The working group's list and timetable, due on 1 March 2021, is not
	// recorded as missed: the sources show that on 28 February the group
	// had decided to finalise the draft, not that it failed to submit it.
	return nil
}

// fulfilments returns when obligations were carried out, in date order.
func fulfilments() []Fulfilment {
	ceasefire := src.List(
		src.Q(language.English, uMFA, qCeasefire),
		src.Q(language.English, uBBC, "from 01:00 local time (21:00 GMT Monday)"),
	)
	return []Fulfilment{
		{Obligation: agreement.ObligationCeasefireAzerbaijan, Date: day(2020, time.November, 10),
			Event: timeline.CeasefireTakesEffect, Sources: ceasefire},
		{Obligation: agreement.ObligationCeasefireArmenia, Date: day(2020, time.November, 10),
			Event: timeline.CeasefireTakesEffect, Sources: ceasefire},
		{Obligation: agreement.ObligationDeployPeacekeepers, Date: day(2020, time.November, 20),
			Event: timeline.DeploymentCompleted,
			Note:  "The date the Russian defence minister reported the deployment complete: 1,960 personnel and 552 pieces of equipment transported in 250 flights, 23 observation posts set up.",
			Sources: src.List(
				src.Q(language.English, uArmClubDone, qDeployDone),
				src.Q(language.English, uArmClubDone, qDeployTally),
				src.Q(language.English, uArmClubDone, "23 observer posts have been established."),
			)},
		{Obligation: agreement.ObligationReturnAghdam, Date: day(2020, time.November, 20),
			Event: timeline.AghdamHandover,
			Sources: src.List(
				src.Q(language.English, uAlJazeera, qAghdamEntry),
				src.Q(language.English, uAsianAge, qCeded),
			)},
		{Obligation: agreement.ObligationReturnKalbajar, Date: day(2020, time.November, 25),
			Event: timeline.KalbajarHandover,
			Note:  "On the extended deadline; ten days after the date the text set, counted from 15 to 25 November.",
			Sources: src.List(
				src.Q(language.Russian, uWikinewsKalb, qKalbajarWiki),
				src.Q(language.English, uAsianAge, qCeded),
			)},
		{Obligation: agreement.ObligationReturnLachin, Date: day(2020, time.December, 1),
			Event: timeline.LachinHandover,
			Sources: src.List(
				src.Q(language.English, uHurriyet, qLachinEntry),
			)},
		{Obligation: agreement.ObligationJan2021FirstMeeting, Date: day(2021, time.January, 30),
			Event: timeline.WorkingGroupFirstMeeting,
			Note:  "The first meeting was held by the date the text set. The list of main directions the point asks for is a separate obligation (" + string(agreement.ObligationJan2021MainDirections) + "), which the sources do not show done.",
			Sources: src.List(
				src.Q(language.English, uMassisWG, qWGFirst),
				src.Q(language.English, uPresAz, qWGBefore),
			)},
		{Obligation: agreement.ObligationWashington2025TRIPP, Date: day(2026, time.January, 14),
			Event: timeline.TRIPPImplementationFramework,
			Note:  "The framework was announced; the route itself was not yet built.",
			Sources: src.List(
				src.Q(language.English, uTrendTRIPP, qTRIPPFrame),
			)},
	}
}
