package annotate

import (
	"math/bits"
	"strings"
)

// A state's, a capital's or Nagorno-Karabakh's name names either an actor
// or a place: "Armenia agreed" and "returned to Armenia", "Baku said" and
// "talks in Baku", "Artsakh's government" and "in Artsakh". The rules in
// names.go decide by grammar. On texts they had not been written against
// they erred on about one such name in eleven, and their errors had
// patterns that the words around a name show. A logistic model, trained on
// the gold's reading of each such name the rules read (in the gold sets of
// this repository), with the rules' reading as one of its features,
// overrules them where it is sure: a second reader, not a replacement. Its
// weights are in metonymy_weights.go, which TestMetonymyWeights writes
// with -update; TestMetonymyHeldOut measures it against the readings the
// rules gave on held-out text.

// A metonymyGroup is a group of names the model tells apart: each has
// its own rate of actors and places.
type metonymyGroup uint8

const (
	groupNone metonymyGroup = iota
	groupState
	groupCapital
	groupLand // Nagorno-Karabakh, and the republic that governed it
)

func (g metonymyGroup) String() string { return [...]string{"none", "state", "capital", "land"}[g] }

// metonymySure is how sure the model must be, as log-odds, to overrule the
// rules: ln(0.7/0.3), a probability of 0.7. On the held-out readings (to
// test145/) it mends 84 errors and makes 22; 0.8 mends 66 and makes 11;
// 0.6 mends 103 but makes 33, more wrong readings than a reader should meet.
const metonymySure = 0.8473

// metonymy returns the kind and IDs of the name at tokens i..end, which
// the rules read as kind k with ids: the same, unless the model is sure
// of the other reading.
func (a *analyzer) metonymy(k Kind, i, end int, ids []string) (Kind, []string) {
	group, other := a.otherReading(k, i, ids)
	if group == groupNone {
		return k, ids
	}
	if a.sample != nil {
		a.sample(group, k, i, end) // TestMetonymyWeights: the rules' reading alone
		return k, ids
	}
	if k == Place && a.afterPlacePrep(i) {
		// A place after a preposition of place ("К Еревану подошли
		// войска") is the grammar's reading: on the held-out readings,
		// overruling such a place mended one error and made another.
		return k, ids
	}
	s := float32(0)
	for _, h := range a.metonymyFeatures(group, k, i, end) {
		s += metonymyWeight(h)
	}
	switch {
	case k == Actor && s > metonymySure:
		k = Place
	case k == Place && s < -metonymySure:
		k = Actor
	default:
		return k, ids
	}
	a.otherID[0] = other
	return k, a.otherID[:]
}

// afterPlacePrep reports whether the name at token i follows a preposition
// of place: see metonymy.
func (a *analyzer) afterPlacePrep(i int) bool { return a.is(i-1, cTerritoryPrep) && a.joined(i) }

// otherReading returns the group of the name at token i read as kind k
// with ids, and the record it names read the other way, or groupNone if it
// has no other reading: a state and its country share an ID; a capital
// names its city or its state's government; Nagorno-Karabakh names the
// land or the republic that governed it.
func (a *analyzer) otherReading(k Kind, i int, ids []string) (group metonymyGroup, other string) {
	if len(ids) != 1 || !a.lx.mayBeMetonym(ids[0]) {
		return groupNone, ""
	}
	id := ids[0]
	if _, e, ok := a.find(i, cCapital); ok {
		state, city, _ := strings.Cut(e.id, " ")
		switch {
		case k == Actor && id == state && city == "":
			return groupNone, "" // "the Kremlin": a seat no place record is
		case k == Actor && id == state:
			return groupCapital, city
		case k == Place && id == city:
			return groupCapital, state
		}
	}
	switch {
	case a.lx.stateOf[id]:
		return groupState, id
	case k == Place && a.lx.bodies[id] != "":
		return groupLand, a.lx.bodies[id]
	case k == Actor && a.lx.lands[id] != "":
		return groupLand, a.lx.lands[id]
	}
	return groupNone, ""
}

// metonymyFeatures returns, in a's buffer, the hashes of the features of
// the name at tokens i..end, of group, which the rules read as kind k: the
// group, the language, the name's case ending, the words and stems around
// it, the classes of the vocabulary those words belong to, the punctuation
// at its edges, and the rules' reading. A stem is a word's first five
// letters, a suffix-stripper that needs no language.
func (a *analyzer) metonymyFeatures(group metonymyGroup, k Kind, i, end int) []uint32 {
	fs := &a.features
	fs.n = 0
	lang := uint32(0) // the first of the name's languages in langSet's order, from 1
	if ls := a.langsOf(a.at(end)); ls != 0 {
		lang = uint32(bits.TrailingZeros8(uint8(ls))) + 1
	}
	g := uint32(group)
	ending := hashBytes(a.ending(a.at(end)))
	fs.add(fBias, 0)
	fs.add(fGroup, g)
	fs.add(fLang, lang)
	fs.add(fGroupLang|lang<<8, g)
	fs.add(fEnding|lang<<8, ending)
	fs.add(fEnding|lang<<8|g<<12, ending)
	fs.add(ruleTemplate(k, group), 0)
	if a.at(i).has(tAllUpper) {
		fs.add(fUpper, 0)
	}
	for d := -3; d <= 3; d++ {
		if d == 0 {
			continue
		}
		j := i + d
		if d > 0 {
			j = end + d
		}
		at := uint32(d+3) << 8
		t := a.at(j)
		if t == nil {
			fs.add(fNone|at, 0)
			continue
		}
		kh, sh := t.hashes()
		fs.add(fWord|at, kh)
		if d < -2 || d > 2 {
			continue
		}
		fs.add(fStem|at, sh)
		a.has(j, cName) // computes the token's classes
		for m := t.mask; m != 0; m &= m - 1 {
			fs.add(fClass|at, uint32(bits.TrailingZeros64(m)))
		}
		if d == -1 {
			fs.add(fSep|at, uint32(a.at(i).sep))
		}
		if d == 1 {
			fs.add(fSep|at, uint32(t.sep))
		}
	}
	for j := i - 3; j <= end+3; j++ {
		if j >= i && j <= end {
			continue
		}
		if t := a.at(j); t != nil {
			_, sh := t.hashes()
			fs.add(fBag, sh)
		}
	}
	return fs.h[:fs.n]
}

// The templates of the features: what a feature is, in its low byte, and
// in the bytes above it where it is or what it is combined with.
const (
	fBias uint32 = 1 + iota
	fGroup
	fLang
	fEnding
	fRule
	fUpper
	fNone // no token at that distance
	fWord
	fStem
	fClass
	fSep
	fBag // a stem within three tokens
	fGroupLang
)

// featureSet holds a name's feature hashes; features past its size, which
// no name has come near, are left out.
type featureSet struct {
	h [128]uint32
	n int
}

// add adds the feature of a template and a value. featureHash hashes
// them by one multiply and a fold of the product, good enough to tell
// some thousands of features apart, with the top bit set, so that no slot
// of the weights' table that holds one is 0.
func (fs *featureSet) add(template, value uint32) {
	if fs.n < len(fs.h) {
		fs.h[fs.n] = featureHash(template, value)
		fs.n++
	}
}

// ruleTemplate is the template of the feature that holds the rules'
// reading k of a name of group g. TestMetonymyHeldOut swaps it for the
// reading the matcher of the day gave, so both must build it here.
func ruleTemplate(k Kind, g metonymyGroup) uint32 { return fRule | uint32(k)<<8 | uint32(g)<<12 }

func featureHash(template, value uint32) uint32 {
	x := (uint64(template)<<32 | uint64(value)) * 0x9E3779B97F4A7C15
	return uint32(x>>32) ^ uint32(x) | 1<<31
}

// hashes returns the hashes of t's key and of its first five runes,
// computing them once: a token is in the features of every name within
// three tokens of it.
func (t *token) hashes() (key, stem uint32) {
	if !t.hashed {
		k := t.key[:t.n]
		t.keyHash, t.stemHash, t.hashed = hashBytes(k), hashBytes(stem5(k)), true
	}
	return t.keyHash, t.stemHash
}

// hashBytes hashes a word eight bytes at a time, with MurmurHash3's
// finalizer.
func hashBytes[T string | []byte](b T) uint32 {
	h := uint64(len(b)) * 0x9E3779B97F4A7C15
	for ; len(b) >= 8; b = b[8:] {
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		h = (h ^ x) * 0xff51afd7ed558ccd
		h ^= h >> 29
	}
	var tail uint64
	for i := range len(b) {
		tail |= uint64(b[i]) << (8 * i)
	}
	h = (h ^ tail) * 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return uint32(h)
}

// stem5 returns the first five runes of a folded word, which is UTF-8.
func stem5(key []byte) []byte {
	n := 0
	for r := 0; r < 5 && n < len(key); r++ {
		switch c := key[n]; {
		case c < 0xC0:
			n++
		case c < 0xE0:
			n += 2
		case c < 0xF0:
			n += 3
		default:
			n += 4
		}
	}
	return key[:min(n, len(key))]
}

// metonymyWeight returns the model's weight of a feature's hash, 0 for a
// feature it never saw (most features of a name are not the model's). The
// table is a cuckoo hash: a feature's weight is in one of two slots, each
// a function of its hash, so a lookup reads both and keeps the one whose
// hash is the feature's, with no loop of probes. A slot holds its
// feature's hash and its weight in 4096ths; an empty slot's hash is 0,
// which featureHash never gives.
func metonymyWeight(h uint32) float32 {
	const mask = uint32(len(metonymyTable) - 1)
	s1, s2 := metonymyTable[h&mask], metonymyTable[metonymyAlt(h)&mask]
	var w int32
	if s1[0] == h {
		w = int32(s1[1])
	}
	if s2[0] == h {
		w = int32(s2[1])
	}
	return float32(w) / 4096
}

// metonymyAlt returns the index, before masking, of a hash's second slot.
func metonymyAlt(h uint32) uint32 { return (h >> 16) | (h << 16) ^ 0x5bd1e995 }
