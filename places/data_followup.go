package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// WashingtonDC is where the documents of 8 August 2025 were signed and
// initialled. Prague (6 October 2022) has no record: no stored quote shows
// its name.
const WashingtonDC ID = "washington-dc"

// followUpPlaces returns the places only the later documents name.
func followUpPlaces() []Place {
	newsAz := src.Q(language.English, "https://news.az/news/ots-secretary-general-praises-signing-of-joint-declaration-by-azerbaijani-and-armenian-leaders",
		"the signing as a witness by the President of the United States on the outcomes of their meeting on 8 August 2025 in Washington D.C.")
	gazzetta := src.Q(language.Italian, "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington",
		"a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")
	return []Place{
		{
			ID:   WashingtonDC,
			Kind: City,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Washington D.C.", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAz)},
				karabakh.Name{Text: "Washington, D.C.", Lang: language.Italian, Kind: karabakh.KindLabel, Sources: src.List(gazzetta)},
			),
			Sources: src.List(newsAz, gazzetta),
		},
	}
}
