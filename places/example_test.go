package places_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

func ExampleLookup() {
	for _, name := range []string{"Stepanakert", "Khankendi", "XANKƏNDİ", "Ստեփանակերտ"} {
		id, ok := places.Lookup(name)
		fmt.Println(id, ok)
	}
	// Output:
	// stepanakert true
	// stepanakert true
	// stepanakert true
	// stepanakert true
}

// A contested place carries each side's names with their usage.
func ExampleGet() {
	p, _ := places.Get(places.KalbajarDistrict)
	fmt.Println(p.Names.Label(language.English))
	for n := range p.Names.All() {
		if n.Lang == language.Armenian {
			fmt.Printf("%s (%s)\n", n.Text, n.Usage)
		}
	}
	// Output:
	// Kalbajar District
	// Քելբաջարի շրջան (Armenian rendering of the Azerbaijani district name)
	// Քարվաճառ (Armenian usage)
}

// A map developer's question: every place's label in Armenian,
// Azerbaijani and Russian, in exactly that language. LabelIn never falls
// back to English; a dash marks a language with no label.
func ExampleGet_labels() {
	langs := []language.Tag{language.Armenian, language.Azerbaijani, language.Russian}
	for p := range places.All() {
		line := string(p.ID)
		for _, lang := range langs {
			l, ok := p.Names.LabelIn(lang)
			if !ok {
				l = "—"
			}
			line += " | " + l
		}
		fmt.Println(line)
	}
	// Output:
	// nagorno-karabakh | Լեռնային Ղարաբաղ | Dağlıq Qarabağ | Нагорный Карабах
	// stepanakert | Ստեփանակերտ | Xankəndi | Степанакерт
	// shusha | Շուշի | Şuşa | Шуша
	// aghdam-district | — | Ağdam rayonu | Агдамский район
	// aghdam-city | Աղդամ | Ağdam | Агдам
	// kiyamanddinli | — | — | —
	// kalbajar-district | Քելբաջարի շրջան | Kəlbəcər rayonu | Кельбаджарский район
	// dadivank | — | Xudavəng | —
	// lachin-district | Լաչինի շրջան | Laçın rayonu | Лачинский район
	// lachin-town | Բերձոր | Laçın | Лачин
	// lachin-corridor | Լաչինի միջանցք | Laçın dəhlizi | Лачинский коридор
	// hakari-bridge | Հակարի գետի կամուրջ | — | —
	// armenia | Հայաստան | Ermənistan | Армения
	// yerevan | Երևան | — | Ереван
	// syunik | Սյունիք | Zəngəzur | Сюникская область
	// goris | — | Gorus | Горис
	// tripp-route | Թրամփի ուղի | Zəngəzur dəhlizi | Маршрут Трампа за международный мир и процветание
	// gegharkunik | Գեղարքունիք | — | Гегаркуникская область
	// vayots-dzor | Վայոց Ձոր | — | Вайоц Дзор
	// baghanis | Բաղանիս | — | Баганис
	// voskepar | Ոսկեպար | — | Воскепар
	// kirants | Կիրանց | — | Киранц
	// azerbaijan | Ադրբեջան | Azərbaycan | Азербайджан
	// baku | Բաքու | Bakı | Баку
	// yevlakh | — | Yevlax | Евлах
	// nakhchivan | Նախիջևանի Ինքնավար Հանրապետություն | Naxçıvan Muxtar Respublikası | Нахичеванская Автономная Республика
	// gazakh-district | — | Qazax | Газахский район
	// baganis-ayrum | Բաղանիս-Այրում | Bağanıs Ayrım | Баганис Айрым
	// ashagi-askipara | Աշաղի Ասքիփարա | Aşağı Əskipara | Ашагы Аскипара
	// kheyrimli | Խեյրիմլի | Xeyrimli | Хейримли
	// gizil-hajili | Ղըզըլհաջիլի | Qızılhacılı | Кызыл Гаджилы
	// russia | Ռուսաստան | Rusiya | Россия
	// moscow | Մոսկվա | — | Москва
	// sochi | Սոչի | Soçi | Сочи
	// ulyanovsk-vostochny-airfield | — | — | Ульяновск-Восточный
	// washington-dc | — | — | —
}

// Put a place on the map: its preferred coordinates, with the precision
// the source gives and the page that gives them.
func ExamplePlace_Location() {
	p, _ := places.Get(places.Stepanakert)
	if c, ok := p.Location(); ok {
		fmt.Println(c.Lat, c.Lon, c.Precision)
		fmt.Println(c.Sources.At(0).Publisher)
	}
	n, _ := places.Get(places.NagornoKarabakh)
	_, ok := n.Location()
	fmt.Println("Nagorno-Karabakh located:", ok)
	// Output:
	// 39.81528 46.75194 city
	// Wikipedia (Simple English edition)
	// Nagorno-Karabakh located: false
}
