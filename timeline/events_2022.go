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

// The events of 2022. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	// 2022.
	VolkovTakesCommand        ID = "2022-01-11-volkov-takes-command"
	VolkovPresentedToMinister ID = "2022-01-12-volkov-presented-to-defence-minister"
	TransportClosingIn        ID = "2022-02-03-pashinyan-closing-in-on-transport"
	TeghKornidzorRoad         ID = "2022-07-29-tegh-kornidzor-road"
	NoAgreedNewLachinRoute    ID = "2022-08-04-no-agreed-new-lachin-route"
	LachinBypassAgreed        ID = "2022-08-lachin-bypass-agreed"
	StateCommissionTally2022  ID = "2022-08-30-state-commission-tally"
	BorderClashes2022         ID = "2022-09-13-border-clashes"
	Ceasefire13September2022  ID = "2022-09-13-russian-mediated-ceasefire"
	Ceasefire14September2022  ID = "2022-09-14-ceasefire"
	EUCivilianMission         ID = "2022-10-eu-civilian-mission"
	PragueMeeting             ID = "2022-10-06-prague-meeting"
	SochiSummit2022           ID = "2022-10-31-sochi-summit"
	WorkingGroupEleventh      ID = "2022-12-06-working-group-11th-meeting"
	LachinBlockadeBegins      ID = "2022-12-12-lachin-blockade-begins"
	GasSupplyCut              ID = "2022-12-13-gas-supply-cut"
	NoCorridorThroughArmenia  ID = "2022-12-15-pashinyan-no-corridor"
)

// events2022 returns the events of 2022, in chronological order.
func events2022() []Event {
	// Time zones as the sources give them: the statement fixes Moscow time;
	// Yerevan and Baku are four hours ahead of UTC.
	msk := time.FixedZone("MSK", 3*60*60)
	// Yerevan, Baku and Stepanakert/Khankendi keep UTC+4 all year.
	utc4 := time.FixedZone("UTC+4", 4*3600)

	return []Event{
		{
			ID: VolkovTakesCommand, Kind: Appointment,
			When:    karabakh.Day(2022, time.January, 11).Interval(),
			Title:   "Andrey Volkov becomes commander of the Russian peacekeepers",
			Summary: "Major General Andrey Volkov was reported as the new commander of the Russian peacekeeping contingent, the fourth since November 2020.",
			Actors: karabakh.ListOf(
				Participant{actors.Volkov, Subject},
				Participant{actors.PeacekeepingContingent, Subject},
			),
			Points: karabakh.ListOf(agreement.Point3),
			Note:   "11 January 2022 is the day the appointment was reported, not necessarily the day he took command.",
			Sources: src.List(src.Q(language.Russian, "https://pressunity.org/archives/19139",
				"В Нагорном Карабахе новый командующий миротворческим составом — Андрей Волков. Он стал четвертым главой МС РФ в Карабахе с ноября 2020 года.")),
		},
		{
			ID: VolkovPresentedToMinister, Kind: Meeting,
			When:    karabakh.Day(2022, time.January, 12).Interval(),
			Title:   "Azerbaijan's defence minister receives the new peacekeeping commander",
			Summary: "Azerbaijan's defence minister Zakir Hasanov received Major General Andrey Volkov, the new commander of the Russian peacekeepers; Lieutenant General Rustam Muradov introduced him.",
			Actors: karabakh.ListOf(
				Participant{actors.Azerbaijan, Host},
				Participant{actors.Volkov, TookPart},
				Participant{actors.Muradov, TookPart},
			),
			Points: karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.Azerbaijani, "https://www.azadliq.info/2022/01/12/mudafi%c9%99-naziri-yeni-komandani-q%c9%99bul-edib",
				"“General-mayor A.Volkovu general-leytenant Rüstəm Muradov təqdim edib”"),
				src.Q(language.Azerbaijani, "https://www.azadliq.info/2022/01/12/mudafi%c9%99-naziri-yeni-komandani-q%c9%99bul-edib",
					"Azərbaycan Müdafiə naziri general-polkovnik Zakir Həsənov bu ölkənin ərazisində yerləşdirilən Rusiya sülhməramlı qüvvələrinin yeni komandanı general-mayor Andrey Volkovu qəbul edib.")),
		},
		{
			ID: TransportClosingIn, Kind: Statement,
			When:    karabakh.Day(2022, time.February, 3).Interval(),
			Title:   "Pashinyan speaks of the first tangible result of the transport working group",
			Summary: "Pashinyan spoke of \"the first tangible result of a special working group\" on opening transport communications between Armenia, Azerbaijan and Russia.",
			Actors:  karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Points:  karabakh.ListOf(agreement.Point9),
			Note: "The closest stored statement to the seed article's unsourced claim that Pashinyan was \"very close to a transport agreement\" (seed-discrepancies §15). The stored sources record no transport deal in the trilateral format. " +
				"The page could not be found among the stored copies when this record was checked, so its wording beyond the quote, and its date, are as the research notes give them.",
			Sources: src.List(src.Q(language.English, "https://nh-logistics.com/our-news/armenia/armenia-azerbaijan-russia-closing-in-on-unblocking-of-transport-routes",
				"the first tangible result of a special working group")),
		},
		{
			ID: TeghKornidzorRoad, Kind: Statement,
			When:    karabakh.Day(2022, time.July, 29).Interval(),
			Title:   "Armenia to rebuild the Tegh-Kornidzor road from August 2022",
			Summary: "Armenia's Ministry of Territorial Administration and Infrastructure said reconstruction of the M-12/Tegh-Kornidzor road, a new road bypassing the Lachin corridor, would start in August 2022.",
			Actors:  karabakh.ListOf(Participant{actors.Armenia, Speaker}),
			Places:  karabakh.ListOf(places.LachinCorridor, places.Syunik),
			Points:  karabakh.ListOf(agreement.Point6),
			Sources: src.List(src.Q(language.English, "https://armenpress.am/eng/news/1089245/",
				"The reconstruction of the M-12/-Tegh-Kornidzor road will start in August, 2022"),
				src.Q(language.English, "https://armenpress.am/eng/news/1089245/", "M-12/-Tegh-Kornidzor is a new road bypassing Lachin Corridor."),
				src.Q(language.English, "https://armenpress.am/eng/news/1089245/", "the Ministry of Territorial Administration and Infrastructures said in response to media queries."),
				src.Q(language.English, "https://armenpress.am/eng/news/1089245/", "YEREVAN, JULY 29, ARMENPRESS.")),
		},
		{
			ID: LachinBypassAgreed, Kind: Deadline,
			// "Earlier this month" in a report of 23 August: some day from
			// 1 to 23 August.
			When:    karabakh.Span(karabakh.Month(2022, time.August), karabakh.Day(2022, time.August, 23)),
			Title:   "Armenian side agrees to leave the Lachin corridor settlements by 25 August 2022",
			Summary: "The Armenian side agreed to evacuate the settlements along the Lachin corridor by 25 August 2022 and to start using a bypass road newly built by Azerbaijan.",
			Actors:  karabakh.ListOf(Participant{actors.Armenia, Agent}, Participant{actors.Azerbaijan, TookPart}),
			Places:  karabakh.ListOf(places.LachinCorridor),
			Points:  karabakh.ListOf(agreement.Point6),
			Note:    "The report of 23 August 2022 says the agreement came \"earlier this month\"; its day is not given. The deadline was 25 August.",
			Sources: src.List(src.Q(language.English, "https://www.azatutyun.am/a/32001187.html",
				"the Armenian side agreed earlier this month to evacuate these settlements by August 25 and start using a bypass road newly constructed by Azerbaijan")),
		},
		{
			ID: NoAgreedNewLachinRoute, Kind: Statement,
			When:    karabakh.Day(2022, time.August, 4).Interval(),
			Title:   "Pashinyan: no agreed plan for a new Lachin corridor route",
			Summary: "Pashinyan said Armenia, Russia and Azerbaijan had no approved plan for building a new route through the Lachin corridor.",
			Actors:  karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Places:  karabakh.ListOf(places.LachinCorridor),
			Points:  karabakh.ListOf(agreement.Point6),
			Sources: src.List(src.Q(language.English, "https://www.armenpress.am/eng/news/1089627/",
				"At this moment there is no approved plan between Armenia, Russia and Azerbaijan on building a new route for traffic through Lachin Corridor"),
				src.Q(language.English, "https://www.armenpress.am/eng/news/1089627/", "YEREVAN, AUGUST 4, ARMENPRESS. At this moment there is no approved plan")),
		},
		{
			ID: StateCommissionTally2022, Kind: Statement,
			When:      karabakh.Day(2022, time.August, 30).Interval(),
			Title:     "Azerbaijan's State Commission: 1,713 bodies handed over; 25 Azerbaijanis returned",
			Summary:   "Azerbaijan's State Commission said that since the statement Baku had handed the bodies of 1,713 Armenian servicemen to Yerevan, and Armenia had handed over 25 Azerbaijanis (19 servicemen and six civilians); Azerbaijan released 159 people of Armenian origin (118 servicemen and 41 civilians).",
			Actors:    karabakh.ListOf(Participant{actors.Azerbaijan, Speaker}, Participant{actors.Armenia, Subject}),
			Points:    karabakh.ListOf(agreement.Point8),
			ClaimedBy: actors.Azerbaijan,
			Note:      "Azerbaijani official figures; no Armenian figure for the same date is in the sources.",
			Sources: src.List(
				src.Q(language.English, "https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed",
					"Baku has handed over the bodies of 1,713 Armenian servicemen to Yerevan as a result of joint measures taken after the signing of the trilateral statement"),
				src.Q(language.English, "https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed",
					"After the signing of the trilateral statement, the Armenian side handed over 25 Azerbaijanis (19 military servicemen, and six civilians) to Azerbaijan"),
				src.Q(language.English, "https://news.az/news/baku-hands-over-bodies-of-1713-armenian-servicemen-to-yerevan-after-trilateral-statement-signed",
					"and Azerbaijan released 159 people (118 military servicemen, and 41 civilians, including five women) of Armenian origin."),
			),
		},
		{
			ID: BorderClashes2022, Kind: Clash,
			When:    karabakh.Span(karabakh.Day(2022, time.September, 13), karabakh.Day(2022, time.September, 14)),
			Title:   "Azerbaijani attack along the Armenian border",
			Summary: "Around midnight on 13 September 2022 Azerbaijan attacked along Armenia's border in the Syunik, Gegharkunik and Vayots Dzor regions; Baku blamed Armenian \"provocations\".",
			Actors:  karabakh.ListOf(Participant{actors.Azerbaijan, Agent}, Participant{actors.Armenia, Subject}),
			Places:  karabakh.ListOf(places.Syunik, places.Gegharkunik, places.VayotsDzor, places.Armenia),
			Note: "Casualty counts differ with the moment they were given. Azerbaijani dead: 50 (Azerbaijani defence ministry, as cited by Tasnim; already superseded), 71 (OC Media's live updates), 80 (later total). " +
				"Armenian dead: 105 military (OC Media's live updates); later \"at least 204\" killed or missing (Pashinyan, as cited by a 2024 Wikipedia copy). " +
				"Armenia said Azerbaijan occupied 140 km² of Armenian territory; that is Armenia's claim. " +
				"The end of the span is the day of the ceasefire Armenia announced for that evening (see " + string(Ceasefire14September2022) + ").",
			Sources: src.List(
				src.Q(language.English, "https://ocmedianew.vecto.digital/live-updates-azerbaijan-launches-attacks-along-armenian-border",
					"Azerbaijan launched an attack along the Armenian border in the Syunik, Gegharkunik, and Vayots Dzor regions at around midnight on 13 September"),
				src.Q(language.English, "https://ocmedianew.vecto.digital/?p=29691",
					"Armenia has claimed 105 military casualties so far, while Azerbaijan has announced the death of 71 service members."),
				src.Q(language.English, urlKaaf2022, "According to the Azerbaijani defense ministry, 50 Azerbaijani soldiers were killed."),
				karabakh.Source{URL: urlCydlabs2022, Publisher: src.Publisher(urlCydlabs2022), Lang: language.English,
					Quote: "At least 204 Armenian servicemen were killed or went missing, according to a report by Armenian Prime Minister Nikol Pashinyan.",
					Note:  "A 2024 copy of English Wikipedia; the same page's infobox gives 202."},
				src.Q(language.English, urlCydlabs2022, "Azerbaijan acknowledged 80 fatalities among its forces"),
				src.Q(language.English, urlCydlabs2022, "Per Armenia: Azerbaijan occupied 140 km2 of Armenian territory"),
			),
		},
		{
			ID: Ceasefire13September2022, Kind: Ceasefire,
			When:    karabakh.Day(2022, time.September, 13).Interval(),
			Moment:  at(2022, time.September, 13, 9, 0, msk),
			Title:   "Russia announces a ceasefire from 9:00 Moscow time; fighting goes on",
			Summary: "Russia's foreign ministry said the sides had agreed, through Russian mediation, to a ceasefire from 9:00 Moscow time on 13 September 2022. The fighting continued.",
			Actors:  karabakh.ListOf(Participant{actors.Russia, Mediator}, Participant{actors.Armenia, TookPart}, Participant{actors.Azerbaijan, TookPart}),
			Note: "The time differs between sources: \"9 am Moscow time\" (Russian foreign ministry as reported by SouthFront), \"9 a.m. Tuesday local time\" (Asbarez), and \"09:00 am local time (08:00 am Moscow time)\" (TASS, citing Azerbaijan's Trend). " +
				"9:00 in Moscow, converted to Yerevan's UTC+4, is 10:00, so the versions disagree by an hour. Moment follows the Russian ministry, which announced it. " +
				"The day is the Tuesday of the Asbarez report, 13 September 2022.",
			Sources: src.List(
				src.Q(language.English, "https://arab.southfront.press/new-wave-of-hostilities-between-armenia-and-azerbaijan",
					"the warring sides had agreed to a cease-fire through Russian mediation from 9 am Moscow time"),
				src.Q(language.English, "https://asbarez.com/azerbaijan-continues-attempts-to-advance-into-armenias-territory/",
					"Azerbaijan continued to target border regions, including civilian settlements, despite a tenuous ceasefire that was announced at 9 a.m. Tuesday local time."),
				src.Q(language.English, "https://tass.com/world/1506583",
					"The sides agreed to a ceasefire from 09:00 am local time (08:00 am Moscow time) after a response by the Azerbaijani armed forces."),
			),
		},
		{
			ID: Ceasefire14September2022, Kind: Ceasefire,
			When:    karabakh.Day(2022, time.September, 14).Interval(),
			Moment:  at(2022, time.September, 14, 20, 0, utc4),
			Title:   "Armenia says it and Azerbaijan agreed a ceasefire from 20:00 local time",
			Summary: "Armen Grigoryan, secretary of Armenia's Security Council, said Armenia and Azerbaijan had agreed a ceasefire from 20:00 local time on 14 September 2022 thanks to international efforts.",
			Actors:  karabakh.ListOf(Participant{actors.Armenia, Speaker}, Participant{actors.Azerbaijan, TookPart}),
			// Armenia's announcement: no stored source has Baku confirm it.
			ClaimedBy: actors.Armenia,
			Sources: src.List(src.Q(language.English, urlKaaf2022,
				"Armenia and the Republic of Azerbaijan have agreed a ceasefire from 20:00 local time on September 14 thanks to international efforts")),
		},
		{
			ID: EUCivilianMission, Kind: Deployment,
			When:       karabakh.Span(karabakh.Month(2022, time.October), karabakh.Month(2022, time.December)),
			Title:      "EU civilian mission along the Armenian-Azerbaijani border agreed in Prague, to start in October 2022 for at most two months",
			Summary:    "Agreed in Prague on 6 October 2022: Armenia would facilitate a civilian EU mission alongside its border with Azerbaijan, and Azerbaijan would cooperate with it \"as far as it is concerned\". The mission was to start in October for at most two months.",
			Actors:     karabakh.ListOf(Participant{actors.Armenia, Host}, Participant{actors.Azerbaijan, TookPart}),
			Places:     karabakh.ListOf(places.Armenia),
			Points:     karabakh.ListOf(agreement.PointOf(agreement.StatementPrague2022, 2)),
			Agreements: karabakh.ListOf(agreement.StatementPrague2022),
			Note:       "The dates are the plan announced in Prague (October, for a maximum of two months); the sources do not record when the mission actually deployed or ended.",
			Sources: src.List(
				src.Q(language.English, urlAravotPrague,
					"There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan. Azerbaijan agreed to cooperate with this mission as far as it is concerned."),
				src.Q(language.English, urlAravotPrague, "The mission will start in October for a maximum of two months."),
			),
		},
		{
			ID: PragueMeeting, Kind: Meeting,
			When:  karabakh.Span(karabakh.Day(2022, time.October, 6), karabakh.Day(2022, time.October, 7)),
			Title: "Aliyev and Pashinyan meet in Prague with Macron and Michel",
			Summary: "At the first European Political Community summit in Prague, Aliyev and Pashinyan met with President Macron and European Council President Michel. " +
				"Armenia and Azerbaijan confirmed their commitment to the UN Charter and the 1991 Alma-Ata Declaration, by which each recognises the other's territorial integrity, and agreed on an EU civilian mission along the border.",
			Actors: karabakh.ListOf(
				Participant{actors.Aliyev, TookPart},
				Participant{actors.Pashinyan, TookPart},
				Participant{actors.Macron, TookPart},
			),
			Points:     karabakh.ListOf(agreement.PointOf(agreement.StatementPrague2022, 1), agreement.PointOf(agreement.StatementPrague2022, 2)),
			Agreements: karabakh.ListOf(agreement.StatementPrague2022),
			Note:       "The meeting began on the evening of Thursday 6 October and ended in the early hours of 7 October. PA-X lists Macron and Michel as witnesses of the statement.",
			Sources: src.List(
				src.Q(language.English, urlAravotPrague,
					"Armenia and Azerbaïdjan confirmed their commitment to the Charter of the United Nations and the Alma Ata 1991 Declaration through which both recognize each other’s territorial integrity"),
				src.Q(language.English, urlAravotPrague,
					"There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan. Azerbaijan agreed to cooperate with this mission as far as it is concerned."),
				src.Q(language.English, "https://azatutyun.am/a/32069571.html",
					"The meeting began on Thursday evening and concluded in the early hours of the following morning."),
				src.Q(language.English, "https://pax.peaceagreements.org/agreements/2468",
					"Page 1. Agreement witnessed by: President Macron, President of the French Republic President Michel, President of the European Council"),
				src.Q(language.English, "https://en.wikipedia.org/wiki/1st_European_Political_Community_Summit",
					"The First European Political Community Summit was the inaugural meeting of the European Political Community held on 6 October 2022 in Prague, Czech Republic."),
			),
		},
		{
			ID: SochiSummit2022, Kind: Signing,
			When:  karabakh.Day(2022, time.October, 31).Interval(),
			Title: "Sochi statement: Aliyev, Pashinyan and Putin agree not to use or threaten force",
			Summary: "Meeting in Sochi, Pashinyan, Aliyev and Putin discussed the implementation of the statements of 9 November 2020, 11 January 2021 and 26 November 2021, " +
				"and agreed to refrain from the use or threat of force and to resolve problems on the basis of mutual recognition of sovereignty. Putin said not everything was agreed and some of the experts' draft had been taken out.",
			Actors: karabakh.ListOf(
				Participant{actors.Aliyev, Signatory},
				Participant{actors.Pashinyan, Signatory},
				Participant{actors.Putin, Host},
			),
			Places:     karabakh.ListOf(places.Sochi),
			Points:     karabakh.ListOf(agreement.PointOf(agreement.StatementSochi2022, 1), agreement.PointOf(agreement.StatementSochi2022, 3)),
			Agreements: karabakh.ListOf(agreement.StatementSochi2022, agreement.Statement2020, agreement.StatementJanuary2021, agreement.StatementNovember2021),
			Note:       "PA-X lists Putin only as a witness of this statement, whereas it lists him as a party to the statement of 10 November 2020.",
			Sources: src.List(
				src.Q(language.English, urlMirrorSochi,
					"agreed to refrain from the use of force or the threat of its use and discuss and resolve all problematic issues solely on the basis of mutual recognition of sovereignty"),
				src.Q(language.English, urlMirrorSochi, "”I must say frankly that not everything was agreed.”"),
				src.Q(language.English, urlMirrorSochi, "Some things had to be taken out of the text worked out beforehand at the level of experts"),
				src.Q(language.English, "https://pax.peaceagreements.org/agreements/2454",
					"Page 2. Agreement witnessed by: President of the Russian Federation, V. V. Putin."),
				src.Q(language.English, "https://www.commonspace.eu/index.php/news/sochi-leaders-affirm-committment-prague-principles-leave-space-role-russia",
					"we met in Sochi on October 31, 2022 and discussed the implementation of the tripartite statements of November 9, 2020, January 11, 2021 and November 26."),
			),
		},
		{
			ID: WorkingGroupEleventh, Kind: Meeting,
			When:    karabakh.Day(2022, time.December, 6).Interval(),
			Title:   "Eleventh meeting of the trilateral working group on transport links",
			Summary: "The trilateral working group on opening transport communications in the South Caucasus held its 11th meeting in Moscow, chaired by Overchuk.",
			Actors: karabakh.ListOf(
				Participant{actors.TrilateralWorkingGroup, Agent},
				Participant{actors.Overchuk, Host},
			),
			Places:     karabakh.ListOf(places.Moscow),
			Points:     karabakh.ListOf(agreement.Point9),
			Agreements: karabakh.ListOf(agreement.StatementJanuary2021),
			Note:       "Dated by AzVision, which gives the day; the News.az report is of 7 December 2022, and this event was first dated by it.",
			Sources: src.List(src.Q(language.English, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus",
				"The 11th meeting of the Trilateral Working Group on the opening of transport communications in the South Caucasus was held in Moscow"),
				src.Q(language.English, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus",
					"attended the meeting chaired by the Deputy Prime Minister of the Russian Federation Alexei Overchuk"),
				src.Q(language.English, "https://en.azvision.az/news/164061/news.html",
					"On December 6, the 11th meeting of the Tripartite Working Group was held in Moscow")),
		},
		{
			ID: LachinBlockadeBegins, Kind: Blockade,
			When:   karabakh.Day(2022, time.December, 12).Interval(),
			Moment: at(2022, time.December, 12, 10, 30, utc4),
			Title:  "Blockade of the Lachin corridor begins",
			Summary: "From 10:30 on 12 December 2022 a group of Azerbaijanis, \"allegedly for environmental reasons\" (News.am) and called 'eco-activists' by ACAPS, blocked the Stepanakert-Goris road through the Lachin corridor. " +
				"They set up tents and demanded to meet the peacekeepers' commander, Andrey Volkov.",
			Actors: karabakh.ListOf(
				Participant{actors.Azerbaijan, Agent},
				Participant{actors.Artsakh, Subject},
				Participant{actors.Volkov, Subject},
				Participant{actors.PeacekeepingContingent, Subject},
			),
			Places: karabakh.ListOf(places.LachinCorridor, places.Stepanakert, places.Goris),
			Points: karabakh.ListOf(agreement.Point6),
			Note:   "The time is local (UTC+4). Harutyunyan later dated the blockade from this day (see " + string(CompleteSiege) + ").",
			Sources: src.List(
				src.Q(language.English, urlNewsAm734934,
					"A group of Azerbaijanis blocked the Stepanakert-Goris highway again from 10:30 a.m. on December 12, allegedly for environmental reasons."),
				src.Q(language.English, "https://www.acaps.org/special-report/armenia-azerbaijan-nagorno-karabakh-blockade",
					"Since 12 December 2022, Azerbaijani ‘eco-activists’ have blocked the Lachin corridor."),
				src.Q(language.English, "https://news.am/eng/news/734702.html",
					"They have set up tents and demand a meeting with the commander of the peacekeeping contingent, Andrey Volkov."),
				src.B(src.Q(language.English, "https://mediamax.am/en/news/karabakh/52321/",
					"blockaded Artsakh from December 12, 2022 and from June 15, 2023 completely sieged")),
			),
		},
		{
			ID: GasSupplyCut, Kind: Blockade,
			When:    karabakh.Day(2022, time.December, 13).Interval(),
			Title:   "Gas supply to Nagorno-Karabakh cut",
			Summary: "On the evening of 13 December 2022 the gas supply to Nagorno-Karabakh was cut; news.am attributes the cut to Azerbaijan.",
			Actors:  karabakh.ListOf(Participant{actors.Azerbaijan, Agent}, Participant{actors.Artsakh, Subject}),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Points:  karabakh.ListOf(agreement.Point9),
			Note:    "Reported by an Armenian outlet; no Azerbaijani account of the cut is in the sources.",
			Sources: src.List(src.Q(language.English, urlNewsAm734934,
				"On the evening of December 13, Azerbaijan cut off the gas supply to Artsakh.")),
		},
		{
			ID: NoCorridorThroughArmenia, Kind: Statement,
			When:       karabakh.Day(2022, time.December, 15).Interval(),
			Title:      "Pashinyan: the statement provides for no corridor through Armenia",
			Summary:    "Pashinyan said the trilateral statement does not envisage any corridor through the territory of Armenia.",
			Actors:     karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Places:     karabakh.ListOf(places.Syunik),
			Points:     karabakh.ListOf(agreement.Point9),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Dated by the News.am report of 15 December 2022, the Thursday of the Cabinet meeting it reports.",
			Sources: src.List(src.Q(language.English, "https://news.am/eng/news/735231.html",
				"The tripartite statement does not envisage the existence of any corridor through the RA [(Republic of Armenia)] territory."),
				src.Q(language.English, "https://news.am/eng/news/735231.html",
					"This was stated by Prime Minister Nikol Pashinyan at Thursday’s Cabinet meeting of the Armenian government.")),
		},
	}
}
