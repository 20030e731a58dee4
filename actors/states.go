package actors

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// states returns the states, and the de-facto republic that claimed statehood
// in Nagorno-Karabakh.
func states() []Actor {
	en := language.English
	ru := language.Russian
	hy := language.Armenian
	az := language.Azerbaijani
	tr := language.Turkish
	fr := language.French
	it := language.Italian

	// The statement's point 1 names both parties.
	partiesEN := src.Q(en, urlMFAAZ, "The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, stop at their current positions.")
	partiesRU := src.Q(ru, urlVestiKavkaza, "\"Азербайджанская Республика и Республика Армения, далее именуемые Сторонами, останавливаются на занимаемых ими позициях\"")
	habername := src.Q(tr, urlHabername, "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")
	guaranteeHY := src.Q(hy, urlSputnikArmP6, "Ադրբեջանի Հանրապետությունը երաշխավորում է Լաչինի միջանցքով քաղաքացիների, տրանսպորտային միջոցների և բեռների երթևեկության անվտանգությունը երկու ուղղություններով")
	contingentHY := src.Q(hy, urlSputnikArmP6, "մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության տակ")
	coChairs := src.Q(en, urlMediamaxOSCE, "The institute of the Co-Chairs as represented by the U.S., France and Russia commenced its activities from February 14, 1997.")
	coChairsMehr := src.Q(en, urlMehrnews, "It was later co-chaired by Russia, the United States and France")
	brightArmenia := src.Q(hy, urlBrightArmenia, "Ամերիկայի Միացյալ Նահանգների նախագահ Դոնալդ Թրամփի համատեղ Հռչակագրին")
	dayAzCoChairs := src.Q(az, urlDayAz, "Rusiya, ABŞ və Fransa həmsədrliyi ilə yaradılmışdı")
	gazzettaAZ := src.Q(it, urlGazzetta, "Dichiarazione congiunta del Presidente della Repubblica dell’Azerbaigian")
	gazzettaAM := src.Q(it, urlGazzetta, "del Primo Ministro della Repubblica d’Armenia a seguito del loro incontro")
	metbuatText := src.Q(az, urlMetbuatText, "Rusiya Federasiyasının Prezidenti Vladimir Putinin Bəyanatının tam mətni açıqlanıb")
	statoids := func(line string) karabakh.Source {
		s := src.Q(en, urlStatoids, line)
		s.Note = "Statoids country-code table (via a proxy), a secondary list, not iso.org."
		return s
	}
	statoidsAM := statoids("Armenia AM ARM 051 ARM AM ARM ARM AM AY 13 ai 374 Yes")
	statoidsAZ := statoids("Azerbaijan AZ AZE 031 AZE AJ AZE AZE AZ AJ 19 aj 994 Yes")
	turkeyCodes := src.Q(en, "https://www.fittotravel.net/index.php/turkey", "Standard ISO 3166-1: 3 letters: TUR 2 letters (internet domain): .TR Digital country code 792")
	franceCodes := src.Q(en, "https://howtophoneto.com/france/", "2 Letter: FR • 3 Letter: FRA • ISO 3116-1 Numeric: 250")
	franceCodes.Note = "The page writes \"ISO 3116-1\" for ISO 3166-1."
	usCodes := src.Q(en, "https://theorymagazine.co.uk/?p=301", "ISO Alpha-2 CodeUS ISO Alpha-3 CodeUSA ISO Numeric Code840")

	return []Actor{
		{
			ID:   Azerbaijan,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "Republic of Azerbaijan", partiesEN),
				label(az, "Azərbaycan Respublikası", src.Q(az, "https://metbuat.az/news/1481201/sahin-mustafayev-xankendiye-gedecek.html", "Azərbaycan Respublikası Baş nazirinin müavini Şahin Mustafayevin")),
				label(ru, "Азербайджанская Республика", partiesRU),
				label(hy, "Ադրբեջանի Հանրապետություն", guaranteeHY),
				label(tr, "Azerbaycan"),
				label(it, "Repubblica dell’Azerbaigian", gazzettaAZ),
				alias(en, "Azerbaijan"),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "AZ", statoidsAZ),
				ident(karabakh.SchemeISO3166Alpha3, "AZE", statoidsAZ),
				ident(karabakh.SchemeISO3166Numeric, "031", statoidsAZ),
			),
			Note:    "Party to the statement of 10 November 2020.",
			Sources: src.List(partiesEN, partiesRU),
		},
		{
			ID:   Armenia,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "Republic of Armenia", partiesEN),
				label(hy, "Հայաստանի Հանրապետություն", src.Q(hy, urlKostanyan, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
				label(ru, "Республика Армения", partiesRU),
				label(az, "Ermənistan", src.Q(az, urlMetbuatText, "Ermənistan Respublikasının baş naziri N.V.Paşinyan və Rusiya Federasiyasının Prezidenti V.V.Putin")),
				label(tr, "Ermenistan", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
				label(it, "Repubblica d’Armenia", gazzettaAM),
				alias(en, "Armenia"),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "AM", statoidsAM),
				ident(karabakh.SchemeISO3166Alpha3, "ARM", statoidsAM),
				ident(karabakh.SchemeISO3166Numeric, "051", statoidsAM),
			),
			Note:    "Party to the statement of 10 November 2020.",
			Sources: src.List(partiesEN, partiesRU),
		},
		{
			ID:   Russia,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "Russian Federation", src.Q(en, urlPrimeMinisterAM, "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor")),
				label(ru, "Российская Федерация", src.Q(ru, urlVestiKavkaza, "развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием")),
				label(hy, "Ռուսաստանի Դաշնություն", contingentHY),
				label(az, "Rusiya Federasiyası", metbuatText),
				label(tr, "Rusya", habername),
				alias(en, "Russia"),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "RU", src.Q(en, "http://wiki.kashishworld.com/russia", "Calling code+7 ISO 3166 codeRU Internet TLD")),
				ident(karabakh.SchemeISO3166Alpha3, "RUS", src.Q(en, "https://www.abbreviationfinder.us/3-letter-country-code-of-russia/", "The designation “RUS” is derived from the ISO 3166-1 alpha-3 standard")),
			),
			Note:    "Signatory and guarantor of the statement of 10 November 2020; sent the peacekeeping contingent. Its ISO 3166-1 numeric code was not seen in the sources, and its two letter codes come from two different pages.",
			Sources: src.List(src.Q(en, urlMFAAZ, "the President of the Russian Federation V.V Putin, declared the following"), habername),
		},
		{
			ID:   Turkey,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "Republic of Türkiye"),
				label(tr, "Türkiye", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
				label(az, "Türkiyə"),
				label(hy, "Թուրքիա", src.Q(hy, "https://1inlur.am/amp/2020/12/26/hunvaric", "Թուրքիայի ԶՈւ 25 զինծառայող Ադրբեջան է մեկնել")),
				label(ru, "Турция", src.Q(ru, urlVovworldRU, "Он также добавил, что Турция примет участие в миротворческой деятельности в Нагорном Карабахе.")),
				alias(en, "Turkey"),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "TR", func() karabakh.Source {
					s := src.Q(en, "http://www.fact-archive.com/encyclopedia/ISO_3166-2:TR", "ISO 3166-2:TR is an ISO standard which defines geocodes: it is the subset of ISO 3166-2 which applies to Turkey.")
					s.Note = "The page shows TR as the prefix of Turkey's ISO 3166-2 codes, which is its ISO 3166-1 alpha-2 code; fittotravel.net gives .TR only as the internet domain."
					return s
				}()),
				ident(karabakh.SchemeISO3166Alpha3, "TUR", turkeyCodes),
				ident(karabakh.SchemeISO3166Numeric, "792", turkeyCodes),
			),
			Note: "Not a party to the statement; the published text does not mention Turkey. Erdoğan said on 11 November 2020 that Turkey would join Russia in a joint peace force (see also joint-monitoring-centre).",
			Sources: src.List(
				src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak."),
				src.Q(en, "http://www.segodnia.ru/news/234656", "В опубликованном тексте Турция не упоминается."),
			),
		},
		{
			ID:   UnitedStates,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "United States of America"),
				label(ru, "Соединённые Штаты Америки"),
				label(hy, "Ամերիկայի Միացյալ Նահանգներ", brightArmenia),
				label(it, "Stati Uniti d’America", src.Q(it, urlGazzetta, "a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")),
				alias(en, "US"),
				alias(en, "USA"),
				alias(az, "ABŞ", dayAzCoChairs),
				label(az, "Amerika Birləşmiş Ştatları", src.Q(az, "https://metbuat.az/news/1505145/abs-dan-sulh-razilasmasina-dair-aciqlama.html", "Amerika Birləşmiş Ştatları Azərbaycan və Ermənistan arasında sülh razılaşmasına nail olmaq üçün fəaliyyətini davam etdirir")),
				alias(ru, "Соединенные Штаты", src.Q(ru, "https://www.magnis.news/rus/news/336888", "Соединенные Штаты выступают за прямой диалог Азербайджана и Армении")),
				alias(ru, "США", src.Q(ru, "https://nsn.fm/policy/azerbaidzhan-i-armeniya-podpisali-sovmestnuu-deklaratsiu-iz-semi-punktov", "Свою подпись под документом также поставил президент США Дональд Трамп")),
				alias(hy, "Միացյալ Նահանգներ", src.Q(hy, "https://yerkir.am/hy/article/2021/07/29/254338", "Միացյալ Նահանգները դատապարտում է Հայաստանի և Ադրբեջանի՝ միջազգայնորեն ճանաչված սահմանին բռնությունների վերջին սրումը")),
				alias(hy, "ԱՄՆ", src.Q(hy, "https://www.azatutyun.am/a/33497588.html", "Truth social ցանցում գրել է ԱՄՆ նախագահ Դոնալդ Թրամփը")),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "US", usCodes),
				ident(karabakh.SchemeISO3166Alpha3, "USA", usCodes),
				ident(karabakh.SchemeISO3166Numeric, "840", usCodes),
			),
			Note:    "Co-chair of the OSCE Minsk Group from 1997; host of the Washington summit of 8 August 2025.",
			Sources: src.List(coChairs, coChairsMehr, src.Q(it, urlGazzetta, "a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")),
		},
		{
			ID:   France,
			Kind: State,
			Names: karabakh.NamesOf(
				label(en, "French Republic"),
				label(fr, "France"),
				label(ru, "Французская Республика"),
				label(az, "Fransa", dayAzCoChairs),
				label(hy, "Ֆրանսիա", src.Q(hy, "https://top-news.am/article/70688/am",
					"Ֆրանսիայի նախագահ Էմանուել Մակրոնը համարում է, որ գաղութացումը Ֆրանսիայի մեծ սխալն է:")),
				alias(en, "France", coChairs),
				alias(ru, "Франция", src.Q(ru, "https://news.rambler.ru/world/55513242-makron-rezko-vyskazalsya-o-rossii/",
					"Президент Франции Эммануэль Макрон заявил о необходимости наращивания давления на Россию, так как она не способствует окончанию конфликта на Украине.")),
			),
			Identifiers: karabakh.ListOf(
				ident(karabakh.SchemeISO3166Alpha2, "FR", franceCodes),
				ident(karabakh.SchemeISO3166Alpha3, "FRA", franceCodes),
				ident(karabakh.SchemeISO3166Numeric, "250", franceCodes),
			),
			Note:    "Co-chair of the OSCE Minsk Group from 1997.",
			Sources: src.List(coChairs, coChairsMehr),
		},
		{
			ID:   Artsakh,
			Kind: DeFactoState,
			Names: karabakh.NamesOf(
				label(en, "Republic of Artsakh", src.Q(en, "https://bm.ge/en/news/nagorno-karabakh-president-arayik-harutyunyan-submits-his-resignation-to-parliament", "Harutyunyan was elected as President of the Republic of Artsakh on April 14, 2020.")),
				label(hy, "Արցախի Հանրապետություն"),
				label(ru, "Нагорно-Карабахская Республика"),
				alias(en, "Nagorno-Karabakh Republic", src.Q(en, urlStraitsTimes, "The president of Armenia's self-declared Nagorno-Karabakh Republic, Samvel Shahramanyan, has signed a decree")),
				alias(en, "NKR"),
				alias(en, "Artsakh"),
				alias(ru, "НКР"),
				alias(ru, "Республика Нагорный Карабах", src.Q(ru, "https://snob.ru/amp/3064649", "Республика Нагорный Карабах перестанет существовать")),
			),
			Note: "Self-declared republic in Nagorno-Karabakh, not a party to the statement. Its president Shahramanyan decreed that all its state institutions be dissolved from 1 January 2024; the decree was announced on Thursday 28 September 2023 (The Straits Times).",
			Sources: src.List(
				src.Q(en, urlWikipedia, "The president of the breakaway Republic of Artsakh, Arayik Harutyunyan, also agreed to an end of hostilities."),
				src.Q(en, urlStraitsTimes, "The self-declared republic will cease to exist from that day, the decree said."),
				src.Q(en, urlStraitsTimes, "Samvel Shahramanyan, has signed a decree to dissolve all state institutions from January 1, 2024"),
				src.Q(en, urlStraitsTimes, "Karabakh Armenian authorities said on Thursday."),
			),
		},
	}
}
