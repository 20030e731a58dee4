package timeline

import "time"

// at returns the instant at hour:min on the given day in zone z.
func at(y int, m time.Month, d, hour, min int, z *time.Location) time.Time {
	return time.Date(y, m, d, hour, min, 0, 0, z)
}

// Pages cited by more than one event.
const (
	urlNewsAm734934   = "https://news.am/eng/news/734934.html"
	urlWion2023       = "https://www.wionews.com/world/nagorno-karabakh-forces-surrender-to-azerbaijan-after-anti-terror-operations-637881"
	urlBabelYevlakh   = "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting"
	urlStraitsTimes   = "https://www.straitstimes.com/asia/nagorno-karabakh-republic-will-cease-to-exist-from-jan-1-2024-nagorno-karabakh-authorities"
	urlCommonspaceCmd = "https://karabakhspace.commonspace.eu/news/commander-russian-peacekeepers-nagorno-karabakh-replaced"
	urlAravotPrague   = "https://en.aravot.am/2022/10/07/311878"
	urlMirrorSochi    = "https://mirrorspectator.com/2022/11/01/putin-hosts-useful-talks-between-armenian-azerbaijani-leader/"
	urlCydlabs2022    = "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/2022_Armenian-Azerbaijani_clashes"
	urlKaaf2022       = "https://kaaf.at/en/news/2022/09/15/2774690/armenia-azerbaijan-agree-ceasefire-armenian-security-chief"
	urlTrend3835050   = "https://en.trend.az/azerbaijan/politics/3835050.html"
	urlHyetertGazakh  = "https://hyetert.org/2024/04/19/armenia-agrees-to-return-4-occupied-villages-to-azerbaijan/"
	urlNewsAzGazakh   = "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-"
	urlArmenpressFr   = "https://armenpress.am/fr/article/1199463"
	urlRFERL33498194  = "https://d280gayb62sbv.cloudfront.net/amp/33498194.html"
	urlCaliberFM      = "https://caliber.az/en/post/armenian-fm-washington-agreements-founded-on-mutual-interests-of-baku-yerevan"
	urlAzernews245930 = "https://www.azernews.az/nation/245930.html"
	urlAzatutyun33500 = "https://www.azatutyun.am/a/33500159.html"
	urlAzatutyun33509 = "https://www.azatutyun.am/a/33509446.html"
	urlAzatutyunTrump = "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html"
	urlTrend4141318   = "https://www.trend.az/azerbaijan/4141318.html"
	urlElection2026   = "https://d3mzoyjq8u1mge.cloudfront.net/posts/armenian-election-results-take-an-odd-turn-3eb27f23-d58d-4e37-8310-70c0dd15f831/teaser"
	urlGazzettaDecl   = "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington"
	urlAPCityNews     = "https://toronto.citynews.ca/2024/04/17/russia-begins-withdrawing-peacekeeping-forces-from-karabakh-now-under-full-azerbaijan-control/"
)
