package karabakh

import (
	"iter"
	"slices"

	"golang.org/x/text/language"
)

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

var nameKinds = [...]NameKind{KindLabel, KindAlias, KindTransliteration, KindGarbled}

// NameKinds lists every NameKind.
func NameKinds() iter.Seq[NameKind] { return slices.Values(nameKinds[:]) }

// Valid reports whether k is a known NameKind.
func (k NameKind) Valid() bool { return slices.Contains(nameKinds[:], k) }

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
// keeping only matches in the reader's own language: a reader of "en-GB"
// gets the "en" label, a reader of "hy" the "hy" label before "hy-Latn",
// and a reader whose languages have no label gets English. Use
// [Names.LabelIn] where a fallback to English would be wrong.
func (ns Names) Label(prefs ...language.Tag) string {
	n, _ := ns.LabelName(prefs...)
	return n.Text
}

// LabelName is like [Names.Label] but returns the whole Name.
func (ns Names) LabelName(prefs ...language.Tag) (Name, bool) { return ns.matchLabel(prefs) }

// LabelIn returns the first label in exactly the language lang, and false
// if there is none: unlike [Names.Label] it never falls back to another
// language, so a map that asks for Armenian gets Armenian or nothing. See
// [Names.LabelsIn] for what counts as the same language.
func (ns Names) LabelIn(lang language.Tag) (string, bool) {
	for n := range ns.LabelsIn(lang) {
		return n.Text, true
	}
	return "", false
}

// LabelsIn yields every label in exactly the language lang, in order. A
// label is in lang if it has lang's base language and script: for "hy" the
// labels tagged "hy" or "hy-AM", not the transliteration "hy-Latn"; for
// "hy-Latn" only the Latin-script ones. A place can have several labels in
// one language where usages differ (Armenian Քելբաջար and Քարվաճառ).
func (ns Names) LabelsIn(lang language.Tag) iter.Seq[Name] {
	base, _ := lang.Base()
	script, _ := lang.Script()
	return func(yield func(Name) bool) {
		for _, n := range ns.s {
			if n.Kind != KindLabel {
				continue
			}
			if b, _ := n.Lang.Base(); b != base {
				continue
			}
			if s, _ := n.Lang.Script(); s != script {
				continue
			}
			if !yield(n) {
				return
			}
		}
	}
}

// English returns the English label, or the first label if there is none.
func (ns Names) English() string { return ns.Label(language.English) }
