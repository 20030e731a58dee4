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

// The events of 2024. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	ArtsakhCeasesToExist      ID = "2024-01-01-artsakh-ceases-to-exist"
	MunichMeeting2024         ID = "2024-02-17-munich-meeting"
	BerlinTalks2024           ID = "2024-02-28-berlin-talks"
	PeacekeepersLeaveDadivank ID = "2024-04-10-peacekeepers-leave-dadivank"
	// PeacekeepersWithdrawalBegins is the official start of the withdrawal
	// (17 April 2024), a week after the first visible step.
	PeacekeepersWithdrawalBegins    ID = "2024-04-17-peacekeepers-withdrawal-begins"
	MonitoringCentreClosureAnnounce ID = "2024-04-18-monitoring-centre-closure-announced"
	BorderCommissionEighth          ID = "2024-04-19-border-commission-8th-meeting"
	TavushHighwayBlocked            ID = "2024-04-19-tavush-highway-blocked"
	MonitoringCentreCloses          ID = "2024-04-26-monitoring-centre-closes"
	PashinyanPoint9Sovereignty      ID = "2024-05-07-pashinyan-point-9-sovereignty"
	BorderCommissionNinth           ID = "2024-05-15-border-commission-9th-meeting"
	GazakhVillagesReturned          ID = "2024-05-24-gazakh-villages-returned"
	PeacekeepersWithdrawalCompleted ID = "2024-06-12-peacekeepers-withdrawal-completed"
	PashinyanPoints7And8            ID = "2024-09-10-pashinyan-points-7-8-unimplemented"
)

// events2024 returns the events of 2024, in chronological order.
func events2024() []Event {
	return []Event{
		{
			ID: ArtsakhCeasesToExist, Kind: Dissolution,
			When:    karabakh.Day(2024, time.January, 1).Interval(),
			Title:   "The Republic of Artsakh ceases to exist",
			Summary: "Under Shahramanyan's decree of 28 September 2023, all state institutions of the self-declared Nagorno-Karabakh Republic were dissolved and the republic ceased to exist from 1 January 2024.",
			Actors:  karabakh.ListOf(Participant{actors.Artsakh, Subject}),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Note:    "The sources give the date the decree set; none in the bundle reports the day itself.",
			Sources: src.List(src.Q(language.English, urlStraitsTimes,
				"The self-declared republic will cease to exist from that day, the decree said.")),
		},
		{
			ID: MunichMeeting2024, Kind: Meeting,
			When:    karabakh.Day(2024, time.February, 17).Interval(),
			Title:   "Aliyev and Pashinyan meet in Munich",
			Summary: "Scholz hosted Aliyev and Pashinyan at the Munich Security Conference; they agreed to continue work on the peace treaty.",
			Actors:  karabakh.ListOf(Participant{actors.Aliyev, TookPart}, Participant{actors.Pashinyan, TookPart}),
			Sources: src.List(src.Q(language.English, "https://english.almayadeen.net/news/politics/azerbaijan--armenia--germany-convene-during-munich-conferenc",
				"An agreement to continue work on the peace treaty has been reached")),
		},
		{
			ID: BerlinTalks2024, Kind: Negotiation,
			When:    karabakh.Span(karabakh.Day(2024, time.February, 28), karabakh.Day(2024, time.February, 29)),
			Title:   "Foreign ministers' talks in Berlin",
			Summary: "Foreign ministers Mirzoyan and Bayramov held talks at Villa Borsig in Berlin, hosted by Baerbock, and agreed to continue negotiating the open issues.",
			Actors:  karabakh.ListOf(Participant{actors.Mirzoyan, TookPart}, Participant{actors.Bayramov, TookPart}),
			Sources: src.List(src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
				"Mutual agreement was expressed to continue negotiations on the open issues,")),
		},
		{
			ID: PeacekeepersLeaveDadivank, Kind: Withdrawal,
			When:    karabakh.Day(2024, time.April, 10).Interval(),
			Title:   "Russian peacekeepers leave the Dadivank (Khudavang) monastery",
			Summary: "The Russian peacekeepers withdrew their personnel and equipment from the monastery known in Armenian usage as Dadivank and in Azerbaijani usage as Khudavang, in the Kalbajar district; Azerbaijani police took over its guard. It was the first visible step of their withdrawal.",
			Actors:  karabakh.ListOf(Participant{actors.PeacekeepingContingent, Agent}),
			Places:  karabakh.ListOf(places.Dadivank, places.KalbajarDistrict),
			Points:  karabakh.ListOf(agreement.Point4),
			Note:    "About 10 April 2024 (AzVision: footage of the withdrawal appeared on 10 April and the peacekeepers left the monastery \"on the same day\"). Armenpress reported it on 17 April, which is the date of the report, not of the event.",
			Sources: src.List(
				src.Q(language.English, "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html",
					"The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."),
				karabakh.Source{URL: "https://armenpress.am/eng/news/1134961/", Publisher: src.Publisher("https://armenpress.am/eng/news/1134961/"), Lang: language.English,
					Published: karabakh.Day(2024, time.April, 17),
					Quote:     "Russian peacekeepers have withdrawn personnel and military equipment from Dadivank",
					Note:      "Report of 17 April 2024, citing Azerbaijani media; the withdrawal from the monastery came about a week earlier."},
			),
		},
		{
			ID: PeacekeepersWithdrawalBegins, Kind: Withdrawal,
			When:  karabakh.Day(2024, time.April, 17).Interval(),
			Title: "Early withdrawal of the Russian peacekeepers begins",
			Summary: "Azerbaijani presidential aide Hikmet Hajiyev said the early withdrawal of the Russian peacekeepers from Azerbaijan had begun on Wednesday 17 April 2024, on a decision of the two countries' leaders; the Kremlin confirmed it. " +
				"Their mandate would have run until at least the end of 2025.",
			Actors: karabakh.ListOf(
				Participant{actors.PeacekeepingContingent, Agent},
				Participant{actors.Hajiyev, Speaker},
				Participant{actors.Peskov, Speaker},
				Participant{actors.Russia, Agent},
				Participant{actors.Azerbaijan, Agent},
			),
			Places: karabakh.ListOf(places.NagornoKarabakh),
			Points: karabakh.ListOf(agreement.Point4, agreement.Point3),
			Note:   "The first visible step, leaving the Dadivank (Khudavang) monastery, came about 10 April 2024.",
			Sources: src.List(
				src.Q(language.English, "https://tass.com/politics/1776731",
					"the early withdrawal of Russian peacekeepers from Azerbaijan had begun on Wednesday based on a decision made jointly by the top leadership of the two countries"),
				src.Q(language.English, "https://www.politico.eu/article/russia-withdrawal-troops-nagorno-karabakh-azerbaijan-armenia/",
					"They had a peacekeeping mandate until at least the end of 2025"),
			),
		},
		{
			ID: MonitoringCentreClosureAnnounce, Kind: Statement,
			When:    karabakh.Day(2024, time.April, 18).Interval(),
			Title:   "Turkey announces the monitoring centre in Aghdam will close",
			Summary: "Turkey's defence ministry announced that the joint Turkish-Russian monitoring centre in Azerbaijan's Aghdam district would stop operating.",
			Actors:  karabakh.ListOf(Participant{actors.Turkey, Speaker}, Participant{actors.JointMonitoringCentre, Subject}),
			Places:  karabakh.ListOf(places.AghdamDistrict),
			Points:  karabakh.ListOf(agreement.Point5),
			Sources: src.List(src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
				"The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating")),
		},
		{
			ID: BorderCommissionEighth, Kind: Meeting,
			When:  karabakh.Day(2024, time.April, 19).Interval(),
			Title: "Border commissions agree the line at four Gazakh villages",
			Summary: "The eighth meeting of the Armenian and Azerbaijani border commissions, chaired by deputy prime ministers Shahin Mustafayev and Mher Grigoryan, agreed the border line at four villages of the Gazakh district, " +
				"paired by the Armenian Foreign Ministry with Armenian villages: Baghanis/Baganis Ayrum, Voskepar/Asagi Askipara, Kirants/Xeyrimli. The coordinates were to be signed by 15 May 2024.",
			Actors: karabakh.ListOf(
				Participant{actors.Mustafayev, TookPart},
				Participant{actors.MherGrigoryan, TookPart},
			),
			Places: karabakh.ListOf(places.GazakhDistrict, places.BaganisAyrum, places.AshagiAskipara, places.Kheyrimli, places.GizilHajili,
				places.Baghanis, places.Voskepar, places.Kirants),
			Points: karabakh.ListOf(agreement.Point2),
			Note:   "Point 2 of the 2020 statement names only the Aghdam district; Gazakh appears only in early unofficial texts. The link to point 2 is the source bundle's.",
			Sources: src.List(
				src.Q(language.English, urlHyetertGazakh,
					"It agreed during the eighth meeting of border demarcation commissions, chaired by Azerbaijani Deputy Prime Minister Shahin Mustafayev and Armenian Deputy Prime Minister Mher Grigoryan"),
				src.Q(language.English, "https://massispost.com/2024/04/armenia-and-azerbaijan-agree-to-start-border-delimitation-process-in-tavush-area/",
					"Baghanis (Armenia) and Baganis Ayrum (Azerbaijan), Voskepar (Armenia) and Asagi Askipara (Azerbaijan), Kirants (Armenia) and Xeyrimli (Azerbaijan)"),
				src.Q(language.English, urlHyetertGazakh,
					"The border coordinates will take into account geodetic measurements on the ground and be signed by May 15."),
			),
		},
		{
			ID: TavushHighwayBlocked, Kind: Protest,
			When:    karabakh.Day(2024, time.April, 19).Interval(),
			Title:   "Residents block the Yerevan-Tbilisi highway at Kirants-Voskepar",
			Summary: "Late on the evening of 19 April 2024 residents blocked a section of the Yerevan-Tbilisi highway at Kirants-Voskepar in protest at the delimitation.",
			Places:  karabakh.ListOf(places.Kirants, places.Voskepar),
			Points:  karabakh.ListOf(agreement.Point2),
			Sources: src.List(src.Q(language.English, "https://www.301.am/2024/04/23/the-current-situation-in-tavush-armenia/",
				"residents, who blocked a section of the Yerevan-Tbilisi interstate highway at Kirants-Voskepar late in the evening of April 19")),
		},
		{
			ID: MonitoringCentreCloses, Kind: Closure,
			When:    karabakh.Day(2024, time.April, 26).Interval(),
			Title:   "The Joint Russian-Turkish Monitoring Centre closes",
			Summary: "The joint Turkish-Russian monitoring centre in Aghdam ceased its activities on 26 April 2024, with a closing ceremony.",
			Actors:  karabakh.ListOf(Participant{actors.JointMonitoringCentre, Subject}, Participant{actors.Russia, Agent}, Participant{actors.Turkey, Agent}),
			Places:  karabakh.ListOf(places.AghdamDistrict),
			Points:  karabakh.ListOf(agreement.Point5),
			Note:    "Sources place the centre near the Kiyamanddinli locality in the Aghdam district or \"in the city of Aghdam\"; see the monitoring centre's record.",
			Sources: src.List(src.Q(language.English, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh",
				"The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26.")),
		},
		{
			ID: PashinyanPoint9Sovereignty, Kind: Statement,
			When:       karabakh.Day(2024, time.May, 7).Interval(),
			Title:      "Pashinyan: point 9 does not limit Armenia's sovereignty",
			Summary:    "Pashinyan said nothing in point 9 of the 9 November statement limits Armenia's sovereignty or jurisdiction.",
			Actors:     karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Points:     karabakh.ListOf(agreement.Point9),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.English, "https://armenpress.am/eng/news/1136512/",
				"In Point 9 of the statement of November 9, there is no wording, note that Armenia's sovereignty and jurisdiction are being limited in any way")),
		},
		{
			ID: BorderCommissionNinth, Kind: Meeting,
			When:    karabakh.Day(2024, time.May, 15).Interval(),
			Title:   "Border commissions agree the protocol-description for the Gazakh section",
			Summary: "The ninth meeting of the border commissions agreed the protocol-description of the line, with measurements aligned with the 1976 topographic map of the USSR General Staff; 15 May was the deadline set in April for signing the coordinates.",
			Actors:  karabakh.ListOf(Participant{actors.Mustafayev, TookPart}, Participant{actors.MherGrigoryan, TookPart}),
			Places:  karabakh.ListOf(places.GazakhDistrict),
			Points:  karabakh.ListOf(agreement.Point2),
			Sources: src.List(
				src.Q(language.English, urlNewsAzGazakh,
					"These measurements were aligned with the topographic map of the General Staff of the Armed Forces of the USSR from 1976"),
				src.Q(language.English, urlHyetertGazakh,
					"The border coordinates will take into account geodetic measurements on the ground and be signed by May 15."),
			),
		},
		{
			ID: GazakhVillagesReturned, Kind: Handover,
			When:    karabakh.Day(2024, time.May, 24).Interval(),
			Title:   "Four villages of the Gazakh district return to Azerbaijan",
			Summary: "Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili (6.5 km²) were returned to Azerbaijan through border delimitation along a 12.7 km line, and Azerbaijani border guards took control.",
			Actors:  karabakh.ListOf(Participant{actors.Armenia, Agent}, Participant{actors.Azerbaijan, Agent}),
			Places:  karabakh.ListOf(places.GazakhDistrict, places.BaganisAyrum, places.AshagiAskipara, places.Kheyrimli, places.GizilHajili),
			Points:  karabakh.ListOf(agreement.Point2),
			Sources: src.List(
				src.Q(language.English, urlNewsAzGazakh,
					"Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan"),
				src.Q(language.German, "https://ger.az24saat.org/2024/05/24/4-doerfer-der-region-gazakh-wurden-an-aserbaidschan-zurueckgegeben",
					"Als Ergebnis der Abgrenzungsstudien wurde eine 12,7 km lange Grenzlinie festgelegt"),
			),
		},
		{
			ID: PeacekeepersWithdrawalCompleted, Kind: Withdrawal,
			When:    karabakh.Day(2024, time.June, 12).Interval(),
			Title:   "Withdrawal of the Russian peacekeepers completed",
			Summary: "Azerbaijan's defence ministry said the withdrawal of the Russian peacekeeping contingent from Azerbaijan was fully completed. Seven Russian soldiers had been killed during the mission.",
			Actors:  karabakh.ListOf(Participant{actors.PeacekeepingContingent, Agent}, Participant{actors.Azerbaijan, Speaker}),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Points:  karabakh.ListOf(agreement.Point4, agreement.Point3),
			Sources: src.List(
				src.Q(language.Russian, "https://fedpress.ru/news/77/policy/3322059",
					"«Процесс вывода временно размещенного на территории Азербайджана российского миротворческого контингента с территории нашей страны полностью завершен»"),
				src.Q(language.English, "https://news.online.ua/en/russia-withdrew-its-troops-from-nagorno-karabakh-azerbaijan-mod-reports-880139/",
					"Seven Russian soldiers were killed during the mission."),
			),
		},
		{
			ID: PashinyanPoints7And8, Kind: Statement,
			When:       karabakh.Day(2024, time.September, 10).Interval(),
			Title:      "Pashinyan: points 7 and 8 have not been implemented",
			Summary:    "Pashinyan said point 7 had not been implemented, Nagorno-Karabakh having been entirely emptied of its Armenians by ethnic cleansing, nor point 8, since prisoners and detainees were still held in Azerbaijan.",
			Actors:     karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Points:     karabakh.ListOf(agreement.Point7, agreement.Point8),
			Agreements: karabakh.ListOf(agreement.Statement2020),
			Sources: src.List(src.Q(language.French, urlArmenpressFr,
				"le Haut-Karabakh a été entièrement vidé de ses Arméniens, à la suite d'un nettoyage ethnique")),
		},
	}
}
