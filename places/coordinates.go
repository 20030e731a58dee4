package places

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// coordinates returns each place's points on the map, by place, as the
// stored pages give them: every version a page gives where pages disagree,
// the preferred one marked. Places no stored page locates have none:
// Nagorno-Karabakh, the TRIPP route, the Hakari bridge, Kiyamanddinli,
// Kheyrimli, Gizil Hajili and Kirants.
//
// A value the page prints in decimals is copied as printed; a value it
// gives in degrees, minutes and seconds is converted by dms, not rounded.
func coordinates() map[ID][]Coordinates {
	en, ru, fr, ja := language.English, language.Russian, language.French, language.Japanese
	sco := language.MustParse("sco")
	es, pt, cs := language.Spanish, language.Portuguese, language.Czech
	const (
		town       = "town"
		city       = "city"
		village    = "village"
		districtWP = "district article coordinate; the page does not say what it denotes"
		provinceWP = "province article coordinate, in whole minutes; the page does not say what it denotes"
		factbook   = "country reference point of the CIA World Factbook; not the capital"
		dataset    = "a dataset's point for the place; the page does not say how it was derived"
	)
	return map[ID][]Coordinates{
		AghdamDistrict: {pt1(39.98361, 46.92861, districtWP, "Derived: about 1.1 km from the Aghdam town point.",
			src.Q(sco, "https://sco.wikipedia.org/wiki/Agdam_Rayon", "Coordinates: 39°59′01″N 46°55′43″E / 39.98361°N 46.92861°E / 39.98361; 46.92861"))},
		Aghdam: {pt1(39.99306, 46.93056, town, "",
			src.Q(en, "https://www.wiki3.en-us.nina.az/Aghdam.html", "Coordinates: 39°59′35″N 46°55′50″E / 39.99306°N 46.93056°E / 39.99306; 46.93056"))},
		KalbajarDistrict: {
			pt1(dms(40, 6, 24), dms(46, 2, 17), "district article coordinate: in practice the town of Kalbajar, the district's centre",
				"Converted from the page's degrees, minutes and seconds; the page is a garbled Spanish machine translation of the Russian article.",
				src.Q(es, "https://perceptioes.com/Кельбаджарский_район", "40°06′24″ s. sh. 46°02′17″ pulg. Ej.")),
			alt(40.1024329, 46.0364872, dataset, "A secondary dataset. Derived: about 0.5 km from the preferred point.",
				src.Q(en, "https://pub.dev/documentation/geography/latest/basic/azerbaijanKalbajarDistrict-constant.html", "longitude: 46.0364872, latitude: 40.1024329,")),
		},
		LachinDistrict: {
			pt1(39.63333, 46.55000, districtWP, "Derived: about 0.9 km from the Lachin town point.",
				src.Q(sco, "https://sco.wikipedia.org/wiki/Lachin_Rayon", "Coordinates: 39°38′0″N 46°33′0″E / 39.63333°N 46.55000°E / 39.63333; 46.55000")),
			alt(39.6383414, 46.5460853, dataset, "A secondary dataset. Derived: about 0.65 km from the preferred point.",
				src.Q(en, "https://pub.dev/documentation/geography/2.0.1/basic/azerbaijanLachinDistrict-constant.html", "longitude: 46.5460853, latitude: 39.6383414,")),
		},
		Lachin: {pt1(39.64083, 46.54694, town, "",
			src.Q(sco, "https://sco.wikipedia.org/wiki/Lachin", "Coordinates: 39°38′27″N 46°32′49″E / 39.64083°N 46.54694°E / 39.64083; 46.54694"))},
		LachinCorridor: {pt1(39.60861, 46.54472, "a single article-level point; the page does not say what it marks",
			"A corridor is a road, not a point: use it at most to place a label. The stored revision is old and ties the point to neither route. Derived: about 3.6 km south of the Lachin town point.",
			src.Q(en, "https://en.wikipedia.org/wiki/Lachin_corridor", "Coordinates: 39°36′31″N 46°32′41″E / 39.60861°N 46.54472°E / 39.60861; 46.54472"))},
		GazakhDistrict: {
			pt1(41.09333, 45.36611, "the district's administrative centre, the city of Qazax", "The page is the article on the city.",
				src.Q(en, "https://en.wikipedia.org/wiki/Qazax", "Coordinates: 41°05′36″N 45°21′58″E / 41.09333°N 45.36611°E / 41.09333; 45.36611")),
			alt(41.10, 45.35, "the district's administrative centre, in hundredths of a degree", "The page labels it the centre of the district. Derived: about 1.5 km from the preferred point.",
				src.Q(en, "https://qazax.net/en/general.htm", "Center of the District - City of Gazakh (41.10° N, 45.35° E)")),
		},
		Shusha: {pt1(39.7583, 46.7483, town, "The page gives degrees and decimal minutes, and these decimals.",
			src.Q(sco, "https://sco.wikipedia.org/wiki/Shusha", "Coordinates: 39°45.5′N 46°44.9′E / 39.7583°N 46.7483°E"))},
		Stepanakert: {pt1(39.81528, 46.75194, city, "",
			src.Q(en, "https://simple.wikipedia.org/wiki/Stepanakert", "Coordinates: 39°48′55″N 46°45′7″E / 39.81528°N 46.75194°E / 39.81528; 46.75194"))},
		Nakhchivan: {pt1(39.3256814, 45.4912648, dataset+", and not a town", "A secondary dataset, the only one found: treat it as approximate.",
			src.Q(en, "https://pub.dev/documentation/geography/latest/basic/azerbaijanNakhchivanAutonomousRepublic-constant.html", "longitude: 45.4912648, latitude: 39.3256814,"))},
		Syunik: {
			pt1(dms(39, 15, 0), dms(46, 15, 0), provinceWP, "Converted from degrees and minutes.",
				src.Q(en, "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Syunic", "Coordinates: 39°15′N 46°15′E")),
			alt(dms(39, 12, 27.189), dms(46, 24, 17.368), "the point a travel site gives for the region; not stated what it denotes",
				"Converted from degrees, minutes and seconds. Derived: about 14 km from the preferred point.",
				src.Q(cs, "https://tripomatic.com/cs/poi/sjunik-region:24506", "Souřadnice 39°12'27.189\" N 46°24'17.368\" E")),
		},
		Yerevan: {pt1(40.183, 44.517, city+", in whole minutes", "",
			src.Q(sco, "https://sco.wikipedia.org/wiki/Yerevan", "Coordinates: 40°11′N 44°31′E / 40.183°N 44.517°E / 40.183; 44.517"))},
		Baku: {
			pt1(40.39528, 49.88222, city+" (encyclopaedia infobox)", "",
				src.Q(en, "https://review.clateway.com/wiki/view_html.php?q=Baku&sq=Qlik", "Coordinates: 40°23′43″N 49°52′56″E / 40.39528°N 49.88222°E / 40.39528; 49.88222")),
			alt(40.37767, 49.89201, city+", as a Russian reference site gives it", "Derived: about 2 km from the preferred point.",
				src.Q(ru, "https://obzorurokov.ru/azerbajdzhan/koordinaty-baku.html", "широта 40.37767"),
				src.Q(ru, "https://obzorurokov.ru/azerbajdzhan/koordinaty-baku.html", "долгота 49.89201")),
		},
		Moscow: {pt1(55.750, 37.617, city+", in whole minutes", "",
			src.Q(en, "https://www.wikiplanet.click/enciclopedia/en/Moscow", "Coordinates: 55°45′N 37°37′E / 55°45′N 37°37′E / 55.750; 37.617"))},
		Sochi: {pt1(43.58528, 39.72028, "city centre; another page says the point is the central post office", "",
			src.Q(en, "https://www.know.cf/enciclopedia/en/Sochi", "Coordinates: 43°35′07″N 39°43′13″E / 43.58528°N 39.72028°E"))},
		Goris: {pt1(dms(39, 30, 0), dms(46, 20, 0), town+", in whole minutes", "Converted from degrees and minutes; the only source seen.",
			src.Q(en, "https://de.zxc.wiki/wiki/Goris", "Coordinates : 39 ° 30 ′  N , 46 ° 20 ′  E"))},
		Yevlakh: {pt1(40.61722, 47.15000, city+" (not the Yevlakh district)", "",
			src.Q(en, "http://simple.wikipedia.org/wiki/Yevlakh", "Coordinates: 40°37′02″N 47°09′00″E / 40.61722°N 47.15000°E / 40.61722; 47.15000"))},
		Armenia: {pt1(dms(40, 0, 0), dms(45, 0, 0), factbook+", in whole degrees", "Converted from the Factbook's degrees and minutes.",
			src.Q(en, "https://theodora.com/world_fact_book_2017/armenia/armenia_geography.html", "40 00 N, 45 00 E"))},
		Azerbaijan: {
			pt1(dms(40, 30, 0), dms(47, 30, 0), factbook+", in half degrees", "Converted from the Factbook's degrees and minutes; preferred for following the same convention as the points of Armenia and Russia.",
				src.Q(en, "https://bitlit.ru/page/en/united-states-central-intelligence-agency/the-2006-cia-world-factbook/277", "40 30 N, 47 30 E")),
			alt(40.143105, 47.576927, "the page's centre of the country; the method is not stated", "Derived: about 40 km south of the Factbook point.",
				src.Q(en, "https://www.mappr.co/location/azerbaijan/", "located in the Central & South Asia region at latitude 40.143105 and longitude 47.576927")),
		},
		Russia: {pt1(dms(60, 0, 0), dms(100, 0, 0), factbook+", in whole degrees", "Converted from the Factbook's degrees and minutes.",
			src.Q(en, "https://allcountries.org/world_fact_book_2018/russia/russia_geography.html", "60 00 N, 100 00 E"))},
		WashingtonDC: {
			pt1(38.90472, -77.01639, city+" (the current Wikipedia infobox value)", "",
				src.Q(en, "https://wiki.richxsearch.com/view_html.php?lang=simple&q=Washington%2C_D.C.&sq=CIA", "Coordinates: 38°54′17″N 77°00′59″W / 38.90472°N 77.01639°W / 38.90472; -77.01639")),
			alt(38.895111, -77.036667, city+" (an older Wikipedia infobox value)", "Derived: about 2 km west of the preferred point.",
				src.Q(en, "https://www.edocr.com/v/4ogxrol4/globaldocuments/climateofwashingtondcpdf", "38°53′42.4″N 77°02′12.0″W / 38.895111°N 77.036667°W")),
		},
		UlyanovskVostochny: {pt1(54.39944, 48.80111, "airport", "",
			src.Q(ja, "https://www.wikizero.com/ja/%E3%82%A6%E3%83%AA%E3%83%A4%E3%83%8E%E3%83%95%E3%82%B9%E3%82%AF%E3%83%BB%E3%83%B4%E3%82%A9%E3%82%B9%E3%83%88%E3%83%BC%E3%83%81%E3%83%8C%E3%82%A4%E7%A9%BA%E6%B8%AF", "北緯54度23分58秒 東経48度48分4秒 / 北緯54.39944度 東経48.80111度 / 54.39944; 48.80111"))},
		Gegharkunik: {
			pt1(40.417, 45.200, provinceWP, "",
				src.Q(en, "http://en.wikipedia.org/wiki/Gegharkunik_Province", "Coordinates: 40°25′N 45°12′E / 40.417°N 45.200°E / 40.417; 45.200")),
			alt(dms(40, 23, 0), dms(45, 4, 0), "province coordinate of an English rendering of the German article; not stated what it denotes",
				"Converted from degrees and minutes. Derived: about 12 km from the preferred point.",
				src.Q(en, "https://en.alegsaonline.com/art/37841", "Coordinates: 40° 23′ N, 45° 4′ E")),
		},
		VayotsDzor: {pt1(39.750, 45.500, provinceWP, "",
			src.Q(en, "https://en.wikipedia.org/wiki/Vayots_Dzor_Province", "Coordinates: 39°45′N 45°30′E / 39.750°N 45.500°E / 39.750; 45.500"))},
		Dadivank: {pt1(40.161391, 46.288013, "monastery", "Only the coordinate string of this old revision is used; its text misplaces the district.",
			src.Q(en, "https://en.wikipedia.org/wiki/Dadivank_Monastery", "40°09′41″N 46°17′17″E / 40.161391°N 46.288013°E / 40.161391; 46.288013"))},
		BaganisAyrum: {pt1(41.09667, 45.08194, village, "",
			src.Q(en, "https://pinocchiopedia.com/wiki/Ba%C4%9Fanis_Ayrum_massacre", "Coordinates: 41°05′48″N 45°04′55″E / 41.09667°N 45.08194°E / 41.09667; 45.08194"))},
		AshagiAskipara: {pt1(dms(41, 4, 32), dms(45, 4, 58), village, "Converted from degrees, minutes and seconds; the only source with a coordinate found.",
			src.Q(fr, "https://sagapedia.com/fr/Aşağı_Əskipara", "41° 04′ 32″ nord, 45° 04′ 58″ est"))},
		Baghanis: {pt1(dms(41, 7, 0), dms(45, 4, 0), village+", in whole minutes", "Converted from degrees and minutes; the only source found.",
			src.Q(pt, "https://perceptiopt.com/Баганис", "41°07′ s. sh. 45°04′ E e."))},
		Voskepar: {pt1(41.06472, 45.05750, village, "",
			src.Q(en, "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Voskepar.html", "Coordinates: 41°03′53″N 45°03′27″E / 41.06472°N 45.05750°E / 41.06472; 45.05750"))},
	}
}

// pt1 returns a place's preferred coordinates; alt one of the other
// versions a source gives.
func pt1(lat, lon float64, precision, note string, srcs ...karabakh.Source) Coordinates {
	return Coordinates{Lat: lat, Lon: lon, Precision: precision, Preferred: true, Note: note, Sources: src.List(srcs...)}
}

func alt(lat, lon float64, precision, note string, srcs ...karabakh.Source) Coordinates {
	c := pt1(lat, lon, precision, note, srcs...)
	c.Preferred = false
	return c
}

// dms converts degrees, minutes and seconds to decimal degrees.
func dms(deg, min, sec float64) float64 { return deg + min/60 + sec/3600 }
