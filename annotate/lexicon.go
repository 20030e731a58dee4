package annotate

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/fold"
	"github.com/caucasus-data/karabakh/places"
)

// The lexicon holds every name of every actor, place and agreement and the
// vocabulary, in two automata built once, on first use:
//
//   - a trie over the folded bytes of every word and of every stem of a
//     word, which a token of the text walks from its first byte: each node
//     it passes that ends a stored word or stem is a candidate, kept if the
//     rest of the token is an ending the language allows;
//   - a trie over sequences of words, which turns the candidates of
//     consecutive tokens into names of several words ("Republic of
//     Armenia", "Лачинского коридора").
//
// Names never begin inside a word, so the first trie is entered only at
// the start of a token and needs none of Aho–Corasick's failure links: the
// walk costs one step per byte of the text, whatever the number of names.

// An entry is one name or vocabulary form.
type entry struct {
	cls      class
	kind     Kind // of a name: Actor, Place or Agreement
	id       string
	val      int
	lang     langSet // of a vocabulary form; 0 for a record's name, which may appear in any text
	text     string  // as stored
	nameKind karabakh.NameKind
	words    int
	last     int32 // the lexicon word it ends with
	person   bool  // the name of a person
	// caps is set on a name of one word written in capitals ("OSCE",
	// "РФ", "ՀՀ"): the text must write it so too, or "rf" and "us" would
	// be names.
	caps bool
	// bare is set on a name of one word in ASCII letters ("Gorus"), which a
	// word with marked letters may fold to without being it.
	bare bool
	// state is set on a name of a state whose ID is also a place's
	// (lexicon.stateOf), looked up once here rather than at every name.
	state bool
	// tail is the last word of a longer name of the same place that has
	// this name's last word at the same place, and tailWords how many words
	// the longer one adds (0: none). A text may go on past this name with
	// the rest of the longer one in other words (see tails).
	tail      int32
	tailWords uint8
}

// A final is an entry that ends at a node of the sequence trie, with what
// the matcher asks of an entry before it takes it, so that finding the
// entries at a word reads this small value, not the entry.
type final struct {
	entry int32
	lang  langSet
	cls   class
	caps  bool // entry.caps
	title bool // the title of an agreement
}

func finalOf(idx int32, e *entry) final {
	return final{entry: idx, lang: e.lang, cls: e.cls, caps: e.caps, title: e.cls == cName && e.kind == Agreement}
}

// namePart marks an entry that is one word of a record's name.
const namePart karabakh.NameKind = "part"

type lexWord struct {
	key   string
	langs langSet
	// short is set on words of fewer than four letters that take endings
	// all the same: Azerbaijani il (year) and ay (month), the months.
	short bool
	// name is set on words of records' names.
	name bool
}

type lexicon struct {
	words   []lexWord
	wordIx  map[string]int32
	chars   charTrie
	skel    charTrie // skeletons of the words of names, for transliterations
	seq     seqTrie
	finals  [][]final // node of seq -> entries that end there
	entries []entry
	// surnames maps the last word of a person's names to the people.
	surnames map[int32][]string
	// stateOf holds the states whose actor ID is also a place's, the
	// states whose names may name either.
	stateOf map[string]bool
	// states holds every actor that is a state.
	states map[string]bool
	// ministries maps a state and a kind of body (bodyDefence, ...) to the
	// record of that body.
	ministries map[ministryKey]string
	// bodies maps a territory to the de-facto state that governed it, and
	// lands the other way.
	bodies, lands map[string]string
	// metonyms holds the records a name may name read as an actor or a
	// place: the states of stateOf, the capitals and their states, the
	// lands of bodies and their bodies. See metonymy.go. metonymFirsts
	// holds, for each length of their IDs modulo 32, a bit for each first
	// letter (its low six bits), which rules most other IDs out without
	// hashing.
	metonyms      map[string]bool
	metonymFirsts [32]uint64
	// persons holds the words of each person's names, for initials.
	persons map[string][][]string
	// alone holds the people the record names by the surname alone
	// ("Pashinyan", "Aliyev"): their surname needs no full name before it.
	alone map[string]bool
	// firsts maps the first word of a person's names to the people.
	firsts   map[int32][]string
	maxWords int
	// lists holds a List for each record ID, shared by the mentions of
	// it: a List cannot be changed, so sharing it is safe.
	lists map[string]karabakh.List[string]
}

// mayBeMetonym reports whether the record id may be named as an actor or
// as a place: see metonyms.
func (lx *lexicon) mayBeMetonym(id string) bool {
	return id != "" && lx.metonymFirsts[len(id)&31]&(1<<(id[0]&63)) != 0 && lx.metonyms[id]
}

// list returns ids as a List, shared for a single record ID.
func (lx *lexicon) list(ids []string) karabakh.List[string] {
	if len(ids) == 1 {
		if l, ok := lx.lists[ids[0]]; ok {
			return l
		}
	}
	return karabakh.ListOf(ids...)
}

var theLexicon = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	lx := &lexicon{
		wordIx:     map[string]int32{},
		seq:        seqTrie{build: map[uint64]int32{}},
		finals:     [][]final{nil},
		surnames:   map[int32][]string{},
		stateOf:    map[string]bool{},
		states:     map[string]bool{},
		ministries: map[ministryKey]string{},
		persons:    map[string][][]string{},
		firsts:     map[int32][]string{},
		alone:      map[string]bool{},
	}
	lx.chars.init()
	lx.skel.init()
	// Every place's names, folded, for the actors' names that end with
	// where they are (see withoutSeat); and the names of one word, each
	// with its place. In a name that joins two other places' names, a
	// route between them ("Laçın-Xankəndi yolu"), neither word names it
	// alone: "Xankəndi" is Stepanakert. ("Ağdam" of "Ağdam rayonu" does
	// name the district.)
	placeNames := map[string]bool{}
	whole := map[string]places.ID{}
	for p := range places.All() {
		for n := range p.Names.All() {
			placeNames[fold.Key(n.Text)] = true
			if ws := wordsOf(n.Text); len(ws) == 1 {
				whole[fold.Key(ws[0])] = p.ID
			}
		}
	}
	for a := range actors.All() {
		if a.Kind == actors.State {
			lx.states[string(a.ID)] = true
			lx.stateOf[string(a.ID)] = places.Exists(places.ID(a.ID))
		}
		for n := range a.Names.All() {
			lx.add(entry{cls: cName, kind: Actor, id: string(a.ID), text: withoutSeat(n.Text, placeNames), nameKind: n.Kind, person: a.Kind == actors.Person}, langOf(n.Lang))
		}
	}
	// Nagorno-Karabakh before an organ ("Արցախի նախագահ", "Artsakh
	// authorities") names the de-facto republic, as a state before its
	// organs names the state.
	lx.bodies = map[string]string{string(places.NagornoKarabakh): string(actors.Artsakh)}
	lx.lands = map[string]string{}
	for land, body := range lx.bodies {
		if l, ok := lx.lands[body]; !ok || land < l {
			lx.lands[body] = land // the first by ID, should there be several
		}
	}
	for k, id := range map[ministryKey]actors.ID{
		{string(actors.Armenia), bodyDefence}:    actors.ArmenianDefenceMinistry,
		{string(actors.Azerbaijan), bodyDefence}: actors.AzerbaijaniDefenceMinistry,
		{string(actors.Russia), bodyDefence}:     actors.RussianDefenceMinistry,
		// Point 9's border guards are the FSB's: the record is named for
		// the FSB and for Russia's border guards alike.
		{string(actors.Russia), bodyFSB}:        actors.FSBBorderService,
		{string(actors.Russia), bodyBorder}:     actors.FSBBorderService,
		{string(actors.Russia), bodyFSBBorders}: actors.FSBBorderService,
	} {
		lx.ministries[k] = string(id)
	}
	generic := map[string]bool{}
	for _, v := range vocabulary() {
		if v.cls == cGeneric || v.cls == cPlaceHead {
			for _, f := range v.forms {
				generic[fold.Key(f)] = true
			}
		}
	}
	for _, e := range lx.entries {
		if e.person {
			for w := range strings.SplitSeq(fold.Key(e.text), " ") {
				generic[w] = true // a word of a person's name
			}
		}
	}
	for p := range places.All() {
		first := int32(len(lx.entries))
		for n := range p.Names.All() {
			lx.add(entry{cls: cName, kind: Place, id: string(p.ID), text: n.Text, nameKind: n.Kind}, langOf(n.Lang))
			// The distinctive word of a place's name names it alone:
			// "Karabakh", "Qarabağ", "Кельбаджарский", "Nakhchivan".
			ws := wordsOf(n.Text)
			if len(ws) < 2 || len(ws) > 4 || n.Kind == karabakh.KindGarbled {
				continue
			}
			others := 0
			for _, w := range ws {
				if id := whole[fold.Key(w)]; id != "" && id != p.ID {
					others++
				}
			}
			for _, w := range ws {
				if k := fold.Key(w); utf8.RuneCountInString(k) >= 5 && !generic[k] && (others < 2 || whole[k] == "" || whole[k] == p.ID) {
					lx.add(entry{cls: cName, kind: Place, id: string(p.ID), text: w, nameKind: namePart}, langOf(n.Lang))
				}
			}
		}
		lx.tails(first)
	}
	for ag := range agreement.All() {
		for n := range ag.Titles.All() {
			if len(wordsOf(n.Text)) < 3 {
				continue // "Statement": a title no text would use alone for it
			}
			lx.add(entry{cls: cName, kind: Agreement, id: string(ag.ID), text: n.Text, nameKind: n.Kind}, langOf(n.Lang))
		}
	}
	for _, v := range vocabulary() {
		for _, f := range v.forms {
			e := entry{cls: v.cls, id: v.id, val: v.val, lang: v.lang, text: f, nameKind: karabakh.KindLabel}
			if v.cls == cName {
				e.kind = Kind(v.val)
			}
			lx.add(e, v.lang)
		}
	}
	lx.chars.compact()
	lx.skel.compact()
	lx.seq.compact(len(lx.words), len(lx.finals))
	lx.lists = map[string]karabakh.List[string]{}
	for _, e := range lx.entries {
		for _, id := range strings.Fields(e.id) {
			if _, ok := lx.lists[id]; !ok {
				lx.lists[id] = karabakh.ListOf(id)
			}
		}
	}
	for _, id := range []string{string(actors.ArmenianDefenceMinistry), string(actors.AzerbaijaniDefenceMinistry), string(actors.RussianDefenceMinistry)} {
		lx.lists[id] = karabakh.ListOf(id)
	}
	lx.metonyms = map[string]bool{}
	for id, ok := range lx.stateOf {
		lx.metonyms[id] = ok
	}
	for land, body := range lx.bodies {
		lx.metonyms[land], lx.metonyms[body] = true, true
	}
	for _, e := range lx.entries {
		if e.cls == cCapital {
			if state, city, _ := strings.Cut(e.id, " "); city != "" {
				lx.metonyms[state], lx.metonyms[city] = true, true
			}
		}
	}
	for id, ok := range lx.metonyms {
		if ok {
			lx.metonymFirsts[len(id)&31] |= 1 << (id[0] & 63)
		}
	}
	return lx
}

// tails links each name of a place among the entries from first on to a
// longer name of the place whose word at the same place is its last word:
// "маршрут Трампа" and "Путь Трампа" to "Маршрут Трампа за международный
// мир и процветание", whose rest other texts translate otherwise ("ради
// международного мира и процветания", "Пути Трампа во имя ...").
func (lx *lexicon) tails(first int32) {
	es := lx.entries[first:]
	for i := range es {
		short := wordsOf(fold.Key(es[i].text))
		for j := range es {
			long := wordsOf(fold.Key(es[j].text))
			if n := len(short); n > 0 && len(long) > n && len(long)-n < 16 && long[n-1] == short[n-1] &&
				int(es[i].tailWords) < len(long)-len(short) {
				es[i].tail, es[i].tailWords = es[j].last, uint8(len(long)-len(short))
			}
		}
	}
}

// add stores e under the words of its text, of language l.
func (lx *lexicon) add(e entry, l langSet) {
	key := fold.Key(e.text)
	if key == "" {
		return
	}
	keys := strings.Split(key, " ")
	orig := casedWordsOf(e.text)
	e.caps = len(keys) == 1 && allCaps(e.text)
	e.bare = len(keys) == 1 && isASCII(e.text)
	e.words = len(keys)
	e.state = e.cls == cName && (e.kind == Actor || e.kind == Place) && lx.stateOf[e.id]
	lx.maxWords = max(lx.maxWords, len(keys))
	idx := int32(len(lx.entries))
	lx.entries = append(lx.entries, e)
	node := int32(0)
	for i, k := range keys {
		w := lx.word(k)
		lx.words[w].langs |= l
		if e.cls == cName {
			lx.words[w].name = true
		}
		if e.cls == cUnit || e.cls == cMonth || e.cls == cYearWord || e.cls == cRelPeriod || e.cls == cNumber {
			lx.words[w].short = true
		}
		if l&(langEN|langRU|langAZ|langHY) != 0 {
			word, capital := k, false
			if len(orig) == len(keys) {
				r, _ := utf8.DecodeRuneInString(orig[i])
				word, capital = strings.ToLower(orig[i]), unicode.IsUpper(r)
			}
			for _, s := range stemsOf(word, k, l, capital) {
				lx.chars.add(s, w, true)
			}
		}
		if e.cls == cName && (e.kind == Actor || e.kind == Place) && utf8.RuneCountInString(k) >= 4 {
			if s := fold.Skeleton(k); s != k {
				lx.skel.add(s, w, false)
			}
		}
		sk := uint64(node)<<32 | uint64(uint32(w))
		next, ok := lx.seq.build[sk]
		if !ok {
			next = int32(len(lx.finals))
			lx.finals = append(lx.finals, nil)
			lx.seq.build[sk] = next
		}
		node = next
	}
	lx.finals[node] = append(lx.finals[node], finalOf(idx, &lx.entries[idx]))
	lx.entries[idx].last = lx.wordIx[keys[len(keys)-1]]
	if e.person {
		last := lx.wordIx[keys[len(keys)-1]]
		if !slices.Contains(lx.surnames[last], e.id) {
			lx.surnames[last] = append(lx.surnames[last], e.id)
		}
		if len(keys) == 1 && e.nameKind != karabakh.KindGarbled {
			lx.alone[e.id] = true
		}
		if len(keys) >= 2 {
			lx.persons[e.id] = append(lx.persons[e.id], keys)
			f := lx.wordIx[keys[0]]
			if !slices.Contains(lx.firsts[f], e.id) {
				lx.firsts[f] = append(lx.firsts[f], e.id)
			}
		}
	}
}

// word returns the index of the lexicon word key, adding it.
func (lx *lexicon) word(key string) int32 {
	if w, ok := lx.wordIx[key]; ok {
		return w
	}
	w := int32(len(lx.words))
	lx.words = append(lx.words, lexWord{key: key})
	lx.wordIx[key] = w
	lx.chars.add(key, w, false)
	return w
}

// wordsOf splits s into its words, in lower case, as the scanner does.
func wordsOf(s string) []string {
	ws := casedWordsOf(s)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// casedWordsOf splits s into its words as the scanner does, keeping their
// case: a capital tells a name (see stemsOf).
func casedWordsOf(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) && !fold.Ignorable(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// A charTrie is a trie over bytes whose nodes record the lexicon words and
// stems that end there. Nodes with many edges (the root, and the first
// letters of words) have a table of 256 children; the others keep their
// few edges sorted in one array, each node's together.
type charTrie struct {
	build map[uint64]int32 // while building: node<<8|byte -> child
	hits  [][]wordHit      // while building
	// After compact:
	dense  []int32 // per node: index of its table in tables, or -1
	tables [][256]int32
	first  []int32 // first edge of each node
	count  []uint16
	bytes  []byte // edge labels
	child  []int32
	hfirst []int32 // first hit of each node in hlist
	hcount []uint8
	hlist  []wordHit
}

type wordHit struct {
	word  int32
	stem  bool
	runes uint8 // letters of the word or stem
}

// denseEdges is the number of edges above which a node gets a table.
const denseEdges = 8

func (t *charTrie) init() {
	t.build = map[uint64]int32{}
	t.hits = [][]wordHit{nil}
}

func (t *charTrie) add(key string, w int32, stem bool) {
	node := int32(0)
	for i := 0; i < len(key); i++ {
		k := uint64(node)<<8 | uint64(key[i])
		next, ok := t.build[k]
		if !ok {
			next = int32(len(t.hits))
			t.hits = append(t.hits, nil)
			t.build[k] = next
		}
		node = next
	}
	h := wordHit{word: w, stem: stem, runes: uint8(min(utf8.RuneCountInString(key), 255))}
	if !slices.Contains(t.hits[node], h) {
		t.hits[node] = append(t.hits[node], h)
	}
}

func (t *charTrie) compact() {
	n := len(t.hits)
	type edge struct {
		from int32
		b    byte
		to   int32
	}
	edges := make([]edge, 0, len(t.build))
	for k, to := range t.build {
		edges = append(edges, edge{int32(k >> 8), byte(k), to})
	}
	slices.SortFunc(edges, func(a, b edge) int {
		if a.from != b.from {
			return int(a.from - b.from)
		}
		return int(a.b) - int(b.b)
	})
	t.first = make([]int32, n)
	t.count = make([]uint16, n)
	t.dense = make([]int32, n)
	t.bytes = make([]byte, len(edges))
	t.child = make([]int32, len(edges))
	for i, e := range edges {
		if t.count[e.from] == 0 {
			t.first[e.from] = int32(i)
		}
		t.count[e.from]++
		t.bytes[i] = e.b
		t.child[i] = e.to
	}
	for node := range n {
		t.dense[node] = -1
		if node == 0 || t.count[node] > denseEdges {
			var tbl [256]int32
			for i := range tbl {
				tbl[i] = -1
			}
			for i := t.first[node]; i < t.first[node]+int32(t.count[node]); i++ {
				tbl[t.bytes[i]] = t.child[i]
			}
			t.dense[node] = int32(len(t.tables))
			t.tables = append(t.tables, tbl)
		}
	}
	t.hfirst = make([]int32, n)
	t.hcount = make([]uint8, n)
	for node, hs := range t.hits {
		t.hfirst[node] = int32(len(t.hlist))
		t.hcount[node] = uint8(len(hs))
		t.hlist = append(t.hlist, hs...)
	}
	t.build, t.hits = nil, nil
}

// next returns the child of node along byte b, or -1.
// children calls f with each edge of node, in the order of their bytes.
func (t *charTrie) children(node int32, f func(b byte, child int32)) {
	if d := t.dense[node]; d >= 0 {
		for b, c := range t.tables[d] {
			if c >= 0 {
				f(byte(b), c)
			}
		}
		return
	}
	for i := t.first[node]; i < t.first[node]+int32(t.count[node]); i++ {
		f(t.bytes[i], t.child[i])
	}
}

func (t *charTrie) next(node int32, b byte) int32 {
	if d := t.dense[node]; d >= 0 {
		return t.tables[d][b]
	}
	f := t.first[node]
	for i := f; i < f+int32(t.count[node]); i++ {
		if t.bytes[i] >= b {
			if t.bytes[i] == b {
				return t.child[i]
			}
			return -1
		}
	}
	return -1
}

// A seqTrie is the trie over sequences of lexicon words. The root's
// children are a table by word; other nodes have few, kept sorted.
type seqTrie struct {
	build map[uint64]int32
	root  []int32 // by word: the child, or -1
	first []int32 // first edge of each node
	count []int32
	word  []int32 // edge labels
	child []int32
}

func (t *seqTrie) compact(words, nodes int) {
	type edge struct{ from, w, to int32 }
	edges := make([]edge, 0, len(t.build))
	for k, to := range t.build {
		edges = append(edges, edge{int32(k >> 32), int32(uint32(k)), to})
	}
	slices.SortFunc(edges, func(a, b edge) int {
		if a.from != b.from {
			return int(a.from - b.from)
		}
		return int(a.w - b.w)
	})
	t.root = make([]int32, words)
	for i := range t.root {
		t.root[i] = -1
	}
	t.first = make([]int32, nodes)
	t.count = make([]int32, nodes)
	t.word = make([]int32, len(edges))
	t.child = make([]int32, len(edges))
	for i, e := range edges {
		if e.from == 0 {
			t.root[e.w] = e.to
		}
		if t.count[e.from] == 0 {
			t.first[e.from] = int32(i)
		}
		t.count[e.from]++
		t.word[i], t.child[i] = e.w, e.to
	}
	t.build = nil
}

// next returns the child of node along word w, or -1.
func (t *seqTrie) next(node, w int32) int32 {
	if node == 0 {
		return t.root[w]
	}
	f := t.first[node]
	for i := f; i < f+t.count[node]; i++ {
		if t.word[i] == w {
			return t.child[i]
		}
	}
	return -1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// allCaps reports whether s has two letters or more, all capitals.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			return false
		}
	}
	return n >= 2
}

// withoutSeat returns an actor's name without the place it is in, where
// the name ends so: "Russian peacekeeping contingent in Nagorno-Karabakh"
// is read as the contingent, and the place after it as the place, the way
// a reader marks them.
func withoutSeat(name string, placeNames map[string]bool) string {
	if i := strings.LastIndex(name, " in "); i > 0 && placeNames[fold.Key(name[i+len(" in "):])] {
		return name[:i]
	}
	return name
}

// A ministryKey is a state's ID and a kind of body of it (a value of
// cMinistry).
type ministryKey struct {
	state string
	body  int
}
