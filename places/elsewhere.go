package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// otherPlaces returns the places outside Armenia and Azerbaijan:
// Russia, where the statement was brokered and the peacekeepers flew from,
// and Washington, where the documents of 8 August 2025 were signed.
func otherPlaces() []Place {
	lbl := karabakh.KindLabel
	hy := language.Armenian
	az := language.Azerbaijani
	ru := language.Russian
	en := language.English
	tr := language.Turkish
	newsAzOTS := src.Q(language.English, "https://news.az/news/ots-secretary-general-praises-signing-of-joint-declaration-by-azerbaijani-and-armenian-leaders",
		"the signing as a witness by the President of the United States on the outcomes of their meeting on 8 August 2025 in Washington D.C.")
	gazzetta := src.Q(language.Italian, "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington",
		"a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")
	return []Place{
		{
			ID: Russia, Kind: Country,
			Names: karabakh.NamesOf(
				pn(en, "Russia", lbl, "", src.Q(en, "https://en.newizv.ru/news/2020-11-11/russian-peacekeepers-headed-to-the-area-of-operation-in-nagorno-karabakh-380825", "20 Il-76 planes with 400 servicemen from Russia have landed in Armenia.")),
				pn(ru, "Россия", lbl, "", src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
				pn(hy, "Ռուսաստան", lbl, "", src.P(src.S20ArmInfo, 9)),
				pn(az, "Rusiya", lbl, "", src.P(src.S20Metbuat, 3)),
				pn(tr, "Rusya", lbl, "", src.Q(tr, "https://habername.com/haber-cumhurbaskani-erdogan-rusya-devlet-baskani-putin-ile-telefonda-gorustu-1-132928.htm", "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")),
			),
			Identifiers: karabakh.ListOf(
				iso(karabakh.SchemeISO3166Alpha2, "RU", "http://wiki.kashishworld.com/russia", "Calling code+7 ISO 3166 codeRU Internet TLD"),
				iso(karabakh.SchemeISO3166Alpha3, "RUS", "https://www.abbreviationfinder.us/3-letter-country-code-of-russia/", "The designation “RUS” is derived from the ISO 3166-1 alpha-3 standard"),
			),
			Note:    "The territory; the state as a party is the actor \"russia\". No source gave Russia's ISO 3166-1 numeric code.",
			Sources: src.List(src.Q(ru, src.S20SumyDecree, "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих")),
		},
		{
			ID: Moscow, Kind: City, PartOf: Russia,
			Names: karabakh.NamesOf(
				pn(en, "Moscow", lbl, "", src.Q(en, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus", "The 11th meeting of the Trilateral Working Group on the opening of transport communications in the South Caucasus was held in Moscow")),
				pn(ru, "Москва", lbl, "", src.Q(ru, "https://ru.armeniasputnik.am/politics/20210130/26283805/Vstrecha-vitse-premerov-Armenii-Rossii-i-Azerbaydzhana-v-Moskve-o-chem-dogovorilis-storony.html", "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание")),
				pn(hy, "Մոսկվա", lbl, ""),
				pn(tr, "Moskova", lbl, ""),
			),
			Note:    "The ceasefire time of point 1 is Moscow time." + placeNoteUnquoted,
			Sources: src.List(src.P(src.S20MFA, 1)),
		},
		{
			ID: Sochi, Kind: City, PartOf: Russia,
			Names: karabakh.NamesOf(
				pn(en, "Sochi", lbl, "", src.Q(en, "https://hetq.am/en/article/138291", "met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020")),
				pn(ru, "Сочи", lbl, "", src.Q(ru, "https://news.ru/world/v-kremle-zayavili-o-tryohstoronnej-vstreche-putina-s-alievym-i-pashinyanom", "26 ноября в Сочи состоятся трёхсторонние переговоры президентов России и Азербайджана")),
				pn(hy, "Սոչի", lbl, ""),
				pn(az, "Soçi", lbl, ""),
			),
			Note:    "Where the trilateral statement of 26 November 2021 was made." + placeNoteUnquoted,
			Sources: src.List(src.Q(en, "https://hetq.am/en/article/138291", "met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020")),
		},
		{
			ID:     UlyanovskVostochny,
			Kind:   Site,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Ulyanovsk-Vostochny airfield", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Ульяновск-Восточный", Lang: language.Russian, Kind: karabakh.KindLabel,
					Sources: src.List(src.Q(language.Russian, "https://glagol.press/?p=10925",
						"Рано утром во вторник, 10 ноября, с аэродрома Ульяновск-Восточный военные самолёты вылетели"))},
			),
			Sources: src.List(
				src.Q(language.English, "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/",
					"Russia started transferring peacekeepers and equipment at around 03:00 am GMT Tuesday, using Il-76 heavy military transport aircraft that took off from the Ulyanovsk-Vostochny airfield."),
			),
		},
		{
			ID:   WashingtonDC,
			Kind: City,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Washington D.C.", Lang: language.English, Kind: karabakh.KindLabel, Sources: src.List(newsAzOTS)},
				karabakh.Name{Text: "Washington, D.C.", Lang: language.Italian, Kind: karabakh.KindLabel, Sources: src.List(gazzetta)},
			),
			Sources: src.List(newsAzOTS, gazzetta),
		},
	}
}
