package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// Usages of contested names. No usage is the "real" name; each is recorded
// as used.
const (
	usageArmenian    = "Armenian usage"
	usageAzerbaijani = "Azerbaijani usage"
	usageAzOfficial  = "Azerbaijani official usage"
)

// placeNoteUnquoted is added to places whose list of names includes forms
// that the compiled place list gives with a page but no quote: those names
// carry no source of their own.
const placeNoteUnquoted = " Names without a source of their own are as given by the compiled place list of the sources, which names the pages but quotes none of them."

// Secondary copies of the ISO 3166 lists (iso.org was not in the stored sources).
const (
	isoGpedia    = "https://gpedia.com/en/ISO%203166-2:AZ"
	isoFindat    = "https://findatwiki.com/ISO_3166-2:AZ"
	isoWorldEbk  = "http://worldebooklibrary.net/articles/ISO_3166-2:AZ"
	isoStatoids  = "https://mdsite.deno.dev/http://www.statoids.com/wab.html"
	isoNote      = "A secondary copy of the ISO 3166 list, not iso.org."
	plHyetert    = "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/"
	plNewsAz4Vil = "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-"
	plNewsAm734  = "https://news.am/eng/news/734934.html"
	plAzatTRIPP  = "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html"
	plMenafnChk  = "https://menafn.com/1107043867/Azerbaijan-Has-Right-To-Close-Lachin-Road-If-It-Feels-Any-Danger-Ex-Iranian-Ambassador"
	plCivilnet   = "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/"
	// Sputnik Armenia (Russian) and past.am on the shelling of September 2022.
	plSputnikGegh  = "https://ru.armeniasputnik.am/20220929/akkreditovannye-v-armenii-posly-posetili-postradavshie-ot-obstrelov-obschiny-gegarkunika--49074969.html"
	plPastShelling = "https://url.past.am/?l=en&p=375294"
)

// pn returns a name with the given kind and usage, sourced by srcs (none
// when the sources give the form without a quote).
func pn(lang language.Tag, text string, kind karabakh.NameKind, usage string, srcs ...karabakh.Source) karabakh.Name {
	return karabakh.Name{Text: text, Lang: lang, Kind: kind, Usage: usage, Sources: src.List(srcs...)}
}

// iso returns an ISO 3166 identifier read from a secondary list.
func iso(scheme karabakh.Scheme, value, url, quote string) karabakh.Identifier {
	s := src.Q(language.English, url, quote)
	s.Note = isoNote
	return karabakh.Identifier{Scheme: scheme, Value: value, Sources: src.List(s)}
}

// Pages that name the places of 2022 and later.
const (
	urlOCMediaSep2022 = "https://ocmedianew.vecto.digital/live-updates-azerbaijan-launches-attacks-along-armenian-border"
	urlArmenpressDadi = "https://armenpress.am/eng/news/1134961/"
	urlAzVisionKhuda  = "https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html"
	urlMassisTavush   = "https://massispost.com/2024/04/armenia-and-azerbaijan-agree-to-start-border-delimitation-process-in-tavush-area/"
	urlNewsAzGazakh   = "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-"
	urlTASSGazakh     = "https://tass.com/world/1792675"
	quoteTASSGazakh   = "took control of the villages of Baghanis Ayrim, Ashagi Askipara, Kheyrimli and Gizilhajili in the Gazakh District"
)

const (
	quoteOCMediaSep2022 = "Azerbaijan launched an attack along the Armenian border in the Syunik, Gegharkunik, and Vayots Dzor regions at around midnight on 13 September"
	quoteMassisPairs    = "Baghanis (Armenia) and Baganis Ayrum (Azerbaijan), Voskepar (Armenia) and Asagi Askipara (Azerbaijan), Kirants (Armenia) and Xeyrimli (Azerbaijan)"
	quoteNewsAzVillages = "Four villages of Azerbaijan’s Gazakh district, namely, Baganis Ayrim, Ashagi Askipara, Kheyrimli and Gizil Hajili [6.5 square kilometres] were returned to Azerbaijan"

	// The four villages' names in Azerbaijani, Russian and Armenian, and
	// the Armenian villages paired with them (issue 13 research).
	urlTurkicWorld4   = "https://turkic.world/az/articles/politics/247678"
	quoteTurkicWorld4 = "Mayın 24-də Azərbaycan Respublikasının Qazax rayonunun Bağanıs Ayrım, Aşağı Əskipara, Xeyrımlı və Qızılhacılı kəndlərinin əraziləri Azərbaycan Respublikası Dövlət Sərhəd Xidməti tərəfindən nəzarətə götürülüb."
	urlMetbuat4       = "https://metbuat.az/news/1497909/azerbaycana-qaytarilan-dord-kendin-sakinleri-danisdilar.html"
	urlReportRu4      = "https://report.az/ru/vneshnyaya-politika/azerbajdzhanskie-pogranichniki-vzyali-pod-kontrol-4-osvobozhdennyh-gazahskih-sela"
	quoteReportRu4    = "Сегодня территории сел Баганис Айрым, Ашагы Аскипара, Хейримли и Кызыл Гаджилы Газахского района Азербайджана взяты под контроль Государственной пограничной службой Азербайджанской Республики."
	quoteReportRuPair = "По итогам встречи был подписан протокол-описание отрезков границы непосредственно между населенными пунктами Баганис Айрым (АР) - Баганис (РА), Ашагы Аскипара (АР) - Воскепар (РА), Хейримли (АР) - Киранц (РА) и Кызыл Гаджилы (АР) - Беркабер (РА)."
	urlIcmaRu4        = "https://icma.az/ru/news/ruiny-zateryannye-sredi-krasoty-prirody-reportazh-iz-osvobozhdennyh-sel-gazaha-702575"
	quoteIcmaRu4      = "четыре из семи ранее оккупированных сел Газахского района — Баганыс Айрым, Ашагы Аскипара, Хейримлы и Гызылгаджылы"
	url1or            = "https://1or.am/?l=en&p=146978"
	quote1or          = "«Թե բա գյուղերի անուններն «ադրբեջանական» են՝ Բաղանիս-Այրում, Աշաղի Ասքիփարա և այլն։"
	urlSyuniacVil     = "https://syuniacyerkir.am/adrbejany-pahanjum-e-anhapakh-veradardznel-tavushi-chors-gyukhery"
	quoteSyuniacVil   = "Բաղանիս Այրումին, Աշաղը Ասքիփարային, Խեյրիմլիին և Ղըզըլհաջիլիին"
	// usageHYDative marks an Armenian name read from its dative: the quote
	// has the name with the ending -ին (-յին after a vowel).
	usageHYDative     = "as written in the dative in the quote, without its ending"
	urlXalqQazeti4    = "https://xalqqazeti.az/en/siyaset/180547-press-release-office-deputy-prime"
	quoteXalqQazeti4  = "Today, the State Border Service of the Republic of Azerbaijan took under control the territories of the villages Baganys Ayrim, Ashagy Askipara, Kheyrimli and Gyzylhajily in the Gazakh district of the Republic of Azerbaijan."
	url24newsTavush   = "https://24news.am/news/338474"
	quote24newsTavush = "Ըստ ապօրինի սահմանազատման` վտանգի տակ են հայտնվում ինչպես Ոսկեպար, Կիրանց, Բաղանիս գյուղերի բնակչությունը"
	urlAbcRuTavush    = "https://abcmedia.am/ru/novosty/45824/"
	quoteAbcRuTavush  = "В селах Воскепар и Баганис со вчерашнего дня царит напряженная атмосфера."
)
