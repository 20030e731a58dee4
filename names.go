package karabakh

import "golang.org/x/text/language"

// A NameKind says what a name is. Labels are the names a language uses; the
// other kinds are kept apart so that a translation is never confused with a
// spelling variant or a garbled copy.
type NameKind string

// The kinds of name.
const (
	// KindLabel is the name in its language, as that language's speakers or
	// official bodies write it. A place can have several labels in one
	// language when usages differ (Armenian Քելբաջար and Քարվաճառ).
	KindLabel NameKind = "label"
	// KindAlias is another name or spelling in the same language: a short
	// form, an older name, a patronymic form.
	KindAlias NameKind = "alias"
	// KindTransliteration is the name written in another script by a rule,
	// such as Nikol Paşinyan.
	KindTransliteration NameKind = "transliteration"
	// KindGarbled is a broken form seen in real text, such as the mojibake
	// "ErdoÄan". It is kept only so that lookups can repair it; it is never
	// shown as a name.
	KindGarbled NameKind = "garbled"
)

// NameKinds lists every NameKind.
func NameKinds() []NameKind {
	return []NameKind{KindLabel, KindAlias, KindTransliteration, KindGarbled}
}

// Valid reports whether k is a known NameKind.
func (k NameKind) Valid() bool {
	switch k {
	case KindLabel, KindAlias, KindTransliteration, KindGarbled:
		return true
	}
	return false
}

// A Name is one name of a person, body or place, in one language.
type Name struct {
	// Text is the name in Unicode NFC.
	Text string `json:"text"`
	// Lang is the language and, where it matters, the script (hy-Latn).
	Lang language.Tag `json:"lang"`
	Kind NameKind     `json:"kind"`
	// Usage says whose name this is, for names that differ by side:
	// "Armenian usage", "Azerbaijani official usage". No usage is the
	// "real" one; each is recorded as used.
	Usage string `json:"usage,omitempty"`
	// Sources that show this form, where they differ from the record's own.
	Sources Sources `json:"sources,omitzero"`
}

// Names is the set of names of one record.
type Names struct {
	List[Name]
}

// NamesOf returns Names holding a copy of ns.
func NamesOf(ns ...Name) Names { return Names{ListOf(ns...)} }

// Label returns the best label for a reader who prefers the given languages,
// in order. It falls back to English and then to the first label. Names of
// other kinds are never returned. It returns "" if there is no label.
//
// Languages are matched as golang.org/x/text/language.Matcher matches them,
// keeping only matches in the reader's own language: a reader of "en-GB" gets the "en" label, a reader of "hy"
// the "hy" label before "hy-Latn", and a reader whose languages have no
// label gets English.
func (ns Names) Label(prefs ...language.Tag) string {
	n, _ := ns.LabelName(prefs...)
	return n.Text
}

// LabelName is like [Names.Label] but returns the whole Name.
func (ns Names) LabelName(prefs ...language.Tag) (Name, bool) { return ns.matchLabel(prefs) }

// English returns the English label, or the first label if there is none.
func (ns Names) English() string { return ns.Label(language.English) }
