package fold

import "unicode"

// Ignorable reports whether r is a default-ignorable code point (Unicode's
// Default_Ignorable_Code_Point): a character that shows nothing unless a
// renderer supports it, such as the soft hyphen, zero-width space and
// joiners, bidirectional marks and overrides, the word joiner, variation
// selectors and tag characters. Keys leave them out, so that a name with
// one inside folds as the name does; and text in the dataset may not hold
// them, since they are how a name is made to look like another.
func Ignorable(r rune) bool {
	return r >= 0xad && unicode.Is(defaultIgnorable, r)
}

// defaultIgnorable is Default_Ignorable_Code_Point of Unicode 15.0, as
// DerivedCoreProperties.txt derives it: Other_Default_Ignorable_Code_Point,
// Cf and Variation_Selector, less White_Space, U+FFF9..U+FFFB, U+13430..
// U+1343F and Prepended_Concatenation_Mark. TestIgnorableIsDerived
// recomputes it from the tables of package unicode.
var defaultIgnorable = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00ad, Hi: 0x00ad, Stride: 1}, // soft hyphen
		{Lo: 0x034f, Hi: 0x034f, Stride: 1}, // combining grapheme joiner
		{Lo: 0x061c, Hi: 0x061c, Stride: 1}, // Arabic letter mark
		{Lo: 0x115f, Hi: 0x1160, Stride: 1}, // Hangul fillers
		{Lo: 0x17b4, Hi: 0x17b5, Stride: 1}, // Khmer inherent vowels
		{Lo: 0x180b, Hi: 0x180f, Stride: 1}, // Mongolian variation selectors, vowel separator
		{Lo: 0x200b, Hi: 0x200f, Stride: 1}, // zero-width space, ZWNJ, ZWJ, LRM, RLM
		{Lo: 0x202a, Hi: 0x202e, Stride: 1}, // bidirectional embeddings and overrides
		{Lo: 0x2060, Hi: 0x206f, Stride: 1}, // word joiner, invisible operators, isolates
		{Lo: 0x3164, Hi: 0x3164, Stride: 1}, // Hangul filler
		{Lo: 0xfe00, Hi: 0xfe0f, Stride: 1}, // variation selectors
		{Lo: 0xfeff, Hi: 0xfeff, Stride: 1}, // zero-width no-break space (BOM)
		{Lo: 0xffa0, Hi: 0xffa0, Stride: 1}, // half-width Hangul filler
		{Lo: 0xfff0, Hi: 0xfff8, Stride: 1}, // reserved
	},
	R32: []unicode.Range32{
		{Lo: 0x1bca0, Hi: 0x1bca3, Stride: 1}, // shorthand format controls
		{Lo: 0x1d173, Hi: 0x1d17a, Stride: 1}, // musical format controls
		{Lo: 0xe0000, Hi: 0xe0fff, Stride: 1}, // tags, variation selectors 17-256, reserved
	},
	LatinOffset: 1,
}
