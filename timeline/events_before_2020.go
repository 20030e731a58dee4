package timeline

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// The background: the Minsk process and the offices of the leaders, from 1992 to 2019. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	// Background: the Minsk process and the offices of the leaders.
	MinskConferenceDecided        ID = "1992-03-24-csce-minsk-conference-decided"
	MinskCoChairsBegin            ID = "1997-02-14-minsk-group-co-chairs-begin"
	AliyevBecomesPresident        ID = "2003-10-31-aliyev-becomes-president"
	PashinyanElectedPrimeMinister ID = "2018-05-08-pashinyan-elected-prime-minister"
	MirzoyanBecomesSpeaker        ID = "2019-01-14-mirzoyan-becomes-speaker"
)

// eventsBefore2020 returns the background: the Minsk process and the offices of the leaders, from 1992 to 2019, in chronological order.
func eventsBefore2020() []Event {
	on := func(y int, m time.Month, d int) karabakh.Interval { return karabakh.Day(y, m, d).Interval() }
	p := func(a actors.ID, r Role) Participant { return Participant{Actor: a, Role: r} }

	return []Event{
		// Background.
		{
			ID:      MinskConferenceDecided,
			Kind:    Meeting,
			When:    on(1992, time.March, 24),
			Title:   "CSCE ministers resolve to hold a Minsk peace conference on Nagorno-Karabakh",
			Summary: "Meeting in Helsinki, the foreign ministers of the Conference for Security and Cooperation in Europe (now the OSCE) resolved to hold a peace conference on Nagorno-Karabakh in Minsk, to be attended by the members of the Minsk Group.",
			Actors:  karabakh.ListOf(p(actors.OSCE, Agent)),
			Sources: src.List(src.Q(language.English, "https://mediamax.am/en/news/foreignpolicy/59419/",
				"at the Conference for Security and Cooperation in Europe meeting, in Helsinki on 24 March, 1992, CSCE foreign ministers resolved to hold a peace conference on Nagorny Karabakh"),
				src.Q(language.English, "http://www.osce.org/mg/66872",
					"At its meeting in Helsinki on 24 March 1992, the CSCE (now OSCE) Council requested the Chairman-in-Office to convene a conference on Nagorno-Karabakh"),
				src.Q(language.English, "http://www.osce.org/mg/66872",
					"which is to take place in Minsk and would be attended by the members of the Minsk Group")),
		},
		{
			ID:     MinskCoChairsBegin,
			Kind:   Appointment,
			When:   on(1997, time.February, 14),
			Title:  "The United States, France and Russia begin as co-chairs of the Minsk Group",
			Actors: karabakh.ListOf(p(actors.OSCEMinskGroup, Subject), p(actors.UnitedStates, TookPart), p(actors.France, TookPart), p(actors.Russia, TookPart)),
			Sources: src.List(src.Q(language.English, "https://mediamax.am/en/news/foreignpolicy/59419/",
				"The institute of the Co-Chairs as represented by the U.S., France and Russia commenced its activities from February 14, 1997.")),
		},
		{
			ID:     AliyevBecomesPresident,
			Kind:   Appointment,
			When:   on(2003, time.October, 31),
			Title:  "Ilham Aliyev becomes President of Azerbaijan",
			Actors: karabakh.ListOf(p(actors.Aliyev, Subject), p(actors.Azerbaijan, TookPart)),
			Sources: src.List(src.Q(language.English, "https://wikivisually.com/wiki/2003_Azerbaijani_presidential_election",
				"Aliyev became the country's president on 31 October 2003")),
		},
		{
			ID:     PashinyanElectedPrimeMinister,
			Kind:   Appointment,
			When:   on(2018, time.May, 8),
			Title:  "Armenia's National Assembly elects Nikol Pashinyan prime minister",
			Actors: karabakh.ListOf(p(actors.Pashinyan, Subject), p(actors.Armenia, TookPart)),
			Places: karabakh.ListOf(places.Yerevan),
			Sources: src.List(src.Q(language.English, "https://armenianweekly.com/2018/05/08/breaking-nikol-pashinyan-elected-prime-minister-of-armenia/",
				"Earlier today, Armenia’s National Assembly elected Nikol Pashinyan as the country’s prime minister (PM).")),
		},
		{
			ID:      MirzoyanBecomesSpeaker,
			Kind:    Appointment,
			When:    on(2019, time.January, 14),
			Title:   "Ararat Mirzoyan becomes Speaker of the National Assembly of Armenia",
			Summary: "Mirzoyan held the office from 14 January 2019 to 2 August 2021.",
			Actors:  karabakh.ListOf(p(actors.Mirzoyan, Subject), p(actors.Armenia, TookPart)),
			Sources: src.List(src.Q(language.French, "https://fr.xcv.wiki/wiki/Ararat_Mirzoyan",
				"Président de l'Assemblée nationale d'Arménie En fonction du 14 janvier 2019 au 2 août 2021")),
		},
	}
}
