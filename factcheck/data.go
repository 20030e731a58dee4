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

// Pages cited by more than one correction.
const (
	// The Azerbaijani MFA's English text of the 10 November 2020 statement.
	statementAzMFA = "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru"
	// The Armenian government's English text of the same statement.
	statementAmGov = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement"
	// Quotes the authentic Russian text from kremlin.ru.
	statementRu = "https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html"

	wikiCeasefire = "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement"
	// The Wikipedia-derived English text the seed article was translated from.
	lpm24          = "http://www.lpm24.de/?p=5139"
	sputnikAirlift = "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/"
	eadailyGoris   = "https://eadaily.com/ru/news/2020/11/12/v-karabahe-ustanavlivayutsya-nablyudatelnye-posty-rossiyskih-mirotvorcev"
	urdupoint      = "https://www.urdupoint.com/en/world/erdogan-says-turkey-has-right-to-engage-in-ka-1065320.html"
	vovworldRu     = "https://m.vovworld.vn/ru-RU/новости/армения-рф-и-азербаиджан-подписали-заявление-о-прекращении-боевых-деиствии-в-нагорном-карабахе-920695.vov"
	hyetertCentre  = "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/"
	iravabanAliyev = "https://iravaban.net/en/319822.html"
	armenpressFr   = "https://armenpress.am/fr/article/1199463"
	newsAmPoint9   = "https://news.am/eng/news/618205.html"
)

// seedRecords returns the corrections of the seed article
// (../shared/sources/seed-article.txt), one per numbered section of
// seed-discrepancies.md, as amended by ERRATA.md, in the order the claims
// appear in the article.
//
// Claim quotes the article byte for byte, damage included; where a claim is
// made in several places, the passages are joined by " […] ". Paragraphs are
// counted from the first paragraph after the title line.
func seedRecords() []Correction {
	return []Correction{
		{
			// seed-discrepancies §8, with ERRATA (Azerbaijani usage is mixed).
			ID:      SigningDate,
			Claim:   "On November 10, 2020, a Russian-brokered ceasefire agreement ended […] It was signed on November 9",
			Lang:    en,
			Where:   "seed article, paragraphs 1 and 2",
			Verdict: Imprecise,
			Correction: "Both dates are right for different moments. The statement was signed late on 9 November 2020, " +
				"during the night of 9 to 10 November; the ceasefire took effect at 00:00 Moscow time on 10 November " +
				"(01:00 in Yerevan and Baku, 21:00 GMT on 9 November); Pashinyan announced the signing on Facebook at " +
				"about 01:00 Moscow time on 10 November, and the official texts are dated 10 November. Usage differs: " +
				"Armenian and Russian officials speak of the statement of 9 November; Azerbaijani officials have said " +
				"both \"signed on November 10\" and \"Statement dated 9 November 2020\".",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin),
			Points: karabakh.ListOf(agreement.Point1),
			Note: "Signing (9 November, late evening), entry into force (10 November, 00:00 Moscow time) and " +
				"publication (10 November) are separate facts and should be kept apart. ERRATA: Azerbaijani " +
				"official usage is mixed, so it is not claimed that Azerbaijan always says \"10 November\".",
			Events: karabakh.ListOf(timeline.StatementSigned, timeline.CeasefireTakesEffect, timeline.PashinyanAnnouncesSigning, timeline.KremlinTextPublished),
			Cues: Cues{
				Terms: terms(term(en, "signed on November 9"), term(en, "signed on November 10"), term(ru, "заявление от 9 ноября"),
					term(az, "noyabrın 10-da imzalanmış"), term(hy, "նոյեմբերի 9-ի եռակողմ հայտարարություն")),
				Figures:     karabakh.ListOf("November 10, 2020", "November 9"),
				Contradicts: "agreement statement-2020-11-10 signed",
			},
			Sources: src.List(
				src.Q(language.English, "https://report.az/en/foreign-politics/fm-ilham-aliyev-insisted-on-including-three-key-provisions-in-trilateral-statement",
					"the trilateral statement signed between Azerbaijan, Armenia, and Russia on the night of November 9–10, 2020"),
				src.Q(language.English, statementAzMFA, "effective 00:00 Moscow time on 10 November 2020"),
				src.Q(language.English, "https://tehrantimes.com/print/454473/Armenia-Azerbaijan-Russia-sign-deal-to-end-Nagorno-Karabakh",
					"the agreement would take effect from 1am on Tuesday (21:00 GMT on Monday)"),
				src.Q(language.Russian, vovworldRu,
					"Около 01:00 по московскому времени премьер-министр Армении Никол Пашинян сообщил у себя в фейсбуке"),
				src.Q(language.English, statementAmGov, "the President of the Russian Federation 10.11.2020 We, the Prime Minister of the Republic of Armenia"),
				src.Q(language.English, "https://en.armradio.am/2021/11/09/contacts-between-armenian-russian-azerbaijani-leaders-not-expected-on-anniversary-of-trilateral-statement-peskov/",
					"the trilateral statement of the Russian Federation, Armenia and Azerbaijan on Karabakh on November 9, 2020 is extremely important"),
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3337527.html",
					"the district was returned on the basis of a joint statement signed on November 10 by the presidents of Azerbaijan and Russia and the prime minister of Armenia"),
				src.Q(language.English, "https://president.az./en/articles/view/50070",
					"Article 9 of the Statement dated 9 November 2020"),
			),
		},
		{
			// seed-discrepancies §23.
			ID:      WarLengthAndTitle,
			Claim:   "a forty-four-day Armenian-Azerbaijani war […] „Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation“ […] from 00:00 on November 10, 2020, Moscow time",
			Lang:    en,
			Where:   "seed article, paragraphs 1 and 2",
			Verdict: Correct,
			Correction: "Confirmed: the war began on 27 September 2020 and is called the 44-day war; the ceasefire took " +
				"effect at 00:00 Moscow time on 10 November 2020; the title is the one on the Azerbaijani MFA's page. " +
				"The Armenian government's text names the Prime Minister of Armenia first.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan, actors.Putin),
			Points: karabakh.ListOf(agreement.Point1),
			Events: karabakh.ListOf(timeline.SecondKarabakhWar, timeline.StatementSigned, timeline.CeasefireTakesEffect),
			Cues: Cues{
				Terms: terms(term(en, "forty-four-day"), term(en, "44-day war"), term(ru, "44-дневной войны"),
					term(az, "44 günlük müharibə"), term(hy, "44-օրյա պատերազմ")),
				Figures: karabakh.ListOf("forty-four", "00:00"),
			},
			Sources: src.List(
				src.Q(language.English, wikiCeasefire,
					"Renewed hostilities between Azerbaijan and Artsakh together with Armenia began on 27 September 2020."),
				src.Q(language.English, "https://www.hurriyetdailynews.com/azerbaijani-army-enters-lachin-region-after-28-years-160481",
					"During the 44-day conflict, Azerbaijan liberated several cities"),
				src.Q(language.English, statementAzMFA,
					"Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation"),
				src.Q(language.English, statementAzMFA, "effective 00:00 Moscow time on 10 November 2020"),
				src.Q(language.English, statementAmGov,
					"Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation"),
			),
		},
		{
			// seed-discrepancies §1, with ERRATA (main source: Armenian Public Radio).
			ID:      MisattributedBorderQuote,
			Claim:   "The agreement („Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation“) states: „In accordance with an agreement negotiated by the Russian side, the fire on the eastern part of the Armenian-Azerbaijani border has been stopped and the situation is relatively stable,“ the Armenian Defense Ministry said.",
			Lang:    en,
			Where:   "seed article, paragraph 1",
			Verdict: Misattributed,
			Correction: "The quoted sentence is not in the statement of 10 November 2020, none of whose points " +
				"mentions the Armenian-Azerbaijani border. It is the Armenian Ministry of Defence on 16 November 2021, " +
				"a year later, after that day's border clash: through Russian mediation, the fire in the eastern border " +
				"zone of Armenia had stopped from 18:30 and the situation was relatively stable. It is not part of any " +
				"trilateral statement.",
			Actors: karabakh.ListOf(actors.ArmenianDefenceMinistry, actors.Armenia, actors.Russia),
			Places: karabakh.ListOf(places.Armenia),
			Events: karabakh.ListOf(timeline.BorderClash2021, timeline.BorderCeasefire2021),
			Cues: Cues{
				Terms: terms(term(en, "the fire on the eastern part of the Armenian-Azerbaijani border has been stopped"),
					term(en, "the situation is relatively stable"), term(ru, "ситуация относительно стабильная"),
					term(az, "vəziyyət nisbətən sabitdir"), term(hy, "իրավիճակը հարաբերականորեն կայուն է")),
				Contradicts: "agreement statement-2020-11-10 points",
			},
			Sources: src.List(
				src.Q(language.English, "https://en.armradio.am/2021/11/16/fire-ceased-situation-on-border-relatively-stable-armenian-ministry-of-defense-says/",
					"the fire in the eastern border zone of the Republic of Armenia has been stopped from 18:30, the situation is relatively stable"),
				src.Q(language.English, "https://www.worldstockmarket.net/armenia-announces-ceasefire-agreement-with-azerbaijan-moscow-mediation/?amp",
					"Through the mediation of the Russian side, an agreement was reached to end the exchange of fire on the eastern border of Armenia from 18.30 in the afternoon"),
				src.Q(language.English, "https://www.armenianclub.com/2021/11/22/russia-helps-stabilize-border-situation-armenian-defense-ministry/",
					"According to an agreement brokered by Russia, the parties managed to stabilize the situation on the Armenian-Azerbaijani border. The situation was relatively calm as of 06:30 pm."),
				src.Q(language.English, "https://mirrorspectator.com/2021/11/16/armenia-confirms-casualties-loss-of-military-posts-in-clashes-with-azerbaijan-ceasefire-reached/",
					"Russian mediation led to a ceasefire starting at 18:30 Yerevan time on Tuesday, November 16 after border clashes."),
				src.Q(language.English, "https://www.armenpress.am/eng/news/1068332/",
					"presented the situation on the eastern part of the Armenian-Azerbaijani border after the provocation of the Azerbaijani Armed Forces on November 16"),
			),
		},
		{
			// seed-discrepancies §11: "invading" is wrong, "tanks" unsupported.
			ID:      TroopsAndTanksInvading,
			Claim:   "Already on November 10, 2020, it was reported that Russian troops and tanks, which were supposed to form a peacekeeping force under the agreement, were invading the Nagorno-Karabakh region.",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Wrong,
			Correction: "The English text the article was translated from says the forces were expected to enter the " +
				"Nagorno-Karabakh region: \"invading\" is a mistranslation of \"entering\". No tanks are recorded: point 3 " +
				"lists 90 armoured personnel carriers, and the Russian defence ministry named BTR-82A armoured personnel " +
				"carriers and Tigr and Taifun armoured cars.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent, actors.Russia, actors.RussianDefenceMinistry),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point3),
			Note:   "Two findings: \"invading\" is wrong (a translation error); \"tanks\" is unsupported by any stored source. The stronger, Wrong, is the verdict.",
			Events: karabakh.ListOf(timeline.PeacekeepersDeploy),
			Cues: Cues{
				Terms: terms(term(en, "troops and tanks"), term(en, "invading the Nagorno-Karabakh region"), term(ru, "российские танки"),
					term(az, "rus tankları"), term(hy, "ռուսական տանկեր")),
				Contradicts: "point statement-2020-11-10#3 quantities",
			},
			Sources: src.List(
				src.Q(language.English, lpm24, "are expected to enter the Nagorno-Karabakh region"),
				src.Q(language.Russian, eadailyGoris, "в том числе бронетранспортерами БТР-82А, бронированными автомобилями «Тигр» и «Тайфун»"),
				src.P(statementAzMFA, 3),
			),
		},
		{
			// seed-discrepancies §12: unverified, and contradicted by the dated reports.
			ID:      AirliftBeforeSigning,
			Claim:   "The force was reportedly airlifted to Armenia prior to the signing of the agreement.",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Wrong,
			Correction: "The stored reports date the airlift after the signing: Il-76 transport aircraft took off from " +
				"Ulyanovsk-Vostochny early on Tuesday 10 November 2020, from about 03:00 GMT.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent),
			Places: karabakh.ListOf(places.Armenia),
			Points: karabakh.ListOf(agreement.Point3),
			Note: "Marked \"unverified / contradicted\" in the check: the only stored page with the claim is the " +
				"Wikipedia-derived text the article was translated from, which gives no source; the dated reports " +
				"contradict it, so the stronger verdict, Wrong, is given.",
			Events: karabakh.ListOf(timeline.StatementSigned, timeline.PeacekeepersDeploy),
			Cues: Cues{
				Terms:       terms(term(en, "airlifted to Armenia prior to the signing"), term(ru, "переброшены до подписания")),
				Contradicts: "event 2020-11-10-peacekeepers-deployment-begins when",
			},
			Sources: src.List(
				src.Q(language.English, sputnikAirlift,
					"Russia started transferring peacekeepers and equipment at around 03:00 am GMT Tuesday, using Il-76 heavy military transport aircraft that took off from the Ulyanovsk-Vostochny airfield."),
				src.Q(language.Russian, "https://glagol.press/?p=10925",
					"Рано утром во вторник, 10 ноября, с аэродрома Ульяновск-Восточный военные самолёты вылетели"),
			),
		},
		{
			// seed-discrepancies §13, with ERRATA (RBC: a battalion entered at 17:00).
			ID:      BrigadeNameAndDate,
			Claim:   "On November 12, the Russian force consisted mainly of personnel from the 15th Separate Motorized Rifle Brigade, which had entered stepanakert and began stationing observation posts throughout the region.",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Imprecise,
			Correction: "The core of the force came from the 15th Separate Motorised Rifle Brigade of Russia's Central " +
				"Military District, which the Russian defence ministry also called the 15th separate peacekeeping " +
				"brigade: one unit, two names. Not the whole brigade but a battalion of it entered Stepanakert, at 17:00 " +
				"local time (16:00 Moscow), according to ministry spokesman Igor Konashenkov as reported by RBC on " +
				"12 November 2020. On 12 November a column reached Goris after a march of over 300 km; all observation " +
				"posts were deployed by 15 November. The commander was Lieutenant-General Rustam Muradov.",
			Actors: karabakh.ListOf(actors.Brigade15, actors.PeacekeepingContingent, actors.Muradov, actors.RussianDefenceMinistry),
			Places: karabakh.ListOf(places.Stepanakert, places.Goris),
			Points: karabakh.ListOf(agreement.Point3),
			Note:   "The Armenews report of the arrival at 17:00 does not give the day in its stored excerpt.",
			Events: karabakh.ListOf(timeline.PeacekeepersDeploy, timeline.PeacekeepersReachGoris, timeline.MuradovCommands, timeline.ObservationPostsDeployed),
			Cues: Cues{
				Terms: terms(term(en, "15th Separate Motorized Rifle Brigade"), term(ru, "15-й отдельной мотострелковой бригады"),
					term(ru, "15-й отдельной миротворческой бригады")),
				Figures:     karabakh.ListOf("November 12", "15th"),
				Contradicts: "event 2020-11-10-peacekeepers-deployment-begins summary",
			},
			Sources: src.List(
				src.Q(language.English, sputnikAirlift,
					"The core of the peacekeeping contingent will be made up of units from the 15th Separate Motorised Rifle Brigade of the nation's Central Military District."),
				src.Q(language.Russian, eadailyGoris, "Колонна подразделений 15-й отдельной миротворческой бригады"),
				src.Q(language.Russian, eadailyGoris, "совершила марш протяженностью свыше 300 км и прибыла в район сосредоточения в город Горис"),
				// Found with the search tool (ERRATA names the page, not its address).
				src.Q(language.Russian, "https://novideo.rbc.ru/politics/12/11/2020/5fad70d79a79473108500734?from=materials_on_subject",
					"батальон 15-й отдельной мотострелковой бригады вошел в город в 17:00 (16:00 мск)"),
				src.Q(language.French, "https://www.armenews.com/spip.php?page=article&id_article=71894",
					"La 15e brigade blindée et des forces de paix est arrivée à 17 heures à Stepanakert a indiqué Igor Konashnikov."),
				src.Q(language.Russian, "https://semeistvo.by/2020/11/16/eshhe-20-samoletov-s-mirotvorczami-pribyli-v-erevan.html",
					"15 ноября российские миротворцы развернули все наблюдательные посты в южной и северной зонах ответственности"),
				src.Q(language.Russian, "https://ria.ru/amp/20201114/mirotvortsy-1584632513.html",
					"Командующий российскими миротворческими силами в Нагорном Карабахе генерал-лейтенант Рустам Мурадов"),
			),
		},
		{
			// seed-discrepancies §10.
			ID:      StepanakertLowerCase,
			Claim:   "which had entered stepanakert",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Garbled,
			Correction: "The city's name is written with a capital: Stepanakert (Armenian Ստեփանակերտ, Russian " +
				"Степанакерт). Azerbaijani usage is Khankendi (Xankəndi).",
			Places: karabakh.ListOf(places.Stepanakert),
			Cues: Cues{
				Terms:       terms(term(en, "stepanakert")),
				Contradicts: "place stepanakert names",
			},
			Sources: src.List(
				src.Q(language.Armenian, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev",
					"Աղդամ (Ակնա)-Ստեփանակերտ ճանապարհի բացումն"),
				src.Q(language.Russian, "https://ukraina.ru/20201125/1029733848.html?chat_room_id=1029733848",
					"Командный пункт находится в Степанакерте."),
				src.Q(language.English, "http://worldebooklibrary.net/articles/ISO_3166-2:AZ",
					"AZ-XA Xankəndi Stepanakert municipality"),
			),
		},
		{
			// seed-discrepancies §22.
			ID:         HarutyunyanAgreed,
			Claim:      "The President of the self-proclaimed Republic of Artsakh, Arayik Harutyunyan, also agreed to an end to hostilities.",
			Lang:       en,
			Where:      "seed article, paragraph 2",
			Verdict:    Correct,
			Correction: "Confirmed: Arayik Harutyunyan, president of the self-proclaimed Republic of Artsakh, also agreed to an end of hostilities.",
			Actors:     karabakh.ListOf(actors.Harutyunyan, actors.Artsakh),
			Events:     karabakh.ListOf(timeline.HarutyunyanAgrees),
			Cues: Cues{
				Terms: terms(term(en, "Arayik Harutyunyan, also agreed to an end to hostilities"), term(ru, "Араик Арутюнян"),
					term(hy, "Արայիկ Հարությունյան"), term(az, "Arayik Arutyunyan")),
			},
			Sources: src.List(
				src.Q(language.English, wikiCeasefire,
					"The president of the breakaway Republic of Artsakh, Arayik Harutyunyan, also agreed to an end of hostilities."),
			),
		},
		{
			// seed-discrepancies §15.
			ID:      TransportDealSoon,
			Claim:   "After the meeting, Pashinyan also said the parties were very close to a transport agreement, but gave no details. […] Putin said a transport deal would be reached „very soon,“ and he stressed Russia`s interest in doing so.",
			Lang:    en,
			Where:   "seed article, paragraphs 2 and 3",
			Verdict: Unverified,
			Correction: "The article does not say which meeting it means, and no stored source has these statements. The " +
				"closest found: on 3 February 2022 Pashinyan spoke of \"the first tangible result of a special working " +
				"group\" on transport links; on 25 May 2023 in Moscow Putin called the remaining transport issues \"mere technicalities\", and " +
				"the deputy prime ministers were to continue a week later. No transport deal was concluded in the " +
				"trilateral format: by 9 November 2023 the working group had met 12 times, and the Russian Foreign Ministry said: " +
				"\"Unfortunately, we have not yet been able to put an end to these issues.\"",
			Actors: karabakh.ListOf(actors.Pashinyan, actors.Putin, actors.TrilateralWorkingGroup),
			Points: karabakh.ListOf(agreement.Point9),
			Events: karabakh.ListOf(timeline.TransportClosingIn, timeline.MoscowMeeting2023, timeline.ZakharovaWorkingGroup),
			Cues: Cues{
				Terms: terms(term(en, "very close to a transport agreement"), term(en, "transport deal would be reached"),
					term(ru, "транспортное соглашение")),
			},
			Sources: src.List(
				src.Q(language.English, "https://nh-logistics.com/our-news/armenia/armenia-azerbaijan-russia-closing-in-on-unblocking-of-transport-routes",
					"the first tangible result of a special working group"),
				src.Q(language.English, "http://en.special.kremlin.ru/catalog/countries/AM/events/71207",
					"in my opinion, these are mere technicalities"),
				src.Q(language.English, "https://karabakhspace.commonspace.eu/news/pashinyan-and-aliyev-discuss-reopening-transport-communications-moscow",
					"an agreement was reached to continue the work after a week, within the framework of the meeting of the deputy prime ministers of the three countries"),
				src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
					"A total of 12 meetings of the trilateral working group on opening communications"),
				src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
					"“Unfortunately, we have not yet been able to put an end to these issues."),
			),
		},
		{
			// seed-discrepancies §3.
			ID:      ErdoganMojibake,
			Claim:   "Turkish President Recep Tayyip ErdoAan […] ErdoÄan apparently also expected",
			Lang:    en,
			Where:   "seed article, paragraphs 2 and 3",
			Verdict: Garbled,
			Correction: "The name is Recep Tayyip Erdoğan, with ğ (U+011F, Latin small letter g with breve); the ASCII " +
				"spelling Erdogan is also in wide use. \"ErdoÄan\" is mojibake and \"ErdoAan\" a further degraded form.",
			Actors: karabakh.ListOf(actors.Erdogan),
			Note: "How the damage arose is our own reading, not a source's: ğ is C4 9F in UTF-8; read as Latin-1 or " +
				"Windows-1252 the byte C4 shows as Ä and the next byte is lost or invisible.",
			Cues: Cues{
				Terms:       terms(term(en, "ErdoAan"), term(en, "Erdo\u00c4an")),
				Contradicts: "actor recep-tayyip-erdogan names",
			},
			Sources: src.List(
				src.Q(language.Turkish, "https://habername.com/haber-cumhurbaskani-erdogan-rusya-devlet-baskani-putin-ile-telefonda-gorustu-1-132928.htm",
					"Cumhurbaşkanı Recep Tayyip Erdoğan"),
				src.Q(language.English, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O",
					"Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling"),
			),
		},
		{
			// seed-discrepancies §4.
			ID:      ErdoganMinskReview,
			Claim:   "has publicly called for a review of the Organization for Security and Cooperation in the European Union`s (OSCE) Minsk process, which would give Turkey a greater role in the negotiations.",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Imprecise,
			Correction: "The sources show Erdoğan criticising the Minsk Group, not formally calling for a review: on " +
				"14 October 2020 he said it was stalling, and on 23 October 2020 that it had not made much progress and " +
				"that if Russia took part in solving the Karabakh problem, Turkey had the same right to engage. No stored " +
				"source records a formal proposal to review the process.",
			Actors: karabakh.ListOf(actors.Erdogan, actors.Turkey, actors.OSCEMinskGroup),
			Events: karabakh.ListOf(timeline.ErdoganMinskStalling, timeline.ErdoganRightToEngage),
			Cues: Cues{
				Terms: terms(term(en, "review of the Organization for Security and Cooperation"), term(en, "review of the OSCE Minsk process"),
					term(ru, "пересмотр Минского процесса")),
				Contradicts: "event 2020-10-14-erdogan-says-minsk-group-stalling summary",
			},
			Sources: src.List(
				src.Q(language.English, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O",
					"Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict"),
				src.Q(language.English, urdupoint, "had not made much progress"),
				src.Q(language.English, urdupoint,
					"If Russia wants to take part in solving the Karabakh problem, Turkey thinks it has the same right to engage."),
			),
		},
		{
			// seed-discrepancies §2.
			ID:      OSCEName,
			Claim:   "Organization for Security and Cooperation in the European Union`s (OSCE) Minsk process",
			Lang:    en,
			Where:   "seed article, paragraph 2",
			Verdict: Wrong,
			Correction: "The OSCE is the Organization for Security and Co-operation in Europe (French: Organisation pour " +
				"la sécurité et la coopération en Europe); it is not a body of the European Union. The backtick in " +
				"\"Union`s\" stands for an apostrophe.",
			Actors: karabakh.ListOf(actors.OSCE, actors.OSCEMinskGroup),
			Cues: Cues{
				Terms: terms(term(en, "Organization for Security and Cooperation in the European Union"),
					term(en, "Security and Cooperation in the European Union`s")),
				Contradicts: "actor osce names",
			},
			Sources: src.List(
				src.Q(language.English, urdupoint, "the Organization for Security and Co-operation in Europe's Minsk Group"),
				src.Q(language.French, "https://m.vovworld.vn/fr-CH/actualites/hautkarabakh-la-france-la-russie-et-les-etatsunis-appellent-au-cessezlefeu-907609.vov",
					"l'Organisation pour la sécurité et la coopération en Europe (OSCE)"),
			),
		},
		{
			// seed-discrepancies §5: the expectation is sourced; the outcome differs.
			ID:      TurkeyJointPeacekeeping,
			Claim:   "ErdoÄan apparently also expected Turkey to be part of a joint peacekeeping force with Russia.",
			Lang:    en,
			Where:   "seed article, paragraph 3",
			Verdict: Imprecise,
			Correction: "Erdoğan did say on 11 November 2020 that Turkey would take part with Russia in a joint peace " +
				"force, and Aliyev said on 10 November that Turkey would take part in peacekeeping. But the statement " +
				"gives the peacekeeping contingent to Russia alone (point 3). Turkey's part was the joint " +
				"Russian-Turkish ceasefire monitoring centre, agreed in a memorandum signed on 11 November 2020 after " +
				"talks between the Russian and Turkish defence ministers, Shoigu and Akar, and opened on 30 January 2021.",
			Actors: karabakh.ListOf(actors.Erdogan, actors.Aliyev, actors.Turkey, actors.Russia, actors.JointMonitoringCentre, actors.Shoigu, actors.Akar),
			Points: karabakh.ListOf(agreement.Point3, agreement.Point5),
			Events: karabakh.ListOf(timeline.AliyevTurkeyPeacekeeping, timeline.ErdoganJointPeaceForce, timeline.MonitoringCentreMemorandum, timeline.MonitoringCentreOpens),
			Cues: Cues{
				Terms: terms(term(en, "joint peacekeeping force with Russia"), term(ru, "совместные миротворческие силы"),
					term(az, "birgə sülhməramlı"), term(hy, "համատեղ խաղաղապահ"), term(language.Turkish, "ortak barış gücü")),
				Contradicts: "point statement-2020-11-10#3 texts",
			},
			Sources: src.List(
				src.Q(language.Turkish, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/",
					"Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak."),
				src.Q(language.Russian, vovworldRu,
					"Он также добавил, что Турция примет участие в миротворческой деятельности в Нагорном Карабахе."),
				src.P(statementAzMFA, 3),
				src.Q(language.English, hyetertCentre,
					"A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"),
				src.Q(language.English, hyetertCentre,
					"was signed on November 11 following talks between Russian Defense Minister Sergei Shoigu and his Turkish counterpart Hulusi Akar."),
				src.Q(language.English, hyetertCentre,
					"A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."),
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3373033.html",
					"The opening ceremony of Turkish-Russian Monitoring Center in Azerbaijan's Aghdam district has ended, Trend's Karabakh bureau reports on January 30."),
			),
		},
		{
			// seed-discrepancies §6: the sources disagree on district or city.
			ID:      MonitoringCentreAghdam,
			Claim:   "Its main task in the field is to participate in an observation center set up in the city of Aghdam, whose functions have not yet been fully clarified.",
			Lang:    en,
			Where:   "seed article, paragraph 3",
			Verdict: Imprecise,
			Correction: "The Joint Russian-Turkish Monitoring Centre opened on 30 January 2021 near the locality of " +
				"Kiyamanddinli (as the source spells it) in Azerbaijan's Aghdam district; Turkey's defence ministry, as News.az reported it, placed it in the city of Aghdam. The " +
				"sources disagree (district, near a village, or city), and both versions are kept. The centre ceased its " +
				"activities on 26 April 2024.",
			Actors: karabakh.ListOf(actors.JointMonitoringCentre),
			Places: karabakh.ListOf(places.AghdamDistrict, places.Aghdam),
			Points: karabakh.ListOf(agreement.Point5),
			Events: karabakh.ListOf(timeline.MonitoringCentreOpens, timeline.MonitoringCentreClosureAnnounce, timeline.MonitoringCentreCloses),
			Cues: Cues{
				Terms: terms(term(en, "observation center set up in the city of Aghdam"), term(ru, "центр мониторинга в Агдаме"),
					term(az, "Ağdamda monitorinq mərkəzi")),
				Contradicts: "event 2021-01-30-monitoring-centre-opens places",
			},
			Sources: src.List(
				src.Q(language.English, hyetertCentre,
					"A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."),
				src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
					"established in accordance with the memorandum between the Republic of Türkiye and the Russian Federation on January 30, 2021, in the city of Aghdam"),
				src.Q(language.English, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh",
					"The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
			),
		},
		{
			// seed-discrepancies §7.
			ID:      DelimitationDemarcation,
			Claim:   "especially one on the formal demarcation and demarcation of the borders between Armenia and Azerbaijan",
			Lang:    en,
			Where:   "seed article, paragraph 3",
			Verdict: Garbled,
			Correction: "The term is delimitation and (afterwards) demarcation of the border. The Sochi statement of " +
				"26 November 2021 speaks of delimitation, and afterwards demarcation, of the state border between " +
				"Armenia and Azerbaijan; Putin said the same day that work on delimitation and demarcation would start " +
				"in the near future.",
			Actors: karabakh.ListOf(actors.Armenia, actors.Azerbaijan, actors.Putin),
			Places: karabakh.ListOf(places.Armenia, places.Azerbaijan),
			Events: karabakh.ListOf(timeline.SochiStatementSigned),
			Cues: Cues{
				Terms:       terms(term(en, "demarcation and demarcation"), term(ru, "демаркации и демаркации")),
				Contradicts: "event 2021-11-26-sochi-trilateral-statement summary",
			},
			Sources: src.List(
				src.Q(language.English, "https://hetq.am/en/article/138291",
					"on delimitation, and afterwards demarcation, of the state border between the Republic of Armenia and the Republic of Azerbaijan"),
				src.Q(language.English, "https://apa.az/en/xeber/foreign-politics/putin-in-sochi-it-is-agreed-to-start-work-on-demarcation-of-the-armenian-azerbaijani-border-362692",
					"We agree to start work on delimitation and demarcation of borders in the near future."),
			),
		},
		{
			// seed-discrepancies §14: "enclave" is wrong; "a road" imprecise.
			ID:      NakhchivanEnclaveRoad,
			Claim:   "especially a road through Armenia that connects the Azerbaijani mainland to its enclave of Nakhchivan.",
			Lang:    en,
			Where:   "seed article, paragraph 3",
			Verdict: Wrong,
			Correction: "Nakhchivan is an exclave of Azerbaijan, not an enclave. Point 9 mentions no road or corridor: all " +
				"economic and transport links are unblocked, Armenia guarantees the security of transport links between " +
				"the western regions of Azerbaijan and Nakhchivan, and the Border Guard Service of Russia's FSB oversees " +
				"them. Armenia reads the statement as providing for no corridor through its territory. Under the " +
				"Washington declaration of 8 August 2025 the route was named the Trump Route for International Peace " +
				"and Prosperity.",
			Actors: karabakh.ListOf(actors.Armenia, actors.Azerbaijan, actors.FSBBorderService),
			Places: karabakh.ListOf(places.Nakhchivan, places.Armenia, places.TRIPPRoute),
			Points: karabakh.ListOf(agreement.Point9),
			Note:   "Two findings: \"enclave\" is wrong; \"a road\" is imprecise. The stronger, Wrong, is the verdict.",
			Events: karabakh.ListOf(timeline.NoCorridorThroughArmenia, timeline.TRIPPNamed),
			Cues: Cues{
				Terms: terms(term(en, "enclave of Nakhchivan"), term(en, "a road through Armenia"), term(ru, "анклав Нахичевань"),
					term(az, "Naxçıvan anklavı"), term(hy, "Նախիջևանի անկլավ")),
				Contradicts: "point statement-2020-11-10#9 texts",
			},
			Sources: src.List(
				src.Q(language.English, wikiCeasefire, "Azerbaijan and its Nakhchivan exclave"),
				src.Q(language.English, newsAmPoint9,
					"Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan"),
				src.Q(language.English, newsAmPoint9,
					"The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication."),
				src.Q(language.English, "https://news.am/eng/news/735231.html",
					"The tripartite statement does not envisage the existence of any corridor through the RA"),
				src.Q(language.English, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump",
					"Trump Route for International Peace and Prosperity"),
			),
		},
		{
			// seed-discrepancies §21.
			ID:      MinskGroupCoChairs,
			Claim:   "Before the war, this was the task of the OSCE Minsk Group, led by diplomats from Russia, France and the United States.",
			Lang:    en,
			Where:   "seed article, paragraph 3",
			Verdict: Outdated,
			Correction: "True when written: Russia, the United States and France co-chaired the Minsk Group. The OSCE " +
				"Ministerial Council decided on 1 September 2025 to close the Minsk Process and its related structures, " +
				"and the closure was completed at 23:59 on 30 November 2025.",
			Actors: karabakh.ListOf(actors.OSCEMinskGroup, actors.Russia, actors.France, actors.UnitedStates),
			Events: karabakh.ListOf(timeline.MinskCoChairsBegin, timeline.MinskClosureDecision, timeline.MinskGroupClosed),
			Cues: Cues{
				Terms: terms(term(en, "OSCE Minsk Group, led by diplomats from Russia, France and the United States"),
					term(ru, "сопредседатели Минской группы ОБСЕ"), term(az, "ATƏT-in Minsk qrupunun həmsədrləri"),
					term(hy, "ԵԱՀԿ Մինսկի խմբի համանախագահներ")),
				Contradicts: "event 2025-11-30-minsk-process-closed when",
			},
			Sources: src.List(
				src.Q(language.English, "https://en.mehrnews.com/news/236031/Minsk-Group-officially-dissolved",
					"It was later co-chaired by Russia, the United States and France"),
				src.Q(language.English, "https://www.azernews.az/nation/246825.html",
					"On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures"),
				src.Q(language.English, "https://mediamax.am/en/news/foreignpolicy/59419/",
					"The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025."),
			),
		},
		{
			// seed-discrepancies §20.
			ID:      MirzoyanBeaten,
			Claim:   "The speaker of the Armenian parliament, Ararat Mirzoyan, was beaten by an angry mob that stormed the parliament after the peace agreement was announced.",
			Lang:    en,
			Where:   "seed article, paragraph 4",
			Verdict: Correct,
			Correction: "Confirmed: on 10 November 2020 Pashinyan said that Ararat Mirzoyan had been beaten, was undergoing " +
				"surgery and that his life was not under threat. Mirzoyan was speaker from 14 January 2019 to " +
				"2 August 2021 and was appointed foreign minister on 19 August 2021.",
			Actors: karabakh.ListOf(actors.Mirzoyan, actors.Pashinyan),
			Places: karabakh.ListOf(places.Yerevan),
			Events: karabakh.ListOf(timeline.MirzoyanBecomesSpeaker, timeline.YerevanProtests, timeline.MirzoyanBeaten, timeline.MirzoyanSpeakerTermEnds, timeline.MirzoyanForeignMinister),
			Cues: Cues{
				Terms: terms(term(en, "Ararat Mirzoyan, was beaten"), term(ru, "Арарат Мирзоян"), term(hy, "Արարատ Միրզոյան"),
					term(az, "Ararat Mirzoyan")),
			},
			Sources: src.List(
				src.Q(language.English, "https://www.indiatoday.in/world/story/armenian-parliament-speaker-assaulted-by-angry-protesters-over-peace-deal-undergoes-surgery-1739576-2020-11-10",
					"Some thugs beat Ararat Mirzoyan. Now he is undergoing surgery, his life is not under threat"),
				src.Q(language.French, "https://fr.xcv.wiki/wiki/Ararat_Mirzoyan",
					"Président de l'Assemblée nationale d'Arménie En fonction du 14 janvier 2019 au 2 août 2021"),
				src.Q(language.English, "https://www.azatutyun.am/a/31417973.html",
					"Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian"),
			),
		},
		{
			// seed-discrepancies §16: "garbled / unsupported".
			ID:      Point8Rejected,
			Claim:   "Both sides reject the application of the eighth point of the agreement",
			Lang:    en,
			Where:   "seed article, paragraph 4",
			Verdict: Garbled,
			Correction: "No stored source says that either side rejected point 8. The sources show a dispute over its " +
				"scope: on 26 February 2021 Aliyev called more than 60 Armenians detained after the war terrorists, not " +
				"prisoners of war, and said all prisoners of war had been returned, which Armenia's Human Rights " +
				"Defender disputed; on 10 September 2024 Pashinyan said that prisoners of war, hostages and other " +
				"detainees were still held in Azerbaijan, so point 8 had not been carried out.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Pashinyan),
			Points: karabakh.ListOf(agreement.Point8),
			Note: "Marked \"garbled / unsupported\" in the check: the claim distorts a dispute over the point's scope " +
				"(Garbled, the stronger finding), and nothing stored supports a rejection by either side.",
			Events: karabakh.ListOf(timeline.AliyevPOWClaim, timeline.PashinyanPoints7And8),
			Cues: Cues{
				Terms:       terms(term(en, "reject the application of the eighth point"), term(ru, "отвергают применение восьмого пункта")),
				Contradicts: "point statement-2020-11-10#8 obligations",
			},
			Sources: src.List(
				src.Q(language.English, iravabanAliyev,
					"We carried out an anti-terrorist operation, as a result of which more than 60 terrorists were arrested."),
				src.Q(language.English, iravabanAliyev, "We returned all the prisoners of war"),
				src.Q(language.English, iravabanAliyev,
					"The Human Rights Defender of Armenia once again decisively declares that all servicemen and civilians of the Armenian side detained in Azerbaijan are prisoners by status."),
				// Found with the search tool on the page the check cites.
				src.Q(language.French, armenpressFr,
					"À ce jour, il y a des prisonniers de guerre, des otages et d'autres personnes détenues en Azerbaïdjan, ils n'ont pas été renvoyés à ce jour"),
			),
		},
		{
			// seed-discrepancies §17.
			ID:      Point8Quotation,
			Claim:   "„The parties shall exchange prisoners of war, hostages and other detainees, as well as corpses.“",
			Lang:    en,
			Where:   "seed article, paragraph 4",
			Verdict: Imprecise,
			Correction: "The content matches point 8 as quoted elsewhere: an exchange of prisoners of war, hostages and " +
				"other detainees, and of the bodies of the dead. The official English wording (\"bodies of the dead\" " +
				"rather than \"corpses\") could not be checked, as no official English text of point 8 is stored. The " +
				"quotation marks „ “ come from the language the article was machine-translated from.",
			Points: karabakh.ListOf(agreement.Point8),
			Events: karabakh.ListOf(timeline.PashinyanPoints7And8),
			Cues: Cues{
				Terms: terms(term(en, "exchange prisoners of war, hostages and other detainees, as well as corpses"),
					term(ru, "обмен военнопленными, заложниками и другими удерживаемыми лицами")),
				Contradicts: "point statement-2020-11-10#8 texts",
			},
			Sources: src.List(
				src.Q(language.French, armenpressFr,
					"l'échange des prisonniers de guerre, des otages et des autres personnes détenues, ainsi que des corps des personnes décédées"),
			),
		},
		{
			// seed-discrepancies §18.
			ID:      PrisonerExchange2020,
			Claim:   "On December 14, 2020, a prisoner of war exchange took place.",
			Lang:    en,
			Where:   "seed article, paragraph 4",
			Verdict: Correct,
			Correction: "Confirmed: a prisoner exchange began on 14 December 2020, on an \"all for all\" basis according to " +
				"Azerbaijan's State Commission; the Russian " +
				"defence ministry counted 12 captives handed over to Azerbaijan and 44 to Armenia.",
			Actors: karabakh.ListOf(actors.Azerbaijan, actors.Armenia, actors.RussianDefenceMinistry),
			Points: karabakh.ListOf(agreement.Point8),
			Events: karabakh.ListOf(timeline.FirstPrisonerExchange),
			Cues: Cues{
				Terms:   terms(term(en, "prisoner of war exchange"), term(ru, "обмен военнопленными"), term(az, "əsir mübadiləsi")),
				Figures: karabakh.ListOf("December 14, 2020"),
			},
			Sources: src.List(
				src.Q(language.English, "https://english.alaraby.co.uk/english/news/2020/12/15/azerbaijan-armenia-swap-prisoners-from-nagorno-karabakh-conflict",
					"Azerbaijan and Armenia on Monday announced the start of a prisoner exchange"),
				src.Q(language.English, "https://english.alaraby.co.uk/english/news/2020/12/15/azerbaijan-armenia-swap-prisoners-from-nagorno-karabakh-conflict",
					"agreement... on the exchange of prisoners and hostages on an 'all for all' basis"),
				src.Q(language.English, "https://www.trtworld.com/article/13116580",
					"Russia's Defence Ministry said on Monday that 12 captives were handed over to Azerbaijan and 44 to Armenia."),
			),
		},
		{
			// seed-discrepancies §19.
			ID:      PrisonersFebruary2021,
			Claim:   "As of February 1, 2021, however, the Azerbaijani side still had many prisoners and the Armenian side had some.",
			Lang:    en,
			Where:   "seed article, paragraph 4",
			Verdict: Unverified,
			Correction: "No stored source gives a figure for 1 February 2021. The nearest dated statements: on " +
				"26 February 2021 Aliyev spoke of more than 60 Armenians detained, whom he called terrorists; on " +
				"19 March 2021 Human Rights Watch called on Azerbaijan to release all remaining Armenian prisoners of " +
				"war and civilian detainees. Nothing stored supports the claim that the Armenian side still held prisoners.",
			Actors: karabakh.ListOf(actors.Aliyev, actors.Azerbaijan, actors.Armenia, actors.HumanRightsWatch),
			Points: karabakh.ListOf(agreement.Point8),
			Events: karabakh.ListOf(timeline.AliyevPOWClaim, timeline.HRWUrgesRelease),
			Cues: Cues{
				Terms:   terms(term(en, "still had many prisoners"), term(en, "As of February 1, 2021")),
				Figures: karabakh.ListOf("February 1, 2021"),
			},
			Sources: src.List(
				src.Q(language.English, iravabanAliyev,
					"We carried out an anti-terrorist operation, as a result of which more than 60 terrorists were arrested."),
				src.Q(language.English, "https://massispost.com/2021/03/hrw-armenian-pows-abused-in-azerbaijani-custody/",
					"It said Azerbaijan should also immediately release all remaining Armenian POWs and civilian detainees"),
			),
		},
		{
			// seed-discrepancies §9, with ERRATA (RIA Novosti also gave 1,970).
			ID:      Peacekeepers2000,
			Claim:   "the rapid deployment of 2,000 Russian forces to implement the military terms of the agreement.",
			Lang:    en,
			Where:   "seed article, paragraph 5",
			Verdict: Imprecise,
			Correction: "The statement (point 3) provides for 1,960 military personnel, 90 armoured personnel carriers " +
				"and 380 units of motor vehicles and special equipment; \"about 2,000\" is a common rounding. Another " +
				"figure, 1,970 personnel, was reported on 10 November 2020 by Sputnik English and by RIA Novosti citing " +
				"the Russian defence ministry; it conflicts with the statement, whose Russian text is authentic.",
			Actors: karabakh.ListOf(actors.PeacekeepingContingent, actors.RussianDefenceMinistry),
			Points: karabakh.ListOf(agreement.Point3),
			Events: karabakh.ListOf(timeline.PeacekeepersDeploy, timeline.PutinPeacekeepingDecree),
			Cues: Cues{
				Terms: terms(term(en, "2,000 Russian forces"), term(en, "2,000 peacekeepers"), term(ru, "2000 миротворцев"),
					term(az, "2000 sülhməramlı"), term(hy, "2000 խաղաղապահ")),
				Figures:     karabakh.ListOf("2,000"),
				Contradicts: "point statement-2020-11-10#3 quantities",
			},
			Sources: src.List(
				src.Q(language.Russian, statementRu,
					"миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием"),
				src.Q(language.English, statementAzMFA,
					"in the amount of 1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment"),
				src.Q(language.English, wikiCeasefire, "An approximately 2,000-strong Russian peacekeeping force"),
				src.Q(language.English, sputnikAirlift,
					"A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed"),
				// Found with the search tool (ERRATA names the site, not the page).
				src.Q(language.Russian, "https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749",
					"В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники."),
			),
		},
		{
			// seed-discrepancies §24: not in the seed article, a known trap.
			ID:    GazakhInPoint2,
			Claim: "Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020.",
			Lang:  en,
			Where: "not in the seed article: early texts of point 2 that went round on Telegram on 10 November 2020 (news.ru, 07:58), and their copies",
			Seen: src.List(
				src.Q(language.English, "https://news.ru/en/cis-countries/full-text-of-statement-between-azerbaijan-and-armenia-revealed/",
					"Aghdam district and the territories held by the Armenian Party in Gazakh district of the Republic of Azerbaijan shall be returned to the Azerbaijan Party before November 20, 2020."),
				src.Q(language.Azerbaijani, src.S20Devran, "Ağdam və Qazaxın işğal altındakı hissələrini 20 noyabra"),
			),
			Verdict: Wrong,
			Correction: "Every official text of point 2 seen names only the Aghdam district, to be returned to Azerbaijan " +
				"by 20 November 2020. The Gazakh district appears only in early texts circulated on Telegram in the " +
				"early hours of 10 November 2020, in texts copying them, and in Erdoğan's summary of 11 November.",
			Places: karabakh.ListOf(places.AghdamDistrict, places.GazakhDistrict),
			Points: karabakh.ListOf(agreement.Point2),
			Note: "No Azerbaijani-language text from an official site is stored; the Azerbaijani-language text printed " +
				"by Metbuat.az names only the Aghdam district (see 2020-11-10-kremlin-publishes-text). Four villages of Azerbaijan's Gazakh district were returned through the bilateral border " +
				"delimitation of 2024, not under this statement.",
			Events: karabakh.ListOf(timeline.TelegramTextGazakh, timeline.AghdamHandover, timeline.GazakhVillagesReturned),
			Cues: Cues{
				Terms: terms(term(en, "Gazakh district"), term(ru, "Газахском районе"), term(az, "Qazaxın"),
					term(hy, "Ղազախի շրջան")),
				Figures:     karabakh.ListOf("November 20, 2020"),
				Contradicts: "point statement-2020-11-10#2 places",
			},
			Sources: src.List(
				src.Q(language.Russian, statementRu, "Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года"),
				src.Q(language.English, statementAmGov, "Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020."),
				src.Q(language.English, statementAzMFA, "The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020."),
				src.Q(language.German, "https://ger.az24saat.org/2024/05/24/4-doerfer-der-region-gazakh-wurden-an-aserbaidschan-zurueckgegeben",
					"Als Ergebnis der Abgrenzungsstudien wurde eine 12,7 km lange Grenzlinie festgelegt"),
				src.Q(language.English, "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-",
					"Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili"),
			),
		},
	}
}

// records returns every correction: those of the seed article, in the
// order its claims appear, then the misstatements found elsewhere.
func records() []Correction { return append(seedRecords(), elsewhereRecords()...) }
