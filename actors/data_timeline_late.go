package actors

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Actors that only the timeline's events from 2022 on name.
const (
	Macron             ID = "emmanuel-macron"
	VahagnKhachaturyan ID = "vahagn-khachaturyan"
	CivilContract      ID = "civil-contract"
)

// timelineActorsLate returns actors that only the timeline's events name.
func timelineActorsLate() []Actor {
	return []Actor{
		{
			ID: Macron, Kind: Person,
			Names: karabakh.NamesOf(karabakh.Name{Text: "Emmanuel Macron", Lang: language.English, Kind: karabakh.KindLabel}),
			Note: "President of France; witnessed the Prague statement of 6 October 2022 (PA-X). " +
				"The stored quote gives only \"President Macron\"; the full name is the source bundle's.",
			Sources: src.List(src.Q(language.English, "https://pax.peaceagreements.org/agreements/2468",
				"Page 1. Agreement witnessed by: President Macron, President of the French Republic President Michel, President of the European Council")),
		},
		{
			ID: VahagnKhachaturyan, Kind: Person,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Vahagn Khachaturyan", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Ваагн Хачатурян", Lang: language.Bulgarian, Kind: karabakh.KindTransliteration},
			),
			Note: "President of Armenia; by decree set the parliamentary election of 7 June 2026.",
			Sources: src.List(src.Q(language.Bulgarian, "https://news.bg/int-politics/na-7-yuni-armeniya-shte-izbira-parlament.html",
				"Президентът на Армения Ваагн Хачатурян подписа указ за провеждането на редовни парламентарни избори на 7 юни 2026 г.")),
		},
		{
			ID: CivilContract, Kind: Organization,
			Names: karabakh.NamesOf(karabakh.Name{Text: "Civil Contract", Lang: language.English, Kind: karabakh.KindLabel}),
			Note:  "Armenia's ruling party at the time of the 2026 election.",
			Sources: src.List(src.Q(language.English, "https://d3mzoyjq8u1mge.cloudfront.net/posts/armenian-election-results-take-an-odd-turn-3eb27f23-d58d-4e37-8310-70c0dd15f831/teaser",
				"The new distribution of seats sees Civil Contract with 64 seats, Strong Armenia with 29 seats, and Armenia Alliance with 12 seats.")),
		},
	}
}
