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

// The events of 2026. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	TRIPPImplementationFramework ID = "2026-01-14-tripp-implementation-framework"
	PashinyanRoadLinkOffer       ID = "2026-03-11-pashinyan-road-link-offer"
	ArmenianElection2026         ID = "2026-06-07-armenian-parliamentary-election"
	PeaceAgreementStillUnsigned  ID = "2026-06-08-peace-agreement-still-unsigned"
)

// events2026 returns the events of 2026, in chronological order.
func events2026() []Event {
	return []Event{
		{
			ID: TRIPPImplementationFramework, Kind: Statement,
			When:  karabakh.Day(2026, time.January, 14).Interval(),
			Title: "TRIPP Implementation Framework announced",
			Summary: "US Secretary of State Marco Rubio and Armenian Foreign Minister Mirzoyan announced the TRIPP Implementation Framework, which Armenia's Foreign Ministry published on 14 January 2026. A TRIPP Development Company is to hold the right to implement the project for an initial 49 years; " +
				"Armenia plans to offer the United States 74% of its shares and keep 26%.",
			Actors: karabakh.ListOf(
				Participant{actors.UnitedStates, Speaker},
				Participant{actors.Mirzoyan, Speaker},
			),
			Places:     karabakh.ListOf(places.TRIPPRoute),
			Points:     karabakh.ListOf(agreement.Point9, agreement.PointOf(agreement.WashingtonDeclaration2025, 4)),
			Agreements: karabakh.ListOf(agreement.WashingtonDeclaration2025),
			Note:       "\"An initial period of 49 years\" here against the longer term Pashinyan gave (see " + string(TRIPPNamed) + "). Dated by the Armenian Foreign Ministry's publication, as Trend reports it.",
			Sources: src.List(
				src.Q(language.English, urlTrend4141318,
					"Today, Armenian Foreign Minister Ararat Mirzoyan and I announced the Trump Route for International Peace and Prosperity (TRIPP) Implementation Framework."),
				src.Q(language.English, urlTrend4141318, "The company will be granted the right to implement the project for an initial period of 49 years."),
				src.Q(language.English, urlTrend4141318, "Yerevan plans to offer Washington 74% of the shares of TRIPP Development Company, while retaining 26%."),
				src.Q(language.English, urlTrend4141318, "U.S. Secretary of State Marco Rubio commented on the joint statement of the heads of foreign diplomacy of Armenia and the U.S."),
				src.Q(language.English, urlTrend4141318, "On January 14, the Armenian Foreign Ministry published the agreement signed between Armenia and the U.S. on the implementation of the TRIPP project."),
			),
		},
		{
			ID: PashinyanRoadLinkOffer, Kind: Statement,
			When:    karabakh.Day(2026, time.March, 11).Interval(),
			Title:   "Pashinyan: Armenia can provide the road link to Nakhchivan today",
			Summary: "At the European Parliament, Pashinyan said Armenia is ready, with existing infrastructure, to provide a road link between Azerbaijan's western regions and Nakhchivan via Kornidzor-Goris-Yeghegnadzor-Yeraskh.",
			Actors:  karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Places:  karabakh.ListOf(places.Nakhchivan, places.Goris),
			Points:  karabakh.ListOf(agreement.Point9),
			Sources: src.List(src.Q(language.Azerbaijani, "https://www.1lurer.am/az/2026/03/11/Armenia-is-ready-even-today-to-ensure-a-road-connection-between-Azerbaijan’s-western-regions-and-Na/1477137",
				"Ermənistan Respublikası bu gün mövcud infrastrukturla Kornidzor-Qoris-Yeğeqnadzor-Yerasx marşrutu vasitəsilə Azərbaycanın qərb bölgələri ilə Naxçıvan Muxtar Respublikası arasında yol əlaqəsi"),
				src.Q(language.Russian, "https://1news.az/news/20260311084727192-Pashinyan-Armeniya-gotova-otkryt-avtodorogu-mezhdu-zapadnymi-regionami-Azerbaidzhana-i-Nakhchyvanom",
					"об этом сказал премьер-министр Армении Никол Пашинян, выступая в Европарламенте в Страсбурге.")),
		},
		{
			ID: ArmenianElection2026, Kind: Appointment,
			When:  karabakh.Day(2026, time.June, 7).Interval(),
			Title: "Armenian parliamentary election",
			Summary: "Regular parliamentary elections, set by decree of President Vahagn Khachaturyan, were held on 7 June 2026. Revised results of 8 June: Civil Contract 49.825%, Strong Armenia 23.281%, Armenia Alliance 9.934%; " +
				"seats 64, 29 and 12, giving Civil Contract a three-fifths majority.",
			Actors: karabakh.ListOf(
				Participant{actors.VahagnKhachaturyan, Agent},
				Participant{actors.CivilContract, TookPart},
				Participant{actors.Armenia, Subject},
			),
			Places: karabakh.ListOf(places.Armenia),
			Note: "Kind is Appointment for want of an election kind. Three-fifths: derived from 64 of the 105 seats the quote distributes (64 + 29 + 12). The results are the revised ones the source reports; their date (8 June) is the report's. " +
				"A low-reliability aggregator (rbtfl.xyz) gives other figures, which conflict with the revised official results and are not used.",
			Sources: src.List(
				src.Q(language.Bulgarian, "https://news.bg/int-politics/na-7-yuni-armeniya-shte-izbira-parlament.html",
					"Президентът на Армения Ваагн Хачатурян подписа указ за провеждането на редовни парламентарни избори на 7 юни 2026 г."),
				src.Q(language.English, urlElection2026,
					"Civil Contract – 49.825% (49.81% previously), Strong Armenia – 23.281% (23.29% previously) , Armenia Alliance – 9.934% (9.94% previously)"),
				src.Q(language.English, urlElection2026,
					"The new distribution of seats sees Civil Contract with 64 seats, Strong Armenia with 29 seats, and Armenia Alliance with 12 seats."),
			),
		},
		{
			ID: PeaceAgreementStillUnsigned, Kind: Statement,
			When:       karabakh.Day(2026, time.June, 8).Interval(),
			Title:      "A news aggregator: after the election the peace agreement remains initialled, not signed",
			Summary:    "The latest stored pages, of June 2026, describe the peace agreement as initialled and unsigned; none reports its signature, ratification or a referendum date.",
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Note:       "Only a news aggregator of low reliability says so explicitly; its other figures conflict with the official election results. No stored page reports the signature. The date is the one the research notes give for the aggregator's page; the quote gives none.",
			Sources: src.List(karabakh.Source{URL: "https://rbtfl.xyz/pt/n/armenia-azerbaijan-referendum-shortfall.md",
				Publisher: src.Publisher("https://rbtfl.xyz/pt/n/armenia-azerbaijan-referendum-shortfall.md"), Lang: language.English,
				Quote: "The treaty stays initialled, unsigned.",
				Note:  "News aggregator of low reliability."}),
		},
	}
}
