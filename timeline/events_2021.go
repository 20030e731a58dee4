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

// The events of 2021. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	// 2021.
	WorkingGroupMeetings2021 ID = "2021-working-group-meets-eight-times"
	RefugeeReturnsJanuary    ID = "2021-01-02-refugee-returns-reported"
	MoscowStatementSigned    ID = "2021-01-11-moscow-trilateral-statement"
	GrigoryanHeadsArmenians  ID = "2021-01-12-grigoryan-heads-armenian-side"
	LavrovNoSecretAnnexes    ID = "2021-01-18-lavrov-no-secret-attachments"
	WorkingGroupFirstMeeting ID = "2021-01-30-working-group-first-meeting"
	MonitoringCentreOpens    ID = "2021-01-30-monitoring-centre-opens"
	AliyevPOWClaim           ID = "2021-02-26-aliyev-claims-all-pows-returned"
	WorkingGroupThirdMeeting ID = "2021-02-28-working-group-third-meeting"
	WorkingGroupListDeadline ID = "2021-03-01-working-group-list-deadline"
	HRWUrgesRelease          ID = "2021-03-19-hrw-urges-release-of-pows"
	MirzoyanSpeakerTermEnds  ID = "2021-08-02-mirzoyan-speaker-term-ends"
	MirzoyanForeignMinister  ID = "2021-08-19-mirzoyan-appointed-foreign-minister"
	MuradovMissionEnds       ID = "2021-09-06-muradov-mission-ends"
	KosobokovCommands        ID = "2021-09-09-kosobokov-named-commander"
	AnashkinCommands         ID = "2021-09-25-anashkin-appointed-commander"
	BorderClash2021          ID = "2021-11-16-border-clash"
	BorderCeasefire2021      ID = "2021-11-16-border-ceasefire"
	SochiStatementSigned     ID = "2021-11-26-sochi-trilateral-statement"
	ZakharovaSochiTransport  ID = "2021-12-24-zakharova-on-sochi-transport-projects"
	ZakharovaQuotesPoint7    ID = "2021-12-30-zakharova-quotes-point-7"
)

// events2021 returns the events of 2021, in chronological order.
func events2021() []Event {
	amt := time.FixedZone("AMT", 4*60*60)
	on := func(y int, m time.Month, d int) karabakh.Interval { return karabakh.Day(y, m, d).Interval() }
	p := func(a actors.ID, r Role) Participant { return Participant{Actor: a, Role: r} }
	jan2021 := func(n int) agreement.PointID { return agreement.PointOf(agreement.StatementJanuary2021, n) }

	return []Event{
		// 2021. The year-precision event sorts before the events known to
		// the day.
		{
			ID:     WorkingGroupMeetings2021,
			Kind:   Meeting,
			When:   karabakh.Year(2021).Interval(),
			Title:  "The trilateral working group on transport links meets eight times in 2021",
			Actors: karabakh.ListOf(p(actors.TrilateralWorkingGroup, Agent)),
			Points: karabakh.ListOf(agreement.Point9),
			Sources: src.List(src.Q(language.English, "https://armenpress.am/eng/news/1085229/",
				"This group held 8 meetings in 2021.")),
		},
		{
			ID:     RefugeeReturnsJanuary,
			Kind:   Displacement,
			When:   on(2021, time.January, 2),
			Title:  "Russian defence ministry: more than 47,100 refugees have returned to Nagorno-Karabakh",
			Actors: karabakh.ListOf(p(actors.RussianDefenceMinistry, Speaker)),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point7),
			Note:   "47,100 is the ministry's \"47,1 тысячи\" (47.1 thousand).",
			Sources: src.List(src.Q(language.Russian, "https://ria.ru/20210102/karabakh-1591851772.html",
				"Всего в Нагорный Карабах в места постоянного проживания уже вернулись более 47,1 тысячи беженцев")),
		},
		{
			ID:         MoscowStatementSigned,
			Kind:       Signing,
			When:       on(2021, time.January, 11),
			Title:      "Aliyev, Pashinyan and Putin meet in Moscow and sign a statement on unblocking transport links",
			Summary:    "The leaders signed a four-point statement setting up a trilateral working group, co-chaired by deputy prime ministers, to carry out point 9. Putin said over 48,000 displaced persons and refugees had returned to Nagorno-Karabakh.",
			Actors:     karabakh.ListOf(p(actors.Aliyev, Signatory), p(actors.Pashinyan, Signatory), p(actors.Putin, Signatory)),
			Places:     karabakh.ListOf(places.Moscow),
			Points:     karabakh.ListOf(agreement.Point9, agreement.Point7, jan2021(1)),
			Agreements: karabakh.ListOf(agreement.StatementJanuary2021, agreement.Statement2020),
			Note: "The refugee figure is Putin's \"over 48 thousand\"; the Russian defence ministry's 47,100 of 2 January 2021 (see " + string(RefugeeReturnsJanuary) + ") is a count at a different moment, not a disagreement: the nine days between them are counted from 2 to 11 January. " +
				"Four-point: counted from the statement's numbered points 1 to 4. The stored quotes give no day; the date is the statement's, as its record gives it (" + string(agreement.StatementJanuary2021) + ").",
			Sources: src.List(src.Q(language.English, "http://en.kremlin.ru/d/64877",
				"Following the consultations, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed the Statement by the President of the Republic of Azerbaijan"), src.Q(language.English, "https://massispost.com/2021/01/armenia-azerbaijan-and-russia-sign-joint-statement/",
				"over 48 thousand displaced persons and refugees have already returned to Nagorno-Karabakh"), src.Q(language.English, "https://president.az./en/articles/view/50070",
				"a trilateral working group co-chaired by deputy prime ministers of the Republic of Azerbaijan and the Republic of Armenia and Deputy Chairman of the Government of the Russian Federation")),
		},
		{
			ID:     GrigoryanHeadsArmenians,
			Kind:   Appointment,
			When:   on(2021, time.January, 12),
			Title:  "Deputy Prime Minister Mher Grigoryan to head the Armenian side of the working group",
			Actors: karabakh.ListOf(p(actors.MherGrigoryan, Subject), p(actors.TrilateralWorkingGroup, TookPart)),
			Points: karabakh.ListOf(agreement.Point9, jan2021(1)),
			Sources: src.List(src.Q(language.Russian, "https://armenpress.am/ru/article/1039942",
				"с армянской стороны возглавит вице-премьер Мгер Григорян"),
				src.Q(language.Russian, "https://armenpress.am/ru/article/1039942", "ЕРЕВАН, 12 ЯНВАРЯ, АРМЕНПРЕСС.")),
		},
		{
			ID:         LavrovNoSecretAnnexes,
			Kind:       Statement,
			When:       on(2021, time.January, 18),
			Title:      "Lavrov: there are no secret attachments to the 9 November and 11 January statements",
			Actors:     karabakh.ListOf(p(actors.Lavrov, Speaker)),
			Agreements: karabakh.ListOf(agreement.Statement2020, agreement.StatementJanuary2021),
			Note:       "Dated by the News.am report of 18 January 2021 (the page's date); the quote gives no day.",
			Sources: src.List(src.Q(language.English, "https://news.am/eng/news/624026.html",
				"There are no secret attachments in the November 9 and January 11 statements.")),
		},
		{
			ID:      WorkingGroupFirstMeeting,
			Kind:    Meeting,
			When:    on(2021, time.January, 30),
			Title:   "The trilateral working group holds its first meeting in Moscow",
			Summary: "The deputy prime ministers Mher Grigoryan (Armenia), Alexei Overchuk (Russia) and Shahin Mustafayev (Azerbaijan) held the first meeting in Moscow on 30 January 2021, the last day the 11 January statement allowed.",
			Actors: karabakh.ListOf(p(actors.TrilateralWorkingGroup, Agent), p(actors.MherGrigoryan, TookPart), p(actors.Overchuk, TookPart),
				p(actors.Mustafayev, TookPart)),
			Places:     karabakh.ListOf(places.Moscow),
			Points:     karabakh.ListOf(agreement.Point9, jan2021(2)),
			Agreements: karabakh.ListOf(agreement.StatementJanuary2021),
			Note:       "The deadline is worded \"before 30 January\" in president.az's English, \"by January 30\" in the Armenian government's, and \"до 30 января\" in the Russian text; the meeting on 30 January met it on the \"by\" reading.",
			Sources: src.List(src.Q(language.Russian, "https://ru.armeniasputnik.am/politics/20210130/26283805/Vstrecha-vitse-premerov-Armenii-Rossii-i-Azerbaydzhana-v-Moskve-o-chem-dogovorilis-storony.html",
				"Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание"),
				src.Q(language.English, "https://massispost.com/2021/01/armenian-russian-azerbaijani-deputy-pms-meet-in-moscow-to-discuss-reopening-transport-links-in-the-region/",
					"held the first meeting of the trilateral working group in Moscow on January 30, 2021"),
				src.Q(language.English, "https://president.az./en/articles/view/50070",
					"The working group will hold its first meeting before 30 January 2021"), src.Q(language.Armenian, "https://aliqmedia.am/2021/04/02/9645",
					"Մհեր Գրիգորյանը, Ալեքսեյ Օվերչուկը եւ Ադրբեջանի փոխվարչապետ Շահին Մուստաֆաեւը եռակողմ աշխատանքային խմբի համանախագահներն են։")),
		},
		{
			ID:      MonitoringCentreOpens,
			Kind:    Opening,
			When:    on(2021, time.January, 30),
			Title:   "The joint Russian-Turkish ceasefire monitoring centre opens in the Aghdam district",
			Summary: "The centre, staffed by up to 60 servicemen each from Turkey and Russia, opened near Kiyamanddinli in Azerbaijan's Aghdam district.",
			Actors:  karabakh.ListOf(p(actors.JointMonitoringCentre, Subject), p(actors.Russia, Agent), p(actors.Turkey, Agent)),
			Places:  karabakh.ListOf(places.Kiyamanddinli, places.AghdamDistrict),
			Points:  karabakh.ListOf(agreement.Point5),
			Note:    "Location: near Kiyamanddinli in the Aghdam district (TASS via Hyetert) versus \"in the city of Aghdam\" (Turkey's defence ministry, as quoted by News.az); we follow the more precise TASS report. The seed article's \"observation center set up in the city of Aghdam\" is imprecise.",
			Sources: src.List(src.Q(language.English, "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/",
				"A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district."), src.Q(language.English, "https://www.brecorder.com/news/amp/40058134",
				"It will be staffed by up to 60 servicemen each from Turkey and from Russia, the defence ministry said in a statement."),
				src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
					"The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating"),
				src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
					"established in accordance with the memorandum between the Republic of Türkiye and the Russian Federation on January 30, 2021, in the city of Aghdam")),
		},
		{
			ID:        AliyevPOWClaim,
			Kind:      Statement,
			When:      on(2021, time.February, 26),
			Title:     "Aliyev claims all prisoners of war have been returned and calls the 60-plus detainees terrorists",
			Summary:   "Aliyev said Azerbaijan had returned all prisoners of war and that more than 60 Armenians detained after the war were \"terrorists\", not prisoners of war. Armenia's Human Rights Defender replied that all servicemen and civilians of the Armenian side held in Azerbaijan are prisoners by status.",
			Actors:    karabakh.ListOf(p(actors.Aliyev, Speaker), p(actors.Armenia, Subject)),
			Points:    karabakh.ListOf(agreement.Point8),
			ClaimedBy: actors.Aliyev,
			Note:      "Azerbaijan's claim. The sources show a dispute over point 8's scope, not a rejection of the point by either side.",
			Sources: src.List(src.Q(language.English, "https://iravaban.net/en/319822.html",
				"We carried out an anti-terrorist operation, as a result of which more than 60 terrorists were arrested."),
				src.Q(language.English, "https://iravaban.net/en/319822.html",
					"We returned all the prisoners of war. We returned them before they returned our prisoners to us."),
				src.Q(language.English, "https://iravaban.net/en/319822.html",
					"Yesterday, on 26 February, 2021, the President of Azerbaijan said:"),
				src.Q(language.English, "https://iravaban.net/en/319822.html",
					"The Human Rights Defender of Armenia once again decisively declares that all servicemen and civilians of the Armenian side detained in Azerbaijan are prisoners by status.")),
		},
		{
			ID:         WorkingGroupThirdMeeting,
			Kind:       Meeting,
			When:       on(2021, time.February, 28),
			Title:      "Overchuk reports on the working group's third meeting: the draft report is to be finalised",
			Summary:    "Alexei Overchuk told reporters the results of the third meeting: the group would finalise the draft report the 11 January statement called for.",
			Actors:     karabakh.ListOf(p(actors.TrilateralWorkingGroup, Agent), p(actors.Overchuk, Speaker)),
			Points:     karabakh.ListOf(agreement.Point9, jan2021(4)),
			Agreements: karabakh.ListOf(agreement.StatementJanuary2021),
			Note:       "Dated by the report (28 February 2021); the stored excerpt does not give the day of the meeting itself.",
			Sources: src.List(src.Q(language.English, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/",
				"Overchuk noted, that the working group decided to finalize the draft report, envisaged by the leaders’ statement of January 11, 2021."), src.Q(language.English, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/",
				"Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group.")),
		},
		{
			ID:         WorkingGroupListDeadline,
			Kind:       Deadline,
			When:       on(2021, time.March, 1),
			Title:      "Deadline for the working group's list and timetable of transport measures",
			Summary:    "By 1 March 2021 the working group was to submit for approval at the highest level a list and timetable of measures to restore and build transport infrastructure. Overchuk said after the group's third meeting that it had decided to finalise its draft report.",
			Actors:     karabakh.ListOf(p(actors.TrilateralWorkingGroup, Subject)),
			Points:     karabakh.ListOf(agreement.Point9, jan2021(4)),
			Agreements: karabakh.ListOf(agreement.StatementJanuary2021),
			Sources: src.List(src.Q(language.English, "https://tass.com/politics/1243685",
				"By March 1, 2021, the working group will submit a list and schedule for the implementation of relevant measures for approval by the parties at the highest level"),
				src.Q(language.English, "https://armenianclub.com/2021/01/18/russia-armenia-azerbaijan-to-set-up-a-working-group-to-discuss-unblocking-economic-relations-and-transport-links-in-the-region/amp",
					"By March 1, 2021, the working group will submit for approval at the highest level a list and schedule of activities"),
				src.Q(language.English, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/",
					"Overchuk noted, that the working group decided to finalize the draft report, envisaged by the leaders’ statement of January 11, 2021."),
				src.Q(language.English, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/",
					"Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group.")),
		},
		{
			ID:     HRWUrgesRelease,
			Kind:   Statement,
			When:   on(2021, time.March, 19),
			Title:  "Human Rights Watch urges Azerbaijan to release all remaining Armenian prisoners of war and civilian detainees",
			Actors: karabakh.ListOf(p(actors.HumanRightsWatch, Speaker), p(actors.Azerbaijan, Subject)),
			Points: karabakh.ListOf(agreement.Point8),
			Note:   "No source gives a count of prisoners for 1 February 2021, the date in the seed article.",
			Sources: src.List(src.Q(language.English, "https://massispost.com/2021/03/hrw-armenian-pows-abused-in-azerbaijani-custody/",
				"It said Azerbaijan should also immediately release all remaining Armenian POWs and civilian detainees"),
				src.Q(language.English, "https://massispost.com/2021/03/hrw-armenian-pows-abused-in-azerbaijani-custody/",
					"the New York-based human rights watchdog said in a statement on March 19.")),
		},
		{
			ID:     MirzoyanSpeakerTermEnds,
			Kind:   Appointment,
			When:   on(2021, time.August, 2),
			Title:  "Ararat Mirzoyan's term as Speaker of the National Assembly ends",
			Actors: karabakh.ListOf(p(actors.Mirzoyan, Subject), p(actors.Armenia, TookPart)),
			Sources: src.List(src.Q(language.French, "https://fr.xcv.wiki/wiki/Ararat_Mirzoyan",
				"Président de l'Assemblée nationale d'Arménie En fonction du 14 janvier 2019 au 2 août 2021")),
		},
		{
			ID:      MirzoyanForeignMinister,
			Kind:    Appointment,
			When:    on(2021, time.August, 19),
			Title:   "Ararat Mirzoyan appointed Foreign Minister of Armenia",
			Summary: "President Armen Sarkissian signed the decree appointing the former speaker foreign minister, on Pashinyan's proposal.",
			Actors:  karabakh.ListOf(p(actors.Mirzoyan, Subject), p(actors.ArmenSarkissian, Agent), p(actors.Pashinyan, TookPart)),
			Note:    "The day is that of the RFE/RL report (\"a decree signed today\").",
			Sources: src.List(src.Q(language.English, "https://www.azatutyun.am/a/31417973.html",
				"Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian upon the proposal of Prime Minister Nikol Pashinian."), src.Q(language.English, "https://www.opednews.com/articles/The-continuation-of-govern-by-Aram-Manukyan-Armenian-210823-887.html",
				"and appointed former speaker of the parliament Ararat Mirzoyan as the head of the Foreign Ministry.")),
		},
		{
			ID:     MuradovMissionEnds,
			Kind:   Appointment,
			When:   on(2021, time.September, 6),
			Title:  "Rustam Muradov's mission as commander of the Russian peacekeepers ends",
			Actors: karabakh.ListOf(p(actors.Muradov, Subject), p(actors.PeacekeepingContingent, TookPart)),
			Points: karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.English, "https://www.armenpress.am/eng/news/1062798/",
				"Lieutenant-General Rustam Muradov’s mission in Nagorno Karabakh completed on September 6, 2021.")),
		},
		{
			ID:      KosobokovCommands,
			Kind:    Appointment,
			When:    on(2021, time.September, 9),
			Title:   "Major-General Mikhail Kosobokov named commander of the Russian peacekeepers",
			Summary: "Kosobokov held the post for only 16 days before Gennady Anashkin replaced him.",
			Actors:  karabakh.ListOf(p(actors.Kosobokov, Subject), p(actors.PeacekeepingContingent, TookPart)),
			Points:  karabakh.ListOf(agreement.Point3),
			Note:    "TASS (in a Spanish copy) gives his term as 9 to 26 September 2021, a day past the 25 September that AzerNews gives for Anashkin's appointment; see " + string(AnashkinCommands) + ".",
			Sources: src.List(src.Q(language.Russian, "https://megafon-m.gazeta.ru/politics/news/2021/09/09/n_16506692.shtml",
				"Новым командующим российскими миротворцами в Карабахе назначен генерал-майор Михаил Кособоков."), src.Q(language.Spanish, "https://infogate.cl/?p=167974",
				"Anashkin reemplazó al comandante del contingente, Mikhail Kosobokov, quien ocupó el cargo durante solo 16 días, del 9 al 26 de septiembre.")),
		},
		{
			ID:      AnashkinCommands,
			Kind:    Appointment,
			When:    on(2021, time.September, 25),
			Title:   "Lieutenant-General Gennady Anashkin appointed commander of the Russian peacekeepers",
			Summary: "Anashkin, the contingent's third commander, was received by the Azerbaijani defence minister on 28 September.",
			Actors:  karabakh.ListOf(p(actors.Anashkin, Subject), p(actors.PeacekeepingContingent, TookPart)),
			Points:  karabakh.ListOf(agreement.Point3),
			Note:    "Sources disagree by a day: AzerNews dates the appointment 25 September 2021, while TASS (Spanish copy) ends Kosobokov's term on 26 September. We date the appointment by AzerNews, which states it directly; 26 September may be the handover. Neither is an official Russian source.",
			Sources: src.List(src.Q(language.English, "https://www.azernews.az/nation/183848.html",
				"Lt-General Anashkin is the third commander of the Russian peacekeeping forces in Azerbaijan, who was appointed to this post on September 25, 2021."),
				src.Q(language.English, "https://www.azernews.az/nation/183848.html",
					"has received the new commander of the Russian peacekeeping forces temporarily deployed in Azerbaijan, Lt-Gen Gennady Anashkin, the Defence Ministry reported on September 28."), src.Q(language.Spanish, "https://infogate.cl/?p=167974",
					"Anashkin reemplazó al comandante del contingente, Mikhail Kosobokov, quien ocupó el cargo durante solo 16 días, del 9 al 26 de septiembre.")),
		},
		{
			ID:      BorderClash2021,
			Kind:    Clash,
			When:    on(2021, time.November, 16),
			Title:   "Deadly clash on the eastern part of the Armenian-Azerbaijani border",
			Summary: "Fighting broke out in the border areas of Armenia's Syunik region. Azerbaijan reported 7 servicemen killed and 10 wounded; the Armenian count rose from 1 to 6 dead, with 13 captured and 24 missing.",
			Actors:  karabakh.ListOf(p(actors.Azerbaijan, Agent), p(actors.Armenia, Agent), p(actors.ArmenianDefenceMinistry, Speaker), p(actors.Papikyan, Speaker), p(actors.Shoigu, TookPart)),
			Places:  karabakh.ListOf(places.Syunik),
			Note: "Casualty figures changed as they were reported: the Armenian defence ministry gave 1 dead, 13 captured and 24 missing as Sputnik reported on 17 November (the date in its address), and 6 dead in a later News.ru report; the later count supersedes the earlier. " +
				"The seed article presents the Armenian defence ministry's ceasefire announcement of this day as a quotation from the 2020 statement; it is not (see " + string(BorderCeasefire2021) + ").",
			Sources: src.List(src.Q(language.English, "https://www.armenpress.am/eng/news/1068332/",
				"presented the situation on the eastern part of the Armenian-Azerbaijani border after the provocation of the Azerbaijani Armed Forces on November 16"),
				src.Q(language.English, "https://www.armenianclub.com/2021/11/22/russia-helps-stabilize-border-situation-armenian-defense-ministry/",
					"Intense fighting between Armenian and Azerbaijani armed forces broke out in the border areas of Armenia's Syunik region earlier on Tuesday."),
				src.Q(language.English, "https://tass.com/world/1362603",
					"Seven Azerbaijani servicemen were killed, and another 10 were wounded as a result of armed clashes on the border with Armenia"), src.Q(language.English, "https://sputniknews.com/20211117/armenian-defense-ministry-says-24-soldiers-missing-after-border-clash-with-azerbaijan-1090793433.html",
					"On the Armenian side, one killed, 13 soldiers captured. During the hostilities, communication with 24 servicemen was lost"), src.Q(language.English, "https://en.news.ru/world/armenia-announces-six-dead-at-border-fighting-on-nov-16/",
					"Up to date, the Armenian side has six victims in a conflict on November 16")),
		},
		{
			ID:      BorderCeasefire2021,
			Kind:    Ceasefire,
			When:    on(2021, time.November, 16),
			Moment:  time.Date(2021, time.November, 16, 18, 30, 0, 0, amt),
			Title:   "Armenia's defence ministry: Russian-mediated ceasefire on the border from 18:30 Yerevan time",
			Summary: "The Armenian defence ministry said that, under an agreement reached through Russian mediation, firing on the eastern part of the border had stopped from 18:30 (14:30 GMT) and the situation was relatively stable. The Russian defence ministry said the fighting stopped after Shoigu's talks with the two defence ministers.",
			Actors:  karabakh.ListOf(p(actors.Russia, Mediator), p(actors.Shoigu, Mediator), p(actors.Armenia, Agent), p(actors.Azerbaijan, Agent), p(actors.ArmenianDefenceMinistry, Speaker)),
			Places:  karabakh.ListOf(places.Syunik),
			// The time is the Armenian ministry's; Russia said only that the
			// fighting stopped, and no Azerbaijani source is stored.
			ClaimedBy: actors.ArmenianDefenceMinistry,
			Note: "This announcement is the source of the seed article's misattributed \"quotation from the agreement\": it concerns the border clash of 16 November 2021 and is not part of any trilateral statement. " +
				"The Armenian ministry spoke of the \"eastern border zone\" of Armenia; 18:30 Yerevan time is 14:30 UTC, converted from UTC+4 as ctgnews' \"1430 GMT\" has it.",
			Sources: src.List(
				src.Q(language.English, "https://en.armradio.am/2021/11/16/fire-ceased-situation-on-border-relatively-stable-armenian-ministry-of-defense-says/",
					"the fire in the eastern border zone of the Republic of Armenia has been stopped from 18:30, the situation is relatively stable"),
				src.Q(language.English, "https://mirrorspectator.com/2021/11/16/armenia-confirms-casualties-loss-of-military-posts-in-clashes-with-azerbaijan-ceasefire-reached/",
					"Russian mediation led to a ceasefire starting at 18:30 Yerevan time on Tuesday, November 16 after border clashes."), src.Q(language.English, "https://eng.ctgnews.com/2021/11/17/7-azerbaijani-soldiers-killed-in-clashes-with-armenia/",
					"an agreement was reached to cease fire at Armenia’s eastern border from 18:30 (1430 GMT)"), src.Q(language.English, "https://www.worldstockmarket.net/armenia-announces-ceasefire-agreement-with-azerbaijan-moscow-mediation/?amp",
					"“Through the mediation of the Russian side, an agreement was reached to end the exchange of fire on the eastern border of Armenia from 18.30 in the afternoon,”"), src.Q(language.English, "https://www.armenianclub.com/2021/11/22/russia-helps-stabilize-border-situation-armenian-defense-ministry/",
					"According to an agreement brokered by Russia, the parties managed to stabilize the situation on the Armenian-Azerbaijani border. The situation was relatively calm as of 06:30 pm."), src.Q(language.English, "https://www.eng.kavkaz-uzel.eu/articles/57348",
					"The fighting in the area of Azerbaijani-Armenian border has stopped after negotiations of the heads of the Ministries of Defence (MoDs) of the two countries with Sergey Shoigu")),
		},
		{
			ID:         SochiStatementSigned,
			Kind:       Signing,
			When:       on(2021, time.November, 26),
			Title:      "Putin, Aliyev and Pashinyan meet in Sochi and sign a joint statement on the border",
			Summary:    "After about three hours of talks the leaders signed a statement agreeing to take steps to raise stability and security on the Azerbaijani-Armenian border and to push for a bilateral commission, with Russian advisory participation, on the delimitation and then demarcation of the border. Putin said the commission would be set up before the end of the year.",
			Actors:     karabakh.ListOf(p(actors.Putin, Signatory), p(actors.Putin, Host), p(actors.Aliyev, Signatory), p(actors.Pashinyan, Signatory)),
			Places:     karabakh.ListOf(places.Sochi),
			Agreements: karabakh.ListOf(agreement.StatementNovember2021, agreement.Statement2020, agreement.StatementJanuary2021),
			Note:       "The wording is \"delimitation, and afterwards demarcation\"; the seed article's \"demarcation and demarcation\" is a translation error.",
			Sources: src.List(src.Q(language.English, "https://rima.media/document/2021-11-26-meduza-792692-putin-holds-trilateral-talks-with-armenia-s-pashinyan-and",
				"Following three hours of negotiations, the three leaders signed a joint statement"), src.Q(language.English, "https://hetq.am/en/article/138291",
				"on delimitation, and afterwards demarcation, of the state border between the Republic of Armenia and the Republic of Azerbaijan"),
				src.Q(language.English, "https://hetq.am/en/article/138291",
					"We agreed to take steps to increase the level of stability and security on the Azerbaijani-Armenian border"),
				src.Q(language.English, "https://hetq.am/en/article/138291",
					"to push the process of establishment of a bilateral commission with the advisory participation of the Russian Federation"), src.Q(language.English, "https://apa.az/en/xeber/foreign-politics/putin-in-sochi-it-is-agreed-to-start-work-on-demarcation-of-the-armenian-azerbaijani-border-362692",
					"We agree to start work on delimitation and demarcation of borders in the near future."),
				src.Q(language.English, "https://oc-media.org/armenia-and-azerbaijan-agree-to-bilateral-commission-in-sochi-summit/",
					"According to Vladimir Putin, who hosted the summit in the Russian city of Sochi, the commission would be created before the end of the year.")),
		},
		{
			ID:         ZakharovaSochiTransport,
			Kind:       Statement,
			When:       on(2021, time.December, 24),
			Title:      "Zakharova: Russia is working to launch the transport projects agreed in Sochi",
			Actors:     karabakh.ListOf(p(actors.Zakharova, Speaker)),
			Points:     karabakh.ListOf(agreement.Point9),
			Agreements: karabakh.ListOf(agreement.StatementNovember2021),
			Sources: src.List(src.Q(language.English, "https://www.azernews.az/nation/187354.html",
				"As the leaders of Azerbaijan, Russia and Armenia agreed in Sochi city, we are working to rapidly launch the implementation of specific transport projects"),
				src.Q(language.English, "https://www.azernews.az/nation/187354.html",
					"spokesperson for the Russian Foreign Ministry Maria Zakharova said on Dec. 24 during a weekly briefing, Trend reports.")),
		},
		{
			ID:         ZakharovaQuotesPoint7,
			Kind:       Statement,
			When:       on(2021, time.December, 30),
			Title:      "Russia's foreign ministry quotes point 7 in reply to a question on the return of Azerbaijani displaced persons",
			Actors:     karabakh.ListOf(p(actors.Zakharova, Speaker)),
			Points:     karabakh.ListOf(agreement.Point7),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Dated by the APA report of 30 December 2021 (\"at today's briefing\").",
			Sources: src.List(src.Q(language.English, "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994",
				"\"A direct citation from Article 7 of the statement: \"Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas"),
				src.Q(language.English, "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994",
					"Official representative of the Russian Foreign Ministry Maria Zakharova has commented at today's briefing")),
		},
	}
}
