package fold

import (
	"strings"
	"unicode/utf8"
)

// Skeleton returns key (a folded key from [AppendKey]) with Cyrillic and
// Armenian letters written in Latin letters, so that Эрдоган, Էրդողան and
// Erdogan come close in edit distance. The scheme is deliberately plain
// (one Latin spelling per letter, no language rules): it only brings names
// near each other for [Index.Search], which still ranks by distance. It
// returns key itself when there is nothing to transliterate.
func Skeleton(key string) string {
	i := 0
	for i < len(key) && key[i] < utf8.RuneSelf {
		i++
	}
	if i == len(key) {
		return key
	}
	return string(AppendSkeleton(make([]byte, 0, len(key)+8), key))
}

// AppendSkeleton appends the skeleton of key (see [Skeleton]) to dst and
// returns the result. With a large enough dst it allocates nothing, which
// is what lets a text be scanned without allocating per word.
func AppendSkeleton(dst []byte, key string) []byte {
	for j, r := range key {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		// Armenian ու is one sound, u.
		if r == 'ո' && strings.HasPrefix(key[j+len("ո"):], "ւ") {
			dst = append(dst, 'u')
			continue
		}
		if r == 'ւ' && j >= len("ո") && strings.HasSuffix(key[:j], "ո") {
			continue
		}
		if s, ok := latin(r); ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// latin returns the Latin spelling of a folded Cyrillic or Armenian letter.
// The tables are arrays, not maps, so that they cost no start-up time and
// the linker drops them from programs that never call Skeleton.
func latin(r rune) (string, bool) {
	switch {
	case r >= 0x0430 && r < 0x0430+rune(len(cyrillic)):
		s := cyrillic[r-0x0430]
		return s, s != "" || r == 'ъ' || r == 'ь'
	case r >= 0x0561 && r < 0x0561+rune(len(armenian)):
		s := armenian[r-0x0561]
		return s, s != ""
	}
	switch r {
	case 'ә':
		return "e", true
	case 'ғ':
		return "gh", true
	case 'ҝ', 'ґ':
		return "g", true
	case 'ҹ':
		return "j", true
	case 'һ':
		return "h", true
	case 'ө':
		return "o", true
	case 'ү':
		return "u", true
	case 'ј':
		return "y", true
	}
	return "", false
}

var cyrillic = [...]string{
	0:               "a",    // а (U+0430, the first)
	0x0431 - 0x0430: "b",    // б
	0x0432 - 0x0430: "v",    // в
	0x0433 - 0x0430: "g",    // г
	0x0434 - 0x0430: "d",    // д
	0x0435 - 0x0430: "e",    // е
	0x0436 - 0x0430: "zh",   // ж
	0x0437 - 0x0430: "z",    // з
	0x0438 - 0x0430: "i",    // и
	0x0439 - 0x0430: "i",    // й
	0x043A - 0x0430: "k",    // к
	0x043B - 0x0430: "l",    // л
	0x043C - 0x0430: "m",    // м
	0x043D - 0x0430: "n",    // н
	0x043E - 0x0430: "o",    // о
	0x043F - 0x0430: "p",    // п
	0x0440 - 0x0430: "r",    // р
	0x0441 - 0x0430: "s",    // с
	0x0442 - 0x0430: "t",    // т
	0x0443 - 0x0430: "u",    // у
	0x0444 - 0x0430: "f",    // ф
	0x0445 - 0x0430: "kh",   // х
	0x0446 - 0x0430: "ts",   // ц
	0x0447 - 0x0430: "ch",   // ч
	0x0448 - 0x0430: "sh",   // ш
	0x0449 - 0x0430: "shch", // щ
	0x044A - 0x0430: "",     // ъ
	0x044B - 0x0430: "y",    // ы
	0x044C - 0x0430: "",     // ь
	0x044D - 0x0430: "e",    // э
	0x044E - 0x0430: "yu",   // ю
	0x044F - 0x0430: "ya",   // я
	0x0451 - 0x0430: "e",    // ё
	0x0454 - 0x0430: "ye",   // є
	0x0456 - 0x0430: "i",    // і
	0x0457 - 0x0430: "i",    // ї
}

var armenian = [...]string{
	0:               "a",  // ա (U+0561, the first)
	0x0562 - 0x0561: "b",  // բ
	0x0563 - 0x0561: "g",  // գ
	0x0564 - 0x0561: "d",  // դ
	0x0565 - 0x0561: "e",  // ե
	0x0566 - 0x0561: "z",  // զ
	0x0567 - 0x0561: "e",  // է
	0x0568 - 0x0561: "y",  // ը
	0x0569 - 0x0561: "t",  // թ
	0x056A - 0x0561: "zh", // ժ
	0x056B - 0x0561: "i",  // ի
	0x056C - 0x0561: "l",  // լ
	0x056D - 0x0561: "kh", // խ
	0x056E - 0x0561: "ts", // ծ
	0x056F - 0x0561: "k",  // կ
	0x0570 - 0x0561: "h",  // հ
	0x0571 - 0x0561: "dz", // ձ
	0x0572 - 0x0561: "gh", // ղ
	0x0573 - 0x0561: "ch", // ճ
	0x0574 - 0x0561: "m",  // մ
	0x0575 - 0x0561: "y",  // յ
	0x0576 - 0x0561: "n",  // ն
	0x0577 - 0x0561: "sh", // շ
	0x0578 - 0x0561: "o",  // ո
	0x0579 - 0x0561: "ch", // չ
	0x057A - 0x0561: "p",  // պ
	0x057B - 0x0561: "j",  // ջ
	0x057C - 0x0561: "r",  // ռ
	0x057D - 0x0561: "s",  // ս
	0x057E - 0x0561: "v",  // վ
	0x057F - 0x0561: "t",  // տ
	0x0580 - 0x0561: "r",  // ր
	0x0581 - 0x0561: "ts", // ց
	0x0582 - 0x0561: "v",  // ւ
	0x0583 - 0x0561: "p",  // փ
	0x0584 - 0x0561: "k",  // ք
	0x0585 - 0x0561: "o",  // օ
	0x0586 - 0x0561: "f",  // ֆ
}
