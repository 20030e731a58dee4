// Package annotate reads a text against the dataset: [Text] finds every
// mention of an actor, place, agreement or point, and every date and
// quantity; [Check] says what in the text contradicts the sources.
//
//	for m := range annotate.Text(article, annotate.Published(karabakh.MustParseDate("2020-11-20"))) {
//		fmt.Println(m.Start, m.End, m.Kind, m.IDs.Slice(), m.How)
//	}
//	for f := range annotate.Check(article) {
//		fmt.Println(f.Verdict, f.Claim, f.Sourced)
//	}
//
// # What it finds
//
// Names are found by every name the records hold, in any script, folded as
// [karabakh.NameIndex] folds them: "ERDOGAN", "Erdoğan" and "Эрдоган". A
// mention says how it matched, in the vocabulary of [karabakh.MatchKind]:
// exact, folded, repaired (mojibake: "ErdoÄŸan"), transliterated,
// inflected ("Пашиняна", "Ağdamın", "Ստեփանակերտում"), partial (a
// surname, initials, one word of a place's name, a date whose year the
// text does not write) or fuzzy (one letter, not the first, other than in a
// name's word of seven letters or more: "Aberbaycan", "Naxşıvanla"). A
// name that fits several records
// ("Aghdam": the town or the district) yields all of them, best first,
// marked Ambiguous, unless a word beside it settles which ("the city of
// Aghdam").
//
// Beyond the records' names, a vocabulary kept as data (vocabulary_*.go,
// one file per language) lets it read:
//
//   - people as writers name them: initials ("V. Putin", "I.H.Aliyev"),
//     the first name and surname without the middle name, the surname
//     alone once the text has named the person or where the record names
//     the person by it;
//   - a state adjective before the noun of an organ of that state: "Armenian
//     forces", "the Azerbaijani side", "Армянская сторона", "erməni silahlı
//     qüvvələri", "հայկական և ադրբեջանական կողմերի"; before a noun for the
//     Russian peacekeepers ("Russian peacekeepers", "российские
//     миротворцы") it names the contingent. Other uses ("Armenian
//     residents", "the Armenian language") are not mentions;
//   - a state named as an agent ("Armenia agreed") or as its territory
//     ("returned to Armenia", "в Армении", "Azərbaycana qaytarılır"), and a
//     capital standing for its government ("Moscow and Ankara"). Rules of
//     grammar decide, and a logistic model over the words around the
//     name, trained on the gold sets, overrules them where it is sure
//     (see metonymy.go);
//   - the adjective of a place that is not a state, as the place:
//     "нагорно-карабахского региона", "в ереванском офисе", "արցախյան";
//   - the statement by its title or by a description: "the trilateral
//     statement", "the November 10 declaration", "заявление от 10 ноября",
//     "üçtərəfli bəyanat", and a bare "the agreement" once the text has
//     named it; and its points: "point 9", "the eighth point", "пункт 9",
//     "9-й пункт", "9-cu bənd", "9-րդ կետ";
//   - dates each language's way, with their precision ("10 ноября 2020
//     года", "noyabrın 20-də", "2020 թ. նոյեմբերի 10", "November 2020",
//     "autumn 2020"), and relative dates ("today", "last week", "on
//     Tuesday", "two weeks ago", "this autumn") when [Published] gives the
//     article's date. A date without a year takes the year the text gives
//     by its context or, failing that, the year of the record's event on
//     that day whose actors, places or agreements the text names; else it
//     is not read;
//   - quantities next to what they count: "1,960 military personnel", "90
//     hərbi zirehli texnika", "5 km", "forty-four-day".
//
// # Inflection
//
// Every word of the lexicon is stored whole and as a stem; a word of the
// text matches it whole or as the stem followed by an ending the language
// allows. English and Russian stems are what the Snowball stemmer
// (github.com/kljensen/snowball) leaves of the word, except Russian names
// that do not decline (Баку, Сочи); Azerbaijani and
// Armenian stems are the words themselves, and their endings chains of
// suffixes (plural, possessive, case, article) with the stem changes of
// the declension. Forms are never listed by hand. See inflect.go.
//
// # Speed
//
// The names are held in two automata built once, on first use: a trie over
// the folded bytes of every word and stem, entered at the start of each
// word (a name never begins inside one, so Aho–Corasick's failure links
// are not needed), and a trie over sequences of words. Text takes time
// linear in the length of the text and allocates in proportion to the
// number of mentions: the text is scanned through a fixed ring of tokens,
// never copied. BENCHMARKS.md has the figures, beside a naive search for
// every name form.
//
// # Quality
//
// QUALITY.md at the root of the module gives the precision and recall
// measured on a development set the matcher was tuned on and on a held-out
// test set it was not, per kind and language, and the errors that remain.
package annotate
