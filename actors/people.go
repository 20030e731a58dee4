package actors

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// people returns the people: the signatories, the leaders and officials of
// the parties and of the mediators, and the commanders of the Russian
// peacekeepers.
func people() []Actor {
	en := language.English
	ru := language.Russian
	hy := language.Armenian
	az := language.Azerbaijani
	tr := language.Turkish
	fr := language.French
	de := language.German
	it := language.Italian

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
				label(en, "Ilham Aliyev", ipfs),
				label(az, "İlham Əliyev"),
				label(ru, "Ильхам Алиев"),
				label(hy, "Իլհամ Ալիև"),
				alias(en, "Aliyev", src.Q(en, "https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha",
					"“With great pride and joy, I inform you that the town of Shusha has been liberated,” Aliyev said in a televised address to the nation")),
				alias(az, "İlham Heydər oğlu Əliyev"),
				alias(az, "İ.H.Əliyev", src.Q(az, urlMetbuatText, "Biz, Azərbaycan Respublikasının Prezidenti İ.H.Əliyev")),
				alias(en, "Ilham Heydar oglu Aliyev"),
				alias(en, "I.H. Aliyev", pmAM),
				alias(en, "I. G. Aliyev"),
				alias(en, "Aliev"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "President",
					Of:      Azerbaijan,
					Term:    karabakh.Span(day(2003, time.October, 31), karabakh.Date{}),
					Note:    "A sourced start; the dataset records no end.",
					Sources: src.List(src.Q(en, "https://wikivisually.com/wiki/2003_Azerbaijani_presidential_election", "Aliyev became the country's president on 31 October 2003")),
				},
			),
			Note:    "President of Azerbaijan; a signatory of the statement of 10 November 2020, with Pashinyan and Putin.",
			Sources: src.List(ipfs, mfaAZ, aravot, rferlWashington),
		},
		{
			ID:   Pashinyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Nikol Pashinyan", ipfs),
				label(hy, "Նիկոլ Փաշինյան"),
				label(ru, "Никол Пашинян", src.Q(ru, urlVovworldRU, "Около 01:00 по московскому времени премьер-министр Армении Никол Пашинян сообщил у себя в фейсбуке")),
				alias(en, "Pashinyan", src.Q(en, "https://indianeconomicobserver.com/news/armenia-azerbaijan-reach-agreement-on-full-scale-prisoner-swap20201205152424",
					"In fact, the exchange has been negotiated on the principle of 'all for all',\" Pashinyan said on Saturday")),
				alias(en, "Nikol Pashinian", rferlWashington),
				alias(en, "N.V. Pashinyan", pmAM),
				alias(en, "Nikol Vovayi Pashinyan", src.Q(en, "https://review.clateway.com/wiki/view_html.php?q=Nikol_Pashinyan", "Nikol Vovayi Pashinyan (Armenian: Նիկոլ Վովայի Փաշինյան")),
				alias(hy, "Նիկոլ Վովայի Փաշինյան", src.Q(en, "https://review.clateway.com/wiki/view_html.php?q=Nikol_Pashinyan", "Nikol Vovayi Pashinyan (Armenian: Նիկոլ Վովայի Փաշինյան")),
				translit(az, "Nikol Paşinyan"),
				alias(az, "N.V.Paşinyan", src.Q(az, urlMetbuatText, "Ermənistan Respublikasının baş naziri N.V.Paşinyan və Rusiya Federasiyasının Prezidenti V.V.Putin")),
				translit(de, "Paschinjan"),
				translit(fr, "Pachinian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Prime Minister",
					Of:      Armenia,
					Term:    karabakh.Span(day(2018, time.May, 8), karabakh.Date{}),
					Note:    "Elected by the National Assembly on 8 May 2018 (a sourced start); the dataset records no end. The sources name no appointment that broke the term.",
					Sources: src.List(src.Q(en, "https://armenianweekly.com/2018/05/08/breaking-nikol-pashinyan-elected-prime-minister-of-armenia/", "Earlier today, Armenia’s National Assembly elected Nikol Pashinyan as the country’s prime minister (PM).")),
				},
			),
			Note:    "Prime Minister of Armenia; a signatory of the statement of 10 November 2020, with Aliyev and Putin.",
			Sources: src.List(ipfs, pmAM, aravot, rferlWashington),
		},
		{
			ID:   Putin,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Vladimir Putin", ipfs),
				label(ru, "Владимир Путин"),
				label(hy, "Վլադիմիր Պուտին"),
				label(az, "Vladimir Putin", src.Q(az, urlMetbuatText, "Rusiya Federasiyasının Prezidenti Vladimir Putinin Bəyanatının tam mətni açıqlanıb")),
				alias(en, "V.V. Putin", pmAM),
				alias(az, "V.V.Putin", src.Q(az, urlMetbuatText, "Rusiya Federasiyasının Prezidenti V.V.Putin aşağıdakıları bəyan edirik")),
				alias(en, "Putin", src.Q(en, "https://en.armradio.am/2023/09/20/putin-says-russian-peacekeepers-in-nagrono-karabakh-doing-everything-to-protect-the-civilian-population/", "Putin said at a meeting with Chinese Foreign Minister Wang Yi he hoped for a “peaceful resolution of the conflict.”")),
				alias(ru, "Путин", src.Q(ru, "https://riafan.ru/23422152-sarkisyan_dal_otsenku_roli_putina_v_zaklyuchenii_peremiriya_v_karabahe", "«Без усилий Путина молодежь продолжала бы гибнуть в Карабахе», — отметил Саркисян.")),
				alias(hy, "Պուտին", src.Q(hy, "https://mamul.am/am/news/194381", "«Մեծ ողբերգություն». Պուտինը խոսել է Ղարաբաղում տեղի ունեցող իրադարձությունների մասին")),
				alias(az, "Putin", src.Q(az, "https://teleqraf.com/news/ermenistan/263922.html", "biz ümid edirik ki, münaqişəyə ən yaxın vaxtda son qoyulacaq”, - Putin deyib.")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Russia,
					Term:  karabakh.Span(day(2012, time.May, 7), karabakh.Date{}),
					Note:  "His presidency since 7 May 2012, as the sources give it; it spans every event of the dataset, and the dataset records no end.",
					Sources: src.List(
						src.Q(en, "https://simple.m.wikipedia.org/wiki/Supreme_Commander-in-Chief_of_the_Armed_Forces_of_the_Russian_Federation", "Vladimir Putin since 7 May 2012"),
						src.Q(en, "https://www.diplomaticpress.com/vladimir-vladimirovich-putin/", "has been the President of Russia since 7 May 2012, succeeding Dmitry Medvedev."),
						src.Q(en, urlMFAAZ, "the President of the Russian Federation V.V Putin, declared the following"),
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
				label(en, "Recep Tayyip Erdoğan"),
				label(tr, "Recep Tayyip Erdoğan", src.Q(tr, urlHabername, "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile bir telefon görüşmesi gerçekleştirdi.")),
				label(hy, "Թայիփ Էրդողան"),
				alias(en, "Recep Tayyip Erdogan"),
				// The surname alone, as reports use it; folding makes it
				// match Erdoğan and ERDOĞAN too.
				alias(en, "Erdogan", src.Q(en, "https://www.middleeastmonitor.com/20201111-turkey-to-monitor-ceasefire-in-karabakh-along-with-russia-erdogan-says/",
					"President Erdogan said Turkey will engage in supervising and monitoring activities together with Russia")),
				label(ru, "Реджеп Тайип Эрдоган", src.Q(ru, urlGazetaUAErdogan, "Президент Турции Реджеп Тайип Эрдоган в беседе с президентом РФ Владимиром Путиным")),
				alias(ru, "Эрдоган", src.Q(ru, urlGazetaUAErdogan, "Эрдоган заявил об участии Турции в контроле за перемирием в Нагорном Карабахе")),
				alias(en, "Tayyip Erdogan", src.Q(en, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O", "Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict")),
				translit(az, "Rəcəb Tayyib Ərdoğan"),
				// Mojibake from the project's seed article: kept only so
				// that lookups can repair it.
				garbled(en, "ErdoAan"),
				garbled(en, "ErdoÄan"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Turkey,
					Term:  karabakh.Span(day(2014, time.August, 28), karabakh.Date{}),
					Note:  "His presidency since 28 August 2014, as the sources give it; the dataset records no end. It was first recorded as the days 14 October and 11 November 2020, the second from an undated telephone call, now removed.",
					Sources: src.List(
						src.Q(en, "https://simple.m.wikipedia.org/wiki/Recep_Tayyip_Erdogan", "12th President of Turkey Assumed office 28 August 2014"),
						src.Q(en, "https://www.reuters.com/article/armenia-azerbaijan-turkey-erdogan/turkeys-erdogan-says-minsk-stalling-on-nagorno-karabakh-conflict-idUSA4N2AJ02O", "Turkish President Tayyip Erdogan said on Wednesday that the Minsk group was stalling in dealing with the Nagorno-Karabakh conflict"),
						src.Q(en, urlUrdupointOSCE, "Turkish President Recep Tayyip Erdogan stressed on Friday that his country had the right to engage in the Karabakh conflict settlement, just like Russia."),
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
				label(en, "Arayik Harutyunyan"),
				label(hy, "Արայիկ Հարությունյան"),
				label(ru, "Араик Арутюнян"),
				alias(en, "Arayik Harutiunian"),
				alias(en, "Araik Harutyunyan"),
				alias(en, "Arayk Harutyunyan"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "President",
					Of:    Artsakh,
					Term:  karabakh.Span(day(2020, time.May, 21), day(2023, time.September, 1)),
					Note:  "Elected on 14 April 2020 and took office on 21 May 2020. The term ends on 1 September 2023, the day he submitted his resignation to parliament; Asbarez says it \"went into effect immediately\".",
					Sources: src.List(
						src.Q(en, "https://bm.ge/en/news/nagorno-karabakh-president-arayik-harutyunyan-submits-his-resignation-to-parliament", "Harutyunyan was elected as President of the Republic of Artsakh on April 14, 2020."),
						src.Q(en, "https://mediamax.am/en/news/karabakh/52321/", "I assumed the authorities of the President of Artsakh on May 21, 2020 after being elected by the people of Artsakh."),
						src.Q(en, "https://asbarez.com/artsakh-president-resigns/", "Artsakh President Arayik Harutyunyan submitted his official resignation to the Artsakh Parliament on Friday."),
						src.Q(en, "https://asbarez.com/artsakh-president-resigns/", "The resignation letter was published on the parliament’s website and it went into effect immediately."),
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
				label(en, "Samvel Shahramanyan", src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9.")),
				label(hy, "Սամվել Շահրամանյան"),
				label(ru, "Самвел Шахраманян"),
				alias(en, "Samvel Shahramanian"),
				alias(en, "Samvel Sergey Shahramanian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "State Minister",
					Of:    Artsakh,
					Term:  karabakh.Span(day(2023, time.August, 31), day(2023, time.September, 18)),
					Note: "Appointed by Arayik Harutyunyan's order of 31 August 2023, replacing Gurgen Nersisyan; he had been Secretary of the Security Council. Massis Post still calls him Minister of State on his election as president. " +
						"The term is closed on 18 September 2023, when, as president, he signed the decree appointing his successor Artur Harutyunyan; no source gives an earlier day on which his own tenure ended.",
					Sources: src.List(
						src.Q(en, urlHyetertResign, "Harutyunyan also signed an executive order on dismissing State Minister Gurgen Nersisyan and replacing him with Secretary of the Security Council of Nagorno-Karabakh Samvel Shahramanyan."),
						src.Q(en, "https://www.artsakhpress.am/eng/news/187257/", "On September 18 President Samvel Shahramanyan convened an extended working consultation, where introduced the newly appointed State Minister Artur Harutyunyan"),
						src.Q(fr, "https://wp.armenews.com/artur-harutyunyan-a-ete-nomme-ministre-detat-sur-ordre-du-president-de-lartsakh", "Le 18 septembre, le président de la République de l’Artsakh, Samvel Shahramanyan, a signé un décret nommant Artur Ivani Harutyunyan au poste de ministre d’État."),
					),
				},
				Office{
					Title: "President",
					Of:    Artsakh,
					Term:  karabakh.Span(day(2023, time.September, 9), day(2023, time.December, 31)),
					Note: "Elected by the National Assembly of Artsakh on 9 September 2023. On 28 September 2023 he signed a decree dissolving all state institutions from 1 January 2024. " +
						"The term is closed on 31 December 2023, the last day before the dissolution the decree set; the sources give no other end to his term.",
					Sources: src.List(
						src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9."),
						src.Q(en, urlStraitsTimes, "The president of Armenia's self-declared Nagorno-Karabakh Republic, Samvel Shahramanyan, has signed a decree"),
						src.Q(en, urlStraitsTimes, "Samvel Shahramanyan, has signed a decree to dissolve all state institutions from January 1, 2024"),
					),
				},
			),
			Note: "Last president of the de-facto Republic of Artsakh. Massis Post gives his age at election as 44.",
			Sources: src.List(
				src.Q(en, urlMassisElection, "The 44-year-old has held various positions in the local security apparatus for over two decades."),
				src.Q(en, urlMassisElection, "The National Assembly of Artsakh elected Samvel Shahramanyan, the Minister of State, as the new President on Saturday, September 9."),
				src.Q(en, urlStraitsTimes, "Samvel Shahramanyan, has signed a decree to dissolve all state institutions from January 1, 2024"),
			),
		},
		{
			ID:   Mirzoyan,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Ararat Mirzoyan", azernewsPeace),
				label(hy, "Արարատ Միրզոյան"),
				alias(en, "Ararat Samveli Mirzoyan"),
				translit(fr, "Ararat Mirzoian"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Speaker of the National Assembly",
					Of:      Armenia,
					Term:    karabakh.Span(day(2019, time.January, 14), day(2021, time.August, 2)),
					Note:    "A sourced term (French Wikipedia copy: \"Président de l'Assemblée nationale\").",
					Sources: src.List(src.Q(fr, "https://fr.xcv.wiki/wiki/Ararat_Mirzoyan", "Président de l'Assemblée nationale d'Arménie En fonction du 14 janvier 2019 au 2 août 2021")),
				},
				Office{
					Title: "Minister of Foreign Affairs",
					Of:    Armenia,
					Term:  karabakh.Span(day(2021, time.August, 19), karabakh.Date{}),
					Note:  "Appointed by decree of President Armen Sarkissian on 19 August 2021, the day of the RFE/RL report (\"a decree signed today\"); a sourced start, and the dataset records no end.",
					Sources: src.List(
						src.Q(en, "https://www.azatutyun.am/a/31417973.html", "Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian upon the proposal of Prime Minister Nikol Pashinian."),
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
				label(en, "Jeyhun Bayramov", azernewsPeace),
				label(az, "Ceyhun Bayramov", src.Q(az, urlReportOSCE, "bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov Nazirlər Kabinetində")),
				label(ru, "Джейхун Байрамов", src.Q(ru, "https://minval.az/?p=124105336", "Министр иностранных дел Азербайджана Джейхун Байрамов второго апреля 2021 года принял участие в заседании Совета глав МИД стран СНГ в Москве.")),
				translit(en, "Jeyhun Bayramov", azernewsPeace),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:    "Minister of Foreign Affairs",
					Of:       Azerbaijan,
					Attested: karabakh.ListOf(day(2025, time.August, 8)),
					Note:     "Only the day of the Washington initialling is dated in the sources.",
					Sources:  src.List(azernewsPeace),
				},
			),
			Note:    "Foreign Minister of Azerbaijan; initialled the peace agreement with Ararat Mirzoyan in Washington on 8 August 2025.",
			Sources: src.List(azernewsPeace, src.Q(az, urlReportOSCE, "bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov Nazirlər Kabinetində")),
		},
		{
			ID:   Overchuk,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Alexei Overchuk"),
				label(ru, "Алексей Оверчук", sputnikWG),
				label(hy, "Ալեքսեյ Օվերչուկ", aliqWG),
				alias(en, "Alexey Overchuk", src.Q(en, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/", "Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group.")),
				alias(en, "Aleksei Overchuk"),
				alias(en, "Overchuk", src.Q(en, "https://en.armradio.am/2023/05/31/armenian-russian-azerbaijani-deputy-pms-to-meet-in-near-future-overchuk/", "Overchuk noted that the issues that will be considered at the upcoming meeting")),
				alias(ru, "Алексей Логвинович Оверчук"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Deputy Prime Minister",
					Of:    Russia,
					Term:  karabakh.Span(day(2020, time.January, 21), karabakh.Date{}),
					Note:  "Appointed by the decrees forming Mishustin's government, reported on 21 January 2020 (the date in the Crimea News address); the dataset records no end.",
					Sources: src.List(
						src.Q(ru, "https://crimea-news.com/society/2020/01/21/598332.html", "Вице-премьерами назначены Виктория Абрамченко (руководитель Росреестра), Юрий Борисов (сохранил должность), Татьяна Голикова (сохранила должность), Алексей Оверчук (бывший замглавы ФНС России)"),
						src.Q(en, "https://hyetert.org/2021/02/28/working-group-on-karabakh-to-hold-a-meeting-on-march-1/", "Russia’s Deputy Prime Minister of Russia Alexey Overchuk told reporters the results of the third meeting of the working group."),
					),
				},
				Office{
					Title:    "Co-chair",
					Of:       TrilateralWorkingGroup,
					Attested: karabakh.ListOf(day(2021, time.January, 30), day(2021, time.April, 2), day(2022, time.December, 6)),
					Note:     "Attested days only: no source gives his term as co-chair.",
					Sources: src.List(sputnikWG, aliqWG,
						src.Q(en, "https://news.az/news/moscow-hosted-meeting-trilateral-working-group-on-the-opening-of-transport-communications-in-the-south-caucasus", "attended the meeting chaired by the Deputy Prime Minister of the Russian Federation Alexei Overchuk"),
						src.Q(en, "https://en.azvision.az/news/164061/news.html", "On December 6, the 11th meeting of the Tripartite Working Group was held in Moscow")),
				},
			),
			Note:    "Deputy Prime Minister of Russia; Russian co-chair of the trilateral working group on unblocking transport links (point 9).",
			Sources: src.List(sputnikWG, aliqWG),
		},
		{
			ID:   Mustafayev,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Shahin Mustafayev", hyetertGazakh),
				label(az, "Şahin Mustafayev", src.Q(az, "https://metbuat.az/news/1481201/sahin-mustafayev-xankendiye-gedecek.html", "Azərbaycan Respublikası Baş nazirinin müavini Şahin Mustafayevin")),
				label(ru, "Шахин Мустафаев", sputnikWG),
				label(hy, "Շահին Մուստաֆաեւ", aliqWG),
				alias(ru, "Шахин Абдула оглу Мустафаев"),
				translit(de, "Schahin Mustafayev"),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:    "Deputy Prime Minister",
					Of:       Azerbaijan,
					Attested: karabakh.ListOf(day(2021, time.January, 30), day(2024, time.April, 19), day(2024, time.May, 24)),
					Note:     "Attested days only: no stored source gives his term as deputy prime minister.",
					Sources: src.List(
						sputnikWG, aliqWG, hyetertGazakh,
						src.Q(en, "https://news.az/news/-azerbaijani-border-guards-take-control-of-4-liberated-villages-in-gazakh-", "the Office of Azerbaijan’s Deputy Prime Minister Shahin Mustafayev announced on Friday"),
					),
				},
				Office{
					Title:    "Co-chair",
					Of:       TrilateralWorkingGroup,
					Attested: karabakh.ListOf(day(2021, time.January, 30), day(2021, time.April, 2), day(2023, time.November, 9)),
					Note:     "Attested days only: no source gives his term as co-chair.",
					Sources: src.List(sputnikWG, aliqWG,
						src.Q(en, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus", "The group led by Deputy Prime Minister of Azerbaijan Shahin Mustafayev, Deputy Prime Minister of Armenia Mger Grigoryan")),
				},
			),
			Note:    "Deputy Prime Minister of Azerbaijan; Azerbaijani co-chair of the trilateral working group, and in 2024 chair of Azerbaijan's border delimitation commission.",
			Sources: src.List(sputnikWG, aliqWG, hyetertGazakh),
		},
		{
			ID:   MherGrigoryan,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Mher Grigoryan", hyetertGazakh),
				label(hy, "Մհեր Գրիգորյան", aliqWG),
				label(ru, "Мгер Григорян", sputnikWG),
				alias(en, "Mger Grigoryan"),
				alias(ru, "Мхер Хербертович Григорян"),
				translit(az, "Mqer Qriqoryan", src.Q(az, "https://qanunvehedef.az/manset/24682-ermeniler-sahin-mustafayevden-yazir.html", "Ermənistan tərəfindən isə ölkənin Baş nazirinin müavini Mqer Qriqoryan bu vəzifəni icra edəcək.")),
				translit(az, "Mger Qriqoryan", src.Q(az, "https://hokm.az/regionda-yollarin-acilmasi-yerevanin-xeyrine-olacaq-ermenistan-bas-nazirinin-muavini", "Ermənistan baş nazirinin müavini Mger Qriqoryan parlamentdə")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:    "Deputy Prime Minister",
					Of:       Armenia,
					Attested: karabakh.ListOf(day(2021, time.January, 12), day(2024, time.April, 19)),
					Note:     "Attested days only: no stored source gives his term as deputy prime minister.",
					Sources: src.List(
						src.Q(ru, "https://armenpress.am/ru/article/1039942", "с армянской стороны возглавит вице-премьер Мгер Григорян"),
						hyetertGazakh,
					),
				},
				Office{
					Title:    "Co-chair",
					Of:       TrilateralWorkingGroup,
					Attested: karabakh.ListOf(day(2021, time.January, 30), day(2021, time.April, 2), day(2023, time.November, 9)),
					Note:     "Attested days only. Named on 12 January 2021 to head the Armenian side of the group.",
					Sources: src.List(src.Q(ru, "https://armenpress.am/ru/article/1039942", "с армянской стороны возглавит вице-премьер Мгер Григорян"), sputnikWG, aliqWG,
						src.Q(en, "https://menafn.com/1107400195/Russian-MFA-Talks-Meetings-Of-Working-Group-On-Opening-Communications-In-South-Caucasus", "The group led by Deputy Prime Minister of Azerbaijan Shahin Mustafayev, Deputy Prime Minister of Armenia Mger Grigoryan")),
				},
			),
			Note:    "Deputy Prime Minister of Armenia; Armenian co-chair of the trilateral working group, and in 2024 chair of Armenia's border delimitation commission.",
			Sources: src.List(sputnikWG, aliqWG, hyetertGazakh),
		},
		{
			ID:   Hajiyev,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Hikmet Hajiyev", src.Q(en, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/", "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15")),
				label(az, "Hikmət Hacıyev"),
				translit(ru, "Хикмет Гаджиев", src.Q(ru, "https://report.az/ru/amp/vneshnyaya-politika/hikmet-gadzhiev-azerbajdzhan-nikogo-ne-zastavlyaet-pokidat-karabah", "Хикмет Гаджиев: Азербайджан никого не заставляет покидать Карабах")),
				alias(en, "Hikmat Hajiyev"),
				alias(en, "Hikmet Haciev"),
				alias(en, "Hajiev"),
				translit(hy, "Հիքմեթ Հաջիև", src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:    "Aide to the President",
					Of:       Azerbaijan,
					Attested: karabakh.ListOf(day(2020, time.November, 15), day(2023, time.August, 31), day(2024, time.April, 17)),
					Note:     "Attested days only. Of the later days, 31 August 2023 is that of the Aurora News page and 17 April 2024 that of the Trend report of the withdrawal's start.",
					Sources: src.List(
						src.Q(en, "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/", "Aide to the President of Azerbaijan Hikmet Hajiyev said at a briefing in Baku on November 15"),
						src.Q(hy, "https://auroranews.am/news/2023-08-31-lachini-mijantsqi-batsumy-karogh-e-teghi-unenal-arajika-orerin-hajiev", "Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը"),
						src.Q(en, "https://en.trend.az/azerbaijan/politics/3887016.html", "said Assistant of the President of Azerbaijan, Head of Foreign Policy Affairs Department of the Presidential Administration Hikmet Hajiyev"),
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
				label(en, "Sergei Shoigu"),
				label(ru, "Сергей Шойгу", defenceRia24),
				alias(en, "Sergey Shoygu"),
				translit(tr, "Sergey Şoygu"),
				translit(hy, "Սերգեյ Շոյգու", src.Q(hy, urlAraratnews, "ՌԴ պաշտպանության նախարար Սերգեյ Շոյգուն շնորհակալություն է հայտնել")),
				translit(az, "Sergey Şoyqu", src.Q(az, urlVertikal, "Rusiyanın müdafiə naziri, ordu generalı Sergey Şoyqu cümə axşamı")),
			),
			Note: "Russian defence minister (the sources that give the post are undated, so no term is recorded). The memorandum of 11 November 2020 on the joint monitoring centre followed his talks with Hulusi Akar (Hyetert, citing TASS).",
			Sources: src.List(
				defenceRia24,
				src.Q(en, "https://www.eng.kavkaz-uzel.eu/articles/57348", "The fighting in the area of Azerbaijani-Armenian border has stopped after negotiations of the heads of the Ministries of Defence (MoDs) of the two countries with Sergey Shoigu"),
				hyetertMemo,
				src.Q(en, urlHyetertMemo, "was signed on November 11 following talks between Russian Defense Minister Sergei Shoigu and his Turkish counterpart Hulusi Akar."),
			),
		},
		{
			ID:   Akar,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Hulusi Akar"),
				label(tr, "Hulusi Akar"),
				label(ru, "Хулуси Акар"),
			),
			Note:    "Turkish counterpart of Sergei Shoigu in the talks that led to the memorandum of 11 November 2020 on the joint Russian-Turkish monitoring centre.",
			Sources: src.List(hyetertMemo, src.Q(en, urlHyetertMemo, "was signed on November 11 following talks between Russian Defense Minister Sergei Shoigu and his Turkish counterpart Hulusi Akar.")),
		},
		{
			ID:   Lavrov,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Sergey Lavrov"),
				label(ru, "Сергей Лавров"),
				label(hy, "Սերգեյ Լավրով", src.Q(hy, "https://168.am/?p=1848915",
					"Ռուսաստանի արտաքին գործերի նախարար Սերգեյ Լավրովը հայտարարել է, որ առաջնահերթ խնդիր է Լաչինի միջանցքի և ընդհանրապես Լեռնային Ղարաբաղի շուրջ իրավիճակի կարգավորումը։")),
				alias(en, "Sergei Lavrov"),
				alias(ru, "Лавров", src.Q(ru, "https://blognews.am/rus/print/357091/", "Лавров отметил попытки сорвать наработки сопредседателей Минской группы по Нагорному Карабаху.")),
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
				label(en, "Maria Zakharova"),
				label(ru, "Мария Захарова", src.Q(ru, "https://panorama.am/ru/news/2020/11/10/Զախարովա-ԼՂ/2398556", "Мария Захарова: Россия надеется, что заявление по Карабаху будут выполнять все подписавшие стороны")),
				label(hy, "Մարիա Զախարովա"),
				alias(ru, "Захарова", src.Q(ru, "http://infoteka24.ru/2018/06/20/%D0%BA%D0%B0%D1%81%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D0%BE-%D0%BA%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B0/", "Для нас это очень серьезный вопрос», — отметила Захарова.")),
				translit(az, "Mariya Zaxarova", src.Q(az, "https://metbuat.az/news/1515772/atet-in-minsk-qrupu-legv-edilmelidir.html", "bunu Rusiya Xarici İşlər Nazirliyinin sözçüsü Mariya Zaxarova brifinqdə deyib")),
			),
			Note: "Spokeswoman of the Russian Ministry of Foreign Affairs.",
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
				label(en, "Dmitry Peskov"),
				label(ru, "Дмитрий Песков"),
				alias(en, "Dmitri Peskov"),
				alias(ru, "Песков", src.Q(ru, "https://newsland.com/post/7259594-peskov-vyskazalsia-o-turetskikh-mirotvortsakh-v-karabakhe", "Пребывание турецких солдат в Карабахе не было согласовано», — сказал Песков.")),
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
				label(en, "Suren Papikyan"),
				// Native name confirmed by the bundle's errata (citing
				// syuniacyerkir, whose address is not in the bundle);
				// the stored source here is Ararat News.
				label(hy, "Սուրեն Պապիկյան", src.Q(hy, urlAraratnews, "ՀՀ պաշտպանության նախարար Սուրեն Պապիկյանը Մոսկվա կատարած աշխատանքային այցի շրջանակում")),
				translit(ru, "Сурен Папикян", defenceRia24),
				translit(az, "Suren Papikyan", src.Q(az, urlVertikal, "Ermənistanın müdafiə naziri Suren Papikyanla telefon danışığı aparıb")),
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
				label(en, "Vahan Kostanyan"),
				label(hy, "Վահան Կոստանյան"),
			),
			Note: "Armenian deputy foreign minister. Said in October 2025 that no project called \"Zangezur corridor\" exists or can exist on Armenia's territory.",
			Sources: src.List(src.Q(hy, urlKostanyan, "Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել"),
				src.Q(hy, urlKostanyan, "ճեպազրույցում հայտարարեց փոխարտգործնախարար Վահան Կոստանյանը")),
		},
		{
			ID:   Trump,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Donald Trump"),
				label(ru, "Дональд Трамп"),
				alias(en, "Donald J. Trump", gazzettaTrump),
				translit(hy, "Դոնալդ Թրամփ", src.Q(hy, urlBrightArmenia, "Ամերիկայի Միացյալ Նահանգների նախագահ Դոնալդ Թրամփի համատեղ Հռչակագրին")),
				translit(az, "Donald Tramp", src.Q(az, "https://reyting.az/slayd/140048-minsk-qrupu-legv-edilib.html", "ABŞ prezidenti Donald Trampın iştirakı ilə imzalanmış tarixi Birgə Bəyannamədən")),
				alias(en, "Trump", src.Q(en, "https://caliber.az/en/post/trump-armenia-and-azerbaijan-to-sign-peace-deal-at-white-house", "so we can fully unlock the potential of the South Caucasus Region,” Trump added.")),
				alias(ru, "Трамп", src.Q(ru, "https://vestikavkaza.ru/news/tripp-povysit-kommerceskuu-cennost-kaspia-tramp.html", "Кроме того, Трамп подчеркнул, что сотрудничество в этой сфере")),
				alias(az, "Tramp", src.Q(az, "https://1news.az/az/news/20250808092227197-Donald-Tramp-Bu-Azerbaycan-Ermenistan-ABSH-ve-umumilikde-dunya-uchun-tarixi-bir-gun-olacaq", "Tramp paylaşımında iki ölkə arasında uzun illər davam edən münaqişəyə toxunub")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:    "President",
					Of:       UnitedStates,
					Attested: karabakh.ListOf(day(2025, time.August, 8)),
					Note:     "Only the day of the Washington summit is dated in the sources.",
					Sources:  src.List(src.Q(en, "https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/", "President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House for a “peace summit,”")),
				},
			),
			Note: "President of the United States; hosted the Washington summit of 8 August 2025 and witnessed the joint declaration.",
			Sources: src.List(
				src.Q(en, "https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/", "President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House for a “peace summit,”"),
				gazzettaTrump,
			),
		},
		{
			ID:   Muradov,
			Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Rustam Muradov", armenpressMuradov),
				label(ru, "Рустам Мурадов", src.Q(ru, "https://ria.ru/amp/20201114/mirotvortsy-1584632513.html", "Командующий российскими миротворческими силами в Нагорном Карабахе генерал-лейтенант Рустам Мурадов")),
				translit(language.Polish, "Rustam Muradow", src.Q(language.Polish, "https://tvn24.pl/swiat/gorski-karabach-wymiana-jencow-miedzy-armenia-i-azerbejdzanem-4777170?source=rss", "W negocjacjach w sprawie wymiany uczestniczył dowódca rosyjskiego kontyngentu pokojowego w Górskim Karabachu Rustam Muradow.")),
				translit(az, "Rüstəm Muradov", src.Q(az, urlSahartv, "General-leytenant Rüstəm Muradovu əvəz edən Rusiya sülhməramlılarının yeni komandanı Mixail Kosobokov")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Commander",
					Of:    PeacekeepingContingent,
					Term:  karabakh.Span(day(2020, time.November, 12), day(2021, time.September, 6)),
					Note:  "First commander. The start is attested, not sourced: the day the first stored report named him (12 November 2020); the end is sourced: his mission ended on 6 September 2021.",
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
				label(en, "Mikhail Kosobokov", src.Q(en, "https://www.armenpress.am/eng/news/1062798/", "Mikhail Kosobokov is the new commander of the Russian peacekeeping troops in Karabakh.")),
				label(ru, "Михаил Кособоков", src.Q(ru, "https://megafon-m.gazeta.ru/politics/news/2021/09/09/n_16506692.shtml", "назначен генерал-майор Михаил Кособоков")),
				translit(en, "Mikhail Kosobokov", src.Q(en, "https://www.armenpress.am/eng/news/1062798/", "Mikhail Kosobokov is the new commander of the Russian peacekeeping troops in Karabakh.")),
				translit(az, "Mixail Kosobokov", src.Q(az, urlSahartv, "Rusiyanın Qarabağdakı sülhməramlı kontingentinin yeni komandanı Mixail Kosobokov")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Commander",
					Of:    PeacekeepingContingent,
					Term:  karabakh.Span(day(2021, time.September, 9), day(2021, time.September, 26)),
					Note:  "A sourced term: named on 9 September 2021 (Gazeta.ru, from the Armenian defence ministry's site). TASS (Spanish copy) gives 9-26 September, 16 days; AzerNews dates his successor Gennady Anashkin's appointment to 25 September 2021, a day earlier.",
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
				label(en, "Gennady Anashkin", src.Q(en, "https://www.azernews.az/nation/183848.html", "the new commander of the Russian peacekeeping forces temporarily deployed in Azerbaijan, Lt-Gen Gennady Anashkin")),
				label(ru, "Геннадий Анашкин", pressunityAnashkin),
				translit(en, "Gennady Anashkin", src.Q(en, "https://www.azernews.az/nation/183848.html", "the new commander of the Russian peacekeeping forces temporarily deployed in Azerbaijan, Lt-Gen Gennady Anashkin")),
				translit(az, "Gennadi Anaşkin", src.Q(az, urlAzadliq, "general-leytenant Gennadi Anaşkin tuturdu")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(day(2021, time.September, 25), karabakh.Month(2022, time.January)),
					Note:    "A sourced start: appointed 25 September 2021 (AzerNews; TASS via infogate.cl has his predecessor in post until 26 September). The end is the month his successor Andrey Volkov's appointment was reported (11 January 2022); the day Anashkin left is not given.",
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
				label(en, "Andrey Volkov", src.Q(en, "https://news.am/eng/news/734702.html", "They have set up tents and demand a meeting with the commander of the peacekeeping contingent, Andrey Volkov.")),
				// Native name confirmed by the bundle's errata (citing
				// Novoye Vremya, whose address is not in the bundle).
				label(ru, "Андрей Волков", pressunityVolkov),
				alias(en, "Andrei Volkov", rferlLentsov),
				translit(az, "Andrey Volkov", src.Q(az, urlAzadliq, "yeni komandanı general-mayor Andrey Volkovu qəbul edib")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Deputy Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(karabakh.Month(2020, time.November), karabakh.Month(2021, time.May)),
					Note:    "A sourced term (Azadliq: November 2020 to May 2021). Deputy to Rustam Muradov.",
					Sources: src.List(src.Q(az, urlAzadliq, "General-mayor Volkov 2020-ci ilin noyabrından 2021-ci ilin mayına qədər Dağlıq Qarabağdakı Rusiya sülhməramlı kontingentinin komandir müavini olub.")),
				},
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(day(2022, time.January, 11), day(2023, time.April, 25)),
					Note:    "Fourth commander. The start is attested: the day his appointment was reported. The end is his successor's start: replaced by Aleksandr Lentsov from 25 April per CivilNet citing the defence ministry's bulletin, announced on 26 April per RFE/RL; CommonSpace says he had held the post for some 15 months.",
					Sources: src.List(pressunityVolkov, civilnetLentsov, rferlLentsov, commonspaceLentsov),
				},
			),
			Note: "Major-General; deputy commander, then fourth commander of the Russian peacekeeping contingent (January 2022 - April 2023). CivilNet's Armenian report calls him Alexander (Ալեքսանդր Վոլկով), which conflicts with \"Andrey\" in every other source.",
			Sources: src.List(
				src.Q(en, "https://news.am/eng/news/734702.html", "They have set up tents and demand a meeting with the commander of the peacekeeping contingent, Andrey Volkov."),
				pressunityVolkov,
				src.Q(az, urlAzadliq, "“General-mayor A.Volkovu general-leytenant Rüstəm Muradov təqdim edib”"),
				src.Q(hy, urlCivilnet, "Առաքելության ապրիլի 26-ի տեղեկագրում ասվում է, որ Ալեքսանդր Վոլկովին փոխարինելու է"),
			),
		},
		{
			ID:   Lentsov,
			Kind: Person,
			Names: karabakh.NamesOf(
				// English sources write Aleksandr; names-more.tsv gives it
				// as a transliteration. It is also the English label.
				label(en, "Aleksandr Lentsov", rferlLentsov),
				label(ru, "Александр Ленцов", rbcLentsov),
				translit(en, "Aleksandr Lentsov", src.Q(en, urlRFERLLentsov, "announced the appointment of Aleksandr Lentsov to replace Andrei Volkov")),
				alias(en, "Alexander Ivanovich Lentsov", src.Q(en, "https://english.iswnews.com/27921/russian-colonel-general-to-lead-peacekeeping-mission-in-karabakh/", "The skillful military commander is named Colonel General Alexander Ivanovich Lentsov")),
				translit(hy, "Ալեքսանդր Լենցով", src.Q(hy, urlCivilnet, "գեներալ-գնդապետ Ալեքսանդր Լենցովը")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title:   "Commander",
					Of:      PeacekeepingContingent,
					Term:    karabakh.Span(day(2023, time.April, 25), day(2023, time.September, 3)),
					Note:    "A sourced term. Sources differ on the start: CivilNet, citing the Russian defence ministry's bulletin of 26 April, says he took up the post from 25 April 2023; RFE/RL says the ministry announced the appointment on 26 April 2023. The end is the day his successor Kirill Kulakov was appointed (RBC).",
					Sources: src.List(civilnetLentsov, rferlLentsov, rbcKulakov, rbcLentsov),
				},
			),
			Note:    "Colonel-General; fifth commander of the Russian peacekeeping contingent (April - September 2023), counted from the commanders this dataset records.",
			Sources: src.List(rferlLentsov, rbcLentsov, commonspaceLentsov),
		},
		{
			ID:   Kulakov,
			Kind: Person,
			Names: karabakh.NamesOf(
				// No English-language source spells his name; the English
				// label is the bundle's own romanisation (facts-more.tsv,
				// README-more.md).
				label(en, "Kirill Kulakov"),
				label(ru, "Кирилл Кулаков", src.Q(ru, urlRBC, "Минобороны: командующим миротворцами в Карабахе назначен Кирилл Кулаков")),
			),
			Offices: karabakh.ListOf(
				Office{
					Title: "Commander",
					Of:    PeacekeepingContingent,
					Term:  karabakh.Span(day(2023, time.September, 3), day(2024, time.June, 12)),
					Note:  "A sourced start: appointed 3 September 2023. No later commander was found; the term is closed on 12 June 2024, when the contingent's withdrawal from Azerbaijan was completed, as the dataset records it (see the event 2024-06-12-peacekeepers-withdrawal-completed).",
					Sources: src.List(rbcKulakov, src.Q(ru, "https://fedpress.ru/news/77/policy/3322059", "«Процесс вывода временно размещенного на территории Азербайджана российского миротворческого контингента с территории нашей страны полностью завершен»"),
						src.Q(ru, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5", "12 июня 2024 года этот процесс, по данным Министерства обороны Азербайджана, официально завершился")),
				},
			),
			Note:    "Major-General; sixth commander of the Russian peacekeeping contingent, counted from the commanders this dataset records, from 3 September 2023. No Armenian-script form of his name was found.",
			Sources: src.List(rbcKulakov),
		},
		{
			ID:     ArtsrunHovhannisyan,
			Kind:   Person,
			PartOf: ArmenianDefenceMinistry,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Artsrun Hovhannisyan", Lang: language.English, Kind: karabakh.KindLabel},
				karabakh.Name{Text: "Artsrun Hovhannissian", Lang: language.English, Kind: karabakh.KindAlias},
				karabakh.Name{Text: "Արծրուն Հովհաննիսյան", Lang: language.Armenian, Kind: karabakh.KindLabel,
					Sources: src.List(src.Q(language.Armenian, "https://armlur.am/411293",
						"ՀՀ պաշտպանության նախարարության մամուլի խոսնակ Արծրուն Հովհաննիսյանը"))},
			),
			Note: "Spokesman (representative) of the Armenian Ministry of Defence. The Armenian page shows the name with the article -ը; the label is the nominative.",
			Sources: src.List(
				src.Q(language.English, "https://jam-news.net/shusha-news-karabakh-aliyev-address-festive-procession-turkey-ministers-azerbaijan/",
					"Representative of the Armenian Defense Ministry Artsrun Hovhannissian denied the statement of Ilham Aliyev."),
			),
		},
		{
			ID:   ArmenSarkissian,
			Kind: Person,
			Names: karabakh.NamesOf(
				karabakh.Name{Text: "Armen Sarkissian", Lang: language.English, Kind: karabakh.KindLabel},
				label(ru, "Армен Саркисян", src.Q(ru, "https://ria24.today/news/pashinyan-obsudil-s-putinym-obostrenie-1/6700979", "а также действующий президент Армен Саркисян")),
			),
			Note: "President of Armenia when he signed the decree appointing Ararat Mirzoyan foreign minister (19 August 2021); the sources give no term.",
			Sources: src.List(
				src.Q(language.English, "https://www.azatutyun.am/a/31417973.html",
					"Former Armenian Parliament Speaker Ararat Mirzoyan has been appointed foreign minister by a decree signed today by President Armen Sarkissian"),
			),
		},
		{
			ID: Macron, Kind: Person,
			Names: karabakh.NamesOf(
				label(en, "Emmanuel Macron"),
				label(ru, "Эммануэль Макрон", src.Q(ru, "https://news.rambler.ru/world/55513242-makron-rezko-vyskazalsya-o-rossii/",
					"Президент Франции Эммануэль Макрон заявил о необходимости наращивания давления на Россию, так как она не способствует окончанию конфликта на Украине.")),
				label(hy, "Էմանուել Մակրոն", src.Q(hy, "https://top-news.am/article/70688/am",
					"Ֆրանսիայի նախագահ Էմանուել Մակրոնը համարում է, որ գաղութացումը Ֆրանսիայի մեծ սխալն է:")),
				label(az, "Emmanuel Makron", src.Q(az, "https://report.az/diger-olkeler/makron-istefa-vermek-niyyetinde-deyil",
					"Fransa Prezidenti Emmanuel Makron istefa verməsi ilə bağlı müxalifətin çağırışlarına məhəl qoymayaraq ölkədə sabitliyi təmin etməyə davam edəcək.")),
			),
			Note: "President of France; witnessed the Prague statement of 6 October 2022 (PA-X).",
			Sources: src.List(src.Q(language.English, "https://pax.peaceagreements.org/agreements/2468",
				"Page 1. Agreement witnessed by: President Macron, President of the French Republic President Michel, President of the European Council"),
				src.Q(language.English, "https://en.armradio.am/2022/10/05/armenia-pm-says-will-hold-meetings-with-aliyev-erdogan-in-prague/",
					"Azerbaijani President Ilham Aliyev, French president Emmanuel Macron and President of the EU Council Charles Michel")),
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
	}
}
