package actors

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// coreActors returns the actors of the source bundle's actor list
// (actors.tsv) and the commanders and minister its supplement adds
// (names-more.tsv, facts-more.tsv). Quotes are copied from the bundle with
// runs of whitespace collapsed, as the bundle itself does.
// urlGazetaUAErdogan reports Erdoğan's call with Putin of 10 November 2020;
// found with the search tool, it gives his name in Russian.
const urlGazetaUAErdogan = "https://m.gazeta.ua/ru/articles/world-life/_erdogan-zayavil-ob-uchastii-turcii-v-kontrole-za-peremiriem-v-nagornom-karabahe/995994"

func coreActors() []Actor {
	return append(corePeople(), coreBodies()...)
}

// Helpers for the core data. They carry a "core" prefix so that they cannot
// clash with helpers in the other data files of this package.

func coreName(kind karabakh.NameKind, lang language.Tag, text string, srcs []karabakh.Source) karabakh.Name {
	return karabakh.Name{Text: text, Lang: lang, Kind: kind, Sources: src.List(srcs...)}
}

func coreLabel(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return coreName(karabakh.KindLabel, lang, text, srcs)
}

func coreAlias(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return coreName(karabakh.KindAlias, lang, text, srcs)
}

func coreTranslit(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return coreName(karabakh.KindTransliteration, lang, text, srcs)
}

func coreGarbled(lang language.Tag, text string, srcs ...karabakh.Source) karabakh.Name {
	return coreName(karabakh.KindGarbled, lang, text, srcs)
}

func coreDay(y int, m time.Month, d int) karabakh.Date { return karabakh.Day(y, m, d) }

// coreAttested is the note of an office whose term is only the span over
// which the sources show the actor in the post.
const coreAttested = "Term is the span over which the cited sources show the post held (first and last dated mention), not the full term of office."

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

// corePeople returns the people: the signatories, the leaders and officials
// of the parties, and the commanders of the Russian peacekeepers.
func corePeople() []Actor {
	en, ru, hy, az := language.English, language.Russian, language.Armenian, language.Azerbaijani
	tr, fr, de, it := language.Turkish, language.French, language.German, language.Italian

	// The statement's preambles name the three signatories with initials.
	pmAM := src.Q(en, urlPrimeMinisterAM, "We, the Prime Minister of the Republic of Armenia N.V. Pashinyan, the President of the Republic of Azerbaijan I.H. Aliyev, and the President of the Russian Federation V.V. Putin")
	mfaAZ := src.Q(en, urlMFAAZ, "We, the President of the Republic of Azerbaijan I.H.Aliyev, the Prime Minister of the Republic of Armenia N.V. Pashinyan and the President of the Russian Federation V.V Putin, declared the following:")
	ipfs := src.Q(en, urlWikiIPFS, "It was signed on 9 November by the President of Azerbaijan Ilham Aliyev, the Prime Minister of Armenia Nikol Pashinyan and the President of Russia Vladimir Putin")
	aravot := src.Q(en, urlAravot2021, "We, the President of the Republic of Azerbaijan Ilham Aliyev, the Prime Minister of the Republic of Armenia Nikol Pashinyan and the President of the Russian Federation Vladimir Putin")
	rferlWashington := src.Q(en, urlCloudfrontRFERL, "Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev signed at the White House a joint declaration")

	// The working group's co-chairs, named together.
	sputnikWG := src.Q(ru, urlSputnikWG, "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание")
	aliqWG := src.Q(hy, urlAliqmedia, "Մհեր Գրիգորյանը, Ալեքսեյ Օվերչուկը եւ Ադրբեջանի փոխվարչապետ Շահին Մուստաֆաեւը եռակողմ աշխատանքային խմբի համանախագահներն են։")
	hyetertGazakh := src.Q(en, urlHyetertGazakh, "It agreed during the eighth meeting of border demarcation commissions, chaired by Azerbaijani Deputy Prime Minister Shahin Mustafayev and Armenian Deputy Prime Minister Mher Grigoryan")

	// Peacekeeping commanders.
	pressunityVolkov := src.Q(ru, urlPressunity, "В Нагорном Карабахе новый командующий миротворческим составом — Андрей Волков. Он стал четвертым главой МС РФ в Карабахе с ноября 2020 года.")
	pressunityAnashkin := src.Q(ru, urlPressunity, "командующим миротворцами в Карабахе был генерал-лейтенант Геннадий Анашкин")
	rferlLentsov := src.Q(en, urlRFERLLentsov, "The Russian Defense Ministry on April 26 announced the appointment of Aleksandr Lentsov to replace Andrei Volkov, without providing a reason.")
	rbcKulakov := src.Q(ru, urlRBC, "Командующим Российским миротворческим контингентом в Нагорном Карабахе стал генерал-майор Кирилл Кулаков, сообщило Минобороны. Его назначили 3 сентября.")
	rbcLentsov := src.Q(ru, urlRBC, "Кулаков сменил на этой должности генерал-полковника Александра Ленцова")
	civilnetLentsov := src.Q(hy, urlCivilnet, "Նշվում է, որ Ալեքսանդր Լենցովը պաշտոնը ստանձնել է ապրիլի 25-ից։")
	commonspaceLentsov := src.Q(en, "https://karabakhspace.commonspace.eu/news/commander-russian-peacekeepers-nagorno-karabakh-replaced", "Major General Andrey Volkov, who had held the position for some 15 months, has been replaced by Colonel General Aleksandr Lentsov.")
	infogate := src.Q(language.Spanish, "https://infogate.cl/?p=167974", "Anashkin reemplazó al comandante del contingente, Mikhail Kosobokov, quien ocupó el cargo durante solo 16 días, del 9 al 26 de septiembre.")
	azernewsAnashkin := src.Q(en, "https://www.azernews.az/nation/183848.html", "Lt-General Anashkin is the third commander of the Russian peacekeeping forces in Azerbaijan, who was appointed to this post on September 25, 2021.")
	armenpressMuradov := src.Q(en, "https://www.armenpress.am/eng/news/1062798/", "Lieutenant-General Rustam Muradov’s mission in Nagorno Karabakh completed on September 6, 2021.")

	defenceRia24 := src.Q(ru, urlRia24Defence, "Министр обороны РФ Сергей Шойгу и глава военного ведомства Армении Сурен Папикян обсудили")
	hyetertMemo := src.Q(en, urlHyetertMemo, "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11")
	azernewsPeace := src.Q(en, urlAzernewsPeace, "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan initialed the draft agreement")
	gazzettaTrump := src.Q(it, urlGazzetta, "Noi e il Presidente degli Stati Uniti d’America, Donald J. Trump, abbiamo assistito")

	return []Actor{
		{
			ID:   Aliyev,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Ilham Aliyev", ipfs),
				coreLabel(az, "İlham Əliyev"),
				coreLabel(ru, "Ильхам Алиев"),
				coreLabel(hy, "Իլհամ Ալիև"),
				coreAlias(en, "Aliyev", src.Q(en, "https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha",
					"“With great pride and joy, I inform you that the town of Shusha has been liberated,” Aliyev said in a televised address to the nation")),
				coreAlias(az, "İlham Heydər oğlu Əliyev"),
				coreAlias(az, "İ.H.Əliyev", src.Q(az, urlMetbuatText, "Biz, Azərbaycan Respublikasının Prezidenti İ.H.Əliyev")),
				coreAlias(en, "Ilham Heydar oglu Aliyev"),
				coreAlias(en, "I.H. Aliyev", pmAM),
				coreAlias(en, "I. G. Aliyev"),
				coreAlias(en, "Aliev"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "President",
					Of:      Azerbaijan,
					Term:    karabakh.Span(coreDay(2003, time.October, 31), karabakh.Date{}),
					Sources: src.List(src.Q(en, "https://wikivisually.com/wiki/2003_Azerbaijani_presidential_election", "Aliyev became the country's president on 31 October 2003")),
				},
			),
			Note:    "President of Azerbaijan; one of the three signatories of the statement of 10 November 2020.",
			Sources: src.List(ipfs, mfaAZ, aravot, rferlWashington),
		},
		{
			ID:   Pashinyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Nikol Pashinyan", ipfs),
				coreLabel(hy, "Նիկոլ Փաշինյան"),
				coreLabel(ru, "Никол Пашинян", src.Q(ru, urlVovworldRU, "Около 01:00 по московскому времени премьер-министр Армении Никол Пашинян сообщил у себя в фейсбуке")),
				coreAlias(en, "Pashinyan", src.Q(en, "https://indianeconomicobserver.com/news/armenia-azerbaijan-reach-agreement-on-full-scale-prisoner-swap20201205152424",
					"In fact, the exchange has been negotiated on the principle of 'all for all',\" Pashinyan said on Saturday")),
				coreAlias(en, "Nikol Pashinian", rferlWashington),
				coreAlias(en, "N.V. Pashinyan", pmAM),
				coreAlias(en, "Nikol Vovayi Pashinyan", src.Q(en, "https://review.clateway.com/wiki/view_html.php?q=Nikol_Pashinyan", "Nikol Vovayi Pashinyan (Armenian: Նիկոլ Վովայի Փաշինյան")),
				coreAlias(hy, "Նիկոլ Վովայի Փաշինյան", src.Q(en, "https://review.clateway.com/wiki/view_html.php?q=Nikol_Pashinyan", "Nikol Vovayi Pashinyan (Armenian: Նիկոլ Վովայի Փաշինյան")),
				coreTranslit(az, "Nikol Paşinyan"),
				coreAlias(az, "N.V.Paşinyan", src.Q(az, urlMetbuatText, "Ermənistan Respublikasının baş naziri N.V.Paşinyan və Rusiya Federasiyasının Prezidenti V.V.Putin")),
				coreTranslit(de, "Paschinjan"),
				coreTranslit(fr, "Pachinian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Prime Minister",
					Of:      Armenia,
					Term:    karabakh.Span(coreDay(2018, time.May, 8), karabakh.Date{}),
					Note:    "Elected by the National Assembly on 8 May 2018.",
					Sources: src.List(src.Q(en, "https://armenianweekly.com/2018/05/08/breaking-nikol-pashinyan-elected-prime-minister-of-armenia/", "Earlier today, Armenia’s National Assembly elected Nikol Pashinyan as the country’s prime minister (PM).")),
				},
			),
			Note:    "Prime Minister of Armenia; one of the three signatories of the statement of 10 November 2020.",
			Sources: src.List(ipfs, pmAM, aravot, rferlWashington),
		},
		{
			ID:   Putin,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Vladimir Putin", ipfs),
				coreLabel(ru, "Владимир Путин"),
				coreLabel(hy, "Վլադիմիր Պուտին"),
				coreLabel(az, "Vladimir Putin", src.Q(az, urlMetbuatText, "Rusiya Federasiyasının Prezidenti Vladimir Putinin Bəyanatının tam mətni açıqlanıb")),
				coreAlias(en, "V.V. Putin", pmAM),
				coreAlias(az, "V.V.Putin", src.Q(az, urlMetbuatText, "Rusiya Federasiyasının Prezidenti V.V.Putin aşağıdakıları bəyan edirik")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Russia,
					Term:  karabakh.Span(coreDay(2020, time.November, 10), coreDay(2022, time.October, 31)),
					Note:  coreAttested,
					Sources: src.List(
						src.Q(en, urlMFAAZ, "the President of the Russian Federation V.V Putin, declared the following"),
						src.Q(en, urlPAX2454, "Page 2. Agreement witnessed by: President of the Russian Federation, V. V. Putin."),
					),
				},
			),
			Note: "President of Russia; signatory of the statement of 10 November 2020. PA-X lists him as a party to that statement but only as a witness to the Sochi statement of 31 October 2022.",
			Sources: src.List(
				ipfs, mfaAZ, aravot,
				src.Q(en, urlPAX2324, "President of the Republic of Azerbaijan Prime Minister of the Republic of Armenia President of the Russian Federation - Third parties - -"),
			),
		},
		{
			ID:   Erdogan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Recep Tayyip Erdoğan"),
				coreLabel(tr, "Recep Tayyip Erdoğan", src.Q(tr, urlHabername, "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")),
				coreLabel(hy, "Թայիփ Էրդողան"),
				coreAlias(en, "Recep Tayyip Erdogan"),
				// The surname alone, as reports use it; folding makes it
				// match Erdoğan and ERDOĞAN too.
				coreAlias(en, "Erdogan", src.Q(en, "https://www.middleeastmonitor.com/20201111-turkey-to-monitor-ceasefire-in-karabakh-along-with-russia-erdogan-says/",
					"President Erdogan said Turkey will engage in supervising and monitoring activities together with Russia")),
				coreLabel(ru, "Реджеп Тайип Эрдоган", src.Q(ru, urlGazetaUAErdogan, "Президент Турции Реджеп Тайип Эрдоган в беседе с президентом РФ Владимиром Путиным")),
				coreAlias(ru, "Эрдоган", src.Q(ru, urlGazetaUAErdogan, "Эрдоган заявил об участии Турции в контроле за перемирием в Нагорном Карабахе")),
				coreAlias(en, "Tayyip Erdogan", src.Q(en, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O", "Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict")),
				coreTranslit(az, "Rəcəb Tayyib Ərdoğan"),
				// Mojibake from the project's seed article: kept only so
				// that lookups can repair it.
				coreGarbled(en, "ErdoAan"),
				coreGarbled(en, "ErdoÄan"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Turkey,
					Term:  karabakh.Span(coreDay(2020, time.October, 14), coreDay(2020, time.November, 11)),
					Note:  coreAttested,
					Sources: src.List(
						src.Q(en, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O", "Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict"),
						src.Q(tr, urlHabername, "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi."),
					),
				},
			),
			Note: "President of Turkey. The seed article garbles his name as \"ErdoAan\" and \"ErdoÄan\" (UTF-8 ğ read as Latin-1 or Windows-1252); the correct letter is ğ (U+011F).",
			Sources: src.List(
				src.Q(tr, urlHabername, "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi."),
				src.Q(en, urlUrdupointOSCE, "The Turkish leader expressed the belief that the Organization for Security and Co-operation in Europe's Minsk Group had not made much progress"),
				src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak."),
				func() karabakh.Source {
					s := src.Q(az, "https://devranmedia.com/news/details/21238", "Ağdam və Qazaxın işğal altındakı hissələrini 20 noyabra")
					s.Note = "Erdoğan's summary of 11 November 2020 names Gazakh as well as Aghdam; the official texts of point 2 name only Aghdam."
					return s
				}(),
			),
		},
		{
			ID:   Harutyunyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Arayik Harutyunyan"),
				coreLabel(hy, "Արայիկ Հարությունյան"),
				coreLabel(ru, "Араик Арутюнян"),
				coreAlias(en, "Arayik Harutiunian"),
				coreAlias(en, "Araik Harutyunyan"),
				coreAlias(en, "Arayk Harutyunyan"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Artsakh,
					Term:  karabakh.Span(coreDay(2020, time.May, 21), coreDay(2023, time.September, 1)),
					Note:  "Elected on 14 April 2020 and took office on 21 May 2020. The term ends on 1 September 2023, the day he submitted his resignation to parliament; the sources do not say on which day it took effect.",
					Sources: src.List(
						src.Q(en, "https://bm.ge/en/news/nagorno-karabakh-president-arayik-harutyunyan-submits-his-resignation-to-parliament", "Harutyunyan was elected as President of the Republic of Artsakh on April 14, 2020."),
						src.Q(en, "https://mediamax.am/en/news/karabakh/52321/", "I assumed the authorities of the President of Artsakh on May 21, 2020 after being elected by the people of Artsakh."),
						src.Q(en, "https://asbarez.com/artsakh-president-resigns/", "Artsakh President Arayik Harutyunyan submitted his official resignation to the Artsakh Parliament on Friday."),
					),
				},
			),
			Note: "President of the de-facto Republic of Artsakh from May 2020 until his resignation in September 2023.",
			Sources: src.List(
				src.Q(en, urlWikipedia, "The president of the breakaway Republic of Artsakh, Arayik Harutyunyan, also agreed to an end of hostilities."),
				src.Q(en, "https://asbarez.com/artsakh-president-resigns/", "Artsakh President Arayik Harutyunyan submitted his official resignation to the Artsakh Parliament on Friday."),
			),
		},
		{
			ID:   Shahramanyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Samvel Shahramanyan", src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9.")),
				coreLabel(hy, "Սամվել Շահրամանյան"),
				coreLabel(ru, "Самвел Шахраманян"),
				coreAlias(en, "Samvel Shahramanian"),
				coreAlias(en, "Samvel Sergey Shahramanian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "State Minister",
					Of:    Artsakh,
					Term:  karabakh.Span(coreDay(2023, time.August, 31), karabakh.Date{}),
					Note:  "Appointed by Arayik Harutyunyan's order of 31 August 2023, replacing Gurgen Nersisyan; he had been Secretary of the Security Council. The sources do not say when this post ended; Massis Post still calls him Minister of State on his election as president.",
					Sources: src.List(
						src.Q(en, urlHyetertResign, "Harutyunyan also signed an executive order on dismissing State Minister Gurgen Nersisyan and replacing him with Secretary of the Security Council of Nagorno-Karabakh Samvel Shahramanyan."),
					),
				},
				Office{
					Title: "President",
					Of:    Artsakh,
					Term:  karabakh.Span(coreDay(2023, time.September, 9), karabakh.Date{}),
					Note:  "Elected by the National Assembly of Artsakh on 9 September 2023. On 28 September 2023 he signed a decree dissolving all state institutions from 1 January 2024; the sources do not give an end to his own term.",
					Sources: src.List(
						src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9."),
						src.Q(en, urlStraitsTimes, "The president of Armenia's self-declared Nagorno-Karabakh Republic, Samvel Shahramanyan, has signed a decree"),
					),
				},
			),
			Note: "Last president of the de-facto Republic of Artsakh. Sources disagree on his age at election: 44 (Massis Post, RFE/RL) or 45 (FMT, Interfax via mirperemen.net); the bundle quotes neither.",
			Sources: src.List(
				src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9."),
				src.Q(en, urlStraitsTimes, "Samvel Shahramanyan, has signed a decree to dissolve all state institutions from January 1, 2024"),
			),
		},
		{
			ID:   Mirzoyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Ararat Mirzoyan", azernewsPeace),
				coreLabel(hy, "Արարատ Միրզոյան"),
				coreAlias(en, "Ararat Samveli Mirzoyan"),
				coreTranslit(fr, "Ararat Mirzoian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Speaker of the National Assembly",
					Of:      Armenia,
					Term:    karabakh.Span(coreDay(2019, time.January, 14), coreDay(2021, time.August, 2)),
					Note:    "French Wikipedia copy: \"Président de l'Assemblée nationale\".",
					Sources: src.List(src.Q(fr, "https://fr.xcv.wiki/wiki/Ararat_Mirzoyan", "Président de l'Assemblée nationale d'Arménie En fonction du 14 janvier 2019 au 2 août 2021")),
				},
				Office{
					Title: "Minister of Foreign Affairs",
					Of:    Armenia,
					Term:  karabakh.Span(coreDay(2021, time.August, 19), karabakh.Date{}),
					Note:  "Appointed by decree of President Armen Sarkissian on 19 August 2021.",
					Sources: src.List(
						src.Q(en, "https://www.azatutyun.am/a/31417973.html", "Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian"),
						src.Q(en, "https://www.opednews.com/articles/The-continuation-of-govern-by-Aram-Manukyan-Armenian-210823-887.html", "and appointed former speaker of the parliament Ararat Mirzoyan as the head of the Foreign Ministry."),
						azernewsPeace,
					),
				},
			),
			Note: "Speaker of Armenia's National Assembly when the statement was signed (beaten by protesters on 10 November 2020), then Foreign Minister; initialled the peace agreement on 8 August 2025.",
			Sources: src.List(
				src.Q(en, "https://www.indiatoday.in/world/story/armenian-parliament-speaker-assaulted-by-angry-protesters-over-peace-deal-undergoes-surgery-1739576-2020-11-10", "\"Some thugs beat Ararat Mirzoyan. Now he is undergoing surgery, his life is not under threat,\""),
				src.Q(en, "https://en.news-front.info/2020/11/10/riots-in-armenia-protesters-burst-into-government-building/", "Near the parliament building, protesters pulled out of the car and beat the speaker of the National Assembly Ararat Mirzoyan."),
				src.Q(en, "https://caliber.az/en/post/armenian-fm-washington-agreements-founded-on-mutual-interests-of-baku-yerevan", "Their foreign ministers also initialled a draft “Agreement on Establishment of Peace and Inter-State Relations,” in the presence of Trump, Aliyev, and Pashinyan."),
			),
		},
		{
			ID:   Bayramov,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Jeyhun Bayramov", azernewsPeace),
				coreLabel(az, "Ceyhun Bayramov", src.Q(az, urlReportOSCE, "bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov Nazirlər Kabinetində")),
				coreTranslit(en, "Jeyhun Bayramov", azernewsPeace),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Minister of Foreign Affairs",
					Of:      Azerbaijan,
					Term:    coreDay(2025, time.August, 8).Interval(),
					Note:    "Only the day of the Washington initialling is dated in the sources.",
					Sources: src.List(azernewsPeace),
				},
			),
			Note:    "Foreign Minister of Azerbaijan; initialled the peace agreement with Ararat Mirzoyan in Washington on 8 August 2025.",
			Sources: src.List(azernewsPeace, src.Q(az, urlReportOSCE, "bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov Nazirlər Kabinetində")),
		},
		{
			ID:   Overchuk,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Alexei Overchuk"),
				coreLabel(ru, "Алексей Оверчук", sputnikWG),
				coreLabel(hy, "Ալեքսեյ Օվերչուկ", aliqWG),
				coreAlias(en, "Alexey Overchuk", src.Q(en, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/", "Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group.")),
				coreAlias(en, "Aleksei Overchuk"),
				coreAlias(ru, "Алексей Логвинович Оверчук"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Deputy Prime Minister",
					Of:    Russia,
					Term:  karabakh.Span(coreDay(2021, time.January, 30), coreDay(2021, time.February, 28)),
					Note:  coreAttested,
					Sources: src.List(
						sputnikWG,
						src.Q(en, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/", "Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group."),
					),
				},
				Office{
					Title:   "Co-chair",
					Of:      TrilateralWorkingGroup,
					Term:    karabakh.Span(coreDay(2021, time.January, 30), coreDay(2021, time.April, 2)),
					Note:    coreAttested,
					Sources: src.List(sputnikWG, aliqWG),
				},
			),
			Note:    "Deputy Prime Minister of Russia; Russian co-chair of the trilateral working group on unblocking transport links (point 9).",
			Sources: src.List(sputnikWG, aliqWG),
		},
		{
			ID:   Mustafayev,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Shahin Mustafayev", hyetertGazakh),
				coreLabel(az, "Şahin Mustafayev", src.Q(az, "https://metbuat.az/news/1481201/sahin-mustafayev-xankendiye-gedecek.html", "Azərbaycan Respublikası Baş nazirinin müavini Şahin Mustafayevin")),
				coreLabel(ru, "Шахин Мустафаев", sputnikWG),
				coreLabel(hy, "Շահին Մուստաֆաեւ", aliqWG),
				coreAlias(ru, "Шахин Абдула оглу Мустафаев"),
				coreTranslit(de, "Schahin Mustafayev"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Deputy Prime Minister",
					Of:    Azerbaijan,
					Term:  karabakh.Span(coreDay(2021, time.January, 30), coreDay(2024, time.April, 19)),
					Note:  coreAttested,
					Sources: src.List(
						sputnikWG, aliqWG,
						src.Q(az, "https://metbuat.az/news/1481201/sahin-mustafayev-xankendiye-gedecek.html", "Azərbaycan Respublikası Baş nazirinin müavini Şahin Mustafayevin"),
						hyetertGazakh,
					),
				},
				Office{
					Title:   "Co-chair",
					Of:      TrilateralWorkingGroup,
					Term:    karabakh.Span(coreDay(2021, time.January, 30), coreDay(2021, time.April, 2)),
					Note:    coreAttested,
					Sources: src.List(sputnikWG, aliqWG),
				},
			),
			Note:    "Deputy Prime Minister of Azerbaijan; Azerbaijani co-chair of the trilateral working group, and in 2024 chair of Azerbaijan's border delimitation commission.",
			Sources: src.List(sputnikWG, aliqWG, hyetertGazakh),
		},
		{
			ID:   MherGrigoryan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Mher Grigoryan", hyetertGazakh),
				coreLabel(hy, "Մհեր Գրիգորյան", aliqWG),
				coreLabel(ru, "Мгер Григорян", sputnikWG),
				coreAlias(en, "Mger Grigoryan"),
				coreAlias(ru, "Мхер Хербертович Григорян"),
				coreTranslit(az, "Mger Qriqoryan", src.Q(az, "https://hokm.az/regionda-yollarin-acilmasi-yerevanin-xeyrine-olacaq-ermenistan-bas-nazirinin-muavini", "Ermənistan baş nazirinin müavini Mger Qriqoryan parlamentdə")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Deputy Prime Minister",
					Of:    Armenia,
					Term:  karabakh.Span(coreDay(2021, time.January, 12), coreDay(2024, time.April, 19)),
					Note:  coreAttested,
					Sources: src.List(
						src.Q(ru, "https://armenpress.am/ru/article/1039942", "с армянской стороны возглавит вице-премьер Мгер Григорян"),
						hyetertGazakh,
					),
				},
				Office{
					Title:   "Co-chair",
					Of:      TrilateralWorkingGroup,
					Term:    karabakh.Span(coreDay(2021, time.January, 30), coreDay(2021, time.April, 2)),
					Note:    coreAttested + " Named on 12 January 2021 to head the Armenian side of the group.",
					Sources: src.List(src.Q(ru, "https://armenpress.am/ru/article/1039942", "с армянской стороны возглавит вице-премьер Мгер Григорян"), sputnikWG, aliqWG),
				},
			),
			Note:    "Deputy Prime Minister of Armenia; Armenian co-chair of the trilateral working group, and in 2024 chair of Armenia's border delimitation commission.",
			Sources: src.List(sputnikWG, aliqWG, hyetertGazakh),
		},
		{
			ID:   Hajiyev,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Hikmet Hajiyev", src.Q(en, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/", "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15")),
				coreLabel(az, "Hikmət Hacıyev"),
				coreAlias(en, "Hikmat Hajiyev"),
				coreAlias(en, "Hikmet Haciev"),
				coreAlias(en, "Hajiev"),
				coreTranslit(hy, "Հիքմեթ Հաջիև", src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Aide to the President",
					Of:    Azerbaijan,
					Term:  karabakh.Span(coreDay(2020, time.November, 15), coreDay(2023, time.August, 31)),
					Note:  coreAttested + " The later date is that of the Aurora News page.",
					Sources: src.List(
						src.Q(en, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/", "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15"),
						src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը"),
					),
				},
			),
			Note: "Aide to the President of Azerbaijan (foreign policy); announced the Kalbajar handover extension to 25 November 2020.",
			Sources: src.List(
				src.Q(en, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/", "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15"),
				src.Q(en, "https://nakhchivantoday.com/assistant-to-azerbaijani-president-armenia-requested-extension-of-deadline-for-fully-emptying-kalbajar-until-november-25/", "The obligations remain in force, there is no need to sign a special statement on the deadline extension."),
			),
		},
		{
			ID:   Shoigu,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Sergei Shoigu"),
				coreLabel(ru, "Сергей Шойгу", defenceRia24),
				coreAlias(en, "Sergey Shoygu"),
				coreTranslit(tr, "Sergey Şoygu"),
				coreTranslit(hy, "Սերգեյ Շոյգու", src.Q(hy, urlAraratnews, "ՌԴ պաշտպանության նախարար Սերգեյ Շոյգուն շնորհակալություն է հայտնել")),
				coreTranslit(az, "Sergey Şoyqu", src.Q(az, urlVertikal, "Rusiyanın müdafiə naziri, ordu generalı Sergey Şoyqu cümə axşamı")),
			),
			Note: "Russian defence minister (the sources that give the post are undated, so no term is recorded). The bundle's fact rows say the 11 November 2020 memorandum on the joint monitoring centre followed his talks with Hulusi Akar.",
			Sources: src.List(
				defenceRia24,
				src.Q(en, "https://www.eng.kavkaz-uzel.eu/articles/57348", "The fighting in the area of Azerbaijani-Armenian border has stopped after negotiations of the heads of the Ministries of Defence (MoDs) of the two countries with Sergey Shoigu"),
				hyetertMemo,
			),
		},
		{
			ID:   Akar,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Hulusi Akar"),
				coreLabel(tr, "Hulusi Akar"),
				coreLabel(ru, "Хулуси Акар"),
			),
			Note:    "Turkish counterpart of Sergei Shoigu in the talks that led to the memorandum of 11 November 2020 on the joint Russian-Turkish monitoring centre (as the bundle's fact row puts it; the stored quote does not name him). The other pages the bundle cites for his name carry no stored quote.",
			Sources: src.List(hyetertMemo),
		},
		{
			ID:   Lavrov,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Sergey Lavrov"),
				coreLabel(ru, "Сергей Лавров"),
				coreAlias(en, "Sergei Lavrov"),
			),
			Note: "Russian official who said the statements of 9 November 2020 and 11 January 2021 had no secret attachments, and who quoted point 9.",
			Sources: src.List(
				src.Q(en, "https://news.am/eng/news/624026.html", "There are no secret attachments in the November 9 and January 11 statements."),
				src.Q(en, "https://news.am/eng/news/802798.html", "And the monitoring of this transport communication is carried out by the agencies of the Border Guard Service of the Federal Security Service (FSB) of Russia."),
			),
		},
		{
			ID:   Zakharova,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Maria Zakharova"),
				coreLabel(ru, "Мария Захарова", src.Q(ru, "https://panorama.am/ru/news/2020/11/10/Զախարովա-ԼՂ/2398556", "Мария Захарова: Россия надеется, что заявление по Карабаху будут выполнять все подписавшие стороны")),
				coreLabel(hy, "Մարիա Զախարովա"),
				coreTranslit(az, "Mariya Zaxarova", src.Q(az, "https://metbuat.az/news/1515772/atet-in-minsk-qrupu-legv-edilmelidir.html", "bunu Rusiya Xarici İşlər Nazirliyinin sözçüsü Mariya Zaxarova brifinqdə deyib")),
			),
			Note: "Spokeswoman of the Russian Ministry of Foreign Affairs. Her Russian name is also confirmed by the bundle's errata (report.az/ru; that page's address is not in the bundle).",
			Sources: src.List(
				src.Q(az, "https://metbuat.az/news/1515772/atet-in-minsk-qrupu-legv-edilmelidir.html", "bunu Rusiya Xarici İşlər Nazirliyinin sözçüsü Mariya Zaxarova brifinqdə deyib"),
				src.Q(en, "https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994", "\"A direct citation from Article 7 of the statement: \"Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas"),
				src.Q(en, urlNewsAm618205, "The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication."),
			),
		},
		{
			ID:   Peskov,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Dmitry Peskov"),
				coreLabel(ru, "Дмитрий Песков"),
				coreAlias(en, "Dmitri Peskov"),
			),
			Note: "Kremlin spokesman.",
			Sources: src.List(
				src.Q(fr, "https://fr.news-front.su/2020/11/10/le-kremlin-a-note-limportance-du-retour-des-refugies-au-karabakh", "Prisonniers de guerre, otages et autres détenus seront échangés et les corps des morts"),
				src.Q(en, "https://en.armradio.am/2021/11/09/contacts-between-armenian-russian-azerbaijani-leaders-not-expected-on-anniversary-of-trilateral-statement-peskov/", "the trilateral statement of the Russian Federation, Armenia and Azerbaijan on Karabakh on November 9, 2020 is extremely important"),
			),
		},
		{
			ID:   Papikyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Suren Papikyan"),
				// Native name confirmed by the bundle's errata (citing
				// syuniacyerkir, whose address is not in the bundle);
				// the stored source here is Ararat News.
				coreLabel(hy, "Սուրեն Պապիկյան", src.Q(hy, urlAraratnews, "ՀՀ պաշտպանության նախարար Սուրեն Պապիկյանը Մոսկվա կատարած աշխատանքային այցի շրջանակում")),
				coreTranslit(ru, "Сурен Папикян", defenceRia24),
				coreTranslit(az, "Suren Papikyan", src.Q(az, urlVertikal, "Ermənistanın müdafiə naziri Suren Papikyanla telefon danışığı aparıb")),
			),
			Note: "Armenian defence minister (the sources that give the post are undated, so no term is recorded); briefed Sergei Shoigu on the border clash of 16 November 2021.",
			Sources: src.List(
				src.Q(en, "https://www.armenpress.am/eng/news/1068332/", "presented the situation on the eastern part of the Armenian-Azerbaijani border after the provocation of the Azerbaijani Armed Forces on November 16"),
				src.Q(hy, urlAraratnews, "ՀՀ պաշտպանության նախարար Սուրեն Պապիկյանը Մոսկվա կատարած աշխատանքային այցի շրջանակում"),
				defenceRia24,
			),
		},
		{
			ID:   Kostanyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Vahan Kostanyan"),
				coreLabel(hy, "Վահան Կոստանյան"),
			),
			Note:    "Armenian deputy foreign minister (as the bundle describes him; the stored quote does not give the post). Said in October 2025 that no project called \"Zangezur corridor\" exists or can exist on Armenia's territory.",
			Sources: src.List(src.Q(hy, urlKostanyan, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
		},
		{
			ID:   Trump,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Donald Trump"),
				coreLabel(ru, "Дональд Трамп"),
				coreAlias(en, "Donald J. Trump", gazzettaTrump),
				coreTranslit(hy, "Դոնալդ Թրամփ", src.Q(hy, urlBrightArmenia, "Ամերիկայի Միացյալ Նահանգների նախագահ Դոնալդ Թրամփի համատեղ Հռչակագրին")),
				coreTranslit(az, "Donald Tramp", src.Q(az, "https://reyting.az/slayd/140048-minsk-qrupu-legv-edilib.html", "ABŞ prezidenti Donald Trampın iştirakı ilə imzalanmış tarixi Birgə Bəyannamədən")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "President",
					Of:      UnitedStates,
					Term:    coreDay(2025, time.August, 8).Interval(),
					Note:    "Only the day of the Washington summit is dated in the sources.",
					Sources: src.List(src.Q(en, "https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/", "President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House for a “peace summit,”")),
				},
			),
			Note: "President of the United States; hosted the Washington summit of 8 August 2025 and witnessed the joint declaration.",
			Sources: src.List(
				src.Q(en, "https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/", "President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House for a “peace summit,”"),
				gazzettaTrump,
			),
		},

		// Commanders of the Russian peacekeeping contingent, in order.
		{
			ID:   Muradov,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Rustam Muradov", armenpressMuradov),
				coreLabel(ru, "Рустам Мурадов", src.Q(ru, "https://ria.ru/amp/20201114/mirotvortsy-1584632513.html", "Командующий российскими миротворческими силами в Нагорном Карабахе генерал-лейтенант Рустам Мурадов")),
				coreTranslit(language.Polish, "Rustam Muradow", src.Q(language.Polish, "https://tvn24.pl/swiat/gorski-karabach-wymiana-jencow-miedzy-armenia-i-azerbejdzanem-4777170?source=rss", "W negocjacjach w sprawie wymiany uczestniczył dowódca rosyjskiego kontyngentu pokojowego w Górskim Karabachu Rustam Muradow.")),
				coreTranslit(az, "Rüstəm Muradov", src.Q(az, urlSahartv, "General-leytenant Rüstəm Muradovu əvəz edən Rusiya sülhməramlılarının yeni komandanı Mixail Kosobokov")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Commander",
					Of:    PeacekeepingContingent,
					Term:  karabakh.Span(coreDay(2020, time.November, 12), coreDay(2021, time.September, 6)),
					Note:  "First commander. The start is the day the first stored report named him (12 November 2020); his mission ended on 6 September 2021.",
					Sources: src.List(
						src.Q(ru, "https://apostrophe.ua/news/society/2020-11-12/popal-pod-obstrel-na-donbasse-chto-izvestno-pro-komandira-rossiyskih-mirotvortsev-v-karabahe/214707", "Управлять этим контингентом будет генерал-лейтенант Рустам Мурадов"),
						armenpressMuradov,
					),
				},
			),
			Note: "Lieutenant-General; first commander of the Russian peacekeeping contingent in Nagorno-Karabakh (November 2020 - September 2021); took part in the prisoner-exchange negotiations of December 2020.",
			Sources: src.List(
				src.Q(ru, "https://ria.ru/amp/20201114/mirotvortsy-1584632513.html", "Командующий российскими миротворческими силами в Нагорном Карабахе генерал-лейтенант Рустам Мурадов"),
				src.Q(language.Polish, "https://tvn24.pl/swiat/gorski-karabach-wymiana-jencow-miedzy-armenia-i-azerbejdzanem-4777170?source=rss", "W negocjacjach w sprawie wymiany uczestniczył dowódca rosyjskiego kontyngentu pokojowego w Górskim Karabachu Rustam Muradow."),
			),
		},
		{
			ID:   Kosobokov,
			Kind: Person,
			Names: karabakh.NamesOf(
				// names-more.tsv gives the English form as a
				// transliteration; it is also the record's English label.
				coreLabel(en, "Mikhail Kosobokov", src.Q(en, "https://www.armenpress.am/eng/news/1062798/", "Mikhail Kosobokov is the new commander of the Russian peacekeeping troops in Karabakh.")),
				coreLabel(ru, "Михаил Кособоков", src.Q(ru, "https://megafon-m.gazeta.ru/politics/news/2021/09/09/n_16506692.shtml", "назначен генерал-майор Михаил Кособоков")),
				coreTranslit(en, "Mikhail Kosobokov", src.Q(en, "https://www.armenpress.am/eng/news/1062798/", "Mikhail Kosobokov is the new commander of the Russian peacekeeping troops in Karabakh.")),
				coreTranslit(az, "Mixail Kosobokov", src.Q(az, urlSahartv, "Rusiyanın Qarabağdakı sülhməramlı kontingentinin yeni komandanı Mixail Kosobokov")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Commander",
					Of:    PeacekeepingContingent,
					Term:  karabakh.Span(coreDay(2021, time.September, 9), coreDay(2021, time.September, 26)),
					Note:  "Named on 9 September 2021 (Gazeta.ru, from the Armenian defence ministry's site). TASS (Spanish copy) gives 9-26 September, 16 days; AzerNews dates his successor Gennady Anashkin's appointment to 25 September 2021, a day earlier.",
					Sources: src.List(
						src.Q(ru, "https://megafon-m.gazeta.ru/politics/news/2021/09/09/n_16506692.shtml", "Новым командующим российскими миротворцами в Карабахе назначен генерал-майор Михаил Кособоков."),
						infogate,
						azernewsAnashkin,
					),
				},
			),
			Note: "Major-General; second commander of the Russian peacekeeping contingent, for about 16 days in September 2021. No Armenian-script form of his name was found.",
			Sources: src.List(
				src.Q(ru, "https://megafon-m.gazeta.ru/politics/news/2021/09/09/n_16506692.shtml", "Новым командующим российскими миротворцами в Карабахе назначен генерал-майор Михаил Кособоков."),
				infogate,
			),
		},
		{
			ID:   Anashkin,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Gennady Anashkin", src.Q(en, "https://www.azernews.az/nation/183848.html", "the new commander of the Russian peacekeeping forces temporarily deployed in Azerbaijan, Lt-Gen Gennady Anashkin")),
				coreLabel(ru, "Геннадий Анашкин", pressunityAnashkin),
				coreTranslit(en, "Gennady Anashkin", src.Q(en, "https://www.azernews.az/nation/183848.html", "the new commander of the Russian peacekeeping forces temporarily deployed in Azerbaijan, Lt-Gen Gennady Anashkin")),
				coreTranslit(az, "Gennadi Anaşkin", src.Q(az, urlAzadliq, "general-leytenant Gennadi Anaşkin tuturdu")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(coreDay(2021, time.September, 25), karabakh.Month(2022, time.January)),
					Note:    "Appointed 25 September 2021 (AzerNews; TASS via infogate.cl has his predecessor in post until 26 September). Succeeded by Andrey Volkov, whose appointment was reported on 11 January 2022; the day Anashkin left is not given.",
					Sources: src.List(azernewsAnashkin, infogate, pressunityAnashkin),
				},
			),
			Note:    "Lieutenant-General; third commander of the Russian peacekeeping contingent (September 2021 - January 2022). No Armenian-script form of his name was found.",
			Sources: src.List(azernewsAnashkin, pressunityAnashkin),
		},
		{
			ID:   Volkov,
			Kind: Person,
			Names: karabakh.NamesOf(
				coreLabel(en, "Andrey Volkov", src.Q(en, "https://news.am/eng/news/734702.html", "They have set up tents and demand a meeting with the commander of the peacekeeping contingent, Andrey Volkov.")),
				// Native name confirmed by the bundle's errata (citing
				// Novoye Vremya, whose address is not in the bundle).
				coreLabel(ru, "Андрей Волков", pressunityVolkov),
				coreAlias(en, "Andrei Volkov", rferlLentsov),
				coreTranslit(az, "Andrey Volkov", src.Q(az, urlAzadliq, "yeni komandanı general-mayor Andrey Volkovu qəbul edib")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Deputy Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(karabakh.Month(2020, time.November), karabakh.Month(2021, time.May)),
					Note:    "Deputy to Rustam Muradov. The bundle's errata (citing Novoye Vremya, address not stored) say he was chief of staff in November 2020.",
					Sources: src.List(src.Q(az, urlAzadliq, "General-mayor Volkov 2020-ci ilin noyabrından 2021-ci ilin mayına qədər Dağlıq Qarabağdakı Rusiya sülhməramlı kontingentinin komandir müavini olub.")),
				},
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(coreDay(2022, time.January, 11), karabakh.Month(2023, time.April)),
					Note:    "Fourth commander. The start is the day his appointment was reported. Replaced in April 2023 by Aleksandr Lentsov: from 25 April per CivilNet citing the defence ministry's bulletin, announced on 26 April per RFE/RL; CommonSpace says he had held the post for some 15 months.",
					Sources: src.List(pressunityVolkov, civilnetLentsov, rferlLentsov, commonspaceLentsov),
				},
			),
			Note: "Major-General; deputy commander, then fourth commander of the Russian peacekeeping contingent (January 2022 - April 2023). CivilNet's Armenian report calls him Alexander (Ալեքսանդր Վոլկով), which the bundle treats as an error.",
			Sources: src.List(
				src.Q(en, "https://news.am/eng/news/734702.html", "They have set up tents and demand a meeting with the commander of the peacekeeping contingent, Andrey Volkov."),
				pressunityVolkov,
				src.Q(az, urlAzadliq, "“General-mayor A.Volkovu general-leytenant Rüstəm Muradov təqdim edib”"),
			),
		},
		{
			ID:   Lentsov,
			Kind: Person,
			Names: karabakh.NamesOf(
				// English sources write Aleksandr; names-more.tsv gives it
				// as a transliteration. It is also the English label.
				coreLabel(en, "Aleksandr Lentsov", rferlLentsov),
				coreLabel(ru, "Александр Ленцов", rbcLentsov),
				coreTranslit(en, "Aleksandr Lentsov", src.Q(en, urlRFERLLentsov, "announced the appointment of Aleksandr Lentsov to replace Andrei Volkov")),
				coreAlias(en, "Alexander Ivanovich Lentsov", src.Q(en, "https://english.iswnews.com/27921/russian-colonel-general-to-lead-peacekeeping-mission-in-karabakh/", "The skillful military commander is named Colonel General Alexander Ivanovich Lentsov")),
				coreTranslit(hy, "Ալեքսանդր Լենցով", src.Q(hy, urlCivilnet, "գեներալ-գնդապետ Ալեքսանդր Լենցովը")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(coreDay(2023, time.April, 25), coreDay(2023, time.September, 3)),
					Note:    "Sources differ on the start: CivilNet, citing the Russian defence ministry's bulletin of 26 April, says he took up the post from 25 April 2023; RFE/RL says the ministry announced the appointment on 26 April 2023. The end is the day his successor Kirill Kulakov was appointed (RBC).",
					Sources: src.List(civilnetLentsov, rferlLentsov, rbcKulakov, rbcLentsov),
				},
			),
			Note:    "Colonel-General; fifth commander of the Russian peacekeeping contingent (April - September 2023).",
			Sources: src.List(rferlLentsov, rbcLentsov, commonspaceLentsov),
		},
		{
			ID:   Kulakov,
			Kind: Person,
			Names: karabakh.NamesOf(
				// No English-language source spells his name; the English
				// label is the bundle's own romanisation (facts-more.tsv,
				// README-more.md).
				coreLabel(en, "Kirill Kulakov"),
				coreLabel(ru, "Кирилл Кулаков", src.Q(ru, urlRBC, "Минобороны: командующим миротворцами в Карабахе назначен Кирилл Кулаков")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(coreDay(2023, time.September, 3), karabakh.Date{}),
					Note:    "Appointed 3 September 2023. No later commander was found up to the withdrawal of April-June 2024, and no end date.",
					Sources: src.List(rbcKulakov),
				},
			),
			Note:    "Major-General; sixth commander of the Russian peacekeeping contingent, from 3 September 2023. No Armenian-script form of his name was found.",
			Sources: src.List(rbcKulakov),
		},
	}
}

func coreIdent(scheme karabakh.Scheme, value string, srcs ...karabakh.Source) karabakh.Identifier {
	return karabakh.Identifier{Scheme: scheme, Value: value, Sources: src.List(srcs...)}
}

// coreBodies returns the states, the de-facto state, the organisations and
// the military units.
func coreBodies() []Actor {
	en, ru, hy, az := language.English, language.Russian, language.Armenian, language.Azerbaijani
	tr, fr, it := language.Turkish, language.French, language.Italian

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
	pointNineRU := src.Q(ru, "https://ru.sputnik.az/20230610/mustafaev-predusmotreno-stroitelstvo--novykh-transportnykh-kommunikatsiy-mezhdu-nar-i-ar-455803887.html", "Контроль за транспортным сообщением будут осуществлять органы пограничной службы ФСБ России")
	pointNineHY := src.Q(hy, urlArminfoP9, "Տրանսպորտային հաղորդակցության նկատմամբ վերահսկողությունն իրականացնում են Ռուսաստանի ԱԴԾ Սահմանապահ ծառայության մարմինները")
	pointNineEN := src.Q(en, urlNewsAm618205, "The Border Guard Service of the Federal Security Service of Russia is overseeing transport communication.")
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
	monitoringOpened := src.Q(en, urlHyetertMemo, "A joint Russian-Turkish center to monitor the ceasefire in the Nagorno-Karabakh conflict zone has opened near the Kiyamanddinli populated locality in Azerbaijan’s Aghdam district.")
	wgPresident := src.Q(en, "https://president.az./en/articles/view/50070", "a trilateral working group co-chaired by deputy prime ministers of the Republic of Azerbaijan and the Republic of Armenia and Deputy Chairman of the Government of the Russian Federation")
	brigadeSputnik := src.Q(en, urlSputnikPK, "The core of the peacekeeping contingent will be made up of units from the 15th Separate Motorised Rifle Brigade of the nation's Central Military District.")
	brigadeMoD := src.Q(ru, urlEADaily, "«Колонна подразделений 15-й отдельной миротворческой бригады, прибывших для участия в проведении миротворческой операции в зоне нагорнокарабахского конфликта, совершила марш")
	brigadeArmenews := src.Q(fr, "https://www.armenews.com/spip.php?page=article&id_article=71894", "La 15e brigade blindée et des forces de paix est arrivée à 17 heures à Stepanakert a indiqué Igor Konashnikov.")

	return []Actor{
		{
			ID:   Azerbaijan,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "Republic of Azerbaijan", partiesEN),
				coreLabel(az, "Azərbaycan Respublikası", src.Q(az, "https://metbuat.az/news/1481201/sahin-mustafayev-xankendiye-gedecek.html", "Azərbaycan Respublikası Baş nazirinin müavini Şahin Mustafayevin")),
				coreLabel(ru, "Азербайджанская Республика", partiesRU),
				coreLabel(hy, "Ադրբեջանի Հանրապետություն", guaranteeHY),
				coreLabel(tr, "Azerbaycan"),
				coreLabel(it, "Repubblica dell’Azerbaigian", gazzettaAZ),
				coreAlias(en, "Azerbaijan"),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "AZ", statoidsAZ),
				coreIdent(karabakh.SchemeISO3166Alpha3, "AZE", statoidsAZ),
				coreIdent(karabakh.SchemeISO3166Numeric, "031", statoidsAZ),
			),
			Note:    "Party to the statement of 10 November 2020.",
			Sources: src.List(partiesEN, partiesRU),
		},
		{
			ID:   Armenia,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "Republic of Armenia", partiesEN),
				coreLabel(hy, "Հայաստանի Հանրապետություն", src.Q(hy, urlKostanyan, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել")),
				coreLabel(ru, "Республика Армения", partiesRU),
				coreLabel(az, "Ermənistan", src.Q(az, urlMetbuatText, "Ermənistan Respublikasının baş naziri N.V.Paşinyan və Rusiya Federasiyasının Prezidenti V.V.Putin")),
				coreLabel(tr, "Ermenistan", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
				coreLabel(it, "Repubblica d’Armenia", gazzettaAM),
				coreAlias(en, "Armenia"),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "AM", statoidsAM),
				coreIdent(karabakh.SchemeISO3166Alpha3, "ARM", statoidsAM),
				coreIdent(karabakh.SchemeISO3166Numeric, "051", statoidsAM),
			),
			Note:    "Party to the statement of 10 November 2020.",
			Sources: src.List(partiesEN, partiesRU),
		},
		{
			ID:   Russia,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "Russian Federation", src.Q(en, urlPrimeMinisterAM, "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor")),
				coreLabel(ru, "Российская Федерация", src.Q(ru, urlVestiKavkaza, "развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием")),
				coreLabel(hy, "Ռուսաստանի Դաշնություն", contingentHY),
				coreLabel(az, "Rusiya Federasiyası", metbuatText),
				coreLabel(tr, "Rusya", habername),
				coreAlias(en, "Russia"),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "RU", src.Q(en, "http://wiki.kashishworld.com/russia", "Calling code+7 ISO 3166 codeRU Internet TLD")),
				coreIdent(karabakh.SchemeISO3166Alpha3, "RUS", src.Q(en, "https://www.abbreviationfinder.us/3-letter-country-code-of-russia/", "The designation “RUS” is derived from the ISO 3166-1 alpha-3 standard")),
			),
			Note:    "Signatory and guarantor of the statement of 10 November 2020; sent the peacekeeping contingent. Its ISO 3166-1 numeric code was not seen in the sources, and its two letter codes come from two different pages.",
			Sources: src.List(src.Q(en, urlMFAAZ, "the President of the Russian Federation V.V Putin, declared the following"), habername),
		},
		{
			ID:   Turkey,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "Republic of Türkiye"),
				coreLabel(tr, "Türkiye", src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak.")),
				coreLabel(az, "Türkiyə"),
				coreLabel(ru, "Турция", src.Q(ru, urlVovworldRU, "Он также добавил, что Турция примет участие в миротворческой деятельности в Нагорном Карабахе.")),
				coreAlias(en, "Turkey"),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "TR", func() karabakh.Source {
					s := src.Q(en, "http://www.fact-archive.com/encyclopedia/ISO_3166-2:TR", "ISO 3166-2:TR is an ISO standard which defines geocodes: it is the subset of ISO 3166-2 which applies to Turkey.")
					s.Note = "The page shows TR as the prefix of Turkey's ISO 3166-2 codes, which is its ISO 3166-1 alpha-2 code; fittotravel.net gives .TR only as the internet domain."
					return s
				}()),
				coreIdent(karabakh.SchemeISO3166Alpha3, "TUR", turkeyCodes),
				coreIdent(karabakh.SchemeISO3166Numeric, "792", turkeyCodes),
			),
			Note: "Not a party to the statement. Erdoğan said on 11 November 2020 that Turkey would join Russia in a joint peace force; its role became the joint Russian-Turkish monitoring centre.",
			Sources: src.List(
				src.Q(tr, "https://medyahanesi.com/2020/11/11/erdogan-bu-sabah-imzalandi/", "Türkiye, (Ermenistan – Azerbaycan) anlaşmasının uygulanmasını gözetmek ve denetlemek üzere bölgede kurulacak ortak barış gücünde Rusya’yla birlikte yer alacak."),
				src.Q(en, "http://www.segodnia.ru/news/234656", "В опубликованном тексте Турция не упоминается."),
			),
		},
		{
			ID:   UnitedStates,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "United States of America"),
				coreLabel(ru, "Соединённые Штаты Америки"),
				coreLabel(hy, "Ամերիկայի Միացյալ Նահանգներ", brightArmenia),
				coreLabel(it, "Stati Uniti d’America", src.Q(it, urlGazzetta, "a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")),
				coreAlias(en, "US"),
				coreAlias(en, "USA"),
				coreAlias(az, "ABŞ", dayAzCoChairs),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "US", usCodes),
				coreIdent(karabakh.SchemeISO3166Alpha3, "USA", usCodes),
				coreIdent(karabakh.SchemeISO3166Numeric, "840", usCodes),
			),
			Note:    "Co-chair of the OSCE Minsk Group from 1997; host of the Washington summit of 8 August 2025.",
			Sources: src.List(coChairs, coChairsMehr, src.Q(it, urlGazzetta, "a seguito del loro incontro a Washington, D.C., Stati Uniti d’America.")),
		},
		{
			ID:   France,
			Kind: State,
			Names: karabakh.NamesOf(
				coreLabel(en, "French Republic"),
				coreLabel(fr, "France"),
				coreLabel(ru, "Французская Республика"),
				coreLabel(az, "Fransa", dayAzCoChairs),
				coreAlias(en, "France", coChairs),
			),
			Identifiers: karabakh.ListOf(
				coreIdent(karabakh.SchemeISO3166Alpha2, "FR", franceCodes),
				coreIdent(karabakh.SchemeISO3166Alpha3, "FRA", franceCodes),
				coreIdent(karabakh.SchemeISO3166Numeric, "250", franceCodes),
			),
			Note:    "Co-chair of the OSCE Minsk Group from 1997.",
			Sources: src.List(coChairs, coChairsMehr),
		},
		{
			ID:   Artsakh,
			Kind: DeFactoState,
			Names: karabakh.NamesOf(
				coreLabel(en, "Republic of Artsakh", src.Q(en, "https://bm.ge/en/news/nagorno-karabakh-president-arayik-harutyunyan-submits-his-resignation-to-parliament", "Harutyunyan was elected as President of the Republic of Artsakh on April 14, 2020.")),
				coreLabel(hy, "Արցախի Հանրապետություն"),
				coreLabel(ru, "Нагорно-Карабахская Республика"),
				coreAlias(en, "Nagorno-Karabakh Republic", src.Q(en, urlStraitsTimes, "The president of Armenia's self-declared Nagorno-Karabakh Republic, Samvel Shahramanyan, has signed a decree")),
				coreAlias(en, "NKR"),
				coreAlias(en, "Artsakh"),
				coreAlias(ru, "НКР"),
			),
			Note: "Self-declared republic in Nagorno-Karabakh, not a party to the statement. Its president Shahramanyan decreed on 28 September 2023 that all its state institutions be dissolved from 1 January 2024.",
			Sources: src.List(
				src.Q(en, urlWikipedia, "The president of the breakaway Republic of Artsakh, Arayik Harutyunyan, also agreed to an end of hostilities."),
				src.Q(en, urlStraitsTimes, "The self-declared republic will cease to exist from that day, the decree said."),
			),
		},
		{
			ID:   OSCE,
			Kind: Organization,
			Names: karabakh.NamesOf(
				coreLabel(en, "Organization for Security and Co-operation in Europe", src.Q(en, urlUrdupointOSCE, "the Organization for Security and Co-operation in Europe's Minsk Group")),
				coreLabel(ru, "Организация по безопасности и сотрудничеству в Европе"),
				coreLabel(fr, "Organisation pour la sécurité et la coopération en Europe", src.Q(fr, urlVovworldFR, "l'Organisation pour la sécurité et la coopération en Europe (OSCE)")),
				coreLabel(az, "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", src.Q(az, urlMetbuatOSCE, "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının (ATƏT) Minsk qrupunun buraxılması")),
				coreLabel(it, "Organizzazione per la Sicurezza e la Cooperazione in Europa", src.Q(it, urlGazzetta, "all’Organizzazione per la Sicurezza e la Cooperazione in Europa (OSCE)")),
				coreAlias(en, "OSCE"),
				coreAlias(ru, "ОБСЕ"),
				coreAlias(hy, "ԵԱՀԿ"),
				coreAlias(az, "ATƏT", src.Q(az, urlDayAz, "ATƏT-in Minsk Qrupu rəsmən ləğv olundu")),
			),
			Note: "Not a body of the European Union: the seed article's \"Organization for Security and Cooperation in the European Union\" is wrong.",
			Sources: src.List(
				src.Q(en, urlUrdupointOSCE, "the Organization for Security and Co-operation in Europe's Minsk Group"),
				src.Q(fr, urlVovworldFR, "l'Organisation pour la sécurité et la coopération en Europe (OSCE)"),
			),
		},
		{
			ID:     OSCEMinskGroup,
			Kind:   Organization,
			PartOf: OSCE,
			Names: karabakh.NamesOf(
				coreLabel(en, "OSCE Minsk Group"),
				coreLabel(ru, "Минская группа ОБСЕ"),
				coreLabel(hy, "ԵԱՀԿ Մինսկի խումբ"),
				coreLabel(az, "ATƏT-in Minsk qrupu", src.Q(az, urlReportOSCE, "ATƏT-in Minsk qrupunun və əlavə strukturlarının ləğvi ilə bağlı")),
				coreAlias(en, "Minsk Group"),
				coreAlias(en, "Minsk Process", src.Q(en, urlMediamaxOSCE, "The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025.")),
				coreAlias(it, "Processo di Minsk dell’OSCE", src.Q(it, urlGazzetta, "sulla chiusura del Processo di Minsk dell’OSCE e delle relative strutture")),
			),
			Note: "Co-chaired by Russia, the United States and France from 14 February 1997. Closed by OSCE Ministerial Council decision of 1 September 2025 (numbered MC/1/25 by MENAFN and MC.DEC/1/25 by Day.az; the bundle's errata give MC.DEC/1/25 as the official code); closure completed at 23:59 on 30 November 2025.",
			Sources: src.List(
				coChairs, coChairsMehr,
				src.Q(en, "https://www.azernews.az/nation/246825.html", "On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures"),
				src.Q(en, "https://menafn.com/1110418378/OSCE-Finalizes-Closure-Of-Minsk-Process", "This move aligns with the decision adopted by the OSCE Ministerial Council (MC/1/25) on 1 September 2025"),
				src.Q(az, urlDayAz, "müvafiq qərar (MC.DEC/1/25) Ermənistan və Azərbaycanın ATƏT-in Finlandiya sədrliyinə birgə müraciətindən sonra 1 sentyabr 2025-ci il tarixində ATƏT-in Nazirlər Şurasında qəbul olunmuşdu"),
				src.Q(en, urlMediamaxOSCE, "The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025."),
			),
		},
		{
			ID:   UNHCR,
			Kind: Organization,
			Names: karabakh.NamesOf(
				coreLabel(en, "Office of the United Nations High Commissioner for Refugees"),
				coreLabel(ru, "Управление верховного комиссара ООН по делам беженцев"),
				coreAlias(en, "UNHCR"),
				coreAlias(ru, "УВКБ", src.Q(ru, "https://aze.az/?p=697499", "«Мы заинтересованы в наращивании работы УВКБ по возвращению внутренне перемещенных лиц и беженцев на территорию")),
			),
			Note: "Point 7 of the statement puts the return of displaced persons and refugees under the supervision of the UN High Commissioner for Refugees.",
			Sources: src.List(
				src.Q(en, urlPAX2324, "7. Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees."),
				src.Q(ru, "https://aze.az/?p=697499", "«Мы заинтересованы в наращивании работы УВКБ по возвращению внутренне перемещенных лиц и беженцев на территорию"),
			),
		},
		{
			ID:     FSBBorderService,
			Kind:   Organization,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				coreLabel(en, "Border Guard Service of the FSB of Russia"),
				coreLabel(ru, "Пограничная служба ФСБ России"),
				coreLabel(hy, "Ռուսաստանի ԱԴԾ Սահմանապահ ծառայություն", pointNineHY),
				coreAlias(en, "Border Guard Service of the Federal Security Service", pointNineEN),
				coreAlias(en, "FSB Border Troops"),
			),
			Note:    "Under point 9 of the statement its bodies oversee the transport links between western Azerbaijan and Nakhchivan through Armenia.",
			Sources: src.List(pointNineEN, pointNineHY, pointNineRU),
		},
		{
			ID:     PeacekeepingContingent,
			Kind:   MilitaryUnit,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				coreLabel(en, "Russian peacekeeping contingent in Nagorno-Karabakh"),
				coreLabel(ru, "миротворческий контингент Российской Федерации", src.Q(ru, urlVestiKavkaza, "развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием")),
				coreLabel(hy, "Ռուսաստանի Դաշնության խաղաղապահ զորակազմ", contingentHY),
				coreLabel(az, "Rusiya Federasiyasının sülhməramlı kontingenti", src.Q(az, "https://baku.tv/az/tag/rusiya-sulhmeramlilari", "Rusiya sülhməramlıları − üçtərəfli bəyanata əsasən, Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel şəkildə yerləşdirilib.")),
				coreAlias(en, "Russian peacekeeping force"),
				coreAlias(ru, "Российский миротворческий контингент", src.Q(ru, urlRBC, "Командующим Российским миротворческим контингентом в Нагорном Карабахе стал генерал-майор Кирилл Кулаков")),
				coreAlias(hy, "ռուսական խաղաղապահ զորախումբ", src.Q(hy, "https://news.am/arm/print/news/644107.html", "որտեղ ռուսական խաղաղապահ զորախումբը կատարում է իր առաքելությունը")),
			),
			Note: "Deployed under points 3, 4 and 6 of the statement: 1,960 personnel with small arms, 90 armoured personnel carriers and 380 vehicles in the statement's text (\"up to 1,960\" in Putin's decree); Sputnik English, and RIA Novosti citing the Russian defence ministry, gave 1,970. Command post in Stepanakert per Ukraina.ru, headquarters near Khojaly airport per a Russian Wikipedia copy. Withdrawal began on 17 April 2024 and was completed by 12 June 2024.",
			Sources: src.List(
				src.P(urlMFAAZ, 3),
				src.Q(en, urlMFAAZ, "1,960 military personnel with small arms, 90 armored personnel carriers, 380 units of automobile and special equipment"),
				src.Q(en, urlPrimeMinisterAM, "The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces."),
				src.Q(ru, "http://inform.sumy.ua/news2/index.php?id=786599", "Согласно указу, Россия направляет в Нагорный Карабах миротворческий контингент численностью до 1960 военнослужащих"),
				src.Q(en, urlSputnikPK, "A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed"),
				src.Q(ru, "https://glagol.press/?p=10925", "Рано утром во вторник, 10 ноября, с аэродрома Ульяновск-Восточный военные самолёты вылетели"),
				src.Q(ru, "https://ukraina.ru/20201125/1029733848.html?chat_room_id=1029733848", "Командный пункт находится в Степанакерте."),
				src.Q(ru, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5", "Штаб командования миротворческими силами располагался в районе аэропорта Ходжалы."),
				src.Q(en, "https://tass.com/politics/1776731", "the early withdrawal of Russian peacekeepers from Azerbaijan had begun on Wednesday based on a decision made jointly by the top leadership of the two countries"),
				src.Q(ru, "https://fedpress.ru/news/77/policy/3322059", "«Процесс вывода временно размещенного на территории Азербайджана российского миротворческого контингента с территории нашей страны полностью завершен»"),
			),
		},
		{
			ID:     Brigade15,
			Kind:   MilitaryUnit,
			PartOf: PeacekeepingContingent,
			Names: karabakh.NamesOf(
				coreLabel(en, "15th Separate Motorised Rifle Brigade", brigadeSputnik),
				coreLabel(ru, "15-я отдельная миротворческая бригада", brigadeMoD),
				coreLabel(fr, "15e brigade blindée et des forces de paix", brigadeArmenews),
				coreAlias(en, "15th Separate Motorized Rifle Brigade"),
				coreAlias(en, "15th Motor Rifle Brigade", src.Q(en, "http://www.lpm24.de/?p=5139", "On 12 November, the Russian force consisted mainly of personnel from the 15th Motor Rifle Brigade, which had entered Stepanakert...")),
				coreAlias(en, "15th peacekeeping brigade"),
				coreAlias(language.Ukrainian, "15-ї окремої мотострілкової бригади"),
			),
			Note:    "Core of the peacekeeping contingent. Its name varies by source: \"15th Separate Motorised Rifle Brigade\" of the Central Military District (Sputnik); \"15-я отдельная миротворческая бригада\", the 15th separate peacekeeping brigade (Russian defence ministry via EADaily); \"15e brigade blindée et des forces de paix\" (Armenews). All refer to the same unit. The Ukrainian form is kept as its source inflects it (genitive). Armenews says it reached Stepanakert at 17:00 (the day is not in the stored excerpt).",
			Sources: src.List(brigadeSputnik, brigadeMoD, brigadeArmenews),
		},
		{
			ID:   JointMonitoringCentre,
			Kind: Organization,
			Names: karabakh.NamesOf(
				coreLabel(en, "Joint Russian-Turkish Monitoring Centre"),
				coreLabel(az, "Türkiyə-Rusiya Birgə Monitorinq Mərkəzi"),
				coreAlias(en, "Joint Turkish-Russian Monitoring Centre"),
				coreAlias(en, "Russian-Turkish joint monitoring center"),
				coreAlias(tr, "Ortak Türk-Rus Merkezi"),
			),
			Note: "The peacekeeping centre for ceasefire control of point 5, run jointly by Russia and Turkey. Memorandum signed 11 November 2020; opened 30 January 2021 near Kiyamaddinli in the Aghdam district (TASS via Hyetert), or in the city of Aghdam (News.az); up to 60 servicemen from each country; ceased its activities on 26 April 2024.",
			Sources: src.List(
				src.Q(en, urlHyetertMemo, "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire in Nagorno-Karabakh was signed on November 11"),
				monitoringOpened,
				src.Q(en, "https://www.brecorder.com/news/amp/40058134", "It will be staffed by up to 60 servicemen each from Turkey and from Russia, the defence ministry said in a statement."),
				src.Q(en, "https://news.az/news/turkish-russian-monitoring-center-in-azerbaijans-aghdam-to-stop-operating", "The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating"),
				src.Q(en, "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh", "The joint Turkish-Russian Monitoring Center in Aghdam ceased its activities on April 26."),
			),
		},
		{
			ID:   TrilateralWorkingGroup,
			Kind: Organization,
			Names: karabakh.NamesOf(
				coreLabel(en, "Trilateral working group", wgPresident),
				coreLabel(ru, "трехсторонняя рабочая группа"),
				coreLabel(hy, "եռակողմ աշխատանքային խումբ", src.Q(hy, urlAliqmedia, "Մհեր Գրիգորյանը, Ալեքսեյ Օվերչուկը եւ Ադրբեջանի փոխվարչապետ Շահին Մուստաֆաեւը եռակողմ աշխատանքային խմբի համանախագահներն են։")),
				coreAlias(en, "Trilateral Working Group on the opening of transport communications in the South Caucasus", src.Q(en, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus", "The 11th meeting of the Trilateral Working Group on the opening of transport communications in the South Caucasus was held in Moscow")),
				coreAlias(en, "tripartite working group"),
				coreAlias(en, "tripartite task force"),
			),
			Note: "Set up by the Moscow statement of 11 January 2021 to carry out point 9, co-chaired by the deputy prime ministers of Azerbaijan, Armenia and Russia; first met in Moscow on 30 January 2021 and had met 12 times by 9 November 2023.",
			Sources: src.List(
				wgPresident,
				src.Q(ru, urlSputnikWG, "Вице-премьеры Армении, России и Азербайджана – Мгер Григорян, Алексей Оверчук и Шахин Мустафаев, в субботу в Москве провели первое заседание"),
				src.Q(en, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus", "A total of 12 meetings of the trilateral working group on opening communications"),
			),
		},
	}
}
