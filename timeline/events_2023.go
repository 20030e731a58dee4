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

// The events of 2023. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	ArmenianCheckpointClaim  ID = "2023-04-22-armenian-checkpoint-claim"
	HakariCheckpoint         ID = "2023-04-23-hakari-checkpoint"
	LentsovTakesCommand      ID = "2023-04-25-lentsov-takes-command"
	CheckpointViolationClaim ID = "2023-04-27-pashinyan-checkpoint-violation"
	MoscowMeeting2023        ID = "2023-05-25-moscow-meeting"
	CompleteSiege            ID = "2023-06-15-complete-siege"
	HarutyunyanToResign      ID = "2023-08-31-harutyunyan-announces-resignation"
	HarutyunyanResigns       ID = "2023-09-01-harutyunyan-resigns"
	KulakovTakesCommand      ID = "2023-09-03-kulakov-takes-command"
	ShahramanyanElected      ID = "2023-09-09-shahramanyan-elected"
	Offensive2023            ID = "2023-09-19-azerbaijani-offensive"
	Ceasefire2023            ID = "2023-09-20-ceasefire"
	YevlakhMeeting           ID = "2023-09-21-yevlakh-meeting"
	ArtsakhDissolutionDecree ID = "2023-09-28-dissolution-decree"
	ExodusPasses65000        ID = "2023-09-28-exodus-over-65000"
	Exodus2023               ID = "2023-09-30-exodus-100417"
	ZakharovaWorkingGroup    ID = "2023-11-09-zakharova-working-group-tally"
	ZakharovaNakhchivanRoad  ID = "2023-11-09-zakharova-nakhchivan-road"
	PrisonerReleaseStatement ID = "2023-12-07-joint-statement-prisoners"
	PrisonerExchange2023     ID = "2023-12-13-prisoner-exchange"
)

// events2023 returns the events of 2023, in chronological order.
func events2023() []Event {
	// Yerevan, Baku and Stepanakert/Khankendi keep UTC+4 all year.
	utc4 := time.FixedZone("UTC+4", 4*3600)

	return []Event{
		{
			ID: ArmenianCheckpointClaim, Kind: Opening,
			When:      karabakh.Day(2023, time.April, 22).Interval(),
			Title:     "Azerbaijani claim: Armenia set up a checkpoint at the entrance to the Lachin road",
			Summary:   "Azerbaijan said its checkpoint of 23 April was \"adequate to\" a border checkpoint Armenia had set up unilaterally at the entrance to the Lachin-Khankendi road on 22 April.",
			Actors:    karabakh.ListOf(Participant{actors.Azerbaijan, Speaker}, Participant{actors.Armenia, Subject}),
			Places:    karabakh.ListOf(places.LachinCorridor),
			Points:    karabakh.ListOf(agreement.Point6),
			ClaimedBy: actors.Azerbaijan,
			Note:      "Azerbaijan's claim (Trend, via MENAFN). No Armenian source seen confirms an Armenian checkpoint.",
			Sources: src.List(src.Q(language.English, "https://menafn.com/1107043867/Azerbaijan-Has-Right-To-Close-Lachin-Road-If-It-Feels-Any-Danger-Ex-Iranian-Ambassador",
				"adequate to the unilateral establishment by Armenia of a border checkpoint at the entrance to the Lachin-Khankendi road on the border with Azerbaijan on April 22")),
		},
		{
			ID: HakariCheckpoint, Kind: Opening,
			When:   karabakh.Day(2023, time.April, 23).Interval(),
			Moment: at(2023, time.April, 23, 12, 0, utc4),
			Title:  "Azerbaijan sets up a checkpoint at the Hakari bridge in the Lachin corridor",
			Summary: "At 12:00 (GMT+4) on 23 April 2023 units of Azerbaijan's State Border Service set up a checkpoint at the start of the Lachin-Khankendi road, next to the Hakari bridge, " +
				"close to the Armenian border and inside the Russian peacekeepers' zone of control.",
			Actors: karabakh.ListOf(
				Participant{actors.Azerbaijan, Agent},
				Participant{actors.PeacekeepingContingent, Subject},
				Participant{actors.Armenia, Subject},
			),
			Places: karabakh.ListOf(places.HakariBridge, places.LachinCorridor),
			Points: karabakh.ListOf(agreement.Point6),
			Note: "Baku said the checkpoint was set up \"in interaction with\" the Russian peacekeepers, and \"adequate to\" an Armenian checkpoint of 22 April that no Armenian source confirms. Moscow called unilateral moves in violation of the ceasefire agreements unacceptable (i24NEWS) and Baku's actions \"inadmissible\" (Asbarez). " +
				"Armenia called it a gross violation of the 2020 statement. The bridge is the \"Hakari bridge\" (Reuters via Tribune India) or the \"Hakar River bridge\" (Mirror-Spectator); CivilNet has Հակարի գետի կամուրջ.",
			Sources: src.List(
				src.Q(language.English, "https://menafn.com/1107080993/More-People-Of-Armenian-Origin-Leave-Azerbaijans-Karabakh-Photo",
					"a border checkpoint was established at 12:00 (GMT+4) on April 23 by the units of the State Border Guard Service of Azerbaijan"),
				src.Q(language.Azerbaijani, "https://mustaqil.az/?p=126544",
					"aprelin 23-ü saat 12:00-da Azərbaycan Respublikası Dövlət Sərhəd Xidmətinin bölmələri tərəfindən ölkəmizin suveren ərazilərində, Ermənistan ilə sərhəddə, Laçın-Xankəndi yolunun başlanğıcında"),
				src.Q(language.English, "https://mirrorspectator.com/2023/04/27/azerbaijan-sets-up-checkpoint-at-lachin-corridor/",
					"On April 23, Azerbaijan set up a checkpoint at the Lachin Corridor, close to the Armenian border and in the control zone of Russian peacekeepers, next to the Hakar River bridge."),
				src.Q(language.English, "https://www.tribuneindia.com/news/world/tension-escalates-as-azerbaijan-blocks-armenias-access-to-contested-region-500391",
					"Armenia said the checkpoint at the Hakari bridge in the Lachin corridor was a gross violation of the 2020 ceasefire agreement"),
				src.Q(language.English, urlCommonspaceCmd,
					"Azerbaijan insisted that the checkpoint's establishment was \"implemented in interaction with the Russian peacekeeping force\""),
				src.Q(language.Armenian, "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/",
					"Հակարի գետի կամրջին կից, իր հսկիչ-անցագրային կետն է տեղադրել"),
				src.Q(language.English, "https://www.i24news.tv/en/news/international/europe/1682344355-moscow-voices-serious-concern-over-armenia-azerbaijan-tensions",
					"Moscow on Monday voiced “serious concern” over fresh tensions between Armenia and Azerbaijan, calling any unilateral moves in violation of ceasefire agreements unacceptable."),
				src.Q(language.English, "https://asbarez.com/russia-says-azerbaijani-checkpoint-at-lachin-is-inadmissible/",
					"Russia on Monday chided Azerbaijan for its unilateral decision to set up a checkpoint at the Lachin Corridor, calling Baku’s actions “inadmissible.”"),
				src.Q(language.English, "https://asbarez.com/russia-says-azerbaijani-checkpoint-at-lachin-is-inadmissible/",
					"the Azerbaijani side blocked movement through the Lachin Corridor in the territory of observation post No. 1 of Russian peacekeeping troops"),
			),
		},
		{
			ID: LentsovTakesCommand, Kind: Appointment,
			When:    karabakh.Day(2023, time.April, 25).Interval(),
			Title:   "Aleksandr Lentsov replaces Andrey Volkov as peacekeeping commander",
			Summary: "Colonel General Aleksandr Lentsov took command of the Russian peacekeeping contingent from 25 April 2023, replacing Major General Andrey Volkov, who had held the post for some 15 months. No reason was given.",
			Actors: karabakh.ListOf(
				Participant{actors.Lentsov, Subject},
				Participant{actors.Volkov, Subject},
				Participant{actors.PeacekeepingContingent, Subject},
				Participant{actors.Russia, Agent},
			),
			Points: karabakh.ListOf(agreement.Point3),
			Note:   "Sources date it differently: Lentsov took office on 25 April (CivilNet, citing the Russian defence ministry's bulletin of 26 April); the ministry announced the appointment on 26 April (RFE/RL).",
			Sources: src.List(
				src.Q(language.Armenian, "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/",
					"Նշվում է, որ Ալեքսանդր Լենցովը պաշտոնը ստանձնել է ապրիլի 25-ից։"),
				src.Q(language.Armenian, "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/",
					"Առաքելության ապրիլի 26-ի տեղեկագրում ասվում է, որ Ալեքսանդր Վոլկովին փոխարինելու է"),
				src.Q(language.English, "https://www.rferl.org/a/russia-armenia-azerbaijan-nagorno-karabakh-lachin/32380940.html",
					"The Russian Defense Ministry on April 26 announced the appointment of Aleksandr Lentsov to replace Andrei Volkov, without providing a reason."),
				src.Q(language.English, urlCommonspaceCmd,
					"Major General Andrey Volkov, who had held the position for some 15 months, has been replaced by Colonel General Aleksandr Lentsov."),
			),
		},
		{
			ID: CheckpointViolationClaim, Kind: Statement,
			When:       karabakh.Day(2023, time.April, 27).Interval(),
			Title:      "Pashinyan: the checkpoint grossly violates point 6",
			Summary:    "Pashinyan said Azerbaijan's checkpoint in the Lachin corridor was a gross violation of point 6 of the statement, and that only the Russian peacekeepers must control the corridor.",
			Actors:     karabakh.ListOf(Participant{actors.Pashinyan, Speaker}, Participant{actors.Azerbaijan, Subject}),
			Places:     karabakh.ListOf(places.LachinCorridor, places.HakariBridge),
			Points:     karabakh.ListOf(agreement.Point6),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Note:       "Dated by the weekday: Pashinyan spoke at a government session \"on Thursday\", 27 April 2023, in the month the Massis Post address gives.",
			Sources: src.List(src.Q(language.English, "https://massispost.com/2023/04/only-russia-peacekeepers-must-have-control-over-lachin-corridor-and-ensure-its-operation-pashinyan/",
				"Azerbaijan’s installation of a checkpoint in the Lachin corridor is a gross violation of Point 6 of the November 9, 2020 trilateral statement."),
				src.Q(language.English, "https://massispost.com/2023/04/only-russia-peacekeepers-must-have-control-over-lachin-corridor-and-ensure-its-operation-pashinyan/",
					"Armenian Prime Minister Nikol Pashinyan said at a government session on Thursday.")),
		},
		{
			ID: MoscowMeeting2023, Kind: Meeting,
			When:  karabakh.Day(2023, time.May, 25).Interval(),
			Title: "Putin, Aliyev and Pashinyan meet in the Kremlin",
			Summary: "Putin hosted Aliyev and Pashinyan in Moscow. He called the remaining transport questions \"mere technicalities\"; " +
				"the sides agreed to continue a week later at the level of the three deputy prime ministers. No document was signed.",
			Actors: karabakh.ListOf(
				Participant{actors.Putin, Host},
				Participant{actors.Aliyev, TookPart},
				Participant{actors.Pashinyan, TookPart},
			),
			Places: karabakh.ListOf(places.Moscow),
			Points: karabakh.ListOf(agreement.Point9),
			Sources: src.List(
				src.Q(language.English, "http://en.special.kremlin.ru/catalog/countries/AM/events/71207", "in my opinion, these are mere technicalities"),
				src.Q(language.English, "http://en.special.kremlin.ru/catalog/countries/AM/events/71207", "May 25, 2023, The Kremlin, Moscow"),
				src.Q(language.English, "https://karabakhspace.commonspace.eu/news/pashinyan-and-aliyev-discuss-reopening-transport-communications-moscow",
					"an agreement was reached to continue the work after a week, within the framework of the meeting of the deputy prime ministers of the three countries"),
				src.Q(language.English, "https://jam-news.net/aliyev-pashinyan-putin-negotiations-in-moscow/",
					"However, the signing of the documents didn’t happen."),
			),
		},
		{
			ID: CompleteSiege, Kind: Blockade,
			When:      karabakh.Day(2023, time.June, 15).Interval(),
			Title:     "Harutyunyan: complete siege of Nagorno-Karabakh from 15 June 2023",
			Summary:   "Harutyunyan said Azerbaijan had blockaded Artsakh from 12 December 2022 and from 15 June 2023 besieged it completely.",
			Actors:    karabakh.ListOf(Participant{actors.Harutyunyan, Speaker}, Participant{actors.Azerbaijan, Agent}, Participant{actors.Artsakh, Subject}),
			Places:    karabakh.ListOf(places.NagornoKarabakh, places.LachinCorridor),
			Points:    karabakh.ListOf(agreement.Point6),
			ClaimedBy: actors.Harutyunyan,
			Sources: src.List(src.Q(language.English, "https://mediamax.am/en/news/karabakh/52321/",
				"blockaded Artsakh from December 12, 2022 and from June 15, 2023 completely sieged")),
		},
		{
			ID: HarutyunyanToResign, Kind: Appointment,
			When:    karabakh.Day(2023, time.August, 31).Interval(),
			Title:   "Harutyunyan announces his resignation and makes Shahramanyan state minister",
			Summary: "Arayik Harutyunyan announced he would resign as President of Artsakh the next day, and by executive order replaced State Minister Gurgen Nersisyan with Samvel Shahramanyan, secretary of the Security Council.",
			Actors: karabakh.ListOf(
				Participant{actors.Harutyunyan, Agent},
				Participant{actors.Shahramanyan, Subject},
				Participant{actors.Artsakh, Subject},
			),
			Places: karabakh.ListOf(places.Stepanakert),
			Sources: src.List(src.Q(language.English, "https://hyetert.org/2023/08/31/breaking-nagorno-karabakh-president-to-resign/",
				"Harutyunyan also signed an executive order on dismissing State Minister Gurgen Nersisyan and replacing him with Secretary of the Security Council of Nagorno-Karabakh Samvel Shahramanyan."),
				src.Q(language.English, "https://en.aravot.am/2023/08/31/332169",
					"On August 31, Harutyunyan made a statement, informing he will resign on Friday.")),
		},
		{
			ID: HarutyunyanResigns, Kind: Appointment,
			When:    karabakh.Day(2023, time.September, 1).Interval(),
			Title:   "Harutyunyan resigns as President of Artsakh",
			Summary: "Arayik Harutyunyan submitted his resignation as President of Artsakh to the Artsakh parliament.",
			Actors:  karabakh.ListOf(Participant{actors.Harutyunyan, Agent}, Participant{actors.Artsakh, Subject}),
			Places:  karabakh.ListOf(places.Stepanakert),
			Note:    "Dated by the weekday: \"on Friday\", 1 September 2023, in the Asbarez report of that day.",
			Sources: src.List(src.Q(language.English, "https://asbarez.com/artsakh-president-resigns/",
				"Artsakh President Arayik Harutyunyan submitted his official resignation to the Artsakh Parliament on Friday."),
				src.Q(language.English, "https://asbarez.com/artsakh-president-resigns/",
					"The resignation letter was published on the parliament’s website and it went into effect immediately.")),
		},
		{
			ID: KulakovTakesCommand, Kind: Appointment,
			When:    karabakh.Day(2023, time.September, 3).Interval(),
			Title:   "Kirill Kulakov becomes commander of the Russian peacekeepers",
			Summary: "The Russian defence ministry said Major General Kirill Kulakov had been appointed commander of the peacekeeping contingent on 3 September 2023, replacing Colonel General Aleksandr Lentsov.",
			Actors: karabakh.ListOf(
				Participant{actors.Kulakov, Subject},
				Participant{actors.Lentsov, Subject},
				Participant{actors.PeacekeepingContingent, Subject},
				Participant{actors.Russia, Agent},
			),
			Points: karabakh.ListOf(agreement.Point3),
			Sources: src.List(src.Q(language.Russian, "https://www.rbc.ru/politics/04/09/2023/64f62f739a7947cf856ba100?from=materials_on_subject",
				"Командующим Российским миротворческим контингентом в Нагорном Карабахе стал генерал-майор Кирилл Кулаков, сообщило Минобороны. Его назначили 3 сентября."),
				src.Q(language.Russian, "https://www.rbc.ru/politics/04/09/2023/64f62f739a7947cf856ba100?from=materials_on_subject",
					"Кулаков сменил на этой должности генерал-полковника Александра Ленцова")),
		},
		{
			ID: ShahramanyanElected, Kind: Appointment,
			When:    karabakh.Day(2023, time.September, 9).Interval(),
			Title:   "Artsakh's National Assembly elects Samvel Shahramanyan president",
			Summary: "The National Assembly of Artsakh elected State Minister Samvel Shahramanyan, the only candidate, as President by 22 votes to 1.",
			Actors: karabakh.ListOf(
				Participant{actors.Shahramanyan, Subject},
				Participant{actors.Artsakh, Agent},
			),
			Places: karabakh.ListOf(places.Stepanakert),
			Sources: src.List(src.Q(language.English, "https://massispost.com/2023/09/artsakh-national-assembly-elects-samvel-shahramanyan-as-new-president/",
				"The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9."),
				src.Q(language.English, "https://massispost.com/2023/09/artsakh-national-assembly-elects-samvel-shahramanyan-as-new-president/",
					"Twenty-two MPs voted in favor of the only candidate, one voted against, and no ballots were declared invalid.")),
		},
		{
			ID: Offensive2023, Kind: Offensive,
			When:  karabakh.Span(karabakh.Day(2023, time.September, 19), karabakh.Day(2023, time.September, 20)),
			Title: "Azerbaijan's offensive in Nagorno-Karabakh",
			Summary: "On Tuesday 19 September 2023 Azerbaijan launched what it called \"anti-terror\" operations in Nagorno-Karabakh. " +
				"They ended with the ceasefire from 13:00 local time on 20 September.",
			Actors: karabakh.ListOf(
				Participant{actors.Azerbaijan, Agent},
				Participant{actors.Artsakh, Subject},
			),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			// The sources tie the offensive to no point; these are the
			// compilers' reading, said so in the note.
			Points: karabakh.ListOf(agreement.Point1, agreement.Point6),
			Note: "Death tolls are counts from different moments, and both are kept: \"at least 27\" killed and 200 wounded (WION, reporting the ceasefire of 20 September) " +
				"and 32 killed (Armenpress as cited by babel.ua, reporting the ceasefire). The end of the span is the day of the ceasefire (see " + string(Ceasefire2023) + "). " +
				"The points are the compilers' reading, not the sources': the offensive ended the ceasefire and positions of point 1, " +
				"and with them the Lachin corridor arrangement of point 6, which connected Nagorno-Karabakh with Armenia.",
			Sources: src.List(
				src.Q(language.English, urlWion2023,
					"At least 27 people have been killed and another 200 wounded since the Azerbaijani military launched what it called \"anti-terror\" operations on Tuesday (Sept 19)."),
				src.Q(language.English, urlBabelYevlakh, "32 people were killed"),
				src.Q(language.English, urlWion2023, "an agreement was reached on the complete cessation of hostilities from 13:00 on September 20, 2023."),
			),
		},
		{
			ID: Ceasefire2023, Kind: Ceasefire,
			When:   karabakh.Day(2023, time.September, 20).Interval(),
			Moment: at(2023, time.September, 20, 13, 0, utc4),
			Title:  "Ceasefire in Nagorno-Karabakh from 13:00 local time (09:00 UTC)",
			Summary: "Through the mediation of the Russian peacekeeping command, an agreement was reached on the complete cessation of hostilities from 13:00 local time on 20 September 2023; " +
				"the Karabakh forces were to disarm. Azerbaijan's defence ministry confirmed it.",
			Actors: karabakh.ListOf(
				Participant{actors.PeacekeepingContingent, Mediator},
				Participant{actors.Artsakh, TookPart},
				Participant{actors.Azerbaijan, TookPart},
			),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Note: "13:00 local time (UTC+4) is 09:00 UTC, as Stening Simpson gives it; the Azerbaijani defence ministry's \"12:00 Moscow time\" (UTC+3) is the same instant. " +
				"Sputnik Africa wrote \"13.00 local time (10.00 GMT)\", which does not match UTC+4 and is taken to be an error; it is kept as a source.",
			Sources: src.List(
				src.Q(language.English, urlWion2023, "an agreement was reached on the complete cessation of hostilities from 13:00 on September 20, 2023."),
				src.Q(language.English, "https://www.steningsimpson.com.au/events/ceasefire-agreement-reached/",
					"The truce — mediated by a Russian peacekeeping force — came into effect at 1300 local time (0900 UTC)."),
				src.Q(language.English, "https://247newsagency.com/opinion/249843.html",
					"The Azerbaijani Ministry of Defense confirmed the agreement to suspend “anti-terrorist measures” in Nagorno-Karabakh on September 20 from 12:00 Moscow time."),
				src.Q(language.English, "https://247newsagency.com/opinion/249843.html",
					"completely disarm the formations of the Nagorno-Karabakh army and withdraw heavy equipment"),
				karabakh.Source{URL: "https://en.sputniknews.africa/amp/20230920/russian-peacekeepers-shelter-2261-civilians-including-1049-children-in-nagorno-karabakh-1062235297.html",
					Publisher: src.Publisher("https://en.sputniknews.africa/amp/20230920/russian-peacekeepers-shelter-2261-civilians-including-1049-children-in-nagorno-karabakh-1062235297.html"),
					Lang:      language.English, Quote: "13.00 local time (10.00 GMT)",
					Note: "The GMT conversion is wrong: 13:00 at UTC+4 is 09:00 GMT."},
			),
		},
		{
			ID: YevlakhMeeting, Kind: Meeting,
			When:    karabakh.Day(2023, time.September, 21).Interval(),
			Title:   "Karabakh Armenian and Azerbaijani representatives to meet in Yevlakh",
			Summary: "Under the ceasefire, representatives of Nagorno-Karabakh and Azerbaijan were to meet in Yevlakh on 21 September 2023.",
			Actors:  karabakh.ListOf(Participant{actors.Artsakh, TookPart}, Participant{actors.Azerbaijan, Host}),
			Places:  karabakh.ListOf(places.Yevlakh),
			Note:    "The source, of 20 September, announces the meeting; the bundle holds no report of the meeting itself.",
			Sources: src.List(src.Q(language.English, urlBabelYevlakh,
				"Representatives of Nagorno-Karabakh and Azerbaijan will hold a meeting in Yevlakh on September 21.")),
		},
		{
			ID: ArtsakhDissolutionDecree, Kind: Dissolution,
			When:    karabakh.Day(2023, time.September, 28).Interval(),
			Title:   "Shahramanyan decrees the dissolution of the Republic of Artsakh from 1 January 2024",
			Summary: "Samvel Shahramanyan, President of the self-declared Nagorno-Karabakh Republic, signed a decree dissolving all its state institutions from 1 January 2024, when the republic would cease to exist.",
			Actors:  karabakh.ListOf(Participant{actors.Shahramanyan, Agent}, Participant{actors.Artsakh, Subject}),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Sources: src.List(
				src.Q(language.English, urlStraitsTimes, "Samvel Shahramanyan, has signed a decree to dissolve all state institutions from January 1, 2024"),
				src.Q(language.English, urlStraitsTimes, "The president of Armenia's self-declared Nagorno-Karabakh Republic, Samvel Shahramanyan, has signed a decree"),
				src.Q(language.English, urlStraitsTimes, "The self-declared republic will cease to exist from that day, the decree said."),
				src.Q(language.English, urlStraitsTimes, "Karabakh Armenian authorities said on Thursday."),
			),
			Note: "Dated by the report: the authorities announced the decree on Thursday, 28 September 2023 (Reuters via The Straits Times).",
		},
		{
			ID: ExodusPasses65000, Kind: Displacement,
			When:    karabakh.Day(2023, time.September, 28).Interval(),
			Title:   "Armenia: 65,036 displaced people have entered from Nagorno-Karabakh",
			Summary: "Armenia's government said that as of 8 a.m. on 28 September 2023, 65,036 forcibly displaced persons had entered Armenia from Nagorno-Karabakh.",
			Actors:  karabakh.ListOf(Participant{actors.Armenia, Speaker}),
			Places:  karabakh.ListOf(places.NagornoKarabakh, places.Armenia),
			Points:  karabakh.ListOf(agreement.Point7),
			Sources: src.List(src.Q(language.English, "https://hyetert.org/2023/09/28/over-65000-displaced-people-enter-armenia-from-artsakh/",
				"“As of 8 a.m. on September 28, 65,036 forcibly displaced persons entered Armenia from Nagorno-Karabakh,” it said in a statement.")),
		},
		{
			ID: Exodus2023, Kind: Displacement,
			When:  karabakh.Day(2023, time.September, 30).Interval(),
			Title: "Exodus from Nagorno-Karabakh: 100,417 refugees in Armenia",
			Summary: "The Armenian Prime Minister's spokeswoman said 100,417 refugees had entered Armenia from Nagorno-Karabakh over the past week, " +
				"out of an estimated population of 120,000.",
			Actors: karabakh.ListOf(Participant{actors.Armenia, Speaker}),
			Places: karabakh.ListOf(places.NagornoKarabakh, places.Armenia),
			Points: karabakh.ListOf(agreement.Point7),
			Note: "The Armenian government's count (100,417 by 30 September) is the authoritative figure here; the day is the Saturday on which, by the report, Armenia gave it. " +
				"AP, in April 2024, wrote of \"Karabakh's 50,000 ethnic Armenian residents\": an outlier that disagrees with every other figure, kept with its source and flagged.",
			Sources: src.List(
				src.Q(language.English, "https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818",
					"the number of refugees entering the country over the past week had reached 100,417, out of Nagorno-Karabakh's estimated population of 120,000"),
				src.Q(language.English, "https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818",
					"Nazeli Baghdasaryan, a spokeswoman for Armenia's prime minister, said the number of refugees entering the country over the past week had reached 100,417"),
				karabakh.Source{URL: urlAPCityNews, Publisher: src.Publisher(urlAPCityNews), Lang: language.English,
					Quote: "Almost all of Karabakh’s 50,000 ethnic Armenian residents fled the region within days.",
					Note:  "AP, 17 April 2024. Outlier: the figure of 50,000 disagrees with the Armenian government's 100,417 and the estimated population of 120,000."},
			),
		},
		{
			ID: ZakharovaWorkingGroup, Kind: Statement,
			When:    karabakh.Day(2023, time.November, 9).Interval(),
			Title:   "Zakharova: 12 meetings of the transport working group, no final agreement yet",
			Summary: "Russia's foreign ministry spokeswoman said the trilateral working group on opening communications had met 12 times and the parties had come close to a package solution but had not yet been able to settle the issues; Trend adds that the last meeting was on 2 June 2023.",
			Actors:  karabakh.ListOf(Participant{actors.Zakharova, Speaker}, Participant{actors.TrilateralWorkingGroup, Subject}),
			Points:  karabakh.ListOf(agreement.Point9),
			Sources: src.List(src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
				"A total of 12 meetings of the trilateral working group on opening communications"),
				src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
					"the parties have achieved to come close to reaching a comprehensively beneficial package solution."),
				src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
					"“Unfortunately, we have not yet been able to put an end to these issues."),
				src.Q(language.English, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus",
					"The latest meeting of the working group was held on June 2 this year.")),
		},
		{
			ID: ZakharovaNakhchivanRoad, Kind: Statement,
			When:    karabakh.Day(2023, time.November, 9).Interval(),
			Title:   "Russian foreign ministry: Russian border guards, not Armenian, should control the Nakhchivan road",
			Summary: "Zakharova said Russian border guards, not Armenian ones, should control the road connecting Azerbaijan and Nakhchivan.",
			Actors:  karabakh.ListOf(Participant{actors.Zakharova, Speaker}, Participant{actors.FSBBorderService, Subject}),
			Places:  karabakh.ListOf(places.Nakhchivan, places.Syunik),
			Points:  karabakh.ListOf(agreement.Point9),
			Note:    "Dated by the APA report of 9 November 2023 (\"a briefing she held today\").",
			Sources: src.List(src.Q(language.English, "https://en.apa.az/foreign-policy/russian-border-guards-should-control-road-connecting-azerbaijan-and-nakhchivan-not-armenian-russian-mfa-spokesperson-415962",
				"Russian border guards should control road connecting Azerbaijan and Nakhchivan, not Armenian"),
				src.Q(language.English, "https://en.apa.az/foreign-policy/russian-border-guards-should-control-road-connecting-azerbaijan-and-nakhchivan-not-armenian-russian-mfa-spokesperson-415962",
					"Maria Zakharova, Spokesperson for the Russian Ministry of Foreign Affairs said in a briefing she held today, APA's Moscow correspondent reports.")),
		},
		{
			ID: PrisonerReleaseStatement, Kind: Statement,
			When:  karabakh.Day(2023, time.December, 7).Interval(),
			Title: "Joint statement: Azerbaijan to free 32 Armenian servicemen, Armenia 2 Azerbaijanis",
			Summary: "In a joint statement of Azerbaijan's Presidential Administration and Armenia's Prime Minister's Office, Azerbaijan would release 32 Armenian servicemen and Armenia 2 Azerbaijani servicemen \"as a gesture of goodwill\"; " +
				"Armenia also withdrew its candidacy to host COP29 and backed Azerbaijan's bid.",
			Actors: karabakh.ListOf(Participant{actors.Azerbaijan, Signatory}, Participant{actors.Armenia, Signatory}),
			Points: karabakh.ListOf(agreement.Point8),
			Note:   "When the deal was announced, official records showed Azerbaijan holding 55 Armenian prisoners, a count from before the release of 13 December; Armenian human rights activists said it might hold 80 more.",
			Sources: src.List(
				src.Q(language.English, urlTrend3835050,
					"Driven by the values of humanism and as a gesture of goodwill, the Republic of Azerbaijan releases 32 Armenian military servicemen."),
				src.Q(language.English, urlTrend3835050,
					"the Office of the Prime Minister of the Republic of Armenia issued on December 7, 2023"),
				src.Q(language.English, urlTrend3835050,
					"In its turn, driven by the values of humanism and as a gesture of goodwill, the Republic of Armenia releases 2 Azerbaijani military servicemen."),
				src.Q(language.English, "https://menafn.com/1107561409/Azerbaijani-President-Administration-Armenian-PM-Office-Issue-Joint-Statement",
					"the Republic of Armenia supports the bid of the Republic of Azerbaijan to host the 29th Session of the Conference of Parties (COP29)"),
				src.Q(language.English, "https://menafn.com/1107561409/Azerbaijani-President-Administration-Armenian-PM-Office-Issue-Joint-Statement",
					"to the UN Framework Convention on Climate Change, by withdrawing its own candidacy"),
				src.Q(language.English, "https://armenianclub.com/2023/12/08/for-the-first-time-a-joint-statement-by-armenia-and-azerbaijan-to-achieve-long-awaited-peace-in-the-region",
					"Official records indicate that Azerbaijan currently detains 55 Armenian prisoners. Armenian human rights activists assert that Baku may be holding an additional 80 Armenians."),
			),
		},
		{
			ID: PrisonerExchange2023, Kind: Exchange,
			When:    karabakh.Day(2023, time.December, 13).Interval(),
			Title:   "Prisoner exchange: 32 Armenians and 2 Azerbaijanis freed",
			Summary: "Armenia and Azerbaijan exchanged prisoners of war: 32 Armenians and two Azerbaijanis were released, as announced in the joint statement of 7 December (see " + string(PrisonerReleaseStatement) + ").",
			Actors:  karabakh.ListOf(Participant{actors.Azerbaijan, Agent}, Participant{actors.Armenia, Agent}),
			Points:  karabakh.ListOf(agreement.Point8),
			Note:    "Kyiv24 calls it the first prisoner exchange since the end of the war; that is wrong (see " + string(FirstPrisonerExchange) + ").",
			Sources: src.List(
				src.Q(language.English, "https://babel.ua/en/news/101725-azerbaijan-and-armenia-exchanged-prisoners-of-war",
					"On December 13, Armenia and Azerbaijan exchanged prisoners of war. 32 Armenians and two Azerbaijanis were released from captivity."),
				src.Q(language.Ukrainian, "https://kyiv24.news/news/virmeniya-ta-azerbajdzhan-provely-obmin-vijskovopolonenymy/amp",
					"Вірменія та Азербайджан 13 грудня провели перший обмін військовополоненими після закінчення Другої карабаської війни. З полону звільнили 32 вірмен і двох азербайджанців."),
			),
		},
	}
}
