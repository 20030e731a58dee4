package src

// Pages cited by more than one data package, mostly copies of the
// statement of 10 November 2020 and reports of its points. The names start
// with S20 as the statement's own data does.
const (
	S20ArmInfo   = "https://arminfo.info/full_news.php?id=85947&lang=1"
	S20Banker    = "https://banker.az/bbc-erm%c9%99nil%c9%99r-lacindan-qacir"
	S20Devran    = "https://devranmedia.com/news/details/21238"
	S20JamKalb   = "https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/"
	S20Metbuat   = "https://metbuat.az/news/1393729/kelbecer-agdam-ve-lacin-azerbaycana-hansi-tarixlerde-qaytari.html"
	S20NewsAm802 = "https://news.am/eng/news/802798.html"
	S20NewsRu    = "https://news.ru/en/cis-countries/full-text-of-statement-between-azerbaijan-and-armenia-revealed/"
	S20NuhAz     = "https://nuh.az/26891--il-lan-hri-d-biz-qaytarlacaq.html"
	S20PAX       = "https://test.pax.peaceagreements.org/agreements/2324"
	// Official English translations by two signatory governments.
	S20MFA    = "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru"
	S20PM     = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement"
	S20Report = "https://report.az/en/analytics/zangazur-corridor-west-agrees-with-azerbaijan-s-rightful-position"
	// English attributed to the Russian MFA, as reposted on a blog.
	S20RuMFA      = "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/"
	S20SilkWay    = "https://silkway.news/ru/reshenie-erevana-fsb-ne-budet-na-656533"
	S20Sovross    = "https://sovross.ru/2020/11/12/page/2"
	S20SputAm     = "https://arm.sputniknews.ru/20201201/berdzor-anoroshutyun-lusankarner-25582046.html?chat_room_id=25582046"
	S20SputAz     = "https://ru.sputnik.az/20230610/mustafaev-predusmotreno-stroitelstvo--novykh-transportnykh-kommunikatsiy-mezhdu-nar-i-ar-455803887.html"
	S20SumyDecree = "http://inform.sumy.ua/news2/index.php?id=786599"
	S20Turan      = "https://turan.az/ru/politika/erevan-otvergaet-trebovanie-baku-ispolzovat-novyi-marsrut-koridora-v-karabax"
	// Russian, authentic: fragments quoted "from the Kremlin website".
	S20Vesti = "https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html"
)
