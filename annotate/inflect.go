package annotate

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/internal/fold"
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
	"golang.org/x/text/language"
)

// A langSet is a set of the four languages the matcher reads.
type langSet uint8

const (
	langEN langSet = 1 << iota
	langRU
	langHY
	langAZ
	langAny = langEN | langRU | langHY | langAZ
)

func langOf(t language.Tag) langSet {
	switch b, _ := t.Base(); b.String() {
	case "en":
		return langEN
	case "ru":
		return langRU
	case "hy":
		return langHY
	case "az":
		return langAZ
	}
	return 0
}

// How inflection is matched, per language. Every word of the lexicon (a
// name's word, or a word of the matcher's vocabulary) is stored in the
// automaton whole and as a stem; a word of the text matches it whole, or
// as the stem followed by an ending the language allows. Stems are worked
// out once, when the lexicon is built; matching compares bytes and never
// allocates.
//
//   - English and Russian: the stem is what the Snowball stemmer
//     (github.com/kljensen/snowball) leaves of the word: "районы" → "район",
//     "Лачинский" → "лачинск", "Армения" → "армен", "peacekeepers" →
//     "peacekeep". The endings are the language's noun and adjective
//     endings. Snowball cuts some proper nouns short ("Карабах" → "караб",
//     but "Карабахе" → "карабах"), so a word that is the whole lexicon word
//     plus an ending matches too; the bare stem alone ("армен") does not
//     match a word that has an ending of its own ("Армения"). A Russian
//     name in -у, -ю, -и, -о, -е or -э (Баку, Сочи, Шойгу) does not
//     decline, and has no stem.
//   - Azerbaijani: the stem is the word; the endings are chains of the
//     plural, possessive, case, predicative and -ki suffixes
//     (sülhməramlı-lar-ın, Respublika-sı-nın, Nazirliy-i-ndən), in every
//     vowel-harmony variant, with k→y before a vowel (Nazirlik →
//     Nazirliyi).
//   - Armenian: the stem is the word; the endings are chains of the plural,
//     case and article suffixes (Ստեփանակերտ-ում, Արցախ-ի,
//     խաղաղապահ-ներ-ը), with the stem changes of the declension: -ություն
//     → -ության, ու or ի dropped before a final consonant (զորախումբ →
//     զորախմբի, պայմանագիր → պայմանագրի), -ի → -ու before an ending
//     (ուղի → ուղուն), and -ու → -վ before a vowel (Բաքու → Բաքվից).
//
// All of this works on folded text (lower case, no diacritics), so the
// endings are folded too: Azerbaijani ı, ə and ü fold to i, e and u, which
// merges the harmony variants.

// stemsOf returns the folded stems under which key, a folded word of
// language l (written in full as word, with a capital if capital), is
// stored, with the endings each allows. The whole word is not among them.
func stemsOf(word, key string, l langSet, capital bool) []string {
	var out []string
	short := false // a stem of three letters is allowed where the language's declension made it
	add := func(s string) {
		if n := utf8.RuneCountInString(s); s != key && (n >= 4 || n == 3 && (l == langRU && utf8.RuneCountInString(key) >= 4 || short)) {
			for _, o := range out {
				if o == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	switch l {
	case langEN:
		add(commonPrefix(key, fold.Key(english.Stem(strings.ToLower(word), false))))
	case langRU:
		if capital && lastRune(word) != "" && strings.Contains("уюиоеэ", lastRune(word)) {
			// A name in one of these vowels is a foreign word, which
			// Russian does not decline: Баку, Сочи, Шойгу. Its stem
			// would take in other words ("Бако" is not Баку).
			return nil
		}
		add(commonPrefix(key, fold.Key(russian.Stem(strings.ToLower(word), false))))
		// Names in -й keep the vowel before it in every case, which
		// Snowball cuts: Сергей → Сергея, Сергеем.
		// (й folds to и.)
		if strings.HasSuffix(word, "й") && strings.HasSuffix(key, "и") {
			add(key[:len(key)-len("и")])
		}
	case langAZ:
		if strings.HasSuffix(key, "k") {
			add(key[:len(key)-1] + "y")
		}
	case langHY:
		if s, ok := strings.CutSuffix(key, "ություն"); ok {
			add(s + "ությ")
		}
		// Nouns in -ի take -ու before the case and article endings:
		// ուղի → ուղու, ուղուն; nouns in -ու take -վ before a vowel:
		// Բաքու → Բաքվի, Բաքվից.
		if s, ok := strings.CutSuffix(key, "ի"); ok && utf8.RuneCountInString(s) >= 3 {
			add(s + "ու")
		}
		if s, ok := strings.CutSuffix(key, "ու"); ok && utf8.RuneCountInString(s) >= 3 {
			add(s + "վ")
		}
		// The vowel of the last syllable, ու or ի, is lost before an
		// ending: զորախումբ → զորախմբի, պայմանագիր → պայմանագրի.
		for _, v := range [...]string{"ու", "ի"} {
			if i := strings.LastIndex(key, v); i > 0 && utf8.RuneCountInString(key[i+len(v):]) >= 1 && !strings.ContainsAny(key[i+len(v):], "աեէըիոօւ") {
				short = true // "խումբ" → "խմբի": the vowel's loss marks the stem
				add(key[:i] + key[i+len(v):])
			}
		}
	}
	return out
}

func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return a[:i]
}

// endings holds the folded endings each language allows after a stem.
type endings struct {
	en, ru, az, hy map[string]bool
	// latin holds the Russian and Armenian endings in Latin letters, for
	// words read by their transliteration ("Пашиняна" as "pashinyana").
	latin map[string]bool
}

var endingSets = sync.OnceValue(func() *endings {
	e := &endings{en: set(englishEndings), ru: set(russianEndings), az: map[string]bool{}, hy: map[string]bool{}}
	chains(e.az, azerbaijaniSuffixes, 0, "")
	chains(e.hy, armenianSuffixes, 0, "")
	e.latin = map[string]bool{}
	for _, m := range []map[string]bool{e.ru, e.hy} {
		for k := range m {
			e.latin[fold.Skeleton(k)] = true
		}
	}
	return e
})

func set(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[fold.Key(s)] = true
	}
	return m
}

// chains adds to m every ending made of at most one suffix from each of
// the slots in order, folded.
func chains(m map[string]bool, slots [][]string, i int, prefix string) {
	if i == len(slots) {
		if prefix != "" {
			m[fold.Key(prefix)] = true
		}
		return
	}
	chains(m, slots, i+1, prefix)
	for _, s := range slots[i] {
		chains(m, slots, i+1, prefix+s)
	}
}

// allows reports whether rest may follow a stem in one of the languages
// ls.
func (e *endings) allows(ls langSet, rest string) bool {
	if len(rest) > 24 {
		return false
	}
	return ls&langEN != 0 && e.en[rest] || ls&langRU != 0 && e.ru[rest] ||
		ls&langAZ != 0 && e.az[rest] || ls&langHY != 0 && e.hy[rest]
}

// The endings of English nouns after a Snowball stem.
var englishEndings = []string{"s", "es", "e", "er", "ers", "y", "ies", "ed"}

// The endings of Russian nouns and adjectives, after a Snowball stem or
// the whole word.
var russianEndings = []string{
	"а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям", "ами", "ями",
	"ах", "ях", "ов", "ев", "ия", "ии", "ию", "ией", "ием", "ьем", "ие", "ье", "ья", "ьи", "ью", "ьей", "иям", "иями", "иях",
	"ий", "ый", "ая", "яя", "ое", "ее", "ые", "ого", "его", "ому", "ему", "им", "ым", "ую", "юю", "их", "ых", "ими", "ыми",
	"ство", "ства", "ству", "ством", "стве",
}

// The Azerbaijani suffix slots, in the order they follow a stem, in every
// harmony variant (folding merges ı/i, ü/u, ə/e).
var azerbaijaniSuffixes = [][]string{
	{"lar", "lər"}, // plural
	{"ı", "i", "u", "ü", "sı", "si", "su", "sü", "in", // possessive, third person (and -in before a case)
		"ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz"}, // and first person plural: "Laçınımız", "Şuşamızı"
	{ // case
		"ın", "in", "un", "ün", "nın", "nin", "nun", "nün", // genitive
		"a", "ə", "ya", "yə", "na", "nə", // dative
		"ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", // accusative
		"da", "də", "nda", "ndə", "ta", "tə", // locative
		"dan", "dən", "ndan", "ndən", "tan", "tən", // ablative
		"la", "lə", "yla", "ylə", "dək", "adək", "ədək", "yadək", "yədək", "nadək", "nədək", // instrumental, terminative
	},
	{"dır", "dir", "dur", "dür", "ki", "kı"}, // predicative, -ki
}

// The Armenian suffix slots, in the order they follow a stem.
var armenianSuffixes = [][]string{
	{"եր", "ներ"}, // plural
	{"ի", "ու", "ից", "ով", "ում", "ին", "ան", "ամբ", "ունը", "ոց", "յի", "յից", "յով", "յում", "յին"}, // case (յ after a vowel: Ֆրանսիա-յի)
	{"ը", "ն", "ս", "դ"}, // article
}
