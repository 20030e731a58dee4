package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/internal/fold"
	"golang.org/x/text/language"
)

// find returns the mention of kind k over exactly the text span, or false.
func find(ms []Mention, k Kind, span string) (Mention, bool) {
	for _, m := range ms {
		if m.Kind == k && m.Text == span {
			return m, true
		}
	}
	return Mention{}, false
}

// The forms the issue names, each in a sentence: every one is found, over
// the whole word form, with the record and the way it matched.
func TestTextForms(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		kind       Kind
		id         string
		how        karabakh.MatchKind
	}{
		// Inflection, per language.
		{"Оппозиция требует отставки Пашиняна.", "Пашиняна", Actor, "nikol-pashinyan", karabakh.MatchInflected},
		{"Война в Карабахе закончилась.", "Карабахе", Place, "nagorno-karabakh", karabakh.MatchPartial},
		{"Движение по Лачинского коридора возобновилось.", "Лачинского коридора", Place, "lachin-corridor", karabakh.MatchInflected},
		{"Ağdamın azad edilməsi.", "Ağdamın", Place, "aghdam-district", karabakh.MatchInflected},
		{"Kəlbəcərə qayıdış başladı.", "Kəlbəcərə", Place, "kalbajar-district", karabakh.MatchPartial},
		{"Ստեփանակերտում հանրահավաք է.", "Ստեփանակերտում", Place, "stepanakert", karabakh.MatchInflected},
		{"Արցախի բնակիչները", "Արցախի", Place, "nagorno-karabakh", karabakh.MatchInflected},
		{"ինչպես նաև «Թրամփի ուղուն»", "Թրամփի ուղուն", Place, "tripp-route", karabakh.MatchInflected},
		{"Թրամփի ուղու շրջանակում", "Թրամփի ուղու", Place, "tripp-route", karabakh.MatchInflected},
		{"in Vayots Dzor province", "Vayots Dzor province", Place, "vayots-dzor", karabakh.MatchExact},
		{"в Сюникском марзе Армении", "Сюникском марзе", Place, "syunik", karabakh.MatchPartial}, // the Armenian word for province
		{"заседание трëхсторонней рабочей группы", "трëхсторонней рабочей группы", Actor, "trilateral-working-group", karabakh.MatchInflected},
		{"Արցախի Հանրապետութեան նախագահ", "Արցախի Հանրապետութեան", Actor, "artsakh", karabakh.MatchInflected},
		// The classical spelling the diaspora's press keeps.
		{"Սիւնիքում ճանապարհները", "Սիւնիքում", Place, "syunik", karabakh.MatchInflected},
		{"Արայիկ Յարութիւնեանին դատը", "Արայիկ Յարութիւնեանին", Actor, "arayik-harutyunyan", karabakh.MatchInflected},
		{"յայտարարութեան եօթերորդ կէտը", "եօթերորդ կէտը", Point, "statement-2020-11-10#7", karabakh.MatchFolded},
		{"Rusiya-Türkiyə monitorinq mərkəzinin rəhbəri", "Rusiya-Türkiyə monitorinq mərkəzinin", Actor, "joint-monitoring-centre", karabakh.MatchInflected},
		{"Agdam province was handed over", "Agdam province", Place, "aghdam-district", karabakh.MatchFolded},
		{"the Berdzor district was handed over", "Berdzor district", Place, "lachin-district", karabakh.MatchExact},
		// A longer name of the record, its rest put in other words.
		{"проект «Маршрут Трампа ради международного мира и процветания» (TRIPP)", "Маршрут Трампа ради международного мира и процветания", Place, "tripp-route", karabakh.MatchPartial},
		{"with the participation of Russian dictator Vladimir Putin", "Russian", Actor, "russia", karabakh.MatchFolded},
		{"At a meeting with French, American and Russian co-chairs of the Minsk Group", "American", Actor, "united-states", karabakh.MatchFolded},
		{"the road has been closed, according to Artsakh’s Interior Ministry.", "Artsakh", Actor, "artsakh", karabakh.MatchExact},
		{"Արցախի ներքին գործերի նախարարությունը հայտնեց", "Արցախի", Actor, "artsakh", karabakh.MatchInflected},
		{"Bakı tərəfindən sənədə rəsmi reaksiya olmayıb.", "Bakı", Actor, "azerbaijan", karabakh.MatchExact},
		{"В Агдаме был создан совместный турецко-российский мониторинговый центр с целью контроля.", "совместный турецко-российский мониторинговый центр", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"10 noyabr razılaşmasının 4-cü bəndi", "10 noyabr razılaşmasının", Agreement, "statement-2020-11-10", karabakh.MatchInflected},
		{"tarixində 1 ədəd nəqliyyat vasitəsi keçib", "1 ədəd nəqliyyat vasitəsi", Quantity, "1 vehicles", karabakh.MatchExact},
		{"2023 թվականի սեպտեմբերի 19-20-ը", "2023 թվականի սեպտեմբերի 19-20-ը", Date, "2023-09-19/2023-09-20", karabakh.MatchExact},
		{"Üçtərəfli İşçi Qrupunun iclası keçirilib.", "Üçtərəfli İşçi Qrupunun", Actor, "trilateral-working-group", karabakh.MatchInflected},
		{"Rusiya 2020-ci il noyabrın 10-da üçqat bəyanatı imzalayıb.", "2020-ci il noyabrın 10-da üçqat bəyanatı", Agreement, "statement-2020-11-10", karabakh.MatchInflected},
		{"violating the provision 6 of November 9, 2020 Trilateral statement", "November 9, 2020", Date, "2020-11-09", karabakh.MatchExact},
		{"The joint Russian-Turkish center for ceasefire maintenance in Nagorno-Karabakh", "joint Russian-Turkish center for ceasefire maintenance", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"A Russian-Turkish monitoring center for ceasefire control", "Russian-Turkish monitoring center", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"The Turkish-Russian joint monitoring centre opened.", "Turkish-Russian joint monitoring centre", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"bölgəyə “Rusiya Sülh Qüvvələri” adlanan qoşunlar", "Rusiya Sülh Qüvvələri", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"По словам главы армянского кабмина", "армянского", Actor, "armenia", karabakh.MatchInflected},
		{"The TRIPP Route will go.", "TRIPP Route", Place, "tripp-route", karabakh.MatchExact},
		// The word for city after a town's name, which takes its case ending.
		{"Prezident Soçi şəhərinə səfər edəcək.", "Soçi şəhərinə", Place, "sochi", karabakh.MatchExact},
		{"Բերձոր քաղաքից դուրս եկան", "Բերձոր քաղաքից", Place, "lachin-town", karabakh.MatchExact},
		// The word for republic after any state's name, the record's place
		// for it or not.
		{"Rusiya Federasiyası və Türkiyə Respublikası arasında", "Türkiyə Respublikası", Actor, "turkey", karabakh.MatchExact},
		// Organ nouns: troops, an armed force, a "department".
		{"հայկական բնակավայրերում արդեն ադրբեջանական զորք է տեղակայվել", "ադրբեջանական", Actor, "azerbaijan", karabakh.MatchFolded},
		{"говорится в сообщении армянского внешнеполитического ведомства", "армянского", Actor, "armenia", karabakh.MatchInflected},
		// An actor's name that ends with where it is: the actor, and the
		// place after it on its own.
		{"the Russian peacekeeping contingent in Nagorno-Karabakh said", "Russian peacekeeping contingent", Actor, "russian-peacekeeping-contingent", karabakh.MatchExact},
		{"the Russian peacekeeping contingent in Nagorno-Karabakh said", "Nagorno-Karabakh", Place, "nagorno-karabakh", karabakh.MatchExact},
		// A state before a word for the unit, not for its members, is part
		// of the unit's name.
		{"ռուսական զորախմբի հրամանատարը", "ռուսական զորախմբի", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		// The monitoring centre: its remit after it in Russian, its other
		// spellings and its Armenian name.
		{"миротворческий центр по контролю за прекращением огня", "миротворческий центр по контролю за прекращением огня", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"ռուս-թուրքական մոնիթորինգի կենտրոնը փակվել է", "ռուս-թուրքական մոնիթորինգի կենտրոնը", Actor, "joint-monitoring-centre", karabakh.MatchInflected},
		{"ռուս-թուրքական համատեղ մշտադիտարկման կենտրոնից", "ռուս-թուրքական համատեղ մշտադիտարկման կենտրոնից", Actor, "joint-monitoring-centre", karabakh.MatchInflected},
		{"the deployment of peacekeeping forces of the Russian Federation", "peacekeeping forces of the Russian Federation", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"the former Nagorno-Karabakh Autonomous Region", "Nagorno-Karabakh Autonomous Region", Place, "nagorno-karabakh", karabakh.MatchExact},
		{"The Joint Center will open on January 30.", "Joint Center", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		{"ввод российских миротворческих войск", "российских миротворческих войск", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		// The contingent with the state in the genitive is one name.
		{"колонну сопровождали миротворцы России.", "миротворцы России", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"совместно с миротворческим контингентом ВС РФ провели", "миротворческим контингентом ВС РФ", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		// The middle year of a list; an agreement named by where it was
		// signed, a few words before the verb.
		{"statements made in 2020, 2021 and 2022.", "2021", Date, "2021", karabakh.MatchExact},
		{"Վաշինգտոնում Հայաստանի վարչապետի հետ ստորագրած համաձայնագրի հիման վրա", "համաձայնագրի", Agreement, "washington-declaration-2025-08-08", karabakh.MatchInflected},
		// ի is lost too: համաձայնագիր → համաձայնագրի.
		{"2020 թ. նոյեմբերի 9-ի եռակողմ համաձայնագրի համաձայն", "2020 թ. նոյեմբերի 9-ի եռակողմ համաձայնագրի", Agreement, "statement-2020-11-10", karabakh.MatchInflected},
		// The vowel lost leaves a stem of three letters: խումբ → խմբի.
		{"եռակողմ աշխատանքային խմբի համանախագահները", "եռակողմ աշխատանքային խմբի", Actor, "trilateral-working-group", karabakh.MatchInflected},
		{"ԵԱՀԿ Մինսկի խմբի համանախագահները", "ԵԱՀԿ Մինսկի խմբի", Actor, "osce-minsk-group", karabakh.MatchInflected},
		{"Ռուսական խաղաղապահ ուժերի տվյալներով", "Ռուսական խաղաղապահ ուժերի", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"обмен при посредничестве командования российским контингентом", "российским контингентом", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"по данным российских миротворческих сил", "российских миротворческих сил", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"Türkiyə-Rusiya Ortaq Monitorinq Mərkəzinin fəaliyyəti", "Türkiyə-Rusiya Ortaq Monitorinq Mərkəzinin", Actor, "joint-monitoring-centre", karabakh.MatchInflected},
		// Adjectives listed with commas share the noun.
		{"signed by the Azerbaijani, Russian and Armenian leaders", "Azerbaijani", Actor, "azerbaijan", karabakh.MatchFolded},
		{"“Atəşkəsi nəzarət etmək üçün ortaq Türk-Rus Mərkəzi ilə bağlı müqavilə imzaladıq", "ortaq Türk-Rus Mərkəzi", Actor, "joint-monitoring-centre", karabakh.MatchFolded},
		// A point whose agreement follows, named by the date before its head.
		{"a working group was set up to implement the 9th point of the November 9, 2020 statement", "9th point", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		// Two names joined before an organ share it.
		{"Արցախի եւ Հայաստանի իշխանությունները", "Արցախի", Actor, "artsakh", karabakh.MatchInflected},
		// Bodies of the de-facto republic.
		{"Այս մասին ասված է Արցախի ԱԱԾ հաղորդագրության մեջ:", "Արցախի", Actor, "artsakh", karabakh.MatchInflected},
		// Initials that are no word of the lexicon, written close.
		{"Об этом заявила М.Захарова.", "М.Захарова", Actor, "maria-zakharova", karabakh.MatchPartial},
		// A town in a route's name ("Laçın-Xankəndi yolu") is the town.
		{"Şuşa-Xankəndi yolundakı vəziyyət", "Xankəndi", Place, "stepanakert", karabakh.MatchExact},
		{"открытие Пути Трампа во имя международного мира и процветания", "Пути Трампа во имя международного мира и процветания", Place, "tripp-route", karabakh.MatchPartial},
		{"ATƏT-in fəaliyyətdə olan sədri", "ATƏT-in", Actor, "osce", karabakh.MatchExact},
		{"bölgəyə Rusiya sülhməramlı qüvvələri yerləşdirilib", "Rusiya sülhməramlı qüvvələri", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"Artıq Minsk qrupuna ehtiyac qalmayıb.", "Minsk qrupuna", Actor, "osce-minsk-group", karabakh.MatchInflected},
		{"Ադրբեջանի ՊՆ-ն հայտնում է", "Ադրբեջանի ՊՆ-ն", Actor, "azerbaijani-ministry-of-defence", karabakh.MatchInflected},
		{"Зангезурский транспортный коридор", "Зангезурский транспортный коридор", Place, "tripp-route", karabakh.MatchPartial},
		{"Кельбаджарский и Лачинский районы перешли.", "Кельбаджарский", Place, "kalbajar-district", karabakh.MatchPartial}, // not over the next name
		{"в части спорного нагорно-карабахского региона", "нагорно-карабахского", Place, "nagorno-karabakh", karabakh.MatchInflected},
		{"в ереванском офисе", "ереванском", Place, "yerevan", karabakh.MatchInflected},
		{"արցախյան պատերազմ", "արցախյան", Place, "nagorno-karabakh", karabakh.MatchFolded},
		// A letter other than the name's, not the first, in a long word.
		{"Azərbaycanı Naxşıvanla birləşdirən yol", "Naxşıvanla", Place, "nakhchivan", karabakh.MatchFuzzy},
		{"Nikol Pashinyen said", "Nikol Pashinyen", Actor, "nikol-pashinyan", karabakh.MatchFuzzy},
		// Scraped text.
		{"Turkish President Recep Tayyip ErdoÄŸan spoke.", "Recep Tayyip ErdoÄŸan", Actor, "recep-tayyip-erdogan", karabakh.MatchRepaired},
		{"Later ErdoAan spoke again.", "ErdoAan", Actor, "recep-tayyip-erdogan", karabakh.MatchExact},
		{"PRIME MINISTER NIKOL PASHINYAN", "NIKOL PASHINYAN", Actor, "nikol-pashinyan", karabakh.MatchFolded},
		{"Prime Minister Nikol Pashi-\nnyan arrived.", "Nikol Pashi-\nnyan", Actor, "nikol-pashinyan", karabakh.MatchFolded},
		{"Prime Minister Nikol\nPashinyan arrived.", "Nikol\nPashinyan", Actor, "nikol-pashinyan", karabakh.MatchFolded},
		// People as writers name them.
		{"It was signed by V. Putin.", "V. Putin", Actor, "vladimir-putin", karabakh.MatchPartial},
		{"It was signed by N. Pashinyan.", "N. Pashinyan", Actor, "nikol-pashinyan", karabakh.MatchPartial},
		{"Rustam Muradov came. Then Muradov left.", "Muradov", Actor, "rustam-muradov", karabakh.MatchPartial},
		{"Alexander Lentsov took command.", "Alexander Lentsov", Actor, "alexander-lentsov", karabakh.MatchPartial},
		{"General Muradov will stay.", "Muradov", Actor, "rustam-muradov", karabakh.MatchPartial},
		{"müxalifətdən olan Tiqran Abramyan Paşinyandan soruşub", "Paşinyandan", Actor, "nikol-pashinyan", karabakh.MatchInflected},
		{"Генерал-лейтенант Мурадов прибыл.", "Мурадов", Actor, "rustam-muradov", karabakh.MatchPartial},
		{"Գեներալ Մուրադովը մնում է։ Մուրադովին փոխարինողը եկել է։", "Մուրադովին", Actor, "rustam-muradov", karabakh.MatchTransliterated},
		{"в зоне нагорнокарабахского конфликта", "нагорнокарабахского", Place, "nagorno-karabakh", karabakh.MatchInflected},
		// State adjectives before an organ of the state.
		{"Armenian forces withdrew.", "Armenian", Actor, "armenia", karabakh.MatchFolded},
		{"the Azerbaijani side agreed", "Azerbaijani", Actor, "azerbaijan", karabakh.MatchFolded},
		{"Russian peacekeepers arrived.", "Russian", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{`Russian "peacekeepers" are leaving.`, "Russian", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"the Russian contingent will leave", "Russian contingent", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"Армянская сторона согласилась.", "Армянская", Actor, "armenia", karabakh.MatchInflected},
		{"Azerbaijan’s Defense Ministry said", "Azerbaijan’s Defense Ministry", Actor, "azerbaijani-ministry-of-defence", karabakh.MatchFolded},
		{"Rusiya sülhməramlıları Qarabağı tərk etdi.", "Rusiya", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"начальник штаба Российского военного контингента", "Российского военного контингента", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"Ռուսաստանի խաղաղապահ զորակազմը", "Ռուսաստանի խաղաղապահ զորակազմը", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"Ռուսական կոնտինգենտը հեռացավ։", "Ռուսական կոնտինգենտը", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		// The statement and its points.
		{"under the trilateral statement", "trilateral statement", Agreement, "statement-2020-11-10", karabakh.MatchFolded},
		{"In 2020 the November 10 declaration ended the war.", "November 10 declaration", Agreement, "statement-2020-11-10", karabakh.MatchFolded},
		{"В 2020 году было подписано заявление от 10 ноября.", "заявление от 10 ноября", Agreement, "statement-2020-11-10", karabakh.MatchFolded},
		{"point 9 of the trilateral statement", "point 9", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"paragraph 6 of the trilateral statement", "paragraph 6", Point, "statement-2020-11-10#6", karabakh.MatchFolded},
		{"Article 2 of the trilateral statement", "Article 2", Point, "statement-2020-11-10#2", karabakh.MatchFolded},
		{"пункт 9 заявления", "пункт 9", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"9-й пункт заявления", "9-й пункт", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"When we read clause nine, we see that Armenia must simply provide a road.", "clause nine", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"В соответствии с третьим пунктом заявления", "третьим пунктом", Point, "statement-2020-11-10#3", karabakh.MatchFolded},
		// A point cited before the text names anything, the record's
		// names coming after it.
		{"Согласно второму пункту, \"Агдамский район возвращается Азербайджанской Республике\"", "второму пункту", Point, "statement-2020-11-10#2", karabakh.MatchFolded},
		// Numbers listed before or after the one the point word goes with.
		{"11 yanvar 2021-ci il tarixli Bəyanatın 2, 3, 4-cü bəndlərinə baxılıb", "3", Point, "statement-2021-01-11#3", karabakh.MatchFolded},
		{"Ermənistan 10 noyabr Birgə Bəyannamənin 4-cü, 9-cu bəndini yerinə yetirmir", "4-cü", Point, "statement-2020-11-10#4", karabakh.MatchFolded},
		{"Armenia refuses to fulfill the 4th, 6th and 9th paragraphs of the statement", "6th", Point, "statement-2020-11-10#6", karabakh.MatchFolded},
		// Numbers listed after the first are points of the same agreement.
		{"paragraphs 2, 3, 4 of the statement of January 11, 2021", "4", Point, "statement-2021-01-11#4", karabakh.MatchFolded},
		{"пункты 3 и 4 заявления от 11 января 2021 года", "4", Point, "statement-2021-01-11#4", karabakh.MatchFolded},
		// The signatories' offices after the head make it the statement, in
		// a text that named another agreement before.
		{"the statement of January 11, 2021. The implementation of paragraph 9 of the statement of the President of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation dated November 9, 2020", "paragraph 9", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"в соответствии с пунктом 4 данного заявления", "заявления", Agreement, "statement-2020-11-10", karabakh.MatchInflected},
		{"Россия. В восьмом пункте (соглашения по Карабаху – ред.) говорится", "восьмом пункте", Point, "statement-2020-11-10#8", karabakh.MatchFolded},
		{"Section 8 of the trilateral statement", "Section 8", Point, "statement-2020-11-10#8", karabakh.MatchFolded},
		{"the Russian-brokered peace deal ended the war", "Russian-brokered peace deal", Agreement, "statement-2020-11-10", karabakh.MatchFolded},
		{"Donald Trump said the peace agreement is close.", "peace agreement", Agreement, "peace-agreement-2025-08-08", karabakh.MatchFolded},
		{"Секретарь армянского СБ Армен Григорян", "армянского", Actor, "armenia", karabakh.MatchInflected},
		{"в колоннах оборонного ведомства РФ", "оборонного ведомства РФ", Actor, "russian-ministry-of-defence", karabakh.MatchFolded},
		{"Ֆրանսիայի նախագահ Էմանուել Մակրոնի", "Ֆրանսիայի", Actor, "france", karabakh.MatchInflected},
		{"Rusiyalı sülhməramlılar gəlib", "Rusiyalı", Actor, "russian-peacekeeping-contingent", karabakh.MatchFolded},
		{"«2020թ. նոյեմբերի 14-ից մինչ օրս", "2020թ. նոյեմբերի 14-ից", Date, "2020-11-14", karabakh.MatchExact},
		{"Առաջինը 2022-ին Պրահայում էր", "2022-ին", Date, "2022", karabakh.MatchExact},
		{"այսօր Բաքվից վերադարձվեց ևս 5 գերի", "Բաքվից", Place, "baku", karabakh.MatchInflected},
		{"Кельбаджар, 24 ноя 2020 г.", "24 ноя 2020 г.", Date, "2020-11-24", karabakh.MatchExact},
		{"на КПП Зангезурского маршрута", "Зангезурского маршрута", Place, "tripp-route", karabakh.MatchPartial},
		{"Zəngəzur və Laçın dəhlizlərində nəzarət", "Laçın dəhlizlərində", Place, "lachin-corridor", karabakh.MatchExact},
		{"Սյունիքի մարզի Գորիս-Կապան ավտոճանապարհի", "Սյունիքի մարզի", Place, "syunik", karabakh.MatchInflected},
		{"соединить Азербайджан с Нахичеванской автономией", "Нахичеванской автономией", Place, "nakhchivan", karabakh.MatchPartial},
		{"bəyanatın 9-cu bəndi", "9-cu bəndi", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"հայտարարության 9-րդ կետը", "9-րդ կետը", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		// Dates, with their precision.
		{"on November 10, 2020", "November 10, 2020", Date, "2020-11-10", karabakh.MatchExact},
		{"10 ноября 2020 года", "10 ноября 2020 года", Date, "2020-11-10", karabakh.MatchExact},
		{"Bəyanat 10 noyabr 2020-ci il tarixində imzalanıb.", "10 noyabr 2020-ci il", Date, "2020-11-10", karabakh.MatchExact},
		{"2020 թ. նոյեմբերի 10-ին", "2020 թ. նոյեմբերի 10-ին", Date, "2020-11-10", karabakh.MatchExact},
		{"in November 2020", "November 2020", Date, "2020-11", karabakh.MatchExact},
		{"осенью 2020 года", "осенью 2020 года", Date, "2020-23", karabakh.MatchExact},
		{"Tuesday, 01 December 2020 — Aghdam", "Tuesday, 01 December 2020", Date, "2020-12-01", karabakh.MatchExact},
		{"во вторник, 1 декабря 2020 года", "вторник, 1 декабря 2020 года", Date, "2020-12-01", karabakh.MatchExact},
		{"Laçın rayonu 2020-ci ilin 10 noyabr bəyanatı", "2020-ci ilin 10 noyabr", Date, "2020-11-10", karabakh.MatchExact},
		// Ranges of days.
		{"on September 13-14, 2022", "September 13-14, 2022", Date, "2022-09-13/2022-09-14", karabakh.MatchExact},
		{"13–14 сентября 2022 года", "13–14 сентября 2022 года", Date, "2022-09-13/2022-09-14", karabakh.MatchExact},
		{"2022 թ. Ադրբեջանը սեպտեմբերի 13-ից 14-ը", "սեպտեմբերի 13-ից 14-ը", Date, "2022-09-13/2022-09-14", karabakh.MatchPartial},
		{"2022-ci ildə 13-dən 14-dək sentyabr", "2022-ci ildə 13-dən 14-dək sentyabr", Date, "2022-09-13/2022-09-14", karabakh.MatchExact},
		// A range of years, with its word for years.
		{"Плененные в 2020-2023 гг. военнослужащие", "2020-2023 гг.", Date, "2020/2023", karabakh.MatchExact},
		{"2020 թ․ նոյեմբերի 9-ի եռակողմ փաստաթուղթը", "2020 թ․ նոյեմբերի 9-ի", Date, "2020-11-09", karabakh.MatchExact},
		// A weekday tells the year of a date written without one.
		{"Власти Азербайджана в субботу, 12 июня, отправили", "12 июня", Date, "2021-06-12", karabakh.MatchPartial},
		{"Yesterday, on Sunday (23 April), Azerbaijan announced", "23 April", Date, "2023-04-23", karabakh.MatchPartial},
		// A district's name with the word for district.
		{"Units entered Kalbajar region on 25 November", "Kalbajar region", Place, "kalbajar-district", karabakh.MatchPartial},
		// A state's province with the word for region; Karabakh's "region" is no name's.
		{"the villages of the Syunik region of Armenia", "Syunik region", Place, "syunik", karabakh.MatchPartial},
		{"Ermənistanın Sünik rayonunun kəndləri", "Sünik rayonunun", Place, "syunik", karabakh.MatchExact},
		{"peacekeepers in the Karabakh region of Azerbaijan", "Karabakh", Place, "nagorno-karabakh", karabakh.MatchPartial},
		// A party the record has is its own quoted title.
		{"the “Civil Contract” faction Hayk Konjoryan said", "Civil Contract", Actor, "civil-contract", karabakh.MatchExact},
		// Seats of government as governments.
		{"She was commenting on Yerevan’s latest statement", "Yerevan", Actor, "armenia", karabakh.MatchExact},
		{"Bakı ilə təmaslarımızı davam etdiririk", "Bakı", Actor, "azerbaijan", karabakh.MatchExact},
		{"указано в заявлении Баку.", "Баку", Actor, "azerbaijan", karabakh.MatchExact},
		{"the statement of Baku, Yerevan and Moscow", "Baku", Actor, "azerbaijan", karabakh.MatchExact},
		// An ordinal day, a dateline's two-digit year, a year's day range.
		{"on 14th November, 2020 they met", "14th November, 2020", Date, "2020-11-14", karabakh.MatchExact},
		{"23.05.22 Brüssel görüşü", "23.05.22", Date, "2022-05-23", karabakh.MatchExact},
		{"2023-cü ilin 19-20 sentyabr tarixində", "2023-cü ilin 19-20 sentyabr", Date, "2023-09-19/2023-09-20", karabakh.MatchExact},
		// A dotted abbreviation keeps its last full stop.
		{"the U.S. President", "U.S.", Actor, "united-states", karabakh.MatchFolded},
		// A point whose agreement comes after a participle.
		{"В 9-м пункте подписанного между Арменией, Россией и Азербайджаном документа от 9 ноября 2020 года", "9-м пункте", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		// An Armenian month adjective is the month.
		{"Ադրբեջանի սեպտեմբերյան գործողությունները 2022 թվականին", "սեպտեմբերյան", Date, "2022-09", karabakh.MatchPartial},
		// An English ordinal after the point word, as translations write it.
		{"Lachin corridor is named in the trilateral statement. There is no term corridor in point 9th of the same statement", "point 9th", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		{"Lachin corridor is written in points 3rd and 6th of the trilateral statement", "6th", Point, "statement-2020-11-10#6", karabakh.MatchFolded},
		// An ordinal's ending after the number of a point.
		{"Россия опирается на пункт 9-ый заявления от 9 ноября 2020 года", "пункт 9-ый", Point, "statement-2020-11-10#9", karabakh.MatchFolded},
		// A name shuts only a bracket it opened: "Lachin" alone, with the
		// word for district after the brackets.
		{"residents of Aghavno in Artsakh’s Berdzor (Lachin) region were given", "Lachin", Place, "lachin-district", karabakh.MatchExact},
		// A town's name before the word for district: the district it is
		// the seat of.
		{"residents of Aghavno in Artsakh’s Berdzor (Lachin) region were given", "Berdzor", Place, "lachin-district", karabakh.MatchExact},
		// The territory of a republic is its land.
		{"Если ранее Азербайджан контролировал около 15% территории НКР, то", "НКР", Place, "nagorno-karabakh", karabakh.MatchExact},
		{"Баку призвали уважать территориальную целостность НКР", "НКР", Actor, "artsakh", karabakh.MatchExact},
		// The word for republic after brackets is the names' on both sides.
		{"«Հունվարի 1-ից Լեռնային Ղարաբաղի (Արցախի) Հանրապետությունը դադարում է", "Արցախի", Actor, "artsakh", karabakh.MatchInflected},
		{"«Հունվարի 1-ից Լեռնային Ղարաբաղի (Արցախի) Հանրապետությունը դադարում է", "Լեռնային Ղարաբաղի", Actor, "artsakh", karabakh.MatchInflected},
		// The state an envoy is sent to.
		{"the statements of Russian Ambassador to Baku Mikhail Evdokimov", "Baku", Actor, "azerbaijan", karabakh.MatchExact},
		{"Kopirkin, the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Armenia, said", "Armenia", Actor, "armenia", karabakh.MatchExact},
		{"Baku says that Yerevan recognizes the territorial integrity of Azerbaijan", "Yerevan", Actor, "armenia", karabakh.MatchExact},
		// An Azerbaijani ablative before what one asks of a party: the state.
		{"Ermənistan tərəfinin Rusiya vasitəsilə Azərbaycandan xahişi ilə bu müddət uzadılmışdır", "Azərbaycandan", Actor, "azerbaijan", karabakh.MatchInflected},
		{"Bu gün Ermənistanın Rusiyadan asılılığını nəzərə alsaq", "Rusiyadan", Actor, "russia", karabakh.MatchInflected},
		{"Bakı ilə Naxçıvan arasında Ermənistandan keçən nəqliyyat yolu açılacaq", "Ermənistandan", Place, "armenia", karabakh.MatchInflected},
		// "Between" two states names the parties, but after a noun of
		// territory or a link, or beside land that is no state.
		{"The third principle is that the demarcation process between Armenia and Azerbaijan should be based", "Armenia", Actor, "armenia", karabakh.MatchExact},
		{"Между Арменией и Азербайджаном удалось достигнуть прогресса", "Арменией", Actor, "armenia", karabakh.MatchInflected},
		{"ԵՐԵՎԱՆ – Sputnik. Հայաստանի և Ադրբեջանի միջև սրացումը բացասաբար է անդրադառնում", "Ադրբեջանի", Actor, "azerbaijan", karabakh.MatchInflected},
		{"the border delimitation process between Armenia and Azerbaijan began", "Armenia", Place, "armenia", karabakh.MatchExact},
		{"This is the second time that traffic between Armenia and Nagorno-Karabakh has been suspended", "Armenia", Place, "armenia", karabakh.MatchExact},
		// The de facto republic's ministry is no record's; the land names the republic.
		{"позиции близ сел Мхитарашен и Шош, сообщило сегодня Минобороны Нагорного Карабаха.", "Нагорного Карабаха", Actor, "artsakh", karabakh.MatchInflected},
		// A district the record lacks, of a state: the state's land.
		{"Before entering the Gubadli District of Azerbaijan, border guards warn drivers", "Azerbaijan", Place, "azerbaijan", karabakh.MatchExact},
		// An Armenian state in the dative, handed land: the land's receiver, a place.
		{"Քարվաճառի շրջանը հանձնվել է Ադրբեջանին։", "Ադրբեջանին", Place, "azerbaijan", karabakh.MatchInflected},
		{"երբ դեռ Հայաստանը Ադրբեջանին չէր հանձնել Ղուբաթլուի շրջանը։", "Ադրբեջանին", Place, "azerbaijan", karabakh.MatchInflected},
		{"Ադրբեջանը Հայաստանին է հանձնել 32 զինծառայողի։", "Հայաստանին", Actor, "armenia", karabakh.MatchInflected},
		{"Հայաստանը պատերազմից հետո Ադրբեջանին չի փոխանցել ականապատված տարածքների քարտեզները", "Ադրբեջանին", Actor, "azerbaijan", karabakh.MatchInflected},
		// Talks "between" two capitals are the governments'.
		{"the best way is direct and substantive discussions between Baku and Stepanakert", "Baku", Actor, "azerbaijan", karabakh.MatchExact},
		// An adverb after a capital: its subject; not after a preposition.
		{"Based on the 6 points, Baku already states that", "Baku", Actor, "azerbaijan", karabakh.MatchExact},
		{"there are 187 soldiers from Armenia and Artsakh still missing in action", "Artsakh", Place, "nagorno-karabakh", karabakh.MatchExact},
		// Quantities next to what they count.
		{"2,000 peacekeepers arrived", "2,000 peacekeepers", Quantity, "2000 personnel", karabakh.MatchExact},
		{"90 armoured personnel carriers", "90 armoured personnel carriers", Quantity, "90 armoured-personnel-carriers", karabakh.MatchExact},
		{"a corridor 5 km wide", "5 km", Quantity, "5 km", karabakh.MatchExact},
		{"Сегодня 21 семья вернулась в Лачин", "21 семья", Quantity, "21 families", karabakh.MatchExact},
		{"Xankəndiyə 36 ailə köçürülüb", "36 ailə", Quantity, "36 families", karabakh.MatchExact},
		{"վերադարձել են 4 ընտանիքի անդամներ", "4 ընտանիքի", Quantity, "4 families", karabakh.MatchExact}, // members of 4 families
		{"разминировано 238 га земли", "238 га", Quantity, "238 hectares", karabakh.MatchExact},
		{"Laçınımız azad olundu", "Laçınımız", Place, "lachin-district", karabakh.MatchInflected},
		{"sülhməramlılarımızın mandatı", "sülhməramlılarımızın", Actor, "russian-peacekeeping-contingent", karabakh.MatchInflected},
		{"a forty-four-day war", "forty-four-day", Quantity, "44 days", karabakh.MatchExact},
		{"44-дневной войны", "44-дневной", Quantity, "44 days", karabakh.MatchExact},
		{"44-օրյա պատերազմի ժամանակ", "44-օրյա", Quantity, "44 days", karabakh.MatchExact},
		{"21 կիլոմետրանոց հատվածը", "21 կիլոմետրանոց", Quantity, "21 km", karabakh.MatchExact},
		{"yolun 224 kilometrlik hissəsi", "224 kilometrlik", Quantity, "224 km", karabakh.MatchExact},
		{"the road was closed for three hours", "three hours", Quantity, "3 hours", karabakh.MatchExact},
		{"10 տոննա մարդասիրական բեռ", "10 տոննա", Quantity, "10 tonnes", karabakh.MatchExact},
		{"доставили 10 тонн гуманитарного груза", "10 тонн гуманитарного груза", Quantity, "10 tonnes", karabakh.MatchExact},
		// Two days in a row, joined by "və".
		{"Görüş 2020-ci il noyabrın 12 və 13-də keçirilib", "2020-ci il noyabrın 12 və 13-də", Date, "2020-11-12/2020-11-13", karabakh.MatchExact},
		// A decimal before a multiplier is a whole number.
		{"Gürcüstan ərazisindən 1,3 min ton yanacaq", "1,3 min ton", Quantity, "1300 tonnes", karabakh.MatchExact},
		{"ərazidə 1,5 milyon nəfər yaşayır", "1,5 milyon nəfər", Quantity, "1500000 people", karabakh.MatchExact},
	} {
		ms := slices.Collect(Text(tc.text))
		m, ok := find(ms, tc.kind, tc.span)
		if !ok || m.IDs.At(0) != tc.id || m.How != tc.how {
			t.Errorf("Text(%q): want %s %q %s (%s); got %v", tc.text, tc.kind, tc.span, tc.id, tc.how, ms)
		}
	}
}

// "bir neçə" is "a few": no number.
func TestTextFewIsNoNumber(t *testing.T) {
	for m := range Text("Sülhməramlılar bir neçə gün ərzində, bir neçə saata gəldi") {
		if m.Kind == Quantity {
			t.Errorf("got %v, want no quantity", m)
		}
	}
}

// A name inside the title of something no record is, in quotes, is no
// mention; the name quoted as a name is ("\"Dağlıq Qarabağ\" adlı").
func TestTextQuotedTitles(t *testing.T) {
	for _, tc := range [][2]string{ // a text, and the name in it that is no mention
		{"Затулин заявил в интервью радиостанции \"Говорит Москва\", что он считает удары", "Москва"},
		{"The Russian Kommersant newspaper in an article titled “Artsakh vs. Karabakh”, citing a source", "Artsakh"},
		{"Ermənistan baş nazirinin 10 sentyabr tarixində “Yerevan Dialoqu” adlı forumda çıxışı", "Yerevan"},
		{"Այս մասին «Երևանյան երկխոսություն» համաժողովի բացման ժամանակ ասաց", "Երևանյան"},
		{"«Արցախի ժողովրդավարական կուսակցություն» խմբակցությունը հայտարարություն է տարածել", "Արցախի"},
		{"ասել է նախագահը իշխող «Նոր Ադրբեջան» կուսակցության համագումարի ընթացքում", "Ադրբեջան"},
	} {
		for m := range Text(tc[0]) {
			if m.Text == tc[1] {
				t.Errorf("Text(%q): %v, want no mention", tc[0], m)
			}
		}
	}
	named := slices.Collect(Text("Hacıyev bildirib ki, \"Dağlıq Qarabağ\" adlı heç bir bölgə yoxdur."))
	if !slices.ContainsFunc(named, func(m Mention) bool { return m.Text == "Dağlıq Qarabağ" && m.Kind == Place }) {
		t.Errorf("a name quoted as a name: got %v, want the place", named)
	}
}

// "9 статей" counts the statement's articles; it is no point.
func TestTextArticlesCounted(t *testing.T) {
	for m := range Text("это хоть и лаконичный документ (там всего 9 статей), но каждый раз") {
		if m.Kind == Point {
			t.Errorf("got %v", m)
		}
	}
}

// "Минобороны" before the de facto republic is not Russia's ministry.
func TestTextRepublicMinistry(t *testing.T) {
	for m := range Text("обстреляли позиции, сообщило сегодня Минобороны Нагорного Карабаха.") {
		if m.Kind == Actor && m.IDs.At(0) == "russian-ministry-of-defence" {
			t.Errorf("got %v", m)
		}
	}
}

// Qaradağ, a district of Baku, is one letter from Qarabağ: no fuzzy match.
func TestTextQaradagh(t *testing.T) {
	for m := range Text("Köç karvanı Bakı şəhərinin Qaradağ rayonundan yola salınıb.") {
		if m.Kind == Place && m.IDs.At(0) == "nagorno-karabakh" {
			t.Errorf("got %v", m)
		}
	}
}

// A treaty is never the statement: a peace treaty is the agreement
// initialled in 2025 in articles after it, and no record before.
func TestTextTreaty(t *testing.T) {
	after, before := karabakh.Day(2025, 9, 1), karabakh.Day(2022, 5, 1)
	for _, tc := range []struct {
		text string
		pub  karabakh.Date
		want string // the agreement's ID, or "" for none
	}{
		{"the text of the peace treaty between Armenia and Azerbaijan", after, "peace-agreement-2025-08-08"},
		{"текст мирного договора согласован", after, "peace-agreement-2025-08-08"},
		{"խաղաղության պայմանագրի տեքստը համաձայնեցված է", after, "peace-agreement-2025-08-08"},
		{"the text of the peace treaty between Armenia and Azerbaijan", before, ""},
		{"the trilateral treaty", after, ""},
	} {
		got := ""
		for m := range Text(tc.text, Published(tc.pub)) {
			if m.Kind == Agreement {
				got = m.IDs.At(0)
			}
		}
		if got != tc.want {
			t.Errorf("Text(%q), published %v: agreement %q, want %q", tc.text, tc.pub, got, tc.want)
		}
	}
}

// After the statement is named, a head that names other agreements is not
// read back to it: a plural, in Armenian too ("եռակողմ
// պայմանավորվածությունների"), or one that may yet be signed ("mümkün
// sazişdə").
func TestTextOtherAgreements(t *testing.T) {
	for _, text := range []string{
		"2020 թ. նոյեմբերի 9-ի եռակողմ հայտարարության 9-րդ կետը։ Նա խոսեց եռակողմ պայմանավորվածությունների մասին։",
		"10 noyabr razılaşmasının 9-cu bəndi. Azərbaycan və Ermənistan arasında imzalanacaq mümkün sazişdə iki istiqamət ola bilər.",
		// "subsequent" is another document, unless the Washington meeting
		// came before it.
		"The trilateral statement of November 10, 2020 ended the war. A subsequent declaration was never signed.",
		"Trump spoke about Gaza. The trilateral statement of November 10, 2020 ended the war. A subsequent declaration by the OSCE followed.",
		"The trilateral statement of November 10, 2020. The August 8 meeting in Washington and the subsequent Karabakh declaration marked a step.",
	} {
		n := 0
		for m := range Text(text) {
			if m.Kind == Agreement {
				n++
			}
		}
		if n != 1 {
			t.Errorf("Text(%q) found %d agreements; want 1, the statement", text, n)
		}
	}
}

// A statement by Armenia's side and Azerbaijan's, without Russia's, is
// the two sides' own, not the trilateral one.
func TestTextBilateralStatement(t *testing.T) {
	for _, text := range []string{
		"Russia welcomes the statement by Armenia and Azerbaijan on their intention to normalize relations.",
		"Moscow is pleased with a joint statement by the Administration of the President of Azerbaijan and the Office of the Prime Minister of Armenia.",
		"They recalled the statement by Aliyev and Pashinyan.",
	} {
		for m := range Text(text, Only(Agreement)) {
			t.Errorf("Text(%q) found %v", text, m)
		}
	}
	// With Russia's side, a date, another premodifier or a point before
	// it, it is the statement.
	for _, text := range []string{
		"They recalled the statement by Aliyev, Pashinyan and Putin.",
		"The statement by Aliyev and Pashinyan and the Russian President ended the war.",
		"the November 10, 2020 statement by Pashinyan and Aliyev",
		"The Moscow-brokered statement by Armenia and Azerbaijan ended the war.",
		"Point 9 of the statement by the leaders of Armenia and Azerbaijan provides for links.",
	} {
		if n := len(slices.Collect(Text(text, Only(Agreement)))); n != 1 {
			t.Errorf("Text(%q) found %d agreements; want 1, the statement", text, n)
		}
	}
}

// An agreement on a ceasefire is the statement when it was signed or is
// said to be between parties; merely reached, it may be any ceasefire.
func TestTextCeasefireAgreement(t *testing.T) {
	for text, want := range map[string]int{
		"Putin announced an agreement between Armenia and Azerbaijan on cease-fire and deployment of peacekeepers.": 1,
		"Армения, Азербайджан и Россия подписали соглашение о перемирии в Нагорном Карабахе.":                       1,
		"under the terms of the Russia-brokered 2020 cease-fire":                                                    1,
		"The ministry confirms it has reached an agreement on a ceasefire in the Karabakh region.":                  0,
		"На следующий день было достигнуто соглашение о прекращении огня.":                                          0,
	} {
		if n := len(slices.Collect(Text(text, Only(Agreement)))); n != want {
			t.Errorf("Text(%q) found %d agreements; want %d", text, n, want)
		}
	}
}

// A number with a case ending after a hyphen is a day or an ordinal, not a
// count of the noun after it.
func TestTextNumberWithCaseEnding(t *testing.T) {
	for _, text := range []string{
		"Bəyanata əsasən noyabrın 25-də Kəlbəcər rayonu təhvil verilib.",
		"blokadanın 70-ci günündə",
		"saat 24:00-dək Laçın rayonunu tərk etməlidir",
		"saat 23:50 radələrində Rusiya sülhməramlı kontingentinin", // the minutes of a time
	} {
		for m := range Text(text) {
			if m.Kind == Quantity {
				t.Errorf("Text(%q) found %v", text, m)
			}
		}
	}
}

// A defence ministry named alone in Azerbaijani or Armenian is the
// ministry of the state whose language it is; with a state before it,
// that state's; as a common noun, none.
func TestTextOwnMinistry(t *testing.T) {
	wantActors(t, []actorCase{
		{"Müdafiə Nazirliyi məlumat yayıb.", "Müdafiə Nazirliyi", "azerbaijani-ministry-of-defence"},
		{"ՊՆ-ից հայտնում են", "ՊՆ-ից", "armenian-ministry-of-defence"},
		{"Ermənistan Müdafiə Nazirliyi bildirib", "Ermənistan Müdafiə Nazirliyi", "armenian-ministry-of-defence"},
		{"Rusiya MN-in açıqlamasına görə", "Rusiya MN-in", "russian-ministry-of-defence"}, // the Azerbaijani abbreviation
		{"ՀՀ պաշտպանական գերատեսչության ղեկավարը", "ՀՀ պաշտպանական գերատեսչության", "armenian-ministry-of-defence"},
	})
	for m := range Text("Hulusi Akar Türkiyənin milli müdafiə nazirliyində generallarla görüşüb") {
		if strings.Contains(m.IDs.At(0), "ministry") {
			t.Errorf("found %v", m)
		}
	}
}

// An actorCase is a text, a span in it and the ID the actor mention of
// that span must have first.
type actorCase struct{ text, span, id string }

// wantActors checks that Text reads each case's span as an actor with its
// ID first.
func wantActors(t *testing.T, cases []actorCase) {
	t.Helper()
	for _, tc := range cases {
		ms := slices.Collect(Text(tc.text))
		if m, ok := find(ms, Actor, tc.span); !ok || m.IDs.At(0) != tc.id {
			t.Errorf("Text(%q): no %q = %s in %v", tc.text, tc.span, tc.id, ms)
		}
	}
}

// Point 9's border guards: the FSB's words with Russia's name or with the
// words of a border service, or a border service or troops after Russia's
// name, are the FSB border service. The FSB alone is no record's, nor are
// Russia's border guards, who are the state's members.
func TestTextFSBBorderService(t *testing.T) {
	const fsb = "fsb-border-service"
	wantActors(t, []actorCase{
		{"Пограничное управление ФСБ России в Армении включает четыре отряда.", "Пограничное управление ФСБ России", fsb},
		{"контроль будут осуществлять органы пограничной службы ФСБ России.", "пограничной службы ФСБ России", fsb},
		{"Nəzarəti Rusiya FTX-nin Sərhəd Xidməti həyata keçirir.", "Rusiya FTX-nin Sərhəd Xidməti", fsb},
		{"որի անվտանգությունը կապահովեն ՌԴ ԱԴԾ զորքերը։", "ՌԴ ԱԴԾ զորքերը", fsb},
		{"Rusiya sülhməramlılarının, Rusiya sərhəd xidmətinin səyləri barədə", "Rusiya sərhəd xidmətinin", fsb},
		{"It names the Border Service of the Federal Security Service of the Russian Federation.", "Border Service of the Federal Security Service of the Russian Federation", fsb},
		{"The Border Guard Service of the Russian Federal Security Service shall oversee it.", "Border Guard Service of the Russian Federal Security Service", fsb},
		{"տեղակայվում են ռուս սահմանապահ ուժեր", "ռուս", "russia"}, // the adjective alone is the state's, as "Российские" is
		{"Российские пограничники стоят на границе.", "Российские", "russia"},
		{"Azərbaycan Dövlət Sərhəd Xidməti bildirib.", "Azərbaycan", "azerbaijan"},
	})
	for m := range Text("Об этом сообщил директор ФСБ Александр Бортников.") {
		if m.IDs.At(0) == fsb {
			t.Errorf("found %v", m)
		}
	}
}

// A decimal fraction is the number's, after a comma or a full stop; a
// group of three digits is thousands.
func TestTextDecimalQuantities(t *testing.T) {
	for text, want := range map[string]string{
		"дорога длиной 4,7 км":      "4.7 km",
		"a road of 12.7 km":         "12.7 km",
		"yolun uzunluğu 1,25 km":    "1.25 km",
		"2,000 peacekeepers":        "2000 personnel",
		"3.000 əsgər":               "3000 personnel",
		"4, 7 km from the border":   "7 km",
		"a strip 5 km wide, 4 long": "5 km",
	} {
		var got []string
		for m := range Text(text) {
			if m.Kind == Quantity {
				got = append(got, m.IDs.At(0))
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("Text(%q) quantities = %q, want [%q]", text, got, want)
		}
	}
}

// Dates whose parts the reader takes together: a day with a year told
// relative to the article's, a range with its month named twice, the
// Azerbaijani ordinal and word for year after a numeric date.
func TestTextDatesReadWhole(t *testing.T) {
	pub := Published(karabakh.Day(2021, time.November, 23))
	for _, tc := range []struct{ text, span, id string }{
		{"Заявление, подписанное 9 ноября прошлого года, выполняется.", "9 ноября прошлого года", "2020-11-09"},
		{"on 12 June this year", "12 June this year", "2021-06-12"},
		{"on March 24 this year", "March 24 this year", "2021-03-24"},
		{"shot down on November 9 of this year", "November 9 of this year", "2021-11-09"},
		{"They met on March 24", "March 24", "2021-03-24"}, // nothing after the date
		{"signed on November 10 last year", "November 10 last year", "2020-11-10"},
		{"2022-ci il dekabrın 12-dən dekabrın 15-dək yol bağlanıb.", "2022-ci il dekabrın 12-dən dekabrın 15-dək", "2022-12-12/2022-12-15"},
		{"Yol 20.09.2023-cü il tarixdən bağlıdır.", "20.09.2023-cü il", "2023-09-20"},
		{"2023–ի սեպտեմբերի 19–ին", "2023–ի սեպտեմբերի 19–ին", "2023-09-19"},
		{"2020 թուականի նոյեմբերի 10֊ին", "2020 թուականի նոյեմբերի 10֊ին", "2020-11-10"},    // classical "թուական", the Armenian hyphen
		{"In March-April 2024 the commissions met.", "March-April 2024", "2024-03/2024-04"}, // a range of months
		{"в марте-апреле 2024 года", "марте-апреле 2024 года", "2024-03/2024-04"},
		{"2020-ci ilin sentyabr – noyabr aylarında", "2020-ci ilin sentyabr – noyabr aylarında", "2020-09/2020-11"},
		{"в декабре-январе 2021 года шли бои", "декабре-январе 2021 года", "2020-12/2021-01"}, // across the year's end
		{"The talks ran from March – April 5, 2024.", "April 5, 2024", "2024-04-05"},          // a day after the second month: no range
		{"2020-ci ilin noyabrında 8 kənd qaytarıldı.", "2020-ci ilin noyabrında", "2020-11"},  // in the locative, no day after it
		{"clause 8 of the 2020 November 9 statement", "2020 November 9", "2020-11-09"},        // English in the Armenian order
		{"The 2020 war began on September 27.", "September 27", "2020-09-27"},                 // the year of the event told
		{"on the day before yesterday, Sunday, he said", "day before yesterday, Sunday", "2021-11-21"},
		// Two days in a row joined by "and" are dated together; two days
		// apart are not a range.
		{"The co-chairs were in Baku on 12 and 13 December 2020.", "12 and 13 December 2020", "2020-12-12/2020-12-13"},
		{"Встреча прошла 27 и 28 мая 2021 года.", "27 и 28 мая 2021 года", "2021-05-27/2021-05-28"},
		{"They met on 10 and 20 December 2020.", "20 December 2020", "2020-12-20"},
		{"В ночь с 9 на 10 ноября 2020 года подписано заявление.", "9 на 10 ноября 2020 года", "2020-11-09/2020-11-10"},
		// "That same year" before the date, in Azerbaijani and Armenian.
		{"Ağdam 2020-ci ildə azad edilib. Həmin il sentyabrın 27-də müharibə başlayıb.", "Həmin il sentyabrın 27-də", "2020-09-27"},
		{"Ադրբեջանը 2020 թվականին։ Նույն թվականի նոյեմբերի 10-ին ստորագրվեց։", "Նույն թվականի նոյեմբերի 10-ին", "2020-11-10"},
		// A weekday before a date without its year is part of it in
		// English; Russian annotators part them as often as not, so the
		// Russian date is read alone.
		{"The leaders spoke on Sunday, November 21, by phone.", "Sunday, November 21", "2021-11-21"},
		{"Встреча прошла в субботу, 24 апреля.", "24 апреля", "2021-04-24"},
		// The Azerbaijani word for month after the month's name.
		{"Kontingent 2025-ci ilin noyabr ayının 10-da çıxıb.", "2025-ci ilin noyabr ayının 10-da", "2025-11-10"},
		{"İşçi qrup 2023-cü ilin iyul ayının sonunda toplanıb.", "2023-cü ilin iyul ayının", "2023-07"},
		{"Görüş noyabr ayının 10-da keçirilib.", "noyabr ayının 10-da", "2021-11-10"},
	} {
		ms := slices.Collect(Text(tc.text, pub))
		if m, ok := find(ms, Date, tc.span); !ok || m.IDs.At(0) != tc.id {
			t.Errorf("Text(%q): no date %q = %s in %v", tc.text, tc.span, tc.id, ms)
		}
	}
	// A day told again is the day read before, whatever year the text
	// wrote between.
	n := 0
	for m := range Text("Talks were held on April 19. The villages were taken in 1991-1992. The deal reached on April 19 stands.", pub) {
		if m.Kind == Date && m.Text == "April 19" {
			if n++; m.IDs.At(0) != "2021-04-19" {
				t.Errorf("found %v, want 2021-04-19", m)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d dates April 19, want 2", n)
	}
	// Two months are no range.
	for m := range Text("dekabrın 12-dən yanvarın 15-dək", pub) {
		if m.Kind == Date && strings.Contains(m.IDs.At(0), "/") {
			t.Errorf("found %v", m)
		}
	}
	// More than 2000 is no year.
	for m := range Text("Dəhlizdən 2000-dən çox nəqliyyat vasitəsi keçib.", pub) {
		if m.Kind == Date {
			t.Errorf("found %v", m)
		}
	}
}

// A statement's date after the words on its topic names it: a ceasefire
// as the topic is part of the name, with the date; after other words the
// head alone is, and the date's year, the document's, is not the year the
// text goes on in.
func TestTextAgreementDatedAfterItsTopic(t *testing.T) {
	for _, tc := range []struct{ text, agreement, date, id string }{
		{"имеет в виду заявление о перемирии от 9 ноября 2020г. и другое", "заявление о перемирии от 9 ноября 2020г.", "9 ноября 2020г.", "2020-11-09"},
		{"к годовщине подписания заявления о прекращении огня и всех военных действий в зоне нагорнокарабахского конфликта от 9 ноября 2020 года, состоятся в Сочи 26 ноября",
			"заявления", "26 ноября", "2021-11-26"},
		{"the statement on a complete ceasefire and cessation of all hostilities in the Nagorno-Karabakh conflict zone of 9 November 2020", "statement", "9 November 2020", "2020-11-09"},
	} {
		ms := slices.Collect(Text(tc.text, Published(karabakh.Day(2021, time.November, 23))))
		if m, ok := find(ms, Agreement, tc.agreement); !ok || m.IDs.At(0) != "statement-2020-11-10" {
			t.Errorf("Text(%q): no agreement %q of the statement in %v", tc.text, tc.agreement, ms)
		}
		if m, ok := find(ms, Date, tc.date); !ok || m.IDs.At(0) != tc.id {
			t.Errorf("Text(%q): no date %q = %s in %v", tc.text, tc.date, tc.id, ms)
		}
	}
	// An agreement on something else has no agreement's date.
	for m := range Text("the agreement on trade of 5 May 2019") {
		if m.Kind == Agreement {
			t.Errorf("found %v", m)
		}
	}
}

// Where a later agreement was signed names it, said before or after it;
// a declaration's head names the declaration alone of the two documents
// signed in Washington, any other head both.
func TestTextAgreementBySigningPlace(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		ids        []string
	}{
		{"Paragraph 5 of the Trilateral Declaration signed in Washington on August 8.", "Trilateral Declaration", []string{"washington-declaration-2025-08-08"}},
		{"Vaşinqtonda imzalanan birgə bəyannamə", "birgə bəyannamə", []string{"washington-declaration-2025-08-08"}},
		{"Вашингтонская декларация", "Вашингтонская декларация", []string{"washington-declaration-2025-08-08"}},
		{"the Washington agreement", "Washington agreement", []string{"washington-declaration-2025-08-08", "peace-agreement-2025-08-08"}},
		{"лидеры подписали в Вашингтоне совместную декларацию", "совместную декларацию", []string{"washington-declaration-2025-08-08"}}, // where, not part of the title
		{"Bu ölkə 11 yanvarda imzalanmış bəyanatın qüvvədən düşməsinə çalışır.", "bəyanatın", []string{"statement-2021-01-11"}},         // dated before its participle
		{"the trilateral statement signed in Moscow", "trilateral statement", []string{"statement-2020-11-10"}},
		// "Joint" alone, in a text that has named the Washington meeting,
		// is the declaration signed there; elsewhere, or with another
		// premodifier, the statement.
		{"Donald Trump hosted Aliyev and Pashinyan. They signed a joint declaration.", "joint declaration", []string{"washington-declaration-2025-08-08"}},
		{"Vaşinqtonda Tramp, Əliyev və Paşinyan görüşüb. Liderlər birgə bəyannamə imzalayıblar.", "birgə bəyannamə", []string{"washington-declaration-2025-08-08"}},
		{"Armenia and Azerbaijan signed a joint declaration.", "joint declaration", []string{"statement-2020-11-10"}},
		{"Donald Trump hosted Aliyev and Pashinyan. They signed the peace declaration.", "peace declaration", []string{"washington-declaration-2025-08-08"}},
		{"The TRIPP route crosses Syunik. The leaders signed a joint declaration.", "joint declaration", []string{"washington-declaration-2025-08-08"}},
		{"Donald Trump met Aliyev. Armenia breached the trilateral joint declaration.", "trilateral joint declaration", []string{"statement-2020-11-10"}},
		// The document that followed the Washington meeting is the one
		// signed there.
		{"The August 8 meeting in Washington and the subsequent trilateral declaration marked a step.", "trilateral declaration", []string{"washington-declaration-2025-08-08"}},
		// An Azerbaijani title on peace before the head.
		{"Vaşinqtonda Tramp, Əliyev və Paşinyan görüşüb. Nazirlər sülh və dövlətlərarası münasibətlərin təsis edilməsi haqqında sazişi paraflayıb.", "sülh və dövlətlərarası münasibətlərin təsis edilməsi haqqında sazişi", []string{"peace-agreement-2025-08-08"}},
		// Its signers' names, joined by hyphens, do not hide the place.
		{"վաշինգտոնյան Թրամփ-Փաշինյան-Ալիև եռակողմ հռչակագրի", "վաշինգտոնյան Թրամփ-Փաշինյան-Ալիև եռակողմ հռչակագրի", []string{"washington-declaration-2025-08-08"}},
	} {
		ms := slices.Collect(Text(tc.text))
		if m, ok := find(ms, Agreement, tc.span); !ok || !slices.Equal(m.IDs.Slice(), tc.ids) {
			t.Errorf("Text(%q): want agreement %q %v; got %v", tc.text, tc.span, tc.ids, ms)
		}
	}
}

// A point belongs to the agreement in the genitive right before it, even
// when another is named later in the sentence; otherwise to the one named
// after it.
func TestTextPointOwner(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"նոյեմբերի 9-ի փաստաթղթի 9-րդ կետը, որտեղ խոսվում է անխոչընդոտ ճանապարհի մասին, և Վաշինգտոնում ստորագրված փաստաթղթի նմանօրինակ կետը", "9-րդ կետը", "statement-2020-11-10#9"},
		{"Մինսկի խմբի լուծարումը վաշինգտոնյան Թրամփ-Փաշինյան-Ալիև եռակողմ հռչակագրի երկրորդ կետով նախատեսվեց։", "երկրորդ կետով", "washington-declaration-2025-08-08#2"},
		{"They signed the trilateral statement. Point 2 of the Washington declaration closes the Minsk process.", "Point 2", "washington-declaration-2025-08-08#2"},
		{"The meeting in Washington and the subsequent trilateral declaration. Articles 3 and 4 of the declaration address communications.", "Articles 3", "washington-declaration-2025-08-08#3"},
	} {
		ms := slices.Collect(Text(tc.text))
		if m, ok := find(ms, Point, tc.span); !ok || m.IDs.At(0) != tc.want {
			t.Errorf("Text(%q): want point %q %s; got %v", tc.text, tc.span, tc.want, ms)
		}
	}
}

// A number before a plural point word counts points, and "section" or
// "item" after an ordinal is a part of something else; a number before a
// singular point word, or after "section", is a reference.
func TestTextPointOrCount(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Миротворцы развернуты в Нагорном Карабахе. 9 пунктов находятся в южной зоне.", ""},
		{"Armenia says Azerbaijan ignores the 9 points of the trilateral statement.", ""},
		{"Azerbaijan is building the first section of the railway to Nakhchivan.", ""},
		{"Армения не выполняет 9 пункт трехстороннего заявления.", "statement-2020-11-10#9"},
		{"Armenia cites section 4 of the trilateral statement.", "statement-2020-11-10#4"},
		{"Üçtərəfli bəyanatın 4 -cü bəndində qeyd edilir.", "statement-2020-11-10#4"}, // a space before the ordinal's hyphen
		{"Üçtərəfli bəyanatın 4 -üncü bəndində qeyd edilir.", "statement-2020-11-10#4"},
		{"Qoşunlar 4 - Ermənistan bəndində deyil.", ""}, // a dash between words is no ending
	} {
		got := ""
		for m := range Text(tc.text, Only(Point)) {
			got = m.IDs.At(0)
		}
		if got != tc.want {
			t.Errorf("Text(%q): point %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Ethnic and linguistic uses of a state adjective are not mentions, nor
// are hyphenated compounds; a surname alone is one only after the full
// name, or where the record names the person by it.
func TestTextNotMentions(t *testing.T) {
	for _, text := range []string{
		"Armenian residents fled.",
		"They spoke the Armenian language.",
		"the Armenian-Azerbaijani border",
		"Azərbaycan-Ermənistan sərhədinin delimitasiyası", // two states joined by a hyphen, as an adjective joins them
		"Lentsov spoke.",                                  // no full name before, and the record has no "Lentsov" alone
		"a contingent of police arrived",                  // a unit's word, with no state before it
		"the accusations trumped everything",              // a verb, in lower case
		"He is a general. Muradov spoke.",                 // a title, but in another sentence
		"the first lady Mehriban Aliyeva visited",         // someone else of the surname
		"առաջին տիկին Մեհրիբան Ալիևան այցելել է",          // the first lady, in Armenian
		"prezidentin xanımı Mehriban Əliyeva",             // in Azerbaijani
		"«Սպուտնիկ Արմենիա»-ին հայտնել է",                 // an outlet's edition, in Armenian
		"a transport deal was discussed",
		"additional agreements were signed",
		"Tashinyan spoke.",           // the first letter is never the one that differs
		"карабахские власти заявили", // a place's adjective before an organ: some body
		"a summit at the White House",
		"Bəyannamə 7 maddədən ibarətdir.",          // a count of articles, not the seventh
		"Նա ԱՄՆ-ում է։",                            // in a state the record has no place for
		"Liderlər bu həftə ABŞ-a səfər edəcəklər.", // to it
		"as reported by Sputnik Armenia.",          // an outlet's edition
		"Prezident Qlobal Bakı Forumunun açılışında çıxış edib.",
		"на дорогах, ведущих в Восточно-Зангезурский экономический район", // another place
		"Tərəflər sülh sazişi imzalayacaqlar.",          // a treaty to come, in a text of unknown date
		"reports The Washington Post, citing officials", // an outlet's title
		"Mr Pytin spoke.", // a short word must match as written
		"Forum: III Şuşa Qlobal Media Forumu başladı.",   // a town's name in another's title
		"Mustafayev “Baku-Moskva” nəşrinə açıqlamasında", // names in an outlet's quoted title
		"Газета «Азербайджан» пишет об этом.",
		"avtobuslar \"Sünik\" restoranının qarşısında qalıb", // a restaurant's name
		"It was captured by ethnic Armenian forces.",         // of a people, not the state
		"заседание азербайджано-армянской комиссии",          // the Russian combining form in an adjective
		"a 44-day Armenian-Azerbaijan war",                   // a name after a state adjective and a hyphen
		"They ratified the Shusha Declaration.",              // a town in the title of a declaration the record lacks
		"ратифицировали Шушинскую декларацию",
		"Şuşa Bəyannaməsinin müddəaları",
		"a U.S.-backed consortium will build it", // a state's name joined by a hyphen to a word in lower case
		"They welcomed the US-brokered roadmap.",
		"суд над Бако Саакяном",                           // a Russian name in -у does not decline: "Бако" is not Баку
		"Həkəri körpüsündə Azərbaycan bayrağı ucaldılıb.", // a state's bare name modifying a noun that is none of its organs
		"Hokm.az Ermənistan KİV-nə istinadən xəbər verir",
		`депутат от оппозиционной фракции "Армения" Артур Хачатрян`, // a faction's title
		"ընդունեց «Հայաստան» խմբակցության նախաձեռնած հայտարարությունը",
		"settlements in East Zangezur by 2026", // another region than the province
		"Şərqi Zəngəzur iqtisadi rayonuna daxil olub",
		"с Западным Зангезуром",
		"bunu “Azərbaycan Dəmir Yolları” QSC-nin sədri deyib", // a firm's quoted title
		"monitors on the Armenia-Azerbaijan border",           // two states joined before a border, as adjectives join them
		"the newspaper “Nikol Pashinyan” wrote",               // a person's name as a title
		"a helicopter was shot down on the Armenia-Azerbaijan state border",
	} {
		for m := range Text(text) {
			if m.Kind == Actor || m.Kind == Agreement || m.Kind == Place || m.Kind == Point {
				t.Errorf("Text(%q) found %v", text, m)
			}
		}
	}
}

// A firm's legal form is no brand: the name after it is read.
func TestTextAfterLegalForm(t *testing.T) {
	wantSpans(t, map[string]string{
		"Bunu AZAL QSC Naxçıvana reyslərlə bağlı bildirib": "Naxçıvana",
		"the Rosneft JSC Moscow office":                    "Moscow",
	})
}

// A direction before a place keeps the place, but for Zangezur, whose
// eastern and western halves are regions no record holds.
func TestTextDirectionBeforePlace(t *testing.T) {
	wantSpans(t, map[string]string{
		"Северный Арцах обстреляли":    "Арцах",
		"Northern Syunik was shelled.": "Syunik",
	})
}

// wantSpans checks that Text finds, in each text, a mention spanning the
// text's value.
func wantSpans(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		found := false
		for m := range Text(text) {
			found = found || m.Text == want
		}
		if !found {
			t.Errorf("Text(%q) did not find %q", text, want)
		}
	}
}

// A month after "last" with its year written is that year's: "last April
// 2022" in a text of 2024 is April 2022, not the last April.
func TestTextLastMonthWithYear(t *testing.T) {
	ms := slices.Collect(Text("the talks of last April 2022 failed", Published(karabakh.MustParseDate("2024-04-18")), Only(Date)))
	if len(ms) != 1 || ms[0].IDs.At(0) != "2022-04" {
		t.Errorf("last April 2022: %v", ms)
	}
}

// Families count families, not their members; a year after "in" is a year.
func TestTextFamilies(t *testing.T) {
	for _, text := range []string{"two family members were killed", "три члена семьи погибли", "3 ailə üzvü həlak olub", "In 2023 families began to return."} {
		for m := range Text(text, Only(Quantity)) {
			t.Errorf("Text(%q) found %v", text, m)
		}
	}
	if ms := slices.Collect(Text("In 2023 families began to return.", Only(Date))); len(ms) != 1 || ms[0].Text != "2023" {
		t.Errorf("In 2023 families: %v", ms)
	}
	if ms := slices.Collect(Text("Heç üç gün keçməmiş yol bağlandı", Only(Quantity))); len(ms) != 1 || ms[0].IDs.At(0) != "3 days" {
		t.Errorf("heç üç gün: %v", ms)
	}
}

// A number word after the word for "not" counts nothing: "not a single".
func TestTextNoneIsNoNumber(t *testing.T) {
	for _, text := range []string{"Ermənistanda heç bir əsirimiz qalmır", "не осталось ни одного военнослужащего", "ոչ մի զինծառայող չի մնացել"} {
		for m := range Text(text, Only(Quantity)) {
			t.Errorf("Text(%q) found %v", text, m)
		}
	}
	if ms := slices.Collect(Text("bir ailə isə Qafana gedib", Only(Quantity))); len(ms) != 1 || ms[0].IDs.At(0) != "1 families" {
		t.Errorf("bir ailə: %v", ms)
	}
}

// The words for a defence ministry before a state the dataset has no
// ministry of are not the ministry they name alone.
func TestTextOtherStatesMinistry(t *testing.T) {
	for m := range Text("заявили в Минобороны Турции", Only(Actor)) {
		if m.IDs.At(0) == "russian-ministry-of-defence" {
			t.Errorf("read %v", m)
		}
	}
	if ms := slices.Collect(Text("В Минобороны объяснили", Only(Actor))); len(ms) != 1 || ms[0].IDs.At(0) != "russian-ministry-of-defence" {
		t.Errorf("Минобороны alone: %v", ms)
	}
}

// A name that fits several records yields them all, marked ambiguous,
// best first; a word beside it that settles which removes the ambiguity.
func TestTextAmbiguous(t *testing.T) {
	ms := slices.Collect(Text("Aghdam was returned."))
	if len(ms) != 1 || !ms[0].Ambiguous || !slices.Equal(ms[0].IDs.Slice(), []string{"aghdam-district", "aghdam-city"}) {
		t.Errorf("Aghdam: %v", ms)
	}
	// An ambiguous name scores 0.1 less than its match, to two places.
	if ms := slices.Collect(Text("Лачинский")); len(ms) != 1 || !ms[0].Ambiguous || ms[0].Score != 0.7 {
		t.Errorf("Лачинский: %v", ms)
	}
	for _, tc := range []struct{ text, id string }{
		{"the city of Aghdam", "aghdam-city"},
		{"the district of Aghdam", "aghdam-district"},
	} {
		ms := slices.Collect(Text(tc.text))
		if len(ms) != 1 || ms[0].Ambiguous || ms[0].IDs.At(0) != tc.id {
			t.Errorf("Text(%q) = %v; want %s alone", tc.text, ms, tc.id)
		}
	}
}

// Relative dates resolve only against the article's date.
func TestTextRelativeDates(t *testing.T) {
	text := "Armenia returned Aghdam last week; today the ministry said so."
	for m := range Text(text, Only(Date)) {
		t.Errorf("without Published: %v", m)
	}
	var got []string
	for m := range Text(text, Only(Date), Published(karabakh.MustParseDate("2020-11-25"))) {
		if !m.Relative {
			t.Errorf("%v is not marked relative", m)
		}
		got = append(got, m.Text+"="+m.IDs.At(0))
	}
	if want := []string{"last week=2020-11-16/2020-11-22", "today=2020-11-25"}; !slices.Equal(got, want) {
		t.Errorf("relative dates = %v, want %v", got, want)
	}
}

// A Latin letter with a mark in the text is not the bare letter of a
// name: "görüşündə" (at the meeting) is not Gorus, the Azerbaijani name of
// Goris, though both fold to "gorus"; "Agdam" without its mark is Ağdam.
func TestTextDiacritics(t *testing.T) {
	for m := range Text("Prezident Vaşinqton görüşündə çıxış edib.", Only(Place)) {
		if slices.Contains(slices.Collect(m.IDs.All()), "goris") {
			t.Errorf("read %v", m)
		}
	}
	ms := slices.Collect(Text("Agdam rayonu azad edildi.", Only(Place)))
	if len(ms) == 0 || ms[0].IDs.At(0) != "aghdam-district" {
		t.Errorf("Agdam: %v", ms)
	}
}

// An English weekday written with its capital is a day of the week the
// article appeared, or the last such day before it; so is one after "on".
func TestTextWeekdays(t *testing.T) {
	text := "Pashinyan spoke at Thursday’s Cabinet meeting, after an early Tuesday statement; on Friday he left."
	var got []string
	for m := range Text(text, Only(Date), Published(karabakh.MustParseDate("2022-12-30"))) { // a Friday
		got = append(got, m.Text+"="+m.IDs.At(0))
	}
	if want := []string{"Thursday=2022-12-29", "Tuesday=2022-12-27", "Friday=2022-12-30"}; !slices.Equal(got, want) {
		t.Errorf("weekdays = %v, want %v", got, want)
	}
	// "минувший", "прошлый": a day before the article's, and in the span;
	// on the day's own weekday, the week before.
	got = got[:0]
	for m := range Text("Хаменеи в минувший вторник принял Путина, а в прошлую пятницу — Эрдогана.", Only(Date), Published(karabakh.MustParseDate("2022-07-22"))) { // a Friday
		got = append(got, m.Text+"="+m.IDs.At(0))
	}
	if want := []string{"минувший вторник=2022-07-19", "прошлую пятницу=2022-07-15"}; !slices.Equal(got, want) {
		t.Errorf("weekdays = %v, want %v", got, want)
	}
	// An Azerbaijani weekday with a capital inside a sentence is a name's
	// word; at the start of one it is the weekday.
	got = got[:0]
	for m := range Text("Ağdamdakı Cümə məscidi bərpa olunub. Cümə günü Qırmızı Bazar qəsəbəsinə köç başlayıb.", Only(Date), Published(karabakh.MustParseDate("2022-07-22"))) {
		got = append(got, m.Text+"="+m.IDs.At(0))
	}
	if want := []string{"Cümə=2022-07-22"}; !slices.Equal(got, want) {
		t.Errorf("weekdays = %v, want %v", got, want)
	}
	// After a colon, direct speech opens with a capital; "the last Friday
	// of each month" is no day.
	got = got[:0]
	for m := range Text("Əliyev bildirib: Çərşənbə axşamı Şuşada olacağam. Parliament meets on the last Friday of each month.", Only(Date), Published(karabakh.MustParseDate("2022-07-22"))) {
		got = append(got, m.Text+"="+m.IDs.At(0))
	}
	if want := []string{"Çərşənbə axşamı=2022-07-19"}; !slices.Equal(got, want) {
		t.Errorf("weekdays = %v, want %v", got, want)
	}
}

// Dates with their year, in forms of each language, against the article's
// date: a document's own date does not set the year of the dates after it,
// a sentence that goes on to the statement takes the statement's day, and
// a date without a year takes the one the text or the article gives it.
func TestTextYearsFromTheRecord(t *testing.T) {
	for _, tc := range []struct{ text, pub, span, want string }{
		{"2020-ci il 10 noyabr tarixli üçtərəfli Bəyanata zidd olaraq Ermənistan aprelin 22-də məntəqə qurub.", "2023-06-05", "aprelin 22-də", "2023-04-22"},
		{"Noyabrın 10-da Azərbaycan Prezidenti İlham Əliyev və Ermənistanın Baş naziri Nikol Paşinyan arasında Bəyanat imzalanıb.", "2025-12-01", "Noyabrın 10-da", "2020-11-10"},
		// The Azerbaijani terminative after a month ("until"), "this
		// morning", the night of the statement told by both its days.
		{"Ermənistan Kəlbəcər rayonunu 15 noyabradək tərk etməli idi.", "2020-11-11", "15 noyabradək", "2020-11-15"},
		{"ortaq Mərkəzlə bağlı bu sabah müqaviləni imzaladıq.", "2020-11-11", "bu sabah", "2020-11-11"},
		{"согласно трехстороннему заявлению от 9/10 ноября 2020 года", "2022-01-10", "9/10 ноября 2020 года", "2020-11-09/2020-11-10"},
		{"В 1990-е годы район был оккупирован.", "2022-01-10", "1990-е годы", "1990/1999"},
		// The word for year written onto the year.
		{"в заявлениях от 9 ноября 2020г. и 11 января 2021г.", "2022-01-10", "11 января 2021г.", "2021-01-11"},
		{"Հրամանագիրը ստորագրվել է 28.09.2023թ.", "2024-01-10", "28.09.2023թ.", "2023-09-28"},
		// A date joined by "and" to one that writes its year takes that
		// year, not the one written before.
		{"the agreements of November 9, 2020, January 11 and November 26, 2021", "2022-10-31", "January 11", "2021-01-11"},
		{"заявления от 9 ноября 2020 года, 11 января и 26 ноября 2021 года", "2022-10-31", "11 января", "2021-01-11"},
		// A day in the weeks after the article is of its year; one more
		// than a month after it, of the year before.
		{"Փաշինեան-Ալիեւ հանդիպում մըն ալ նախատեսուած է դեկտեմբերի 15-ին", "2021-11-25", "դեկտեմբերի 15-ին", "2021-12-15"},
		{"Փաշինեան-Ալիեւ հանդիպում մը տեղի ունեցաւ դեկտեմբերի 28-ին", "2021-11-25", "դեկտեմբերի 28-ին", "2020-12-28"},
		// A decade and a document's date are no year the text goes on in.
		{"Россия впервые с 1990-х отправила зерно. В начале августа лидеры подписали декларацию.", "2025-12-18", "августа", "2025-08"},
		{"They recommitted to the 1991 Almaty Declaration. I welcomed the 12 July meeting.", "2023-07-16", "12 July", "2023-07-12"},
		// A day in the weeks before the article is of its year, whatever
		// earlier year the text wrote, unless it follows a day written in
		// full by a few days.
		{"Əvvəlki görüş 2025-ci il noyabrın 28-də keçirilib. Fevralın 13-14-də dəyirmi masa keçirilib.", "2026-02-16", "Fevralın 13-14-də", "2026-02-13/2026-02-14"},
		{"Nazir xatırladıb ki, 2020-ci il oktyabrın 8-də təklif edilib. Oktyabrın 9-da görüş keçirilib.", "2025-11-07", "Oktyabrın 9-da", "2020-10-09"},
		{"The 44-day war began in 2020. The army retook Jabrayil on October 4.", "2025-10-20", "October 4", "2020-10-04"},
		// A day told again takes the year of its first reading, unless a
		// year was written since.
		{"On 19 September 2023 Azerbaijan launched an offensive. In 2024, on 19 September, a memorial was held.", "2025-01-10", "19 September", "2024-09-19"},
		// Words of the year after a date belong to it only when joined to
		// it, and in Azerbaijani and Armenian never: their genitive of the
		// year comes before the date.
		{"2021-ci ildə danışıqlar olub. Hücum martın 24-də, həmin ilin sentyabrın 27-də başlayıb.", "2023-05-01", "martın 24-də", "2021-03-24"},
		{"2021-ci ildə danışıqlar olub. Hücum martın 24-də, həmin ilin sentyabrın 27-də başlayıb.", "2023-05-01", "həmin ilin sentyabrın 27-də", "2021-09-27"},
		{"In 2021 it happened on March 24. The same year, talks failed.", "2023-05-01", "March 24", "2021-03-24"},
		// A capitalised subject after a year is no document's title.
		{"2020-ci ildə Azərbaycan Prezidenti bəyanat verib. Sentyabrın 28-də hücum başlayıb.", "2023-05-01", "Sentyabrın 28-də", "2020-09-28"},
	} {
		ms := slices.Collect(Text(tc.text, Only(Date), Published(karabakh.MustParseDate(tc.pub))))
		if m, ok := find(ms, Date, tc.span); !ok || m.IDs.At(0) != tc.want {
			t.Errorf("Text(%q): want %q = %s; got %v", tc.text, tc.span, tc.want, ms)
		}
	}
}

// A month with a year told relative to the article's date is one date.
func TestTextMonthOfRelativeYear(t *testing.T) {
	wantOneDate(t, "2024-06-12", map[string]string{
		"sülhməramlılar bu ilin aprelində çıxmağa başlayıb": "bu ilin aprelində=2024-04",
		"in January this year the talks":                    "January this year=2024-01",
		"в апреле этого года начался вывод":                 "апреле этого года=2024-04",
		"in April last year":                                "April last year=2023-04",
		"անցած տարի հոկտեմբերին Գրանադայում":                "անցած տարի հոկտեմբերին=2023-10",
		"bu ilin 11 noyabr tarixində":                       "bu ilin 11 noyabr=2024-11-11",
		"bu ilin avqust ayında Vaşinqtonda":                 "bu ilin avqust ayında=2024-08",
		"Cari ilin sentyabr ayında görüşüb":                 "Cari ilin sentyabr ayında=2024-09",
	})
}

// In a text whose date is not given, "this year" is the year the text is
// about, guessed as for a date written without one, and part of the date.
func TestTextThisYearUndated(t *testing.T) {
	for text, want := range map[string]string{
		"Согласно заявлению от 10 ноября 2020 года, Армения вернет район до 1 декабря текущего года.":          "1 декабря текущего года=2020-12-01",
		"2020-ci il 10 noyabr tarixli bəyanata əsasən Ermənistan rayonu bu ilin dekabrın 1-dək qaytarmalıdır.": "bu ilin dekabrın 1-dək=2020-12-01",
		"2020-ci il 10 noyabr tarixli bəyanat. Mərkəz bu ilin 11 noyabr tarixində yaradılıb.":                  "bu ilin 11 noyabr=2020-11-11",
		"Mirzoyan 2022-ci il sentyabrın 14-də danışıb. Cari ilin sentyabr ayında hücum olub.":                  "Cari ilin sentyabr ayında=2022-09",
	} {
		var got []string
		for m := range Text(text, Only(Date)) {
			got = append(got, m.Text+"="+m.IDs.At(0))
		}
		if !slices.Contains(got, want) {
			t.Errorf("Text(%q) = %v, want %s among them", text, got, want)
		}
	}
}

// A date without a year in a text about the statement takes none it cannot
// justify: a day of the spring after the statement's own date, with no
// other year written and no event of the record on that day, is not read.
func TestTextNoYearRatherThanWrong(t *testing.T) {
	day := 0
	for d := 1; d <= 30 && day == 0; d++ {
		if len(eventDays()[400+d]) == 0 {
			day = d
		}
	}
	if day == 0 {
		t.Fatal("the record has events on every day of April")
	}
	date := fmt.Sprintf("%d апреля", day)
	text := "Азербайджан нарушил п. 6 трехстороннего заявления от 9 ноября 2020 г., перекрыв " + date + " Лачинский коридор."
	for m := range Text(text, Only(Date)) {
		if m.Text == date {
			t.Errorf("read %v; its year is unknown", m)
		}
	}
	// A day of September before the war began, in a text about the
	// statement, is of a later year, not of 2020; its month alone is no
	// date either.
	text = "15 сентября Пашинян заявил, что Азербайджан нарушает трехстороннее заявление."
	for m := range Text(text, Only(Date)) {
		if strings.Contains(m.Text, "сентября") {
			t.Errorf("read %v; its year is unknown", m)
		}
	}
}

// A date without a year that nothing else dates takes the year of the
// record's event on that day whose records the text names, before or
// after it, whatever kinds the caller asks for.
func TestTextYearsFromEvents(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"Азербайджан нарушил п. 6 трехстороннего заявления от 9 ноября 2020 г., перекрыв 23 апреля Лачинский коридор.", "23 апреля", "2023-04-23"},
		{"Donald Tramp avqustun 8-də Ağ Evdə İlham Əliyev və Nikol Paşinyanın sülh sənədləri imzalamasından danışıb.", "avqustun 8-də", "2025-08-08"},
		{"Встреча с Николом Пашиняном пройдёт там же, в Праге, с 6 по 7 октября.", "6 по 7 октября", "2022-10-06/2022-10-07"},
		// A year written after the date may be another event's.
		{"Kremlin spokesman Dmitry Peskov confirmed on April 17 that Russia had begun withdrawing peacekeeping forces from Nagorno-Karabakh under a 2020 ceasefire deal.", "April 17", "2024-04-17"},
	} {
		for _, opts := range [][]Option{nil, {Only(Date)}} {
			ms := slices.Collect(Text(tc.text, opts...))
			if m, ok := find(ms, Date, tc.span); !ok || m.IDs.At(0) != tc.want || !m.Inferred {
				t.Errorf("Text(%q, %d options): want %q = %s, inferred; got %v", tc.text, len(opts), tc.span, tc.want, ms)
			}
		}
	}
}

// "ago", "this autumn", "завтрашней": relative expressions of the four
// languages.
func TestTextRelativeExpressions(t *testing.T) {
	wantOneDate(t, "2024-04-18", map[string]string{ // a Thursday
		"A truce brokered two weeks ago held.": "two weeks ago=2024-04-01/2024-04-07",
		"the events in Karabakh this autumn":   "this autumn=2023-23",
		"last summer the road closed":          "last summer=2023-22",
		"a year ago":                           "a year ago=2023",
		"три дня назад":                        "три дня назад=2024-04-15",
		"перед завтрашней встречей":            "завтрашней=2024-04-19",
		"этой весной":                          "этой весной=2024-21",
		"iki ay əvvəl bəyan edib":              "iki ay əvvəl=2024-02",
		"երկու շաբաթ առաջ":                     "երկու շաբաթ առաջ=2024-04-01/2024-04-07",
		"bu il martın 8-də imzalanıb":          "bu il martın 8-də=2024-03-08",
		"рейсы начнутся в следующем году":      "следующем году=2025",
		"gələn ilin martında açılacaq":         "gələn ilin martında=2025-03",
		"Накануне военнослужащие попытались":   "Накануне=2024-04-17",
		"Накануне Алиев заявил":                "Накануне=2024-04-17",
		"Накануне она заявила":                 "Накануне=2024-04-17",
		"Նախօրեին 840 քաղաքացի է վերադարձել":   "Նախօրեին=2024-04-17",
		"in the past years and this past July": "this past July=2023-07",
		"the talks of last April":              "last April=2023-04",
		"a summit planned for this June":       "this June=2024-06",
	})
	// "The next year" after an earlier year is that year's next, which the
	// article's date does not give.
	for _, text := range []string{"Armenia lost the war in 2020. The next year, Pashinyan won.", "В 2016 году начались переговоры, а в следующем году продолжились."} {
		for m := range Text(text, Published(karabakh.MustParseDate("2024-04-18")), Only(Date)) {
			if m.Relative {
				t.Errorf("Text(%q) found %v", text, m)
			}
		}
	}
	// "накануне" before a noun in the genitive is "on the eve of".
	for _, text := range []string{"Это было накануне выборов.", "Накануне намеченной встречи министры молчали.",
		"Накануне визита Пашиняна.", "Накануне встречи в Брюсселе.", "Накануне Нового года.", "Հանդիպման նախօրեին հայտարարեց։"} {
		for m := range Text(text, Published(karabakh.MustParseDate("2024-04-18")), Only(Date)) {
			t.Errorf("Text(%q) found %v", text, m)
		}
	}
}

// wantOneDate checks that each text, read with the article's date pub,
// has one date, relative, with the text and EDTF form want gives.
func wantOneDate(t *testing.T, pub string, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		var got []string
		for m := range Text(text, Published(karabakh.MustParseDate(pub)), Only(Date)) {
			got = append(got, m.Text+"="+m.IDs.At(0))
			if !m.Relative {
				t.Errorf("%v is not marked relative", m)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("Text(%q) = %v, want [%s]", text, got, want)
		}
	}
}

// A state is its territory after a preposition of place or in a case of
// place, and an agent otherwise; the same for a capital and its
// government.
func TestTextStateOrTerritory(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		kind       Kind
	}{
		{"Armenia agreed to the terms.", "Armenia", Actor},
		{"border sections separating Armenia’s northeastern Gegharkunik province from the Kelbajar district", "Armenia", Place},
		// A state between a town and it, before an occupied district of
		// it, or as where one crosses into, is land; one a person came
		// from to a meeting is the state.
		{"Xankəndi ilə Ermənistan arasındakı “Laçın dəhlizi”ni bağlayan", "Ermənistan", Place},
		{"Biri Azərbaycanın işğal olunmuş Kəlbəcər rayonu ərazisindən keçir.", "Azərbaycanın", Place},
		{"onların azaraq Ermənistana keçən hərbçilər", "Ermənistana", Place},
		{"görüşdə Rusiyadan Aleksey Overçuk, Ermənistandan isə Mqer Qriqoryan iştirak ediblər", "Ermənistandan", Actor},
		// A seat of government next to control is the government.
		{"фактически отдав Баку контроль над Лачинским коридором", "Баку", Actor},
		{"на контролируемых Баку территориях", "Баку", Actor},
		// A state a link joins to a place, after the verb's auxiliary.
		{"որը Հարավային Հայաստանի միջոցով կապում է Ադրբեջանը Նախիջևանի էքսկլավի հետ", "Ադրբեջանը", Place},
		// A state before where its forces are is theirs.
		{"Rusiyanın Dağlıq Qarabağdakı sülhməramlı kontingentinin yeni komandanı", "Rusiyanın", Actor},
		// A state after a place in it is its land.
		{"the territories of 4 villages of the Gazakh district of the Republic of Azerbaijan", "Republic of Azerbaijan", Place},
		{"при прокладке путей через Сюникскую область Армении", "Армении", Place},
		{"сообщил, что Ереван обратится в Международный суд", "Ереван", Actor},
		// A seat of government that is to act, or is the subject.
		{"заявление позволяет Баку наладить сообщение с Нахичеванской республикой", "Баку", Actor},
		{"свидетельствует о стремлении Еревана избежать ответственности", "Еревана", Actor},
		{"«Զանգեզուրի միջանցք» տերմինը Մոսկվան չի օգտագործում", "Մոսկվան", Actor},
		{"Yerevanın bildirdiyinə görə, Mirzoyan səfər edəcək", "Yerevanın", Actor},
		// Land returned to a state, in the dative; not by whom.
		{"Агдамский район возвращается Азербайджанской Республике до 20 ноября", "Азербайджанской Республике", Place},
		{"районов, которые должны быть возвращены Арменией", "Арменией", Actor},
		// The subject after a noun of territory is no land of it.
		{"из-за загруженности единственной дороги Армения попросила отсрочить вывод войск", "Армения", Actor},
		{"строительство дороги Азербайджана", "Азербайджана", Place},
		{"The force was airlifted to Armenia.", "Armenia", Place},
		{"Азербайджану перешли районы.", "Азербайджану", Place},
		{"Azərbaycan Respublikasına qaytarılır.", "Azərbaycan Respublikasına", Place},
		{"Baku said the talks would go on.", "Baku", Actor},
		{"Regarding the Lachinsky road, Azerbaijan undertakes to guarantee safe movement.", "Azerbaijan", Actor}, // after a place and a comma, but with its verb
		{"Այդ ժամանակ Բաքուն չէր պատրաստվում զիջել։", "Բաքուն", Actor},                                           // "չէր" kept from the classical rewrite
		{"Protests erupted in Yerevan.", "Yerevan", Place},
		{"A bilateral agreement between Moscow and Ankara.", "Moscow", Actor},
		{"Azerbaijan handed over 15 prisoners to Armenia.", "Armenia", Actor},
		{"Aghdam was returned to Azerbaijan.", "Azerbaijan", Place},
		{"обмен пленными между Азербайджаном и Арменией", "Арменией", Actor},
		{"the border between Armenia and Azerbaijan", "Azerbaijan", Place},
		{"գերիների փոխանակման գործընթացը Հայաստանի ու Ադրբեջանի միջև", "Հայաստանի", Actor},
		{"Baku captured four other districts.", "Baku", Actor},
		{"подписанного между Арменией, Россией и Азербайджаном документа", "Россией", Actor},
		{"claiming Armenia’s use of the road to carry weapons", "Armenia", Actor},
		{"in Azerbaijan’s Aghdam district", "Azerbaijan", Place},
		{"2021-ci il yanvarın 30-da Azərbaycanın Ağdam şəhərində", "Azərbaycanın", Place},
		{"Rusiya Qarabağda sülhməramlıların mövcudluğunu müzakirə edir.", "Rusiya", Actor},
		{"Москва обсуждает с Баку или Ереваном вывод миротворцев", "Ереваном", Actor},
		{"a 2020 ceasefire deal brokered by Moscow", "Moscow", Actor},
		{"negotiations between Stepanakert and Baku", "Baku", Actor},
		{"The monitoring center in Azerbaijan's liberated lands opened.", "Azerbaijan", Place},
		{"to defend Armenia`s internationally recognized borders", "Armenia", Actor},
		{"Azərbaycan Dövlət Sərhəd Xidmətinin bölmələri", "Azərbaycan", Actor},
		{"Ադրբեջանում պահվող հայ գերիներին", "Ադրբեջանում", Place},
		{"Пятеро пленных вернулись в Армению.", "Армению", Place},
		{"Արցախի նախագահ Սամվել Շահրամանյանը", "Արցախի", Actor},
		{"Власти Армении и Карабаха сделают все", "Карабаха", Actor},
		{"Rusiya Qarabağda sülhməramlıların mövcudluğunu müzakirə edir.", "Qarabağda", Place},
		{"the Artsakh authorities said", "Artsakh", Actor},
		{"according to Kremlin, the sides will exchange prisoners", "Kremlin", Actor},
		{"in which Baku made significant territorial advances", "Baku", Actor},
		{"Բաքուն մտադիր է փոխադրել բեռը", "Բաքուն", Actor},
		{"Ermənistan Azərbaycana qarşı təxribata əl atıb", "Azərbaycana", Actor},
		{"Նիկոլը Արցախը հանձնեց Ադրբեջանին, Ռուսաստանը կոպիտ արձագանքեց", "Ադրբեջանին", Place},
		{"Նիկոլը Արցախը հանձնեց Ադրբեջանին, Ռուսաստանը կոպիտ արձագանքեց", "Ռուսաստանը", Actor},
		{"район, который должен перейти Баку в полночь", "Баку", Actor},
		{"Laçın rayonu dekabrın 1-dək Azərbaycana verilməlidir.", "Azərbaycana", Place},
		{"sülhməramlılar Azərbaycanı tərk edəcək", "Azərbaycanı", Place},
		{"Azərbaycanın füsunkar guşələrindən biri", "Azərbaycanın", Place},
		{"qərbdən isə Ermənistanla həmsərhəddir", "Ermənistanla", Place},
		{"the principles of peace between Armenia and Azerbaijan", "Armenia", Actor},
		{"official Baku misinterprets the text", "Baku", Actor},
		{"Baku agreed to let Yerevan delay the withdrawal", "Yerevan", Actor},
		{"Баку согласился дать Еревану отсрочку", "Еревану", Actor},
		{"Лавров посетил Москву", "Москву", Place},
		{"К Еревану подошли войска", "Еревану", Place},
		{"идею Баку о прокладке коридора одобрили", "Баку", Actor},
		{"В Москве это не комментируют.", "Москве", Actor},
		{"В Москве прошла встреча.", "Москве", Place},
		{"Yerevan sought some time from Baku due to damaged roads", "Baku", Actor},
		{"He flew from Baku to Moscow", "Baku", Place},
		{"երկաթուղին չի մտնելու Հայաստան", "Հայաստան", Place},
		{"անցնի Հայաստանի հարավով", "Հայաստանի", Place},
		{"на юге Армении", "Армении", Place},
		{"Լեռնային Ղարաբաղի Հանրապետության նախագահը", "Լեռնային Ղարաբաղի Հանրապետության", Actor},
		{"the Republic of Nagorno-Karabakh ceased to exist", "Republic of Nagorno-Karabakh", Actor},
		{"в Республике Арцах прошли выборы", "Республике Арцах", Place},
		{"территорию между непризнанной Нагорно-Карабахской республикой и Арменией", "Нагорно-Карабахской республикой", Place},
		{"Нагорно-Карабахская Республика заявила", "Нагорно-Карабахская Республика", Actor},
		{"Արցախի նախկին առաջնորդների քրեական գործը", "Արցախի", Actor},
		{"Արցախի ոստիկանության ծառայողները", "Արցախի", Actor},
		{"Rusiyanın Qarabağda yerləşən sülhməramlı kontingenti", "Rusiyanın", Actor},
		{"Azərbaycanın Ağdam rayonunda yaşayan sakinlər", "Azərbaycanın", Place},
		{"КПП на Лачинской дороге без согласования с Баку", "Баку", Actor},
		{"The road connects Baku with Shusha.", "Baku", Place},
		{"Armenia handed over 15 people to Azerbaijan.", "Azerbaijan", Actor},
		{"По ее словам, Москва продолжает работу", "Москва", Actor},
		{"Россия призывает Армению и Азербайджан разблокировать коридор", "Армению", Actor},
		{"Armenia handed over the Kalbajar district to Azerbaijan.", "Azerbaijan", Place},
		{"the position of Moscow is clear", "Moscow", Actor},
		{"Bakının təklifi qəbul edilib", "Bakının", Actor},
		{"Երևանի առաջարկը մերժվեց", "Երևանի", Actor},
		// Whose data or word a text reports is a party.
		{"По данным Еревана, в республике проживало 120 тысяч армян.", "Еревана", Actor},
		{"По данным Азербайджана, обстрел прекратился.", "Азербайджана", Actor},
		{"The shelling stopped, according to Baku.", "Baku", Actor},
		{"The shelling stopped, according to Azerbaijan.", "Azerbaijan", Actor},
		{"Bakının məlumatına görə, atəş dayandırılıb.", "Bakının", Actor},
		{"Երևանի տվյալներով՝ կրակը դադարել է։", "Երևանի", Actor},
		{"МОСКВА, 20 марта. /ТАСС/. Баку нарушает практически все положения", "Баку", Actor},
		{"a peaceful settlement between Armenia and Azerbaijan", "Armenia", Actor},
		{"as he referred to Moscow’s dialogue with both Yerevan and Baku", "Moscow", Actor},
		{"Пашинян утверждает, что Баку намерен закрыть коридор", "Баку", Actor},
		{"Ադրբեջան էր մեկնել", "Ադրբեջան", Place},
		{"Ադրբեջան վերադարձան 12, իսկ Հայաստան՝ 44 մարդ", "Ադրբեջան", Actor},
		{"Rusiyadan Azərbaycana, İrana gedən marşrut", "Azərbaycana", Place},
		{"a fresh outbreak of hostilities between Armenia and Azerbaijan", "Armenia", Actor},
		{"lines that would connect Azerbaijan to its Nakhichevan exclave", "Azerbaijan", Place},
		{"строительство этой дороги Азербайджаном близится к завершению", "Азербайджаном", Actor},
		{"Qarabağın qalan ərazilərini Azərbaycana təhvil verməlidir", "Azərbaycana", Place},
		{"Kəlbəcər rayonu Azərbaycana qaytarılıb", "Azərbaycana", Place},
		{"prezidentin Azərbaycana səfəri çərçivəsində", "Azərbaycana", Place},
		{"the road from Azerbaijan to Nakhichevan", "Azerbaijan", Place},
		{"Ermənistanı Qarabağla calayan yol", "Ermənistanı", Place},
		{"The White House said", "White House", Actor},
		{"заявили в Минобороны Турции", "Турции", Actor},
		{"to the Armenia–Azerbaijan border", "Azerbaijan", Place},
		{"A new road linking Armenia with Karabakh", "Armenia", Place},
		{"Լաչինի միջանցքը Հայաստանի և Լեռնային Ղարաբաղի միջև միակ ճանապարհն է", "Հայաստանի", Place},
		{"соединяющий Азербайджан с Нахичеванью", "Азербайджан", Place},
		{"Azərbaycanı Naxçıvanla birləşdirən yol", "Azərbaycanı", Place},
		{"Նախիջևանը պետք է կապի Ադրբեջանին", "Ադրբեջանին", Place},
		{"Azərbaycan və Ermənistan arasında sərhəddə", "Ermənistan", Place},
		// Joined by "ilə" or the instrumental ending, before a border;
		// a border between the talks and "between" is what it goes with.
		{"Azərbaycan ilə Ermənistan arasında dövlət sərhədinin delimitasiyası", "Azərbaycan", Place},
		{"vəziyyət Azərbaycanla Ermənistan arasındakı sərhədin delimitasiyasına dair", "Azərbaycanla", Place},
		{"Azərbaycanla Ermənistan arasında sülh sazişi imzalanacaq", "Azərbaycanla", Actor},
		{"The exchange of prisoners took place on the border between Azerbaijan and Georgia.", "Azerbaijan", Place},
		{"встреча комиссии по делимитации государственной границы между Азербайджанской Республикой и Республикой Армения", "Республикой Армения", Place},
		{"The exchange of prisoners between Azerbaijan and Armenia took place.", "Armenia", Actor},
		{"Yerevan regards this as a gross violation of the accord.", "Yerevan", Actor},
		{"advancing his threats against Yerevan.", "Yerevan", Actor},
		{"expected to involve Yerevan handing over to Baku four villages", "Yerevan", Actor},
		{"expected to involve Yerevan handing over to Baku four villages", "Baku", Actor},
		{"Արցախի ՆԳՆ-ից հայտնում են", "Արցախի", Actor},
		{"Արցախի նախկին պետնախարար Ռուբեն Վարդանյանը", "Արցախի", Actor},
		{"Արցախի փրկարարներն այսօր որոնողական աշխատանքներ են իրականացրել", "Արցախի", Actor},
		{"Արցախի արտակարգ իրավիճակների պետական ծառայությունը հայտնում է", "Արցախի", Actor},
		{"a corridor connecting Nakhichevan to the rest of Azerbaijan", "Azerbaijan", Place},
		{"Ադրբեջանից Հայաստան են տեղափոխվել 44 գերիներ", "Հայաստան", Place},
		{"հիվանդը տեղափոխվել է ՀՀ մասնագիտացված բժշկական կենտրոն", "ՀՀ", Place},
		{"Ադրբեջան վերադարձան 12 գերիներ", "Ադրբեջան", Actor},
		{"Azərbaycan tərəfi bildirib", "Azərbaycan", Actor},
		{"Rusiyanın Qarabağda sülhyaratma missiyasının fəaliyyəti", "Rusiyanın", Actor},
		{"Onlar Azərbaycana getməyə hazırlaşırlar.", "Azərbaycana", Place},
		{"Քարվաճառի շրջանը պետք է զիջվի Ադրբեջանին", "Ադրբեջանին", Place},
		{"Երեւանի նպատակը եռակողմ հայտարարության կատարումն է", "Երեւանի", Actor},
		{"но обострение между Арменией и Азербайджаном сказывается", "Арменией", Actor},
		{"Кроме того, Москва постоянно контактирует с Баку.", "Москва", Actor},
		{"Azərbaycanın Ağdam rayonunda", "Azərbaycanın", Place},
		{"1993-cü il tarixində erməni silahlı qüvvələri tərəfindən işğal olunub", "erməni", Actor},
		{"коридор, который свяжет Азербайджан с Нахичеванью", "Азербайджан", Place},
		{"Турция может открыть границу с Арменией.", "Арменией", Place},
		{"ողջունել է ԵՄ դիտորդական առաքելության ժամանումը Հայաստան", "Հայաստան", Place},
		{"Azərbaycanın ərazi bütövlüyü bir daha təsdiqləndi", "Azərbaycanın", Actor},
		{"a corridor connecting Nakhchivan to mainland Azerbaijan", "Azerbaijan", Place},
		{"the Azerbaijan-Russia railway was reopened", "Azerbaijan", Place}, // two states a road runs through
		{"a route linking Azerbaijan’s mainland with Nakhchivan", "Azerbaijan", Place},
		{"Հայաստանի և Ադրբեջանի միջև նախաստորագրված խաղաղության պայմանագիրը", "Ադրբեջանի", Actor},
		{"ԱՄՆ միջնորդությամբ Վաշինգտոնում", "Վաշինգտոնում", Place},
		// A seat of government where it speaks with no other subject.
		{"В Баку сообщили о потерях.", "Баку", Actor},
		{"Это подтвердили и в Ереване.", "Ереване", Actor},
		{"Министерство обороны в Баку заявило об этом.", "Баку", Place},
		{"Встреча в Москве прошла спокойно.", "Москве", Place},
		// An Azerbaijani seat of government opening its sentence, bare.
		{"Moskva bu məsələni Bakı ilə müzakirə edəcək.", "Moskva", Actor},
		{"Bakı vaxtı ilə saat 22:30-da başlayacaq.", "Bakı", Place},
		// A seat of government as the subject of a clause after "что",
		// "որը", or as the topic before "isə".
		{"Сообщения о том, что Москва якобы обсуждает вывод войск.", "Москва", Actor},
		{"բեռը, որը Բաքուն մտադիր է փոխադրել", "Բաքուն", Actor},
		{"Bakı bunu dəhliz adlandırır, Yerevan isə bu termini qəbul etmir.", "Yerevan", Actor},
		{"Sülhməramlılar Azərbaycan ərazisində qalır.", "Azərbaycan", Place},
		// A state before the word for the clock names its time zone; a
		// town with a case ending before a person's name is not a title's.
		{"իսկ Հայաստանի ժամանակով 22:30-ին", "Հայաստանի", Place},
		{"руководитель общины Карабаха Турал Гянджалиев", "Карабаха", Place},
		// Azerbaijani -ki after a case; a place the record lacks after a
		// state; a noun after the next name is that name's.
		{"Rusiyanın Azərbaycandakı səfiri", "Azərbaycandakı", Place},
		{"Ermənistanın Kornidzor yaşayış məntəqəsi istiqamətindən", "Ermənistanın", Place},
		{"Mustafayevin fikrincə, Ermənistanın təklifi Azərbaycanın qərb rayonları", "Ermənistanın", Actor},
		{"yüklərin Ermənistandan Azərbaycan ərazisinə daxil olması", "Ermənistandan", Place},
		{"Լաչին քաղաքը ևս պետք է փոխանցվի Ադրբեջանին", "Ադրբեջանին", Place},
		{"linking it to Nakhchivan through southern Armenia.", "Armenia", Place},
		{"Ermənistanın bu iki şəhəri arasındakı yolun bir hissəsi", "Ermənistanın", Place},
		{"Bu, həm də Ermənistana mal çatdıran İran yük maşınları", "Ermənistana", Place},
		{"մխրճումներ իրականացնել ՀՀ ինքնիշխան տարածքում", "ՀՀ", Place},
		{"at the Lachin corridor. And Azerbaijan should not obstruct the movement", "Azerbaijan", Actor},
		// Before its parliament, a territory names the de-facto republic.
		{"Արցախի ԱԺ պատգամավորներն այսօր", "Արցախի", Actor},
		// A state one signs with or speaks to, though a link noun is near.
		{"Коридор не упоминается в документе, подписанном с Азербайджаном.", "Азербайджаном", Actor},
		{"Пашинян предложил Азербайджану открыть дороги.", "Азербайджану", Actor},
		{"Ереван передал Азербайджану район.", "Азербайджану", Place},
		// A state's organ is the state's wherever the organ is; a state
		// on a border with another is land.
		{"հայտարարել է Ադրբեջանի նախագահը Զանգիլանի շրջանում", "Ադրբեջանի", Actor},
		{"They stood on the border with Armenia.", "Armenia", Place},
		{"Ankara and Baku reopen their borders with Yerevan.", "Yerevan", Actor},
		{"Захарова также обвинила Ереван в том, что он решил", "Ереван", Actor},
		{"said the Armenian FM.", "Armenian", Actor},
		{"a working group at the level of Azerbaijani, Armenian and Russian deputy PMs", "Armenian", Actor},
		// The state a place is in, in brackets after it or after a region
		// the record lacks, is land.
		{"Voskepar (Armenia) - Ashagi Askipara (Azerbaijan)", "Azerbaijan", Place},
		{"и семь сел Тавушской области Армении будут возвращены", "Армении", Place},
		{"из-за загруженности единственной дороги Армения попросила отсрочку", "Армения", Actor},
		// Two seats of government joined by a hyphen before a noun of
		// talks are the two governments; land given to one, its
		// government.
		{"after the Baku-Yerevan talks in Moscow", "Baku", Actor},
		{"Агдамский район должен быть отдан Баку до 20 ноября.", "Баку", Actor},
		// A seat of government that land or its control is handed to is
		// its government; one someone goes back to is the city.
		{"The Kalbajar district was handed over to Baku on November 25.", "Baku", Actor},
		{"Seven districts came under the control of Baku.", "Baku", Actor},
		{"Aliyev returned to Baku.", "Baku", Place},
		// The de-facto republic: its officials before or after its land's
		// name, or the land's name as a party beside a state that acts.
		{"զրուցել է Արցախի պատգամավոր Դավիթ Գալստյանի հետ", "Արցախի", Actor},
		{"службу несут сотрудники дорожной полиции МВД Арцаха.", "Арцаха", Actor},
		{"20 сентября Азербайджан и Нагорный Карабах договорились о прекращении огня.", "Нагорный Карабах", Actor},
		{"Հայաստանն ու Արցախը կապող միջանցքով", "Արցախը", Place},
	} {
		ms := slices.Collect(Text(tc.text))
		if _, ok := find(ms, tc.kind, tc.span); !ok {
			t.Errorf("Text(%q): want %s %q; got %v", tc.text, tc.kind, tc.span, ms)
		}
	}
}

// A capital in capitals far into a text is no dateline: the check that
// every token before it is one once read tokens the ring no longer holds,
// and panicked.
func TestTextCapitalFarIn(t *testing.T) {
	text := strings.Repeat("word ", ringSize+10) + "BAKU said it would not agree."
	ms := slices.Collect(Text(text))
	if _, ok := find(ms, Actor, "BAKU"); !ok {
		t.Errorf("Text(%d words, then %q): want actor \"BAKU\"; got %v", ringSize+10, "BAKU said it would not agree.", ms)
	}
}

// The metonymy model overrules the rules where it is sure, and then names
// the record of the other reading: the state's, not the city's. A place
// after a preposition of place keeps the grammar's reading.
func TestTextMetonymy(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		kind       Kind
		id         string
	}{
		{"reiterated Ankara’s undivided support for Baku during his telephone conversation", "Baku", Actor, "azerbaijan"},
		{"Баку освободил 32 армянских военных, Ереван — двух азербайджанцев.", "Ереван", Actor, "armenia"},
		{"Մոտ երկու ամիս առաջ Երևանը դիմել էր ԵԱՀԿ Մինսկի խմբին։", "Երևանը", Actor, "armenia"},
		{"refugees who decided to return from Armenia after the end of hostilities", "Armenia", Place, "armenia"},
		{"Nəhayət, Laçın Azərbaycanın tərkibinə qayıdıb.", "Azərbaycanın", Place, "azerbaijan"},
		{"К Еревану подошли войска", "Еревану", Place, "yerevan"},
	} {
		ms := slices.Collect(Text(tc.text))
		m, ok := find(ms, tc.kind, tc.span)
		if !ok || m.IDs.Len() != 1 || m.IDs.At(0) != tc.id {
			t.Errorf("Text(%q): want %s %q [%s]; got %v", tc.text, tc.kind, tc.span, tc.id, ms)
		}
	}
}

// Options: Languages decides how Latin words are read; Only and MinScore
// filter.
func TestTextOptions(t *testing.T) {
	text := "Ağdam və Kəlbəcər"
	en := slices.Collect(Text(text, Languages(language.English)))
	az := slices.Collect(Text(text, Languages(language.Azerbaijani)))
	if len(az) < len(en) || len(az) != 2 {
		t.Errorf("Languages: English %v, Azerbaijani %v", en, az)
	}
	for m := range Text("Nikol Pashinyan signed on 10 November 2020.", Only(Date)) {
		if m.Kind != Date {
			t.Errorf("Only(Date) gave %v", m)
		}
	}
	for m := range Text("Aghdam and Nikol Pashinyan", MinScore(0.99)) {
		if m.Score < 0.99 || strings.Contains(m.Text, "Aghdam") {
			t.Errorf("MinScore(0.99) gave %v", m)
		}
	}
}

// TestWordLiteralsFolded checks that every word the matcher compares a
// token with, by token.is, is written as a folded key: tokens hold folded
// keys, so "və" (folded "ve") would never match.
func TestWordLiteralsFolded(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	lit := regexp.MustCompile(`\.is\("((?:[^"\\]|\\.)*)"\)`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllSubmatch(src, -1) {
			n++
			if w := string(m[1]); string(fold.AppendKey(nil, w)) != w {
				t.Errorf("%s: .is(%q) can never match: the token's key is %q", f, w, fold.AppendKey(nil, w))
			}
		}
	}
	if n < 50 {
		t.Fatalf("found %d word literals; the pattern no longer finds them", n)
	}
}
