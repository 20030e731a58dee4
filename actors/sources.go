package actors

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// urlGazetaUAErdogan reports Erdoğan's call with Putin of 10 November 2020;
// found with the search tool, it gives his name in Russian.
const urlGazetaUAErdogan = "https://m.gazeta.ua/ru/articles/world-life/_erdogan-zayavil-ob-uchastii-turcii-v-kontrole-za-peremiriem-v-nagornom-karabahe/995994"

// Helpers that keep the records short.

func newName(kind karabakh.NameKind, lang language.Tag, text string, srcs []karabakh.Source) karabakh.Name {
	return karabakh.Name{Text: text, Lang: lang, Kind: kind, Sources: src.List(srcs...)}
}

func label(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return newName(karabakh.KindLabel, lang, text, srcs)
}

func alias(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return newName(karabakh.KindAlias, lang, text, srcs)
}

func translit(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return newName(karabakh.KindTransliteration, lang, text, srcs)
}

func garbled(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return newName(karabakh.KindGarbled, lang, text, srcs)
}

func day(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }

// Sources shared by several records.
const (
	urlPrimeMinisterAM = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement"
	urlMFAAZ           = "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru"
	urlWikiIPFS        = "https://en.wikipedia-on-ipfs.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement"
	urlWikipedia       = "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_ceasefire_agreement"
	urlMetbuatText     = "https://metbuat.az/news/1393729/kelbecer-agdam-ve-lacin-azerbaycana-hansi-tarixlerde-qaytari.html"
	urlVestiKavkaza    = "https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html"
	urlAravot2021      = "https://en.aravot.am/2021/01/11/274319"
	urlSputnikWG       = "https://ru.armeniasputnik.am/politics/20210130/26283805/Vstrecha-vitse-premerov-Armenii-Rossii-i-Azerbaydzhana-v-Moskve-o-chem-dogovorilis-storony.html"
	urlAliqmedia       = "https://aliqmedia.am/2021/04/02/9645"
	urlHyetertGazakh   = "https://hyetert.org/2024/04/19/armenia-agrees-to-return-4-occupied-villages-to-azerbaijan/"
	urlCloudfrontRFERL = "https://d280gayb62sbv.cloudfront.net/amp/33498194.html"
	urlPAX2324         = "https://test.pax.peaceagreements.org/agreements/2324"
	urlPAX2454         = "https://pax.peaceagreements.org/agreements/2454"
	urlGazzetta        = "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington"
	urlHabername       = "https://habername.com/haber-cumhurbaskani-erdogan-rusya-devlet-baskani-putin-ile-telefonda-gorustu-1-132928.htm"
	urlStraitsTimes    = "https://www.straitstimes.com/asia/nagorno-karabakh-republic-will-cease-to-exist-from-jan-1-2024-nagorno-karabakh-authorities"
	urlMassisElection  = "https://massispost.com/2023/09/artsakh-national-assembly-elects-samvel-shahramanyan-as-new-president/"
	urlHyetertResign   = "https://hyetert.org/2023/08/31/breaking-nagorno-karabakh-president-to-resign/"
	urlAzernewsPeace   = "https://www.azernews.az/nation/245930.html"
	urlPressunity      = "https://pressunity.org/archives/19139"
	urlAzadliq         = "https://www.azadliq.info/2022/01/12/mudafi%c9%99-naziri-yeni-komandani-q%c9%99bul-edib"
	urlRBC             = "https://www.rbc.ru/politics/04/09/2023/64f62f739a7947cf856ba100?from=materials_on_subject"
	urlRFERLLentsov    = "https://www.rferl.org/a/russia-armenia-azerbaijan-nagorno-karabakh-lachin/32380940.html"
	urlCivilnet        = "https://www.civilnet.am/news/698445/%25D5%25BC%25D5%25B8%25D6%2582%25D5%25BD%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25B6%25D5%25AB-%25D5%25BA%25D5%25B6-%25D5%25B6-%25D5%25B0%25D5%25A1%25D5%25BD%25D5%25BF%25D5%25A1%25D5%25BF%25D5%25A5%25D5%25AC-%25D5%25A7-%25D5%25AD%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25B2%25D5%25A1%25D5%25BA%25D5%25A1%25D5%25B0-%25D5%25A6%25D5%25B8%25D6%2580%25D5%25A1%25D5%25AD%25D5%25B4%25D5%25A2%25D5%25AB-%25D5%25B0%25D6%2580%25D5%25A1%25D5%25B4%25D5%25A1%25D5%25B6%25D5%25A1%25D5%25BF%25D5%25A1%25D6%2580%25D5%25AB-%25D6%2583%25D5%25B8%25D6%2583%25D5%25B8%25D5%25AD%25D5%25B8%25D6%2582%25D5%25A9%25D5%25B5%25D5%25B8%25D6%2582%25D5%25B6%25D5%25A8/"
	urlAraratnews      = "https://araratnews.am/show/51163"
	urlRia24Defence    = "https://ria24.today/news/ministry-oborony-rf-i-armenii-obsudili-6/12076921"
	urlVertikal        = "https://vertikal.az/xeber/28308-rusiya-v-ermnistan-mudafi-nazirlri-qarabadak-vziyyti-muzakir-ediblr.html"
	urlSahartv         = "https://azeri.sahartv.ir/news/azərbaycan-i380931-sülhməramlıların_komandiri_xankəndinə_ermənistandan_gəlib"
	urlHyetertMemo     = "https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/"
	urlNewsAm618205    = "https://news.am/eng/news/618205.html"
	urlMediamaxOSCE    = "https://mediamax.am/en/news/foreignpolicy/59419/"
	urlMehrnews        = "https://en.mehrnews.com/news/236031/Minsk-Group-officially-dissolved"
	urlDayAz           = "https://news.day.az/azerinews/1799030.html"
	urlMetbuatOSCE     = "https://metbuat.az/news/1533544/atet-in-minsk-qrupu-dekabra-qeder-tamamile-legv-edilecek.html"
	urlReportOSCE      = "https://report.az/daxili-siyaset/minsk-qrupunun-baglanmasi-ile-bagli-atet-in-fealiyyetde-olan-sedrine-muraciet-unvanlanib/"
	urlUrdupointOSCE   = "https://www.urdupoint.com/en/world/erdogan-says-turkey-has-right-to-engage-in-ka-1065320.html"
	urlVovworldFR      = "https://m.vovworld.vn/fr-CH/actualites/hautkarabakh-la-france-la-russie-et-les-etatsunis-appellent-au-cessezlefeu-907609.vov"
	urlVovworldRU      = "https://m.vovworld.vn/ru-RU/новости/армения-рф-и-азербаиджан-подписали-заявление-о-прекращении-боевых-деиствии-в-нагорном-карабахе-920695.vov"
	urlSputnikArmP6    = "https://arm.sputniknews.ru/20201201/berdzor-anoroshutyun-lusankarner-25582046.html?chat_room_id=25582046"
	urlArminfoP9       = "https://arminfo.info/full_news.php?id=85947&lang=1"
	urlBrightArmenia   = "https://www.brightarmenia.am/am/1/glkhavor.htm"
	urlKostanyan       = "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html"
	urlStatoids        = "https://mdsite.deno.dev/http://www.statoids.com/wab.html"
	urlSputnikPK       = "https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/"
	urlEADaily         = "https://eadaily.com/ru/news/2020/11/12/v-karabahe-ustanavlivayutsya-nablyudatelnye-posty-rossiyskih-mirotvorcev"
)

func ident(scheme karabakh.Scheme, value string, srcs ...karabakh.Source) karabakh.Identifier {
	return karabakh.Identifier{Scheme: scheme, Value: value, Sources: src.List(srcs...)}
}
