package fold

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Repairs returns the texts s may have been before UTF-8 was decoded as
// Windows-1252 or as Latin-1 (ISO 8859-1): "ErdoÄŸan" gives "Erdoğan". It
// re-encodes s with x/text's charmaps and keeps a result only if it is
// valid UTF-8 that differs from s. It returns nil for text that shows no
// sign of that damage. Damage that lost bytes ("ErdoÄan", where the second
// byte of ğ is gone) cannot be undone this way; [Index.Search] reaches such
// forms by edit distance.
func Repairs(s string) []string {
	suspect := false
	for _, r := range s {
		if r >= 0x80 && r <= 0xff || r >= 0x152 && r <= 0x2122 && cp1252Extra(r) {
			suspect = true
			break
		}
	}
	if !suspect {
		return nil
	}
	var out []string
	for _, cm := range [...]*charmap.Charmap{charmap.Windows1252, charmap.ISO8859_1} {
		if r, ok := repairWith(cm, s); ok && r != s && !contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func repairWith(cm *charmap.Charmap, s string) (string, bool) {
	// The plain encoder fails on characters the charmap cannot hold, which
	// rules the charmap out.
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil || !utf8.Valid(b) {
		return "", false
	}
	return string(b), true
}

// cp1252Extra reports whether r is one of the characters Windows-1252 puts
// at 0x80..0x9F, which UTF-8 continuation bytes turn into.
func cp1252Extra(r rune) bool {
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž',
		'‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}
