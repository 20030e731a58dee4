package actors

import (
	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// units returns the military units: the Russian peacekeeping contingent and
// its brigade.
func units() []Actor {
	en := language.English
	ru := language.Russian
	hy := language.Armenian
	az := language.Azerbaijani
	fr := language.French

	contingentHY := src.Q(hy, urlSputnikArmP6, "մնում է Ռուսաստանի Դաշնության խաղաղապահ զորակազմի վերահսկողության տակ")
	brigadeSputnik := src.Q(en, urlSputnikPK, "The core of the peacekeeping contingent will be made up of units from the 15th Separate Motorised Rifle Brigade of the nation's Central Military District.")
	brigadeRBC := src.Q(ru, "https://novideo.rbc.ru/politics/12/11/2020/5fad70d79a79473108500734?from=materials_on_subject", "батальон 15-й отдельной мотострелковой бригады вошел в город в 17:00 (16:00 мск)")
	brigadeMoD := src.Q(ru, urlEADaily, "«Колонна подразделений 15-й отдельной миротворческой бригады, прибывших для участия в проведении миротворческой операции в зоне нагорнокарабахского конфликта, совершила марш")
	brigadeArmenews := src.Q(fr, "https://www.armenews.com/spip.php?page=article&id_article=71894", "La 15e brigade blindée et des forces de paix est arrivée à 17 heures à Stepanakert a indiqué Igor Konashnikov.")

	return []Actor{
		{
			ID:     PeacekeepingContingent,
			Kind:   MilitaryUnit,
			PartOf: Russia,
			Names: karabakh.NamesOf(
				label(en, "Russian peacekeeping contingent in Nagorno-Karabakh"),
				label(ru, "миротворческий контингент Российской Федерации", src.Q(ru, urlVestiKavkaza, "развертывается миротворческий контингент Российской Федерации в количестве 1960 военнослужащих со стрелковым оружием")),
				label(hy, "Ռուսաստանի Դաշնության խաղաղապահ զորակազմ", contingentHY),
				label(az, "Rusiya Federasiyasının sülhməramlı kontingenti", src.Q(az, "https://baku.tv/az/tag/rusiya-sulhmeramlilari", "Rusiya sülhməramlıları − üçtərəfli bəyanata əsasən, Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel şəkildə yerləşdirilib.")),
				alias(en, "Russian peacekeeping force"),
				alias(ru, "Российский миротворческий контингент", src.Q(ru, urlRBC, "Командующим Российским миротворческим контингентом в Нагорном Карабахе стал генерал-майор Кирилл Кулаков")),
				alias(ru, "РМК", src.Q(ru, "https://verelq.am/ru/0/news/24420", "Командование РМК продолжает переговоры о возобновлении движения по Лачинскому коридору")),
				alias(hy, "ռուսական խաղաղապահ զորախումբ", src.Q(hy, "https://news.am/arm/print/news/644107.html", "որտեղ ռուսական խաղաղապահ զորախումբը կատարում է իր առաքելությունը")),
			),
			Note: "Deployed under points 3, 4 and 6 of the statement: 1,960 personnel with small arms, 90 armoured personnel carriers and 380 vehicles in the statement's text (\"up to 1,960\" in Putin's decree); Sputnik English, and media-center.kg citing the Russian defence ministry, gave 1,970. Command post in Stepanakert per Ukraina.ru, headquarters near Khojaly airport per a Russian Wikipedia copy. Withdrawal began on Wednesday 17 April 2024 (TASS; Trend's report of that day) and was completed by 12 June 2024.",
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
				src.Q(ru, "https://artikeldigital.com/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B8%D1%80%D0%BE%D1%82%D0%B2%D0%BE%D1%80%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D0%BE%D0%BD%D1%82%D0%B8%D0%BD%D0%B3%D0%B5%D0%BD%D1%82_%D0%B2_%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE%D0%BC_%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D0%B5", "12 июня 2024 года этот процесс, по данным Министерства обороны Азербайджана, официально завершился"),
				src.Q(en, "https://en.trend.az/azerbaijan/politics/3887016.html", "To note, Russian Presidential Spokesperson Dmitriy Peskov has confirmed the withdrawal of the Russian peacekeeping contingent from Karabakh."),
				src.Q(ru, "https://media-center.kg/ru/news/Rossiyskie-mirotvortsi-vileteli-v-Karabah-1621612749", "В Минобороны объяснили, что в регионе развернут 1970 военнослужащих, 90 бронетранспортеров и 380 единиц другой техники."),
			),
		},
		{
			ID:     Brigade15,
			Kind:   MilitaryUnit,
			PartOf: PeacekeepingContingent,
			Names: karabakh.NamesOf(
				label(en, "15th Separate Motorised Rifle Brigade", brigadeSputnik),
				label(ru, "15-я отдельная миротворческая бригада", brigadeMoD),
				label(fr, "15e brigade blindée et des forces de paix", brigadeArmenews),
				alias(en, "15th Separate Motorized Rifle Brigade"),
				alias(en, "15th Motor Rifle Brigade", src.Q(en, "http://www.lpm24.de/?p=5139", "On 12 November, the Russian force consisted mainly of personnel from the 15th Motor Rifle Brigade, which had entered Stepanakert...")),
				alias(en, "15th peacekeeping brigade"),
				alias(language.Ukrainian, "15-ї окремої мотострілкової бригади"),
				alias(ru, "15-й отдельной мотострелковой бригады", brigadeRBC),
			),
			Note:    "Core of the peacekeeping contingent. Its name varies by source: \"15th Separate Motorised Rifle Brigade\" of the Central Military District (Sputnik); \"15-я отдельная миротворческая бригада\", the 15th separate peacekeeping brigade (Russian defence ministry via EADaily); \"15e brigade blindée et des forces de paix\" (Armenews). All refer to the same unit. The Ukrainian form and the Russian \"мотострелковой\" one are kept as their sources inflect them (genitive). Armenews says it reached Stepanakert at 17 heures (the day is not in the stored excerpt); RBC, in a report dated 12 November 2020 in its address, has a battalion of the brigade entering the city at 17:00.",
			Sources: src.List(brigadeSputnik, brigadeMoD, brigadeArmenews, brigadeRBC),
		},
	}
}
