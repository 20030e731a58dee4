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
			Title:   "The day the dissolution decree set for the Republic of Artsakh to cease to exist",
			Summary: "Under Shahramanyan's decree, all state institutions of the self-declared Nagorno-Karabakh Republic were to be dissolved and the republic was to cease to exist from 1 January 2024.",
			Actors:  karabakh.ListOf(Participant{actors.Artsakh, Subject}),
			Places:  karabakh.ListOf(places.NagornoKarabakh),
			Note:    "The sources give the date the decree set; no stored source reports the day itself. The decree was announced on 28 September 2023 (see " + string(ArtsakhDissolutionDecree) + ").",
			Sources: src.List(src.Q(language.English, urlStraitsTimes,
				"The self-declared republic will cease to exist from that day, the decree said."),
				src.Q(language.English, urlStraitsTimes, "has signed a decree to dissolve all state institutions from January 1, 2024")),
		},
		{
			ID: MunichMeeting2024, Kind: Meeting,
			When:    karabakh.Day(2024, time.February, 17).Interval(),
			Title:   "Aliyev and Pashinyan meet in Munich",
			Summary: "Aliyev and Pashinyan met on the margins of the Munich Security Conference, in a meeting mediated by Chancellor Olaf Scholz; they agreed to continue work on the peace treaty.",
			Actors:  karabakh.ListOf(Participant{actors.Aliyev, TookPart}, Participant{actors.Pashinyan, TookPart}),
			Sources: src.List(src.Q(language.English, "https://english.almayadeen.net/news/politics/azerbaijan--armenia--germany-convene-during-munich-conferenc",
				"An agreement to continue work on the peace treaty has been reached"),
				src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
					"Earlier this month, Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan met on the margins of the annual Munich Security Conference."),
				src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
					"That meeting was mediated by German Chancellor Olaf Scholz.")),
		},
		{
			ID: BerlinTalks2024, Kind: Negotiation,
			When:    karabakh.Span(karabakh.Day(2024, time.February, 28), karabakh.Day(2024, time.February, 29)),
			Title:   "Foreign ministers' talks in Berlin",
			Summary: "Foreign ministers Mirzoyan and Bayramov held talks at Villa Borsig in Berlin, with one session held with Baerbock, and agreed to continue negotiating the open issues.",
			Actors:  karabakh.ListOf(Participant{actors.Mirzoyan, TookPart}, Participant{actors.Bayramov, TookPart}),
			Note:    "Dated by the weekdays of the Asbarez report: the talks began on Wednesday 28 February 2024 and concluded on Thursday 29 February.",
			Sources: src.List(src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
				"Mutual agreement was expressed to continue negotiations on the open issues,"),
				src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
					"Talks between Ararat Mirzoyan and Jeyhum Bayramov kicked off at the Villa Borsig in Germany’s capital on Wednesday, with one session being held with their German counterpart Annalena Baerbock."),
				src.Q(language.English, "https://asbarez.com/yerevan-baku-agree-to-continue-talks-on-unresolved-issues",
					"The foreign ministers of Armenia and Azerbaijan concluded talks in Berlin on Thursday")),
		},
		{
			ID: PeacekeepersLeaveDadivank, Kind: Withdrawal,
			When:    karabakh.Day(2024, time.April, 10).Interval(),
			Title:   "Russian peacekeepers leave the Dadivank (Khudavang) monastery",
			Summary: "The Russian peacekeepers withdrew their personnel and equipment from the monastery known in Armenian usage as Dadivank and in Azerbaijani usage as Khudavang, in the Kalbajar district; Azerbaijani police took over its guard. In our reading it was the first visible step of their withdrawal.",
			Actors:  karabakh.ListOf(Participant{actors.PeacekeepingContingent, Agent}),
			Places:  karabakh.ListOf(places.Dadivank, places.KalbajarDistrict),
			Points:  karabakh.ListOf(agreement.Point4),
			Note:    "About 10 April 2024 (AzVision: footage of the withdrawal appeared on 10 April and the peacekeepers left the monastery \"on the same day\"). Armenpress reported it on 17 April, which is the date of the report, not of the event.",
			Sources: src.List(
				src.Q(language.English, "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html",
					"The peacekeepers left Kalbajar's Khudavang monastery complex on the same day."),
				src.Q(language.English, "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html",
					"On April 10, social media posted footage of the process of withdrawing military equipment from Azerbaijan by the Russian peacekeeping mission"),
				src.Q(language.English, "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html",
					"The Khudavang Monastery is now being guarded by Azerbaijani police."),
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3887016.html",
					"On April 10, Russian peacekeepers left the Khudavang monastery complex in Kalbajar."),
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
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3887016.html",
					"said Assistant of the President of Azerbaijan, Head of Foreign Policy Affairs Department of the Presidential Administration Hikmet Hajiyev"),
				src.Q(language.English, "https://en.trend.az/azerbaijan/politics/3887016.html",
					"To note, Russian Presidential Spokesperson Dmitriy Peskov has confirmed the withdrawal of the Russian peacekeeping contingent from Karabakh."),
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
				"The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating"),
				src.Q(language.English, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating",
					"Rear Admiral Zeki Akturk, the Press and Public Relations Advisor of the Turkish Ministry of National Defense, has announced.")),
		},
		{
			ID: BorderCommissionEighth, Kind: Meeting,
			When:  karabakh.Day(2024, time.April, 19).Interval(),
			Title: "Border commissions agree the line at four pairs of villages",
			Summary: "The eighth meeting of the Armenian and Azerbaijani border commissions, chaired by deputy prime ministers Shahin Mustafayev and Mher Grigoryan, agreed the border line between four pairs of Armenian and Azerbaijani villages: " +
				"Baghanis/Baganis Ayrum, Voskepar/Asagi Askipara, Kirants/Xeyrimli (Kheyrimli) and Berkaber/Ghizilhajili. The coordinates were to be signed by 15 May 2024.",
			Actors: karabakh.ListOf(
				Participant{actors.Mustafayev, TookPart},
				Participant{actors.MherGrigoryan, TookPart},
			),
			Places: karabakh.ListOf(places.GazakhDistrict, places.BaganisAyrum, places.AshagiAskipara, places.Kheyrimli, places.GizilHajili,
				places.Baghanis, places.Voskepar, places.Kirants),
			Points: karabakh.ListOf(agreement.Point2),
			Note:   "Four: counted from the pairs of settlements the sources list. The four Azerbaijani villages are in the Gazakh district (see " + string(GazakhVillagesReturned) + "). Point 2 of the 2020 statement names only the Aghdam district; Gazakh appears only in early unofficial texts, so the link to point 2 is the compilers' reading.",
			Sources: src.List(
				src.Q(language.English, urlHyetertGazakh,
					"It agreed during the eighth meeting of border demarcation commissions, chaired by Azerbaijani Deputy Prime Minister Shahin Mustafayev and Armenian Deputy Prime Minister Mher Grigoryan"),
				src.Q(language.English, "https://massispost.com/2024/04/armenia-and-azerbaijan-agree-to-start-border-delimitation-process-in-tavush-area/",
					"Baghanis (Armenia) and Baganis Ayrum (Azerbaijan), Voskepar (Armenia) and Asagi Askipara (Azerbaijan), Kirants (Armenia) and Xeyrimli (Azerbaijan)"),
				src.Q(language.English, "https://en.armradio.am/2024/04/19/armenia-azerbaijan-agree-that-the-process-of-delimitation-will-be-based-on-1991-alma-ata-declaration/",
					"Kirants (Republic of Armenia) – Kheyrimli (Republic of Azerbaijan) and Berkaber (Republic of Armenia) – Ghizilhajili (Republic of Azerbaijan)"),
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
				"The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
				src.Q(language.English, "https://tdsmedia.org/en/post/joint-turkish-russian-monitoring-centre-in-azerbaijan-s-aghdam-ceases-its-activity",
					"A solemn ceremony is being held at the Centre to mark this occasion, APA reports.")),
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
				"In Point 9 of the statement of November 9, there is no wording, note that Armenia's sovereignty and jurisdiction are being limited in any way"),
				src.Q(language.English, "https://armenpress.am/eng/news/1136512/", "YEREVAN, MAY 7, ARMENPRESS. Point 9 of the trilateral statement")),
		},
		{
			ID: BorderCommissionNinth, Kind: Meeting,
			When:    karabakh.Day(2024, time.May, 15).Interval(),
			Title:   "Border commissions agree a protocol-description of sections of the border line",
			Summary: "The ninth meeting of the border commissions agreed a jointly compiled protocol-description of sections of the border line, with measurements aligned with the 1976 topographic map of the USSR General Staff; 15 May was the deadline set in April for signing the coordinates.",
			Actors:  karabakh.ListOf(Participant{actors.Mustafayev, TookPart}, Participant{actors.MherGrigoryan, TookPart}),
			Places:  karabakh.ListOf(places.GazakhDistrict),
			Points:  karabakh.ListOf(agreement.Point2),
			Sources: src.List(
				src.Q(language.English, urlNewsAzGazakh,
					"These measurements were aligned with the topographic map of the General Staff of the Armed Forces of the USSR from 1976"),
				src.Q(language.English, urlNewsAzGazakh, "was held on the border between the two countries on May 15, 2024."),
				src.Q(language.English, urlNewsAzGazakh, "The commission agreed on a jointly compiled Protocol-description of sections of the borderline"),
				src.Q(language.English, "https://mediamax.am/en/news/region/54782/",
					"The 9th meeting of the Commission on Delimitation and Border Security of the State Border between Armenia and Azerbaijan"),
				src.B(src.Q(language.English, urlHyetertGazakh,
					"The border coordinates will take into account geodetic measurements on the ground and be signed by May 15.")),
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
				src.Q(language.English, urlNewsAzGazakh, "Azerbaijan’s border guards have taken control of four liberated villages in Gazakh district"),
				src.Q(language.English, "https://abc.az/en/news/147441/transfer-of-4-villages-of-gazakh-region-to-azerbaijan-reported-to-president-video",
					"The territories of these villages were taken under control by the State Border Service on May 24."),
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
				src.Q(language.Russian, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5",
					"12 июня 2024 года этот процесс, по данным Министерства обороны Азербайджана, официально завершился"),
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
			Note:       "The stored quotes give no day; the date is the one the research notes give for the Armenpress report, not checked against a quote.",
			Sources: src.List(src.Q(language.French, urlArmenpressFr,
				"le Haut-Karabakh a été entièrement vidé de ses Arméniens, à la suite d'un nettoyage ethnique"),
				src.Q(language.French, urlArmenpressFr,
					"À ce jour, il y a des prisonniers de guerre, des otages et d'autres personnes détenues en Azerbaïdjan, ils n'ont pas été renvoyés à ce jour")),
		},
	}
}
