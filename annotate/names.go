package annotate

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/fold"
	"github.com/caucasus-data/karabakh/places"
)

// The actor and place layer: record names, state adjectives before the
// noun of an organ of the state, seats of government, the peacekeeping
// contingent and the monitoring centre, defence ministries and the FSB's
// border service named by their state, and people named in part.

func isNameClass(e *entry) bool {
	switch e.cls {
	case cName:
		return e.kind == Actor || e.kind == Place
	case cContingent, cCentre, cCapital, cStateAdj, cMinistry, cPlaceAdj:
		return true
	}
	return false
}

// longest returns the hits at i of the classes ok accepts that end
// furthest, and where they end.
func (a *analyzer) longest(i int, ok func(*entry) bool, buf []hit) ([]hit, int) {
	return a.longestHit(i, func(e *entry, _ hit) bool { return ok(e) }, buf)
}

func (a *analyzer) longestHit(i int, ok func(*entry, hit) bool, buf []hit) ([]hit, int) {
	end := -1
	buf = buf[:0]
	for _, h := range a.hitsAt(i) {
		if !ok(&a.lx.entries[h.entry], h) {
			continue
		}
		switch e := int(h.end); {
		case e > end:
			end = e
			buf = append(buf[:0], h)
		case e == end:
			buf = append(buf, h)
		}
	}
	return buf, end
}

// find returns the longest hit of class c starting at token i.
func (a *analyzer) find(i int, c class) (hit, *entry, bool) {
	if !a.has(i, c) {
		return hit{}, nil, false
	}
	var best hit
	var be *entry
	for _, h := range a.hitsAt(i) {
		if h.cls == c && (be == nil || h.end > best.end) {
			best, be = h, &a.lx.entries[h.entry]
		}
	}
	return best, be, be != nil
}

func (a *analyzer) is(i int, c class) bool { return a.has(i, c) }

// joined reports whether token j follows the one before it with nothing
// but a space or a line break.
func (a *analyzer) joined(j int) bool {
	t := a.at(j)
	return t != nil && t.sep&^(sepSpace|sepNewline) == 0 && t.sep&sepPara == 0
}

// clause reports whether no sentence or clause break lies between tokens
// i and j, i < j.
func (a *analyzer) clause(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		t := a.at(k)
		if t == nil || t.sep&(sepStop|sepPara|sepSemi) != 0 || t.sep&sepPeriod != 0 && t.has(tUpper) && !a.initial(k-1) {
			return false
		}
	}
	return true
}

// initial reports whether token i is one capital letter, as in "V. Putin".
func (a *analyzer) initial(i int) bool {
	t := a.at(i)
	return t != nil && t.has(tUpper) && t.n > 0 && runeLen(t.key[:t.n]) == 1
}

func runeLen(b []byte) int {
	n := 0
	for i := range b {
		if b[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func (a *analyzer) names(i int) {
	if i < a.until[Actor] {
		return
	}
	var buf [16]hit
	group, end := a.longestHit(i, func(e *entry, h hit) bool {
		// "Russian forces" are members of the force, not the force.
		return isNameClass(e) && !((e.cls == cContingent || e.cls == cCentre) && e.lang == langEN && h.how == howInflected) && !(e.cls == cContingent && e.val == 1) &&
			// "trumped": an English word in lower case with an ending is no
			// person's name.
			!(e.person && h.how == howInflected && a.latin&langEN != 0 && a.at(i).has(tLatin) && !a.at(i).has(tUpper)) &&
			!(e.bare && e.cls == cName && a.at(i).has(tLatin) && diacriticsClash(a.text[a.at(i).start:a.at(int(h.end)).end], e.text))
	}, buf[:0])
	if end < 0 {
		a.partialPerson(i)
		return
	}
	// A state before the words for its defence ministry names the ministry:
	// "Armenian Defense Ministry", "ՌԴ ՊՆ", "Azərbaycan Müdafiə Nazirliyi".
	if a.outletTitle(i, end) || a.titleWords(group, i, end) || a.quotedTitle(group, i, end) || a.afterBrand(i) || a.afterDirection(group, i) || a.declarationTitle(group, end) || a.stateBeforeParticiple(group, end) {
		a.until[Actor] = end + 1
		return
	}
	if state, ok := a.stateIn(group); ok {
		// Two states joined by a hyphen before the centre's words name it:
		// "Rusiya-Türkiyə monitorinq mərkəzinin".
		if last, id, ok := a.centreAfterPair(end); ok {
			a.emit(Actor, i, last, group[0].how, id)
			a.until[Actor] = last + 1
			return
		}
		if last, ok := a.statePair(i, end); ok {
			a.until[Actor] = last + 1
			return
		}
		if a.inCompound(i, end, group[0].how) || a.azModifier(end, group[0].how) {
			a.until[Actor] = end + 1
			return
		}
		k, _ := a.afterPossessive(end) // "Azerbaijan’s Defense Ministry"
		if h, me, ok := a.find(k, cMinistry); ok && a.at(k).sep&^(sepSpace|sepApos|sepNewline) == 0 {
			named := slices.ContainsFunc(group, func(g hit) bool { return g.cls == cName })
			if m := a.lx.ministries[ministryKey{state, me.val}]; m != "" && (named || me.val != bodyFSB) {
				last := a.bodyEnd(a.hyphenEnding(int(h.end)), me.val)
				if me.val == bodyBorder && !named {
					// "Russian border guards", "ռուս սահմանապահ ուժեր": the
					// adjective alone, the state's, as before any organ of
					// it (the gold reads 27 of 29 so); the FSB's service
					// is named by its own words.
					a.emit(Actor, i, end, group[0].how, state)
				} else {
					a.emit(Actor, i, last, max(group[0].how, h.how), m)
				}
				a.until[Actor] = last + 1
				return
			}
		}
		// Russia before a noun for its peacekeepers is the contingent, as
		// the adjective is in "Russian peacekeepers", and the noun is not
		// named again: "Rusiya sülhməramlıları", "Russia’s peacekeepers".
		// A name of the contingent itself takes Russia in: "Ռուսաստանի
		// խաղաղապահ զորակազմը".
		if h, e, ok := a.find(k, cContingent); ok && (int(h.end) > k || !a.membersAt(k)) && state == string(actors.Russia) && a.at(k).sep&^(sepSpace|sepApos|sepNewline) == 0 {
			a.emit(Actor, i, int(h.end), max(group[0].how, h.how), e.id)
			a.until[Actor] = int(h.end) + 1
			return
		}
		if oh, oe, ok := a.find(k, cOrgan); ok && oe.val == 1 && state == string(actors.Russia) && a.at(k).sep&^(sepSpace|sepApos|sepNewline) == 0 {
			how := group[0].how
			for _, h := range group {
				how = min(how, h.how)
			}
			a.emit(Actor, i, end, how, string(actors.PeacekeepingContingent))
			a.until[Actor] = int(oh.end) + 1
			return
		}
	}
	var names, adjs, capitals, units, placeAdjs []hit
	for _, h := range group {
		switch h.cls {
		case cName:
			names = append(names, h)
		case cStateAdj:
			adjs = append(adjs, h)
		case cPlaceAdj:
			placeAdjs = append(placeAdjs, h)
		case cCapital:
			capitals = append(capitals, h)
		case cContingent, cCentre:
			units = append(units, h)
		case cMinistry:
			// "Минобороны России", "Ministry of Defence of Armenia".
			body := a.lx.entries[h.entry].val
			if a.ministryOf(i, end, body) {
				return
			}
			// Alone, in Azerbaijani or Armenian, the ministry of the state
			// whose language the text is in: "Müdafiə Nazirliyi məlumat
			// yayıb", "ՊՆ-ն հայտնում է". (The Russian name alone is the
			// Russian ministry's, by the record's names.) The FSB is
			// Russia's in every language.
			if m := a.ownMinistry(i, end, body); m != "" {
				last := a.bodyEnd(end, body)
				if last == end && a.suffix(end+1) && !a.at(end+1).has(tUpper) {
					last = end + 1 // "ՊՆ-ից": the case ending of an abbreviation
				}
				a.emit(Actor, i, last, h.how, m)
				a.until[Actor] = last + 1
				return
			}
		}
	}
	switch {
	case len(capitals) > 0 && a.capital(i, end, capitals, names):
	case len(names) > 0:
		a.recordName(i, end, names)
	case len(units) > 0:
		a.unit(i, end, units[0])
	case len(adjs) > 0:
		a.stateAdjective(i, end, adjs[0])
	case len(placeAdjs) > 0 && !a.organAfter(end):
		// "нагорно-карабахского региона", "в ереванском офисе": the place.
		// Before an organ ("карабахские власти") it names a body, which
		// the adjective alone does not say.
		a.name(Place, i, end, placeAdjs[0].how, a.lx.entries[placeAdjs[0].entry].id)
	}
}

// outletTitle reports whether the name at i..end is a word of a title
// such as an outlet's, "The Washington Post", "The Armenian Weekly": after
// "The" written with its capital, before a capitalised word that is no
// word of the lexicon. Names inside the name of something that is not a
// record are not mentions.
func (a *analyzer) outletTitle(i, end int) bool {
	the, next := a.at(i-1), a.at(end+1)
	return the != nil && next != nil && the.is("the") && the.has(tUpper) && the.has(tLatin) && a.joined(i) &&
		next.has(tUpper) && next.has(tLatin) && next.nc == 0 && a.joined(end+1)
}

// quotedTitle reports whether the name at i..end stands in quotation
// marks, with at most two other words, next to a word for what such a title
// names, an outlet, a radio station, a conference, a restaurant or a firm,
// or a word that introduces a title: "“Baku-Moskva” nəşrinə", "газета
// «Азербайджан»", "радиостанции «Говорит Москва»", "an article titled
// “Artsakh vs. Karabakh”"; or opens the quotes before capitalised words
// the lexicon lacks ("“Yerevan Dialoqu”"). Names inside the name of
// something that is not a record are not mentions; an organisation the
// record has, its whole title, is its own ("«Civil Contract» faction"),
// while a state's or a person's name as a title is not ("фракции
// «Армения»").
func (a *analyzer) quotedTitle(group []hit, i, end int) bool {
	quoted := func(k int) bool { t := a.at(k); return t != nil && t.sep&sepQuote != 0 }
	open := i
	for open > i-2 && open > 0 && !quoted(open) {
		open--
	}
	shut := end + 1
	for shut < end+3 && a.at(shut) != nil && !quoted(shut) {
		shut++
	}
	if !quoted(open) || !quoted(shut) {
		return false
	}
	if open == i && shut == end+1 {
		for _, h := range group {
			if e := &a.lx.entries[h.entry]; h.cls == cName && e.kind == Actor && !e.person && !e.state && !a.lx.states[e.id] && a.lx.lands[e.id] == "" {
				return false
			}
		}
	}
	if open == i && shut > end+1 {
		// The name and capitalised words the lexicon lacks, alone in the
		// quotes: "“Yerevan Dialoqu” adlı forumda", the title of an event.
		title := true
		for k := end + 1; k < shut; k++ {
			if t := a.at(k); !a.joined(k) || !t.has(tUpper) || t.has(tAllUpper) || t.nc != 0 {
				title = false
			}
		}
		if title {
			return true
		}
	}
	for k := end + 1; k < shut; k++ {
		if a.is(k, cOutlet) {
			return true // "«Արցախի ժողովրդավարական կուսակցություն»": the word is the title's own
		}
	}
	return a.is(open-1, cOutlet) && a.clause(open-1, open) || a.is(shut, cOutlet) && a.clause(shut-1, shut)
}

// afterBrand reports whether the name at i follows an outlet's capitalised
// brand, whose edition it names: "Sputnik Armenia", "Sputnik Азербайджан".
func (a *analyzer) afterBrand(i int) bool {
	t := a.at(i - 1)
	return t != nil && t.has(tUpper) && a.joined(i) && a.is(i-1, cOutlet) && !a.hasVal(i-1, cOutlet, 1) // "AZAL QSC Naxçıvana": no brand
}

// titleWords reports whether the name of a town or district at i..end is
// a word of another's title: the two words after it, or the words on
// either side, are capitalised and no word of the lexicon, "III Şuşa
// Qlobal Media Forumu", "Baku Energy Week", "Qlobal Bakı Forumu". Names of
// states and people are left alone: what follows them is often an organ's
// or a person's name ("Azərbaycan Xarici İşlər Nazirliyi", "МИД РФ Иван
// Нечаев").
func (a *analyzer) titleWords(group []hit, i, end int) bool {
	for _, h := range group {
		if e := &a.lx.entries[h.entry]; !(e.cls == cName && e.kind == Place || e.cls == cCapital) || e.state || h.how != howWhole {
			return false // "общины Карабаха Турал Гянджалиев": a name with a case ending is the words' complement
		}
	}
	// title reports whether token k is a capitalised word the lexicon lacks.
	title := func(k int) bool {
		t := a.at(k)
		return t != nil && t.has(tUpper) && !t.has(tAllUpper) && t.nc == 0
	}
	after := a.joined(end+1) && title(end+1)
	if after && a.joined(end+2) && title(end+2) {
		return true
	}
	// Inside the title: "Qlobal Bakı Forumunun", but not after a word that
	// opens its sentence, where any word has its capital.
	return after && a.joined(i) && title(i-1) && !a.opensClause(i-1)
}

// sameCase reports whether the words at tokens j and k may be in one case:
// in Armenian and Azerbaijani, which mark it at the end, whether they end
// in the same letter ("Ադրբեջանին, Ռուսաստանը" are two clauses' words);
// in the other languages, always.
func (a *analyzer) sameCase(j, k int) bool {
	tj, tk := a.at(j), a.at(k)
	if tj == nil || tk == nil || a.langsOf(tk)&(langHY|langAZ) == 0 {
		return true
	}
	rj, _ := utf8.DecodeLastRune(tj.key[:tj.n])
	rk, _ := utf8.DecodeLastRune(tk.key[:tk.n])
	return rj == rk
}

// afterDirection reports whether the name at i, which group reads, is the
// second half of a compound with a word for a direction, the name of
// another place: "Восточно-Зангезурский экономический район",
// "Şərqi-Zəngəzur"; or, for Zangezur, written apart with the direction's
// capital: "Şərqi Zəngəzur", "East Zangezur", "Западным Зангезуром" name
// Azerbaijan's economic region or a claim, no record (the gold marks none
// of 15 such). Other places keep their name after a direction ("Northern
// Syunik", "Северный Арцах"), as states do ("Հարավային Հայաստանի").
func (a *analyzer) afterDirection(group []hit, i int) bool {
	t, p := a.at(i), a.at(i-1)
	if !a.is(i-1, cDirection) {
		return false
	}
	if t.sep&sepHyphen != 0 && t.sep&sepSpace == 0 {
		return true
	}
	if !a.joined(i) || !p.has(tUpper) || p.has(tAllUpper) {
		return false
	}
	if !t.startsWith("zangez") && !t.startsWith("zengez") && !t.startsWith("зангез") && !t.startsWith("զանգեզ") {
		return false
	}
	for _, h := range group {
		if e := &a.lx.entries[h.entry]; e.state || a.lx.states[e.id] {
			return false
		}
	}
	return true
}

// diacriticsClash reports whether the text writes a letter with a mark
// where the name has the bare letter, comparing them letter by letter from
// the start: "görüşündə" is not "Gorus" (Goris), though both fold to
// "gorus". A text without the marks ("Agdam", "Erdogan") matches; a text
// with them says which letter it means.
func diacriticsClash(text, name string) bool {
	marked := false
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC9 { // the leads of ö ü ç, ğ ı, ş, ə
			marked = true
			break
		}
	}
	if !marked {
		return false
	}
	for len(text) > 0 && len(name) > 0 {
		t, ts := utf8.DecodeRuneInString(text)
		n, ns := utf8.DecodeRuneInString(name)
		text, name = text[ts:], name[ns:]
		if t < utf8.RuneSelf || n >= utf8.RuneSelf || t > 0x24F {
			continue // the text's letter is bare, or the name's is marked, or not Latin
		}
		if b, ok := bareLatin(t); ok && b == byte(unicode.ToLower(n)) {
			return true
		}
	}
	return false
}

// bareLatin returns the letter a marked Latin letter of Azerbaijani,
// Turkish or the like is written as without its mark.
func bareLatin(r rune) (byte, bool) {
	switch unicode.ToLower(r) {
	case 'ö':
		return 'o', true
	case 'ü':
		return 'u', true
	case 'ş':
		return 's', true
	case 'ç':
		return 'c', true
	case 'ğ':
		return 'g', true
	case 'ı':
		return 'i', true
	case 'ə':
		return 'e', true
	}
	return 0, false
}

// stateIn returns the state a group of hits names, if it names one.
func (a *analyzer) stateIn(group []hit) (string, bool) {
	for _, h := range group {
		e := &a.lx.entries[h.entry]
		if e.cls == cStateAdj || e.state {
			return e.id, true
		}
	}
	return "", false
}

// ownMinistry returns the body that words of a body (cMinistry, val
// body) name with no state before them: the FSB's words name Russia's; an
// Azerbaijani or Armenian name of a defence ministry names the ministry of
// the state whose language it is in. Else it returns "".
func (a *analyzer) ownMinistry(i, end, body int) string {
	if !a.at(i).has(tUpper) && body != bodyFSB {
		return "" // "Türkiyənin milli müdafiə nazirliyində": a common noun
	}
	for k := i - 1; k >= i-2 && a.joined(k+1); k-- {
		if n, ok := a.nameEndingAt(k); ok && n.kind == Actor || a.is(k, cStateAdj) {
			return "" // "Ermənistan Müdafiə Nazirliyi": read with the state
		}
	}
	switch body {
	case bodyFSB, bodyFSBBorders:
		// The FSB alone ("директор ФСБ") is no record's; its words with
		// those of its border guards or troops after them are.
		if body == bodyFSB && a.bodyEnd(end, body) == end {
			return ""
		}
		return a.lx.ministries[ministryKey{string(actors.Russia), body}]
	case bodyBorder:
		return ""
	}
	switch ls := a.langsOf(a.at(end)); {
	case ls == langAZ:
		return string(actors.AzerbaijaniDefenceMinistry)
	case ls == langHY:
		return string(actors.ArmenianDefenceMinistry)
	}
	return ""
}

// bodyEnd returns where the name of a body (cMinistry, val body) ending at
// token last ends: the FSB's words take in the words for its border guards
// or its troops after them ("Rusiya FTX-nin Sərhəd Xidməti", "ՌԴ ԱԴԾ
// զորքերը").
func (a *analyzer) bodyEnd(last, body int) int {
	if body != bodyFSB || !a.joined(last+1) {
		return last
	}
	if h, e, ok := a.find(last+1, cMinistry); ok && e.val == bodyBorder {
		return int(h.end)
	}
	if h, e, ok := a.find(last+1, cOrgan); ok && e.val == 1 {
		return int(h.end)
	}
	return last
}

// ministryOf reads "Минобороны России": the words for a body of a state
// (cMinistry, val body) at i..end, followed (after "of" or in the
// genitive) by a state. It reports whether a state follows, whether or not
// the dataset has that state's body.
func (a *analyzer) ministryOf(i, end, body int) bool {
	j := end + 1
	// "The defence ministry in Baku", "Министерство обороны в Баку".
	if a.is(j, cTerritoryPrep) && a.joined(j) {
		if _, ce, ok := a.find(j+1, cCapital); ok && a.joined(j+1) {
			state, _, _ := strings.Cut(ce.id, " ")
			if m := a.lx.ministries[ministryKey{state, body}]; m != "" {
				a.emit(Actor, i, end, howWhole, m)
				a.until[Actor] = end + 1
				return true
			}
		}
	}
	if a.is(j, cOf) {
		j++
		if a.is(j, cDefinite) {
			j++
		}
	}
	var buf [16]hit
	group, gend := a.longest(j, isNameClass, buf[:0])
	if gend < 0 || !a.joined(j) {
		return false
	}
	if state, ok := a.stateIn(group); ok {
		if m := a.lx.ministries[ministryKey{state, body}]; m != "" {
			// "Border Guard Service of the Russian Federal Security Service"
			if h, e, ok := a.find(gend+1, cMinistry); ok && e.val == bodyFSB && a.joined(gend+1) {
				gend = int(h.end)
			}
			a.emit(Actor, i, gend, group[0].how, m)
			a.until[Actor] = gend + 1
		}
		return true
	}
	// Another state's ministry ("Минобороны Турции") is no record's: the
	// words are not read as the ministry they name alone.
	for _, h := range group {
		if e := &a.lx.entries[h.entry]; e.cls == cName && a.lx.states[e.id] {
			return true
		}
	}
	// Nor is the de facto republic's, named by its land after the ministry
	// in Russian and English ("Минобороны Нагорного Карабаха"): the land's
	// name names the republic.
	for _, h := range group {
		if e := &a.lx.entries[h.entry]; e.cls == cName && e.kind == Place && a.lx.bodies[e.id] != "" && int(h.end) == gend && a.langsOf(a.at(gend))&(langRU|langEN) != 0 {
			a.name(Actor, j, gend, h.how, a.lx.bodies[e.id])
			return true
		}
	}
	return false
}

// recordName emits a record's name at i..end, choosing between actor and
// place where the name is both.
func (a *analyzer) recordName(i, end int, names []hit) {
	var actorIDs, placeIDs []string
	how := uint8(255)
	exact, whole := false, false
	bestActor, bestPlace := 99, 99
	span := a.text[a.at(i).start:a.at(end).end]
	a.last = a.last[:0]
	for _, h := range names {
		e := &a.lx.entries[h.entry]
		a.last = append(a.last, e.last)
		how = min(how, h.how)
		whole = whole || e.nameKind != namePart
		if h.how == howWhole && e.text == span {
			exact = true
		}
		rank := kindRank(e)
		switch e.kind {
		case Actor:
			if !slices.Contains(actorIDs, e.id) {
				actorIDs = append(actorIDs, e.id)
			}
			bestActor = min(bestActor, rank)
			if e.person && e.words >= 2 && !slices.Contains(a.seen, e.id) {
				a.seen = append(a.seen, e.id)
			}
		case Place:
			if !slices.Contains(placeIDs, e.id) {
				placeIDs = append(placeIDs, e.id)
			}
			bestPlace = min(bestPlace, rank)
		}
	}
	if exact && how == howWhole {
		how = howExact
	}
	if !whole {
		how = howPartial
	}
	a.until[Actor] = end + 1
	// A state is named as an agent or as its territory: "Armenia agreed",
	// "returned to Armenia". The actor and the country share their ID.
	if state := a.stateID(actorIDs, placeIDs); state != "" {
		end = a.republicAfter(end)
		if a.territory(i, end) && !a.prisonersNear(i, end) {
			a.name(Place, i, end, how, state)
		} else {
			a.name(Actor, i, end, how, state)
		}
		return
	}
	republic := [2]int{i, end} // the land's name with the word for republic
	past := -1                 // the word for republic past a bracket
	if len(placeIDs) == 1 && a.lx.bodies[placeIDs[0]] != "" {
		republic = a.republicAround(i, end)
		past = a.republicPast(i, end)
	}
	switch {
	case len(placeIDs) == 0 && len(actorIDs) == 1 && a.lx.states[actorIDs[0]] && (a.locative(a.at(end)) || a.locativeAfterHyphen(end) || a.destinationAfterHyphen(end)):
		// "ԱՄՆ-ում", "ABŞ-da", "ABŞ-a səfər": in or to a state the record
		// has no place for, a location no record names.
		a.until[Actor] = end + 1
	case i == end && a.persons(actorIDs) && a.otherForename(i):
		// "Heydar Aliyev", "Mehriban Aliyeva": someone else of the surname.
	case len(placeIDs) == 0 && len(actorIDs) == 1 && a.lx.lands[actorIDs[0]] != "" && (a.betweenBefore(i) || a.is(i-1, cTerritoryPrep) && a.joined(i) || a.territoryOf(i)):
		// "между непризнанной Нагорно-Карабахской республикой и Арменией",
		// "15% территории НКР": the republic named for its land, by usage.
		a.name(Place, i, end, how, a.lx.lands[actorIDs[0]])
	case len(actorIDs) > 0 && (len(placeIDs) == 0 || bestActor < bestPlace || bestActor == bestPlace && a.agentive(i, end) || a.organAfter(end)):
		if len(actorIDs) == 1 && a.lx.states[actorIDs[0]] {
			end = a.republicAfter(end) // "Türkiyə Respublikası", a state the record has no place for
		}
		a.name(Actor, i, end, how, actorIDs...)
	case len(placeIDs) == 1 && a.lx.bodies[placeIDs[0]] != "" && (a.organAfter(end) || a.organBefore(i) || a.afterStateActor(i, end)):
		a.name(Actor, i, end, how, a.lx.bodies[placeIDs[0]])
	case past > 0:
		// "Լեռնային Ղարաբաղի (Արցախի) Հանրապետությունը": the word for
		// republic after a name in brackets is the bracket's name's too, and
		// the name's before it; each names the republic, the span its own.
		if a.territory(i, end) || a.locative(a.at(past)) || a.betweenBefore(i) {
			a.name(Place, i, end, how, placeIDs[0])
		} else {
			a.name(Actor, i, end, how, a.lx.bodies[placeIDs[0]])
		}
	case republic != [2]int{i, end} && !a.betweenAfter(republic[1]):
		// "Լեռնային Ղարաբաղի Հանրապետության", "the Republic of
		// Nagorno-Karabakh", "Республике Арцах": the republic that governed
		// the land, named by it.
		span := republic
		if a.territory(span[0], span[1]) || a.locative(a.at(span[1])) || a.betweenBefore(span[0]) {
			a.name(Place, span[0], span[1], how, placeIDs[0]) // "в Республике Арцах": where, by usage
		} else {
			a.name(Actor, span[0], span[1], how, a.lx.bodies[placeIDs[0]])
		}
		a.until[Actor] = span[1] + 1
	case len(placeIDs) > 0:
		ids := a.rankPlaces(i, end, placeIDs)
		// The word for district right after a district's name is part of
		// it, as in the names the record has ("Lachin region",
		// "Кельбаджарский район"): "Kalbajar region"; so is the word for a
		// corridor or route after a corridor's ("Зангезурского маршрута",
		// "Laçın dəhlizlərində"), and for a province or an autonomy after a
		// region's or an exclave's ("Սյունիքի մարզի", "Нахичеванской
		// автономией"). In Azerbaijani and Armenian so is the word for city
		// or village after a town's, which takes the case ending the name
		// would ("Şuşa şəhərinin", "Բերձոր քաղաքից"); English and Russian
		// put theirs before the name ("the city of Shusha", "город Шуша").
		if h, e, ok := a.find(end+1, cPlaceHead); ok && a.joined(end+1) && !a.is(end, cPlaceHead) {
			if p, ok := places.Get(places.ID(ids[0])); ok && ((e.val == 1 || e.val == 5) && p.Kind == places.District || e.val == 3 && p.Kind == places.Corridor ||
				e.val == 1 && p.Kind == places.Region && p.PartOf != "" || // a state's province, not the contested land
				(e.val == 4 || e.val == 5) && (p.Kind == places.Region || p.Kind == places.Exclave) ||
				e.val == 2 && (p.Kind == places.City || p.Kind == places.Village) && a.langsOf(a.at(end+1))&(langAZ|langHY) != 0) {
				end = int(h.end)
			} else if ok && (e.val == 1 || e.val == 5) && p.Kind == places.City && len(ids) == 1 {
				// "Berdzor district": a town's name before the word for
				// district names the district whose seat it is.
				if d, ok := places.Get(p.PartOf); ok && d.Kind == places.District {
					end, ids = int(h.end), []string{string(d.ID)}
				}
			}
		}
		if k := a.tailEnd(end, names, ids[0]); k > end {
			end, ids = k, ids[:1] // the longer name is this place's alone
			if how != howFuzzy {
				how = howPartial // the record's words in part, the rest the text's
			}
		}
		a.name(Place, i, end, how, ids...)
	}
}

// tailEnd returns where the name of place id ending at token end ends when
// the text goes on, in one stretch of words, with the rest of a longer
// name of the place put otherwise, up to that name's last word: the record
// has "Маршрут Трампа за международный мир и процветание", the text
// "Маршрут Трампа ради международного мира и процветания". No word on
// the way may begin another name: in "Кельбаджарский и Лачинский районы"
// the word for district is the second name's.
func (a *analyzer) tailEnd(end int, names []hit, id string) int {
	for _, h := range names {
		e := &a.lx.entries[h.entry]
		if e.tailWords == 0 || e.id != id || int(h.end) != end {
			continue
		}
		for k := end + 1; k <= end+int(e.tailWords)+2 && a.joined(k) && !a.is(k, cName); k++ {
			t := a.at(k)
			for _, c := range t.cands[:t.nc] {
				if c.word == e.tail {
					return k
				}
			}
		}
	}
	return end
}

// name emits a mention of an actor or place, remembers it, and returns its
// kind. A case ending written after a hyphen is part of the name:
// "ATƏT-in", "ԼՂ-ում". A name that may name an actor or a place is read a
// second time by the metonymy model, so the kind may be the other one.
func (a *analyzer) name(k Kind, i, end int, how uint8, ids ...string) Kind {
	k, ids = a.metonymy(k, i, end, ids)
	end = a.hyphenEnding(end)
	a.emit(k, i, end, how, ids...)
	a.until[Actor] = end + 1
	if k == Place && !a.handoverSeen {
		for _, id := range ids {
			a.handoverSeen = a.handoverSeen || handoverDays().places[id]
		}
	}
	return k
}

// hyphenEnding returns the token after end if it is a case ending written
// after a hyphen, in Armenian or Azerbaijani ("ATƏT-in", "ԼՂ-ում", "ՊՆ-ն"),
// and end otherwise. A word of the lexicon may be an ending too: "in".
func (a *analyzer) hyphenEnding(end int) int {
	t := a.at(end + 1)
	if t == nil || t.sep != sepHyphen || t.n > 8 || t.has(tUpper) || t.has(tDigits) {
		return end
	}
	ls := a.langsOf(t) & (langAZ | langHY)
	if ls == 0 || t.nc != 0 && !a.end.allows(ls, string(t.key[:t.n])) {
		return end
	}
	return end + 1
}

// republicAfter extends a state's name over the word for republic after
// it, where the language puts it there: "Ermənistan Respublikasının".
func (a *analyzer) republicAfter(end int) int {
	if h, e, ok := a.find(end+1, cRepublic); ok && a.joined(end+1) {
		a.last = append(a.last, e.last)
		return int(h.end)
	}
	return end
}

// kindRank orders the kinds of name: a label is surer than an alias.
func kindRank(e *entry) int {
	switch e.nameKind {
	case "label":
		return 0
	case "transliteration":
		return 1
	case "alias":
		return 2
	case namePart:
		return 4
	}
	return 3
}

// stateID returns the state the names name, as actor or as country, if
// they name exactly one.
func (a *analyzer) stateID(actorIDs, placeIDs []string) string {
	var s string
	for _, id := range actorIDs {
		if !a.lx.stateOf[id] || s != "" && s != id {
			return ""
		}
		s = id
	}
	for _, id := range placeIDs {
		if !a.lx.stateOf[id] || s != "" && s != id {
			return ""
		}
		s = id
	}
	return s
}

// rankPlaces orders the places a name fits, most likely first, and keeps
// only the one the words around it settle: "the city of Aghdam", "Aghdam
// (Akna) region".
func (a *analyzer) rankPlaces(i, end int, ids []string) []string {
	if len(ids) < 2 {
		return a.seatsDistrict(i, end, ids)
	}
	order := func(id string) int {
		p, _ := places.Get(places.ID(id))
		switch p.Kind {
		case places.District:
			return 0
		case places.City:
			return 1
		case places.Corridor:
			return 2
		}
		return 3
	}
	slices.SortStableFunc(ids, func(x, y string) int { return order(x) - order(y) })
	want := a.placeHead(i, end)
	if want == 0 {
		return ids
	}
	for _, id := range ids {
		p, _ := places.Get(places.ID(id))
		if (want == 1 || want == 5) && p.Kind == places.District || want == 2 && p.Kind == places.City || want == 3 && p.Kind == places.Corridor {
			return []string{id}
		}
	}
	return a.seatsDistrict(i, end, ids)
}

// seatsDistrict returns the district whose seat the one town in ids is,
// when the word for district follows the name: "Berdzor (Lachin) region",
// where Berdzor names the town alone. It returns ids otherwise.
func (a *analyzer) seatsDistrict(i, end int, ids []string) []string {
	if len(ids) != 1 {
		return ids
	}
	p, _ := places.Get(places.ID(ids[0]))
	if p.Kind != places.City || p.PartOf == "" {
		return ids
	}
	if d, ok := places.Get(p.PartOf); ok && d.Kind == places.District {
		if want := a.placeHead(i, end); want == 1 || want == 5 {
			return []string{string(d.ID)}
		}
	}
	return ids
}

// placeHead returns the kind of place the words around a name call it:
// 1 district, 2 city, 3 corridor, 4 province or autonomy, 5 a district or
// a region (the English "province"), 0 none.
func (a *analyzer) placeHead(i, end int) int {
	// "the city of Aghdam", "district of Aghdam".
	if a.is(i-1, cOf) && a.joined(i) {
		if _, e, ok := a.find(i-2, cPlaceHead); ok {
			return e.val
		}
	}
	// "Aghdam city", "Aghdam (Akna) region".
	j := end + 1
	if t := a.at(j); t != nil && t.sep&sepOpen != 0 {
		for k := j; k < j+4; k++ {
			if t := a.at(k + 1); t != nil && t.sep&sepClose != 0 {
				j = k + 1
				break
			}
		}
	}
	if t := a.at(j); t != nil && t.sep&^(sepSpace|sepClose|sepNewline) == 0 {
		if _, e, ok := a.find(j, cPlaceHead); ok {
			return e.val
		}
	}
	return 0
}

// territory reports whether the state named at i..end is meant as its
// territory: after a preposition of place ("in", "through", "в", "через"),
// as the complement of a noun of territory ("territories of Azerbaijan",
// "западными районами Азербайджанской Республики"), between two places,
// or in a case of place (Azerbaijani dative, locative and ablative,
// Armenian locative, ablative and instrumental, Russian dative and
// accusative).
func (a *analyzer) territory(i, end int) bool {
	t := a.at(end)
	ls := a.langsOf(t)
	prev := i - 1
	if a.is(prev, cDefinite) && a.joined(i) && !a.reportedBy(i) { // not "по данным Азербайджана"
		prev--
	}
	// A state before a place in it names its territory ("Azerbaijan’s
	// Aghdam district", "Azərbaycanın Ağdam şəhərində"); any other
	// possessive makes it the possessor, an agent ("Armenia’s use of the
	// road").
	k, possessive := a.afterPossessive(end)
	if ls&(langAZ|langHY) != 0 && a.joined(k) && a.is(k, cOrgan) {
		return false // "Ադրբեջանի նախագահը Զանգիլանի շրջանում": the state's organ, wherever it is
	}
	if possessive && ls&langEN != 0 || ls&(langAZ|langHY) != 0 && a.joined(k) && a.genitive(t, ls) {
		j := a.afterParticiple(k, ls)
		if a.is(j, cDirection) && !a.at(j).has(tUpper) && a.joined(j+1) {
			j++ // "Armenia’s northeastern Gegharkunik province"
		}
		for _, h := range a.hitsAt(j) {
			// Not where its forces are: "Rusiyanın Dağlıq Qarabağdakı
			// sülhməramlı kontingenti" is Russia's.
			if e := &a.lx.entries[h.entry]; h.cls == cName && e.kind == Place && !e.state && !a.forcesAfter(int(h.end)) && !a.azBareLocative(int(h.end), e.last) {
				return true
			}
		}
		// A place the record lacks, known by the word after it:
		// "Ermənistanın Kornidzor yaşayış məntəqəsi", "Armenia's Kornidzor
		// village".
		if t := a.at(k); t != nil && t.has(tUpper) && t.nc == 0 && a.joined(k+1) && a.is(k+1, cPlaceHead) {
			return true
		}
		// Its towns or districts: "Ermənistanın bu iki şəhəri arasındakı yol".
		for j := k; j <= k+2 && a.joined(j) && !a.is(j, cName); j++ {
			if _, e, ok := a.find(j, cPlaceHead); ok && e.val <= 2 {
				return true
			}
		}
	}
	if possessive && ls&langEN != 0 {
		// "Azerbaijan's liberated lands", "Azerbaijan’s mainland" are land; "Armenia's borders",
		// "Armenia's best ally" are the state's.
		for j := k; j <= k+2 && a.joined(j); j++ {
			if t := a.at(j); t.is("land") || t.is("lands") || t.is("territory") || t.is("territories") || t.is("mainland") {
				return true
			}
		}
		return false
	}
	// A state before an organ of it is the state: "Azərbaycan Dövlət
	// Sərhəd Xidməti".
	if a.is(end+1, cOrgan) && a.joined(end+1) {
		return false
	}
	// The first of two states joined by a hyphen before a border: "the
	// Armenia-Azerbaijan border".
	if e2, ok := a.stateAfterHyphen(end); ok && a.territoryNounAfter(e2) {
		return true
	}
	// The second of "between X and Y", "X and Y" or "X, Y" goes with the
	// first.
	if a.lastName.end == i-2 && a.lastName.kind == Place && a.is(i-1, cWith) && a.betweenAfter(end) {
		return true // "Xankəndi ilə Ermənistan arasındakı": between a town and a state
	}
	if a.lastName.end == i-2 && a.is(i-1, cConj) && a.clause(a.lastName.end, i) || a.lastName.end == i-1 && a.at(i).sep&sepComma != 0 && a.sameCase(a.lastName.end, end) && !(a.is(end+1, cAgentCue) && a.joined(end+1)) ||
		a.lastName.end == i-1 && a.at(i).sep&(sepDash|sepHyphen) != 0 && a.at(i).sep&sepSpace == 0 { // "the Armenia–Azerbaijan border"
		return a.lastName.kind == Place
	}
	place := false
	switch {
	case a.envoyTo(i):
		place = false // "Ambassador of Russia to Armenia": the state he is sent to
	case a.is(end+1, cClock) && a.joined(end+1):
		place = true // "Հայաստանի ժամանակով 22:30-ին": the time zone of its land
	case ls&langAZ != 0 && azCase(a.ending(t)) == 'A' && a.joined(end+1) && (a.personAt(end+1) || a.is(end+1, cClauseOpen) && a.personAt(end+2)):
		place = false // "Rusiyadan Aleksey Overçuk": who came for the state
	case a.azFromParty(end):
		place = false
	case ls&langRU != 0 && a.is(prev, cReturnVerb) && a.joined(i) && strings.ContainsAny(lastRune(a.ending(t)), "уюеи") && !ruInstrumental(a.ending(t)):
		place = true // "возвращается Азербайджанской Республике": the land goes to the state
	case a.is(prev, cOf) && a.townEndingAt(prev-1):
		place = true // "the Gazakh district of the Republic of Azerbaijan"
	case ls&langRU != 0 && a.townEndingAt(i-1) && a.joined(i):
		place = true // "через Сюникскую область Армении"
	case ls&langRU != 0 && a.is(i-1, cPlaceHead) && a.joined(i) && !ruInstrumental(a.ending(t)) && !(i == end && a.ending(t) == "" && !t.has(tAllUpper)):
		place = true // "села Тавушской области Армении": a region the record lacks, of the state's land
	case a.lastName.end == i-1 && a.lastName.kind == Place && a.at(i).sep&sepOpen != 0 && strings.HasPrefix(a.text[a.at(end).end:], ")"):
		place = true // "Baghanis (Armenia)": the land a place is in
	case a.definiteSubject(i, end):
		place = false // "bildirib ki, Azərbaycan dəhlizlə bağlı bu yolu açmağa hazırdır"
	case a.at(prev) != nil && a.at(prev).is("from") && a.at(end+1) != nil && a.at(end+1).is("to") && a.joined(end+1):
		place = true // "the road from Azerbaijan to Nakhichevan"
	case a.is(prev, cTerritoryPrep) && a.clause(prev, i) && !a.reportedBy(i):
		place = true
	case a.is(prev, cDirection) && a.is(prev-1, cTerritoryPrep) && a.joined(prev) && a.joined(i):
		place = true // "through southern Armenia"
	case a.is(prev, cDirection) && ls&langEN != 0 && a.joined(i) && !a.at(prev).has(tUpper):
		place = true // "to mainland Azerbaijan", "linking southern Armenia"
	case a.is(prev, cOf) && a.territoryNounBefore(prev):
		place = true
	case a.is(prev, cBetween) && ls&(langEN|langRU) != 0:
		// "between Armenia and Azerbaijan" names the two parties (actors in
		// 74 of 84 such spans in the gold), but after a noun of territory or
		// of a link: "the border between", "transport communications
		// between", "the border delimitation process between".
		place = a.landNounBefore(prev) || a.landAfterConj(end)
	case a.is(prev, cBetween):
		place = !a.negotiationBefore(prev) // the postposition of the words before: "arasında Ermənistandan keçən"
	case a.is(prev, cWith) && a.linkNounWithin(prev-8, prev-1):
		place = true
	case ls&langRU != 0 && a.territoryNounBefore(i) && !ruInstrumental(a.ending(t)) && !(i == end && a.ending(t) == "" && !t.has(tAllUpper)):
		// Not "строительство этой дороги Азербайджаном", by whom, nor
		// "дороги Армения попросила", the subject of the next clause: the
		// land of a noun of territory is in the genitive, unless the name
		// does not decline ("РА", "Республики Армения").
		place = true
	case ls&langAZ != 0 && a.territoryNounAfter(end) && a.ending(t) == "":
		place = true // "Ermənistan istiqamətindən"
	case a.is(prev, cLinkVerb) && a.clause(prev, i):
		place = true // "соединяющий Азербайджан с Нахичеванью", "կապի Ադրբեջանին"
	case ls&langHY != 0 && a.at(prev) != nil && (a.at(prev).is("է") || a.at(prev).is("են")) && a.is(prev-1, cLinkVerb) && a.clause(prev-1, i):
		place = true // "կապում է Ադրբեջանը Նախիջևանի հետ"
	case ls&(langHY|langAZ) != 0 && a.classAfter(end, cLinkVerb):
		place = true // "Azərbaycanı Naxçıvanla birləşdirən"
	case ls&langHY != 0 && a.ending(t) == "" && a.classAfter(end, cMotion):
		place = true // "Ադրբեջան էր մեկնել": where one went, not "Ադրբեջան վերադարձան 12", who received them
	case ls&langHY != 0 && a.ending(t) == "" && a.joined(i) && (a.is(prev, cMotion) || a.is(prev-1, cMotion) && a.joined(prev) && a.at(prev).n <= 12 && !a.at(prev).has(tUpper)):
		place = true // "չի մտնելու Հայաստան", "մտնելու նորից Հայաստան": where one goes
	case ls&langAZ != 0 && azCase(a.ending(t)) == 'D' && a.lastName.end == i-1 && a.lastName.kind == Place && a.joined(i):
		place = true // "Rusiyadan Azərbaycana": from one place to another
	case ls&langAZ != 0 && azAccusative(a.ending(t)) && a.classAfter(end, cReturnVerb, cMotion):
		place = true // "sülhməramlılar Azərbaycanı tərk edəcək": the land they leave
	case ls&langAZ != 0 && azCase(a.ending(t)) == 'I' && a.territoryNounAfter(end):
		place = true // "qərbdən isə Ermənistanla həmsərhəddir"
	case ls&(langHY|langAZ) != 0 && a.betweenAfter(end) && a.negotiationBefore(i):
		place = false // "փոխանակման գործընթացը Հայաստանի ու Ադրբեջանի միջև": an exchange between states
	case ls&(langHY|langAZ) != 0 && a.betweenAfter(end) && a.territoryNounAfter(a.betweenAt(end)):
		place = true // "Azərbaycan və Ermənistan arasında sərhəddə": the border between them
	case ls&(langHY|langAZ) != 0 && a.betweenAfter(end) && !a.landAfterConj(end):
		// "Հայաստանի և Ադրբեջանի միջև նախաստորագրված խաղաղության
		// պայմանագիր", "Հայաստանի և Ադրբեջանի միջև սրացումը": the two
		// parties, unless a noun of territory follows (above) or the other
		// is land ("Ադրբեջանի և Նախիջևանի միջև").
		place = false
	case ls&(langHY|langAZ) != 0 && (a.territoryNounAfter(end) || a.betweenAfter(end) || a.is(end+1, cWith) && a.linkNounWithin(end-6, end-1)):
		place = a.genitive(t, ls) || t.has(tAllUpper) && a.ending(t) == "" // "ՀՀ ինքնիշխան տարածքում": initials take no ending
	case ls&langHY != 0 && strings.HasSuffix(a.ending(t), "ին") && a.hyHandedTo(i, end):
		place = true // "Արցախը հանձնեց Ադրբեջանին": the land goes to the state
	case ls&langAZ != 0 && azCase(a.ending(t)) == 'D' && !a.classAfter(end, cReturnVerb, cMotion):
		place = false // "Azərbaycana qarşı", "Ermənistana aid": the state the words address
	case ls&langRU != 0 && a.is(prev, cAgentCue) && !a.is(prev, cReturnVerb) && a.joined(i):
		place = false // "предложил Азербайджану": whom one speaks to, not land one hands over
	default:
		place = a.placeCase(t, ls)
	}
	return place
}

type lastName struct {
	start, end int
	kind       Kind
	id         string
}

func (a *analyzer) territoryNounBefore(j int) bool {
	for k := j - 1; k >= j-3 && k >= 0; k-- {
		if !a.joined(k + 1) {
			return false
		}
		if _, e, ok := a.find(k, cTerritoryNoun); ok && int(a.endOf(k, e)) >= j-1 {
			return true
		}
	}
	return false
}

// endOf returns where the entry e found at k ends.
func (a *analyzer) endOf(k int, e *entry) int32 {
	for _, h := range a.hitsAt(k) {
		if &a.lx.entries[h.entry] == e {
			return h.end
		}
	}
	return int32(k)
}

func (a *analyzer) territoryNounAfter(end int) bool {
	for k := end + 1; k <= end+3; k++ {
		if !a.joined(k) || a.is(k, cName) && !(k == end+2 && a.is(end+1, cConj)) {
			// "Ermənistandan Azərbaycan ərazisinə": the noun is the next
			// name's, unless the two go together ("Հայաստանի և Ադրբեջանի
			// սահմանին").
			return false
		}
		if a.is(k, cStance) {
			return false // "Azərbaycanın ərazi bütövlüyü": the state's, not land
		}
		if a.is(k, cTerritoryNoun) {
			return true
		}
	}
	return false
}

// landNounBefore reports whether a noun of territory or of a link stands
// within four tokens before token j, in its clause, with no noun of talks
// nearer: "the border between", "the border delimitation process
// between", but not "the demarcation process between" nor "talks
// between".
func (a *analyzer) landNounBefore(j int) bool {
	for k := j - 1; k >= j-4 && k >= 0 && a.clause(k, j); k-- {
		if a.is(k, cNegotiation) || a.is(k, cAgreementHead) || a.is(k, cSignVerb) {
			return false
		}
		if a.is(k, cTerritoryNoun) {
			return true
		}
	}
	return false
}

// territoryOf reports whether the name at token i is what a word for
// territory or borders before it is of: "территории НКР", "в границах
// НКАО", "territory of Artsakh". A district of the republic ("Лачинский
// район НКР") is the republic's.
func (a *analyzer) territoryOf(i int) bool {
	k := i - 1
	if a.is(k, cOf) && a.joined(i) {
		k--
	}
	t := a.at(k)
	if t == nil || !a.joined(k+1) {
		return false
	}
	// Not "территориальной целостности", "territorial integrity": the
	// state's, not land.
	w := t.key[:t.n]
	return bytes.HasPrefix(w, []byte("территори")) && !bytes.Contains(w, []byte("альн")) || bytes.HasPrefix(w, []byte("границ")) ||
		t.is("territory") || t.is("territories")
}

// landAfterConj reports whether the name ending at token end is joined by
// a conjunction to a place that is no state: "between Armenia and
// Nagorno-Karabakh", "Ադրբեջանի և Նախիջևանի միջև" join lands, not
// parties.
func (a *analyzer) landAfterConj(end int) bool {
	k := end + 1
	if !a.is(k, cConj) || !a.joined(k) {
		return false
	}
	if k++; a.is(k, cDefinite) {
		k++
	}
	return a.landNameAt(k)
}

// linkNounWithin reports whether a noun of a link between places
// ("connection", "связь", "կապ") stands in tokens from..to, in the clause
// that goes on to to+1, with no word of signing or talks after it: in
// "коридор не упоминается ни в одном документе, подписанном с
// Азербайджаном" the state is who signed with.
func (a *analyzer) linkNounWithin(from, to int) bool {
	for k := to; k >= max(from, 0); k-- {
		if !a.clause(k, to+1) {
			return false
		}
		if a.is(k, cSignVerb) || a.is(k, cNegotiation) || a.is(k, cAgreementHead) {
			return false
		}
		if a.hasVal(k, cTerritoryNoun, 1) {
			return true
		}
	}
	return false
}

// hasVal reports whether the entry of class c read at token i has value
// val. Where several match, an entry the word is written as whole wins
// over one it inflects: "border" is the link noun "border" (val 1), not
// an inflection of "borders" (val 0), and "borders" is "borders". (find
// takes the longest entry, and of equal ones the first.)
func (a *analyzer) hasVal(i int, c class, val int) bool {
	if !a.has(i, c) {
		return false
	}
	found, whole := false, false
	for _, h := range a.hitsAt(i) {
		if h.cls != c {
			continue
		}
		w, v := h.how == howWhole, a.lx.entries[h.entry].val == val
		switch {
		case w && !whole:
			found, whole = v, true
		case w == whole:
			found = found || v
		}
	}
	return found
}

// possessive reports whether token k is the clitic of a possessive, "s"
// after an apostrophe: "Azerbaijan’s".
func (a *analyzer) possessive(k int) bool {
	t := a.at(k)
	return t != nil && t.sep == sepApos && t.is("s")
}

// afterPossessive returns the token after a name ending at token end, past
// the clitic of a possessive if there is one, and whether there was one.
func (a *analyzer) afterPossessive(end int) (int, bool) {
	if a.possessive(end + 1) {
		return end + 2, true
	}
	return end + 1, false
}

// organAfter reports whether a noun for an organ of a state follows the
// name ending at token end, after a possessive if there is one: "Artsakh
// authorities", "Artsakh's president", "Արցախի նախագահ".
func (a *analyzer) organAfter(end int) bool {
	k, _ := a.afterPossessive(end)
	if k == end+1 && !a.joined(k) {
		return false
	}
	// A second name it is joined to shares the organ: "Արցախի եւ
	// Հայաստանի իշխանությունները".
	if a.is(k, cConj) && a.joined(k) {
		var buf [16]hit
		if _, e2 := a.longest(k+1, isNameClass, buf[:0]); e2 >= 0 && a.joined(k+1) {
			k = e2 + 1
			if !a.joined(k) {
				return false
			}
		}
	}
	// Up to two words that name no record may come between: "Artsakh’s
	// Interior Ministry", "Արցախի ներքին գործերի նախարարություն".
	for j := k; j <= k+2; j++ {
		if _, e, ok := a.find(j, cOrgan); ok {
			return e.val == 0 // not its peacekeepers (val 1)
		}
		if t := a.at(j); t == nil || t.nc != 0 || !a.joined(j+1) {
			return false
		}
	}
	return false
}

// envoyTo reports whether the name at token i follows "to" after a word
// for an envoy in its clause, as the state or seat of government he is
// sent to: "Ambassador to Baku", "the Ambassador Extraordinary and
// Plenipotentiary of the Russian Federation to Armenia".
func (a *analyzer) envoyTo(i int) bool {
	to := a.at(i - 1)
	if to == nil || !to.is("to") || !a.joined(i) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10 && a.clause(k, i-1); k-- {
		if a.hasVal(k, cOfficial, 1) {
			return true
		}
	}
	return false
}

// azFromParty reports whether the Azerbaijani name ending at token end is
// in the ablative before a noun of what one asks of, answers or depends on
// a party, or before "qabaq" (earlier than): "Azərbaycandan xahişi",
// "Ermənistandan tələb edir", "Rusiyadan asılılığını", "Ermənistandan
// qabaq bütün hərbi əsirləri azad etdi". Each is the state, not land.
func (a *analyzer) azFromParty(end int) bool {
	t, n := a.at(end), a.at(end+1)
	if t == nil || n == nil || a.langsOf(t)&langAZ == 0 || azCase(a.ending(t)) != 'A' || !a.joined(end+1) {
		return false
	}
	return a.is(end+1, cStance) || n.is("qabaq") || bytes.HasPrefix(n.key[:n.n], []byte("asili"))
}

// afterStateActor reports whether the name at i..end is joined by "and"
// to a state read as the actor just before it, and the two act: the land's
// name then stands for the body that governed it, a party beside the state
// ("Azerbaijan and Nagorno-Karabakh agreed", "Азербайджан и Нагорный
// Карабах договорились"). Without a verb after, the land may be meant
// ("Հայաստանն ու Արցախը կապող", linking Armenia and Artsakh).
func (a *analyzer) afterStateActor(i, end int) bool {
	return a.is(i-1, cConj) && a.joined(i) && a.joined(i-1) && a.lastName.end == i-2 && a.lastName.kind == Actor && a.lx.states[a.lastName.id] &&
		(a.agentive(i, end) || a.pastVerbAfter(end))
}

// organBefore reports whether a noun for an organ of a state stands right
// before the name starting at token i, or before the name it is coordinated
// with, in Russian, which puts the genitive after its noun: "власти
// Карабаха", "Власти Армении и Карабаха".
func (a *analyzer) organBefore(i int) bool {
	if a.langsOf(a.at(i))&langRU == 0 {
		return false
	}
	k := a.beforeConjoined(i)
	_, e, ok := a.find(k, cOrgan)
	return ok && e.val == 0 && a.joined(k+1)
}

// beforeConjoined returns the token before the name starting at token i
// or, if the name is the second of two joined by a conjunction, before the
// first: "Власти Армении и Карабаха", "from Armenia and Artsakh".
func (a *analyzer) beforeConjoined(i int) int {
	if a.is(i-1, cConj) && a.lastName.end == i-2 {
		return a.lastName.start - 1
	}
	return i - 1
}

// nearInClause reports whether f holds at a token within n tokens before
// the name at i..end or after it, in its clause.
func (a *analyzer) nearInClause(i, end, n int, f func(k int) bool) bool {
	for k := i - 1; k >= i-n && k >= 0 && a.clause(k, i); k-- {
		if f(k) {
			return true
		}
	}
	for k := end + 1; k <= end+n && a.clause(end, k); k++ {
		if f(k) {
			return true
		}
	}
	return false
}

// prisonersNear reports whether a word for prisoners stands in the clause
// around tokens i..end: a state that receives people is the actor, one
// that receives land the place ("передал Азербайджану пленных").
func (a *analyzer) prisonersNear(i, end int) bool {
	// Received, not held in or brought into: "to Armenia", "Армении",
	// "Azərbaycana", but not "в Армению", "Ադրբեջանում".
	t := a.at(end)
	ls := a.langsOf(t)
	e := a.ending(t)
	switch {
	case ls&langEN != 0:
		if p := a.at(i - 1); p == nil || !p.is("to") {
			return false
		}
	case a.is(i-1, cTerritoryPrep):
		return false
	case ls&langAZ != 0:
		if azCase(e) != 'D' {
			return false
		}
	case ls&langHY != 0:
		if !strings.HasSuffix(e, "ին") {
			return false
		}
	case ls&langRU != 0:
		if !strings.HasSuffix(e, "и") && !strings.HasSuffix(e, "у") {
			return false
		}
	}
	return a.nearInClause(i, end, 8, func(k int) bool {
		_, e, ok := a.find(k, cUnit)
		return ok && (e.id == "prisoners" || e.id == "people" && a.returnVerbWithin(max(i-8, 0), end+8)) // "handed over 15 people to Azerbaijan"
	})
}

// hyHandedTo reports whether a verb of handing over stands beside the
// Armenian state in the dative at i..end, in its clause, before it or,
// as Armenian puts the verb last, after it, and land is what is handed
// over: "Արցախը հանձնեց Ադրբեջանին", "Քարվաճառի շրջանը հանձնվել է
// Ադրբեջանին", "Ադրբեջանին չէր հանձնել Ղուբաթլուի և Զանգելանի
// շրջանները". A state handed prisoners, bodies or maps is the actor.
func (a *analyzer) hyHandedTo(i, end int) bool {
	verb := a.nearInClause(i, end, 3, func(k int) bool { return a.is(k, cReturnVerb) })
	if !verb || a.prisonersNear(i, end) {
		return false
	}
	// Not the one let do it ("թույլ տվեց Ադրբեջանին վերադարձնել"), nor
	// who is handed maps of land ("քարտեզները").
	if p := a.at(i - 2); p != nil && p.is("թույլ") {
		return false
	}
	for k := max(i-8, 0); k <= end+8; k++ {
		if t := a.at(k); t != nil && t.startsWith("քարտեզ") {
			return false
		}
	}
	// The land: a place that is no state, or a word for land or for a
	// district, in the clause.
	return a.nearInClause(i, end, 8, func(k int) bool {
		return a.is(k, cTerritoryNoun) || a.is(k, cPlaceHead) || a.landNameAt(k)
	})
}

// landNameAt reports whether the name of a place that is no state starts
// at token k.
func (a *analyzer) landNameAt(k int) bool {
	for _, h := range a.hitsAt(k) {
		if e := &a.lx.entries[h.entry]; h.cls == cName && e.kind == Place && !e.state {
			return true
		}
	}
	return false
}

// returnVerbWithin reports whether a verb of handing over or returning
// stands at one of the tokens from..to.
func (a *analyzer) returnVerbWithin(from, to int) bool {
	for k := from; k <= to; k++ {
		if a.is(k, cReturnVerb) {
			return true
		}
	}
	return false
}

// betweenAfter reports whether the postposition for "between" follows the
// name ending at token end, or the name after it and a conjunction:
// "Հայաստանի ու Ադրբեջանի միջև", "Ermənistan və Azərbaycan arasında".
func (a *analyzer) betweenAfter(end int) bool {
	return a.is(a.betweenAt(end), cBetween)
}

// betweenAt returns the token where the postposition for "between" would
// stand after the name ending at token end: the next one, or the one after
// a second name joined by a conjunction, by Azerbaijani "ilə" ("with") or
// by the first's instrumental ending ("Azərbaycanla Ermənistan
// arasındakı").
func (a *analyzer) betweenAt(end int) int {
	k := end + 1
	second := k
	switch {
	case a.is(k, cConj), a.is(k, cWith) && a.langsOf(a.at(k))&langAZ != 0:
		second = k + 1
	case a.joined(k) && (a.has(k, cName) || a.has(k, cCapital)) && a.langsOf(a.at(end))&langAZ != 0 && azCase(a.ending(a.at(end))) == 'I':
		// (the ending, which allocates, is read last)
	default:
		return k
	}
	var buf [16]hit
	if _, e2 := a.longest(second, isNameClass, buf[:0]); e2 >= 0 {
		k = e2 + 1
	}
	return k
}

// negotiationBefore reports whether a noun of talks, or an agreement's
// head, stands in the clause before token j: "between" after it is
// between actors. A noun of territory nearer to it is what "between"
// goes with: "встреча комиссии по делимитации границы между …", "the
// exchange took place on the border between …".
func (a *analyzer) negotiationBefore(j int) bool {
	for k := j - 1; k >= j-8 && k >= 0; k-- {
		if a.is(k, cTerritoryNoun) {
			return false
		}
		if a.is(k, cNegotiation) || a.is(k, cAgreementHead) || a.is(k, cSignVerb) {
			return true // "подписанного между Арменией, Россией и Азербайджаном"
		}
		if !a.clause(k, j) {
			return false
		}
	}
	return false
}

// ending returns the ending the token has after the last word of the name
// being read (a.last), or "": "Ադրբեջանի" is Ադրբեջան in the genitive.
//
// The string is made once, after the loop: inlined into a caller that does
// not keep it, a short ending then needs no allocation (BENCHMARKS.md).
func (a *analyzer) ending(t *token) string {
	p := t.n
	for _, c := range t.cands[:t.nc] {
		if c.plen < p && slices.Contains(a.last, c.word) {
			p = c.plen
		}
	}
	return string(t.key[p:t.n])
}

// placeCase reports whether the last word of a state's name is in a case
// that makes it a place.
func (a *analyzer) placeCase(t *token, ls langSet) bool {
	e := a.ending(t)
	if e == "" {
		return false
	}
	switch {
	case ls&langAZ != 0:
		return azCase(e) == 'D' || azCase(e) == 'L' || azCase(e) == 'A'
	case ls&langHY != 0:
		return strings.HasSuffix(e, "ում") || strings.HasSuffix(e, "ից") || strings.HasSuffix(e, "ով")
	case ls&langRU != 0:
		return strings.HasSuffix(e, "у") || strings.HasSuffix(e, "ю")
	}
	return false
}

// azCase returns the case of a folded Azerbaijani ending: G genitive, D
// dative, L locative, A ablative, I instrumental, 0 other.
func azCase(e string) byte {
	if s, ok := strings.CutSuffix(e, "ki"); ok && s != "" {
		e = s // "Azərbaycandakı": the -ki of an adjective after the case
	}
	switch {
	case strings.HasSuffix(e, "la") || strings.HasSuffix(e, "le"):
		return 'I'
	case strings.HasSuffix(e, "dan") || strings.HasSuffix(e, "den") || strings.HasSuffix(e, "tan") || strings.HasSuffix(e, "ten"):
		return 'A'
	case strings.HasSuffix(e, "dek"):
		return 'D'
	case strings.HasSuffix(e, "da") || strings.HasSuffix(e, "de") || strings.HasSuffix(e, "ta") || strings.HasSuffix(e, "te"):
		return 'L'
	case strings.HasSuffix(e, "a") || strings.HasSuffix(e, "e"):
		return 'D'
	case strings.HasSuffix(e, "in") || strings.HasSuffix(e, "un"):
		return 'G'
	}
	return 0
}

// locative reports whether the last word of a name is in the locative, in
// Armenian or Azerbaijani: "Վաշինգտոնում", "Bakıda".
func (a *analyzer) locative(t *token) bool {
	ls := a.langsOf(t)
	switch e := a.ending(t); {
	case e == "":
		return false
	case ls&langAZ != 0:
		return azCase(e) == 'L'
	case ls&langHY != 0:
		return strings.HasSuffix(e, "ում")
	}
	return false
}

// classAfter reports whether a word of one of the classes cs follows the
// name ending at token end in its clause, within three tokens: a verb of
// linking ("Azərbaycanı Naxçıvanla birləşdirən"), of return or going, or
// a word of belonging ("Azərbaycana qaytarılıb", "Azərbaycana səfəri",
// "Azərbaycana məxsus olması").
func (a *analyzer) classAfter(end int, cs ...class) bool {
	for k := end + 1; k <= end+3 && a.clause(end, k); k++ {
		for _, c := range cs {
			if a.is(k, c) {
				return true
			}
		}
	}
	return false
}

// ruInstrumental reports whether a folded Russian ending is the
// instrumental's.
func ruInstrumental(e string) bool {
	// Endings are folded, й to и: "-ей" is read as "еи".
	for _, x := range [...]string{"ом", "ем", "ей", "ою", "ею", "еи", "ои"} {
		if strings.HasSuffix(e, x) {
			return true
		}
	}
	return false
}

// azAccusative reports whether a folded Azerbaijani ending is the
// accusative's: "Azərbaycanı", "Rusiyanı".
func azAccusative(e string) bool {
	switch e {
	case "i", "u", "ni", "nu":
		return true
	}
	return false
}

// locativeAfterHyphen reports whether the locative ending is written after
// a hyphen after the name ending at token end: "ԱՄՆ-ում", "ABŞ-da".
func (a *analyzer) locativeAfterHyphen(end int) bool {
	t := a.at(end + 1)
	if t == nil || t.sep != sepHyphen {
		return false
	}
	return t.is("ում") || t.is("da") || t.is("de") || t.is("ta") || t.is("te")
}

// destinationAfterHyphen reports whether the dative ending is written
// after a hyphen after the name ending at token end, before a word of going:
// "ABŞ-a səfər edəcəklər".
func (a *analyzer) destinationAfterHyphen(end int) bool {
	t := a.at(end + 1)
	return t != nil && t.sep == sepHyphen && t.n <= 3 && azCase(string(t.key[:t.n])) == 'D' && a.classAfter(end+1, cMotion)
}

// genitive reports whether the last word of a name is in the genitive.
func (a *analyzer) genitive(t *token, ls langSet) bool {
	e := a.ending(t)
	switch {
	case ls&langAZ != 0:
		return azCase(e) == 'G'
	case ls&langHY != 0:
		return strings.HasSuffix(e, "ի") || strings.HasSuffix(e, "ան")
	}
	return false
}

// agentive reports whether the words around a name make it an agent: a
// verb of speech or action after it, a title before it.
func (a *analyzer) agentive(i, end int) bool {
	return a.is(end+1, cAgentCue) && a.joined(end+1) || a.is(i-1, cMediation) || a.is(i-2, cMediation) && a.is(i-1, cOf) || a.adverbAfter(i, end)
}

// adverbAfter reports whether an English adverb follows the name at
// i..end, as it follows the subject before its verb: "Baku already
// states", "Yerevan increasingly points", "Azerbaijan illegally set up".
// In the gold every state or capital before one is the actor, but after a
// preposition, whose object it is, with its conjunct ("soldiers from
// Armenia and Artsakh still missing").
func (a *analyzer) adverbAfter(i, end int) bool {
	prev := a.beforeConjoined(i)
	if p := a.at(prev); p != nil && (a.is(prev, cTerritoryPrep) || p.is("from") || p.is("of")) {
		return false
	}
	t := a.at(end + 1)
	if t == nil || !a.joined(end+1) || t.has(tUpper) || !t.has(tLatin) || a.langsOf(t)&langEN == 0 {
		return false
	}
	switch k := t.key[:t.n]; {
	case t.is("already"), t.is("also"), t.is("still"), t.is("again"), t.is("never"), t.is("often"):
		return true
	case t.is("early"), t.is("daily"), t.is("weekly"), t.is("monthly"), t.is("family"), t.is("assembly"), t.is("supply"), t.is("rally"), t.is("reply"), t.is("italy"):
		return false // not adverbs, or not of the subject: "in Armenia early next year"
	default:
		return len(k) >= 5 && bytes.HasSuffix(k, []byte("ly"))
	}
}

// capital reads a seat of government, which stands for its state when it
// acts ("Moscow and Ankara", "Baku said", "при посредничестве Москвы") and
// is a place otherwise. It reports false if the name is better read as
// another record's.
func (a *analyzer) capital(i, end int, capitals, names []hit) bool {
	e := &a.lx.entries[capitals[0].entry]
	state, city, _ := strings.Cut(e.id, " ")
	how := capitals[0].how
	if how == howWhole && e.text == a.text[a.at(i).start:a.at(end).end] {
		how = howExact
	}
	hasPlace := false
	for _, h := range names {
		if a.lx.entries[h.entry].kind == Place {
			hasPlace = true
		}
	}
	a.last = a.last[:0]
	for _, h := range capitals {
		a.last = append(a.last, a.lx.entries[h.entry].last)
	}
	next := a.at(end + 1)
	possessive := a.possessive(end + 1)                                            // "Yerevan’s latest statement"
	withAZ := a.is(end+1, cWith) && a.joined(end+1) && a.langsOf(next)&langAZ != 0 // "Bakı ilə təmaslarımız"
	envoy := a.envoyTo(i)                                                          // "Ambassador to Baku"
	actor := city == "" || a.agentive(i, end) || a.is(i-1, cControl) || a.is(i-1, cReturnVerb) || a.pastVerbAfter(end) || a.subjectOfPast(i, end) ||
		a.is(end+1, cControl) && a.joined(end+1) || // "отдав Баку контроль", "Բաքվի վերահսկողությանը"
		a.infinitiveAfter(end) || // "позволяет Баку наладить", "стремлении Еревана избежать"
		a.hySubject(end) || // "Մոսկվան չի օգտագործում"
		a.hasVal(i-1, cOfficial, 0) && a.joined(i) || // "official Baku"
		envoy ||
		a.definiteSubject(i, end) ||
		a.is(i-1, cWith) && (!a.linkNounWithin(i-8, i-2) || a.is(i-2, cNegotiation) && a.joined(i-1)) || // "об обмене с Ереваном", "на дороге без согласования с Баку"
		possessive || withAZ ||
		a.at(i-1) != nil && (a.at(i-1).is("by") || a.at(i-1).is("against")) && a.joined(i) || // "brokered by Moscow", "threats against Yerevan"
		a.hasVal(end+1, cReturnVerb, 1) && a.joined(end+1) || // "Yerevan handing over", who gives land
		a.is(i-1, cBetween) && a.negotiationBefore(i-1) || // "negotiations between Stepanakert and Baku"
		a.is(i-1, cConj) && a.lastName.end == i-2 && a.is(a.lastName.start-1, cBetween) && a.negotiationBefore(a.lastName.start-1) ||
		a.is(i-1, cAgreementHead) && a.joined(i) || // "в заявлении Баку", the statement of Baku's government
		a.partyObject(i) || // "let Yerevan delay", "дать Еревану отсрочку"
		a.prisonersNear(i, end) || // "handed over five to Yerevan": who receives prisoners
		a.stanceOf(i, end) || // "позиция Москвы", "Bakının təklifi", "according to Baku"
		a.ruBareDative(i, end) ||
		a.azFromParty(end) // "Bakıdan tələb", asked of the government
	if city != "" && !possessive && !envoy && (a.is(i-1, cTerritoryPrep) && !a.reportedBy(i) || a.locative(a.at(end))) {
		// "the defence ministry in Baku", "Վաշինգտոնում", "Bakıda"; but in
		// "в Баку сообщили" no one else speaks: the seat's government does.
		actor = a.theySaid(i, end)
	}
	if city != "" && a.receives(i) {
		actor = true // "handed over to Baku": a city receives no land, its government does
	}
	if a.is(end+1, cClock) && a.joined(end+1) {
		actor = false // "Moscow time", "Bakı vaxtı ilə": a time zone
	}
	if prev := i - 1; city == "" && !a.agentive(i, end) {
		if a.is(prev, cDefinite) && a.joined(i) {
			prev--
		}
		if (a.is(prev, cTerritoryPrep) || a.at(prev) != nil && a.at(prev).is("at")) && a.joined(prev+1) && !a.reportedBy(i) { // not "according to Kremlin"
			return true // "at the White House": a building, which no place record is
		}
	}
	// Two seats of government side by side are two governments: "Moscow
	// and Ankara", "the statement of Baku, Yerevan and Moscow".
	if !actor {
		if a.is(end+1, cConj) || next != nil && next.sep&^(sepComma|sepSpace) == 0 && next.sep&sepComma != 0 && !a.is(i-1, cTerritoryPrep) {
			k := end + 1
			if a.is(k, cConj) {
				k++
			}
			if _, _, ok := a.find(k, cCapital); ok {
				actor = true
			}
		}
		if a.is(i-1, cConj) && a.lastCapitalActor == i-2 {
			actor = true
		}
	}
	if actor && a.at(i).has(tAllUpper) && a.datelineAt(i) {
		actor = false // a dateline: "YEREVAN, MAY 7", "WASHINGTON/PARIS/MOSCOW, 15 November"
	}
	if hyphenBefore, hyphenAfter := a.at(i).sep&sepHyphen != 0 && a.at(i).sep&sepSpace == 0, a.at(end+1) != nil && a.at(end+1).sep&sepHyphen != 0 && a.at(end+1).sep&sepSpace == 0; hyphenBefore || hyphenAfter {
		if a.capitalsInTalks(i, end, hyphenAfter) {
			a.name(Actor, i, end, how, state) // "the Baku-Yerevan talks": the two governments
			return true
		}
		return hasPlace // "Moscow-brokered"
	}
	switch {
	case actor:
		if a.name(Actor, i, end, how, state) == Actor {
			a.lastCapitalActor = end // not if the metonymy model read the city
		}
	case hasPlace:
		return false
	case city == "":
		// A seat of government the record has no place for, as a place
		// ("PARIS" in a dateline): no record's mention.
		a.until[Actor] = end + 1
	default:
		a.name(Place, i, end, how, city)
	}
	return true
}

// datelineAt reports whether token i is in the place line that opens the
// text: it is the first token, or every token before it is in capitals
// and joined to the next by a slash.
func (a *analyzer) datelineAt(i int) bool {
	for k := 0; k < i; k++ {
		// A token the ring no longer holds is too far in for a place line.
		if t, next := a.at(k), a.at(k+1); t == nil || next == nil || !t.has(tAllUpper) || next.sep != sepSlash {
			return false
		}
	}
	return true
}

// receives reports whether the English seat of government at i receives
// land or its control: "was handed over to Baku", "came under the control
// of Baku". The verbs are those of land changing hands (cReturnVerb, val
// 1), not of going back ("Aliyev returned to Baku"), where the city is
// where one goes.
func (a *analyzer) receives(i int) bool {
	p := a.at(i - 1)
	if p == nil || !a.joined(i) || a.langsOf(a.at(i))&langEN == 0 {
		return false
	}
	if h, _, ok := a.find(i-2, cControl); ok && int(h.end) == i-1 && a.joined(i-1) {
		return true // "control of" is one form of the control's words
	}
	if !p.is("to") {
		return false
	}
	for k := i - 2; k >= i-4 && k >= 0 && a.joined(k+1); k-- {
		if _, e, ok := a.find(k, cReturnVerb); ok && e.val == 1 {
			return true
		}
	}
	return false
}

// statePair reports whether the Azerbaijani state's name at i..end is the
// first of two joined by a hyphen, as an adjective joins them
// ("Azərbaycan-Ermənistan sərhədi", "Ermənistan-Azərbaycan münasibətləri"),
// and returns where the second ends. Such a compound names neither state,
// as "Armenian-Azerbaijani border" does not (GUIDELINES.md 2.7); the
// monitoring centre's name, which takes two states so, is read before.
// English joins two states so before a border ("the Armenia-Azerbaijan
// state border": the gold marks neither in 5 of 7), while before a road
// each is the land it runs through ("the Azerbaijan-Russia railway").
func (a *analyzer) statePair(i, end int) (int, bool) {
	t := a.at(end)
	switch ls := a.langsOf(t); {
	case ls&langAZ != 0 && a.ending(t) == "":
		return a.stateAfterHyphen(end)
	case ls&langEN != 0:
		if e2, ok := a.stateAfterHyphen(end); ok {
			k := e2 + 1
			if a.at(k) != nil && a.at(k).is("state") && a.joined(k) {
				k++
			}
			if n := a.at(k); n != nil && a.joined(k) && (n.is("border") || n.is("borders")) {
				return e2, true
			}
		}
	}
	return 0, false
}

// declarationTitle reports whether the town named by group, ending at
// token end, names a declaration the record does not hold, as the head
// right after it says: "the Shusha Declaration", "Şuşa Bəyannaməsi",
// "Шушинскую декларацию", "Շուշիի հռչակագիրը". The town is part of the
// title, which no record names (GUIDELINES.md 2.8). The places by which
// the record's own statements are named, seats of government and states
// are not such towns.
func (a *analyzer) declarationTitle(group []hit, end int) bool {
	if !a.joined(end+1) || a.has(end, cAgreementPlace) {
		return false
	}
	if _, e, ok := a.find(end+1, cAgreementHead); !ok || e.val != headDecl {
		return false
	}
	for _, h := range group {
		e := &a.lx.entries[h.entry]
		switch {
		case h.cls == cCapital, h.cls == cName && (e.kind != Place || a.lx.states[e.id]), h.cls != cName && h.cls != cPlaceAdj:
			return false
		}
	}
	return true
}

// azModifier reports whether the Azerbaijani state's name ending at token
// end, without a case ending, modifies a noun after it that is none of
// its organs: "Azərbaycan bayrağı", "Ermənistan KİV-nə".
func (a *analyzer) azModifier(end int, how uint8) bool {
	t := a.at(end)
	return how != howInflected && a.langsOf(t)&langAZ != 0 && a.joined(end+1) && a.hasVal(end+1, cEthnic, 1)
}

// stateBeforeParticiple reports whether the English state's name that
// group reads, ending at token end, is joined by a bare hyphen to a word in
// lower case that names nothing ("Russia-brokered", "U.S.-backed"): a
// compound adjective, which names no state, as "Russian-brokered" does not
// (GUIDELINES.md 2.7).
func (a *analyzer) stateBeforeParticiple(group []hit, end int) bool {
	next := a.at(end + 1)
	if next == nil || next.sep != sepHyphen && next.sep != sepHyphen|sepPeriod || !next.has(tLatin) || next.has(tUpper) || next.has(tDigits) || a.has(end+1, cName) || a.langsOf(a.at(end))&langEN == 0 {
		return false
	}
	for _, h := range group {
		if e := &a.lx.entries[h.entry]; h.cls == cName && a.lx.states[e.id] {
			return true
		}
	}
	return false
}

// inCompound reports whether the state's name at i..end is part of a
// compound adjective, which names neither state (GUIDELINES.md 2.7): the
// Russian combining form before a bare hyphen ("азербайджано-армянской"),
// or a name after a state adjective and a bare hyphen ("the
// Armenian-Azerbaijan war").
func (a *analyzer) inCompound(i, end int, how uint8) bool {
	if t, next := a.at(end), a.at(end+1); how == howInflected && a.langsOf(t)&langRU != 0 && next != nil && next.sep == sepHyphen && strings.HasSuffix(t.keyString(), "о") {
		return true
	}
	return a.at(i).sep == sepHyphen && a.is(i-1, cStateAdj)
}

// stateAfterHyphen returns where a state's name ends that follows the name
// ending at token end after a bare hyphen: "Rusiya-Türkiyə",
// "Azərbaycan-Ermənistan".
func (a *analyzer) stateAfterHyphen(end int) (int, bool) {
	if t := a.at(end + 1); t == nil || t.sep != sepHyphen {
		return 0, false
	}
	var buf [16]hit
	group, e2 := a.longest(end+1, isNameClass, buf[:0])
	if e2 < 0 {
		return 0, false
	}
	_, ok := a.stateIn(group)
	return e2, ok
}

// capitalsInTalks reports whether the seat of government at i..end is one
// of two joined by a hyphen before a noun of talks: "the Baku-Yerevan
// talks", "Moscow-Ankara dialogue". after says the other follows.
func (a *analyzer) capitalsInTalks(i, end int, after bool) bool {
	if after {
		h, _, ok := a.find(end+1, cCapital)
		return ok && a.is(int(h.end)+1, cNegotiation) && a.joined(int(h.end)+1)
	}
	_, _, ok := a.find(i-1, cCapital)
	return ok && a.is(end+1, cNegotiation) && a.joined(end+1)
}

// centreAfterPair reads, after a state's name ending at end, a hyphen, a
// second state's name and the words of the monitoring centre, and returns
// where the centre's words end and its ID.
func (a *analyzer) centreAfterPair(end int) (int, string, bool) {
	e2, ok := a.stateAfterHyphen(end)
	if !ok || !a.joined(e2+1) {
		return 0, "", false
	}
	if h, ce, ok := a.find(e2+1, cCentre); ok {
		return int(h.end), ce.id, true
	}
	// The centre by a name of its record: "monitoring centre".
	centre := string(actors.JointMonitoringCentre)
	var buf [16]hit
	if g, e3 := a.longest(e2+1, isNameClass, buf[:0]); e3 >= 0 && slices.ContainsFunc(g, func(h hit) bool { return a.lx.entries[h.entry].id == centre }) {
		return e3, centre, true
	}
	return 0, "", false
}

// azBareLocative reports whether the Azerbaijani place name whose last
// word, w, ends at token k takes the locative with no possessive before
// it: "Rusiyanın Qarabağda … kontingentini" says where Russia's forces
// are, not that Qarabağ is Russia's, as "Azərbaycanın Ağdam rayonunda"
// (district-its-in) says of Azerbaijan.
func (a *analyzer) azBareLocative(k int, w int32) bool {
	t := a.at(k)
	if t == nil || a.langsOf(t)&langAZ == 0 {
		return false
	}
	for _, c := range t.cands[:t.nc] {
		if c.word != w {
			continue
		}
		switch string(t.key[c.plen:t.n]) { // folded: ə is e
		case "da", "de", "daki", "deki", "ta", "te":
			return true
		}
	}
	return false
}

// forcesAfter reports whether the contingent or an organ's word follows
// the place ending at k, right after it or after a participle: "Rusiyanın
// Dağlıq Qarabağdakı sülhməramlı kontingenti", "Rusiyanın Qarabağda
// yerləşən sülhməramlı kontingenti".
func (a *analyzer) forcesAfter(k int) bool {
	for j := k + 1; j <= k+3 && a.joined(j); j++ {
		if a.is(j, cContingent) || a.is(j, cOrgan) {
			return true
		}
		if t := a.at(j); t.has(tUpper) || t.has(tDigits) {
			return false
		}
	}
	return false
}

// betweenBefore reports whether "between" stands before the name at i, or
// before an adjective before it, and no talks are between: "территорию
// между непризнанной Нагорно-Карабахской республикой и Арменией".
func (a *analyzer) betweenBefore(i int) bool {
	k := i - 1
	if t := a.at(k); t != nil && a.joined(i) && !t.has(tUpper) && t.nc == 0 && !a.is(k, cBetween) {
		k-- // an adjective the lexicon lacks
	}
	return a.is(k, cBetween) && a.joined(k+1) && !a.negotiationBefore(k)
}

// republicAround returns the span of the land's name at i..end with the
// word for republic joined to it: after it ("Լեռնային Ղարաբաղի
// Հանրապետության", "Dağlıq Qarabağ Respublikası"), or before it with "of"
// in English ("the Republic of Nagorno-Karabakh") or alone in Russian
// ("Республике Арцах"). Without one it returns i..end. Between it and a
// state, the land is meant, named as the republic ("հաղորդակցություն
// Լեռնային Ղարաբաղի Հանրապետության և Հայաստանի միջև"): the caller leaves
// that to the rules for land.
func (a *analyzer) republicAround(i, end int) [2]int {
	if a.is(end+1, cRepublic) && a.joined(end+1) {
		h, _, _ := a.find(end+1, cRepublic)
		return [2]int{i, int(h.end)}
	}
	if a.is(i-1, cOf) && a.joined(i) && a.joined(i-1) && a.is(i-2, cRepublic) {
		return [2]int{i - 2, end}
	}
	if p := a.at(i - 1); p != nil && a.joined(i) && p.has(tUpper) && a.langsOf(p)&langRU != 0 && strings.HasPrefix(p.keyString(), "республик") {
		return [2]int{i - 1, end}
	}
	return [2]int{i, end}
}

// republicPast returns the token of the word for republic that follows
// the name at i..end past a bracket: the name is in the brackets
// ("(Արցախի) Հանրապետությունը") or the brackets follow it ("Լեռնային
// Ղարաբաղի (Արցախի) Հանրապետությունը"). It returns -1 if there is none.
func (a *analyzer) republicPast(i, end int) int {
	k := end + 1
	if t := a.at(k); t == nil || t.sep&sepOpen == 0 && (a.at(i).sep&sepOpen == 0 || t.sep&sepClose == 0) {
		return -1
	}
	if a.at(k).sep&sepOpen != 0 {
		k = end + 2 // after the bracket's first word
		for k <= end+5 && a.at(k) != nil && a.at(k).sep&sepClose == 0 {
			k++
		}
	}
	if t := a.at(k); t == nil || t.sep&sepClose == 0 || t.sep&^(sepClose|sepSpace|sepNewline) != 0 || !a.is(k, cRepublic) {
		return -1
	}
	return k
}

// stanceOf reports whether the name at i..end is whose stance, proposal
// or decision a noun beside it is: "позиция Москвы", "the position of
// Baku", "Bakının təklifi", "Երևանի առաջարկը".
func (a *analyzer) stanceOf(i, end int) bool {
	t := a.at(end)
	ls := a.langsOf(t)
	switch {
	case ls&langRU != 0:
		return (a.is(i-1, cStance) || a.reportedBy(i)) && a.joined(i) && !ruInstrumental(a.ending(t))
	case ls&langEN != 0:
		return a.reportedBy(i) || // "according to Baku": the source is a party
			a.is(i-1, cOf) && a.joined(i) && a.joined(i-1) && a.is(i-2, cStance)
	}
	return a.genitive(t, ls) && a.is(end+1, cStance) && a.joined(end+1)
}

// reportedBy reports whether the words before token i say whose data or
// words a text reports: "according to (the)", "по данным".
func (a *analyzer) reportedBy(i int) bool {
	k := i - 1
	if a.is(k, cDefinite) && a.joined(i) && a.langsOf(a.at(k))&langEN != 0 {
		k-- // "according to the Kremlin"
	}
	p, q := a.at(k), a.at(k-1)
	if p == nil || q == nil || !a.joined(k+1) || !a.joined(k) {
		return false
	}
	return p.is("to") && q.is("according") || p.is("данным") && q.is("по")
}

// partyObject reports whether the name at i is the object of a verb
// whose object is a party ("let Yerevan delay", "asked Baku to"), or what
// is asked for comes from it ("sought some time from Baku").
func (a *analyzer) partyObject(i int) bool {
	if _, e, ok := a.find(i-1, cAgentCue); ok && e.val == 1 && a.joined(i) {
		return true
	}
	if p := a.at(i - 1); p == nil || !p.is("from") || !a.joined(i) {
		return false
	}
	for k := i - 2; k >= i-6 && k >= 0 && a.joined(k+1); k-- {
		if _, e, ok := a.find(k, cAgentCue); ok && e.val == 2 {
			return true
		}
	}
	return false
}

// ruBareDative reports whether the Russian seat of government at i..end
// is in the dative with no preposition before it: whom something is given
// or told ("дать Еревану отсрочку"), never where. Only the masculine
// ending is read: the feminine dative is also the form after "в"
// ("Москве").
func (a *analyzer) ruBareDative(i, end int) bool {
	t := a.at(end)
	if i != end || a.langsOf(t)&langRU == 0 {
		return false
	}
	dative := false
	for _, c := range t.cands[:t.nc] {
		if w := a.lx.words[c.word].key; slices.Contains(a.last, c.word) && !strings.HasSuffix(w, "а") && !strings.HasSuffix(w, "я") {
			dative = dative || t.is(w+"у") || t.is(w+"ю")
		}
	}
	if !dative {
		return false
	}
	p := a.at(i - 1)
	return p == nil || !a.joined(i) || !a.is(i-1, cTerritoryPrep) && !p.is("о") && !p.is("об") && !p.is("при") && !p.is("ко") && !p.is("у")
}

// definiteSubject reports whether the Armenian or Azerbaijani name at
// i..end opens its sentence in the nominative, as the subject of what
// follows. Armenian marks it with the article: "Բաքուն մտադիր է",
// "Երևանը պահանջում է". Azerbaijani leaves it bare, so the next word must
// be in the same clause and not make the name a modifier of a place's
// word ("Bakı şəhəri") or of the clock's ("Bakı vaxtı"): "Moskva onların
// yerləşdirilməsi məsələlərini Bakı ilə müzakirə edəcək".
func (a *analyzer) definiteSubject(i, end int) bool {
	t := a.at(end)
	ls := a.langsOf(t)
	if ls&(langHY|langAZ) == 0 {
		return false
	}
	e := a.ending(t)
	if ls&langAZ != 0 {
		if e != "" || !a.joined(end+1) || a.betweenAfter(end) {
			return false // "Azərbaycan və Ermənistan arasında sərhəddə"
		}
		if h, _, ok := a.find(end+1, cClauseOpen); ok && h.how == howWhole && a.lx.entries[h.entry].val == 1 {
			return true // "Yerevan isə bu termini ... dəyərləndirir": the topic, as for Yerevan
		}
		if _, te, ok := a.find(end+1, cTerritoryNoun); ok && te.val == 0 {
			return false // "Azərbaycan ərazisində"
		}
		return a.opensClause(i) && !a.is(end+1, cPlaceHead) && !a.is(end+1, cGeneric) && !a.is(end+1, cClock)
	}
	return a.opensClause(i) && (e == "ն" || e == "ը")
}

// opensClause reports whether token i opens a sentence, or a clause after
// a word that opens one and whose subject comes first: "that", "что",
// "bildirib ki, Azərbaycan ... hazırdır", "որը Բաքուն մտադիր է".
func (a *analyzer) opensClause(i int) bool {
	if t := a.at(i); i == 0 || t != nil && t.sep&(sepPeriod|sepPara|sepNewline|sepStop) != 0 {
		return true
	}
	h, e, ok := a.find(i-1, cClauseOpen)
	return ok && h.how == howWhole && e.val == 0 && a.clause(i-1, i)
}

// theySaid reports whether a verb of speech with no subject of its own
// stands right after the seat of government at i..end, or right before
// the preposition before it: "В Баку сообщили", "подтвердили и в
// Ереване".
func (a *analyzer) theySaid(i, end int) bool {
	// The verb right after, or after a few short words: "в Баку
	// сообщили", "В Москве это не комментируют".
	for k := end + 1; k <= end+3 && a.joined(k); k++ {
		if a.is(k, cTheySaid) {
			return true
		}
		if t := a.at(k); t.has(tUpper) || t.has(tDigits) || utf8.RuneCount(t.key[:t.n]) > 4 {
			break
		}
	}
	k := i - 2
	if a.is(k, cConj) {
		k--
	}
	return a.is(i-1, cTerritoryPrep) && a.is(k, cTheySaid) && a.clause(k, i)
}

// pastVerbAfter reports whether a Russian or English verb in the past
// tense follows token end: "Ереван передал", "Baku captured".
func (a *analyzer) pastVerbAfter(end int) bool {
	t := a.at(end + 1)
	if t == nil || !a.joined(end+1) || t.has(tUpper) {
		return false
	}
	k := string(t.key[:t.n])
	if t.has(tLatin) && a.langsOf(t)&langEN != 0 {
		// "Baku captured", "Yerevan urged".
		return t.n >= 5 && strings.HasSuffix(k, "ed")
	}
	if !t.has(tCyrillic) || t.n < 6 {
		return false
	}
	for _, e := range [...]string{"л", "ла", "ли", "лся", "лась", "лись"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// presentVerbAfter reports whether a Russian verb in the present tense, of
// five letters or more, follows token end: "Баку нарушает".
func (a *analyzer) presentVerbAfter(end int) bool {
	t := a.at(end + 1)
	if t == nil || !a.joined(end+1) || t.has(tUpper) || !t.has(tCyrillic) || t.n < 10 {
		return false
	}
	k := t.key[:t.n]
	for _, e := range [...]string{"ает", "яет", "ует", "ит", "ют", "ят", "ится", "ется", "ются", "ятся", "утся"} {
		if bytes.HasSuffix(k, []byte(e)) {
			return true
		}
	}
	return false
}

// subjectOfPast reports whether a capital opens its sentence and a
// Russian verb in the past tense follows within a few words, or one in the
// present right after it: "Ереван до 1 декабря обязался передать".
func (a *analyzer) subjectOfPast(i, end int) bool {
	if t := a.at(i); t != nil && i > 0 && t.sep&sepComma != 0 && (a.presentVerbAfter(end) || a.presentVerbAfter(end+1) && a.clause(end, end+2)) {
		return true // "По ее словам, Москва продолжает работу", "Кроме того, Москва постоянно контактирует"
	}
	if t := a.at(i); i > 0 && (t == nil || t.sep&(sepPeriod|sepPara|sepStop) == 0) && !a.opensClause(i) {
		return false
	}
	if a.presentVerbAfter(end) || a.presentVerbAfter(end+1) && a.clause(end, end+2) {
		return true // "Баку нарушает практически все положения", "что Москва якобы обсуждает"
	}
	for k := end; k < end+5; k++ {
		if !a.clause(end, k+1) {
			return false
		}
		if a.pastVerbAfter(k) {
			return true
		}
	}
	return false
}

// centreRemit returns where a description of the monitoring centre ends
// when what it monitors follows, up to the word for ceasefire and one
// lower-case noun after it: "center for ceasefire maintenance",
// "центра по мониторингу за соблюдением перемирия".
func (a *analyzer) centreRemit(end int) int {
	k := end + 1
	if t := a.at(k); t == nil || !a.joined(k) || !(a.is(k, cTopic) || t.is("for")) {
		return end
	}
	for j := k + 1; j <= k+5 && a.joined(j); j++ {
		if h, he, ok := a.find(j, cAgreementHead); ok && he.val == headNamed {
			j = int(h.end)
			if t := a.at(j + 1); t != nil && a.joined(j+1) && !t.has(tUpper) && !t.has(tDigits) && t.nc == 0 {
				return j + 1
			}
			return j
		}
	}
	return end
}

// unit reads the contingent or the monitoring centre by a description:
// "peacekeeping contingent", "sülhməramlılar", "Russian force".
func (a *analyzer) unit(i, end int, h hit) {
	e := &a.lx.entries[h.entry]
	a.until[Actor] = end + 1
	// "a joint peacekeeping force with Russia" is a force that never was;
	// a joint monitoring centre is the one there was.
	_, pe, joint := a.find(i-1, cPremod)
	joint = joint && pe.text == "joint" && a.joined(i)
	if e.cls == cContingent && (joint || a.is(end+1, cWith)) {
		return
	}
	if e.cls == cCentre {
		if joint {
			i-- // "the joint Russian-Turkish center"
		}
		if e.val == 0 {
			if r := a.centreRemit(end); r > end {
				end = r
				a.until[Actor] = end + 1
				if a.is(end+1, cConj) && a.joined(end+1) {
					return // "for monitoring of the ceasefire and all hostilities in ...": where the name ends is unclear
				}
			}
		}
	}
	// "peacekeeping contingent of the Russian Federation"; in Russian the
	// genitive alone, or "из": "миротворцы РФ", "миротворческим
	// контингентом ВС РФ", "миротворцев из РФ".
	if j := end + 1; e.cls == cContingent && a.joined(j) && (a.is(j, cOf) || a.langsOf(a.at(end))&langRU != 0) {
		if a.is(j, cOf) {
			j++
		}
		if a.is(j, cDefinite) {
			j++
		}
		if t := a.at(j); t != nil && a.langsOf(t)&langRU != 0 && (t.is("из") || t.is("вс")) && a.joined(j+1) {
			j++ // "from", "the armed forces of"
		}
		var buf [16]hit
		if group, gend := a.longest(j, isNameClass, buf[:0]); gend >= 0 {
			if s, ok := a.stateIn(group); ok && s == string(actors.Russia) {
				end = gend
				a.until[Actor] = end + 1
			}
		}
	}
	a.emit(Actor, i, end, h.how, e.id)
}

// stateAdjective reads "Armenian forces", "the Azerbaijani side",
// "российские миротворцы", "հայկական և ադրբեջանական կողմերի": a state
// adjective names the state when the noun after it denotes an organ of
// the state, and the peacekeeping contingent when it denotes the Russian
// peacekeepers. Other uses ("Armenian residents", "the Armenian language")
// are not mentions.
func (a *analyzer) stateAdjective(i, end int, h hit) {
	t := a.at(i)
	next := a.at(end + 1)
	// Hyphenated compounds ("Russian-brokered", "Armenian-Azerbaijani") are
	// not mentions.
	if t.sep&sepHyphen != 0 && t.sep&sepSpace == 0 || next != nil && next.sep&sepHyphen != 0 && next.sep&sepSpace == 0 {
		return
	}
	if a.langsOf(t)&langEN != 0 && a.at(i).flags&tUpper == 0 {
		return
	}
	if a.hasVal(i-1, cEthnic, 0) && a.joined(i) {
		return // "ethnic Armenian forces": of a people, not the state's
	}
	// Coordinated adjectives share the noun.
	adjs := [][2]int{{i, end}}
	states := []string{a.lx.entries[h.entry].id}
	j := end + 1
	for {
		// "Azerbaijani and Russian", "the Azerbaijani, Russian and Armenian leaders"
		next := j + 1
		if !a.is(j, cConj) {
			if t := a.at(j); t == nil || t.sep&sepComma == 0 || t.sep&^(sepComma|sepSpace) != 0 {
				break
			}
			next = j
		}
		h2, e2, ok := a.find(next, cStateAdj)
		if !ok {
			break
		}
		adjs = append(adjs, [2]int{next, int(h2.end)})
		states = append(states, e2.id)
		j = int(h2.end) + 1
	}
	// Scare quotes may stand between: Russian "peacekeepers".
	if !a.joined(j) && !(a.at(j) != nil && a.at(j).sep&sepQuote != 0 && a.at(j).sep&^(sepSpace|sepQuote) == 0) {
		return
	}
	// "ռուսական խաղաղապահ զորակազմի", "ռուսական զորախմբի": the adjective
	// is part of the name of the unit, not of a noun for its members
	// ("российские миротворцы").
	if ch, ce, ok := a.find(j, cContingent); ok && len(adjs) == 1 && states[0] == string(actors.Russia) && (int(ch.end) > j || !a.membersAt(j)) {
		a.emit(Actor, i, int(ch.end), max(h.how, ch.how), ce.id)
		a.until[Actor] = int(ch.end) + 1
		return
	}
	oh, oe, ok := a.find(j, cOrgan)
	if !ok && a.joined(j+1) && !a.at(j).has(tUpper) {
		// One adjective between: "ռուսական խաղաղարար ուժերը".
		oh, oe, ok = a.find(j+1, cOrgan)
	}
	if ok && oe.val == 2 && !a.nounEnds(int(oh.end)) {
		ok = false // "Azerbaijani military victory": an adjective
	}
	if !ok {
		// A title after the adjective ("Russian President"), or a word or
		// two and a person's name ("Russian dictator Vladimir Putin").
		if _, _, ok := a.find(j, cTitle); !ok && !a.personWithin(j, j+2) {
			return
		}
		oh = hit{end: int32(j)}
		oe = &entry{}
	}
	for k, span := range adjs {
		id := states[k]
		how := h.how
		if oe.val == 1 && id == string(actors.Russia) {
			id = string(actors.PeacekeepingContingent)
		}
		a.emit(Actor, span[0], span[1], how, id)
	}
	a.until[Actor] = j
	if oe.val == 1 {
		a.until[Actor] = int(oh.end) + 1 // the noun is not the contingent again
	}
}

// nounEnds reports whether the noun phrase ends at token k: what follows
// is punctuation, a verb or an adverb, not another noun.
func (a *analyzer) nounEnds(k int) bool {
	t := a.at(k + 1)
	if t == nil || !a.joined(k+1) || t.has(tUpper) || a.is(k+1, cAgentCue) {
		return true
	}
	s := string(t.key[:t.n])
	return strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ly") || s == "already" || s == "also" || s == "still"
}

// partialPerson reads a person named in part: initials before the surname
// ("V. Putin", "В.В. Путин"), the first name and surname without the
// middle name, or the surname alone once the text has named the person in
// full.
func (a *analyzer) partialPerson(i int) {
	t := a.at(i)
	if t == nil || !t.has(tUpper) {
		return
	}
	// Initials, which need not be words of the lexicon: "М.Захарова".
	j := i
	for j < i+3 && a.initial(j) && a.at(j+1) != nil && a.at(j+1).sep&sepPeriod != 0 {
		j++
	}
	if j > i {
		if p, how, ok := a.surnameAt(j, func(id string) bool { return a.initialsFit(id, i, j) }); ok {
			a.person(i, j, how, p)
			return
		}
		return
	}
	if t.nc == 0 {
		return
	}
	// The first name and the surname, with or without the words between:
	// "Recep Tayyip ErdoAan", "Alexander Lentsov".
	if p, j, how, ok := a.fullerName(i); ok {
		a.person(i, j, how, []string{p})
		return
	}
	// The surname alone, after the full name, after a title or rank
	// ("General Muradov", "գեներալ Մուրադովը"), or of a person the record
	// names by the surname alone ("Пашиняна" as "Pashinyan").
	listed := a.lastName.end == i-1 && a.lastName.kind == Actor && a.at(i).sep == sepHyphen && a.isPerson(a.lastName.id)
	titled := a.at(i).sep&^(sepSpace|sepNewline) == 0 && a.titleEndingAt(i-1)
	if p, how, ok := a.surnameAt(i, func(id string) bool { return slices.Contains(a.seen, id) || a.lx.alone[id] || listed || titled }); ok && !a.otherForename(i) {
		// A title and the surname of one person name that person, as the
		// full name does, for the surname alone later.
		if titled && len(p) == 1 && !slices.Contains(a.seen, p[0]) {
			a.seen = append(a.seen, p[0])
		}
		a.person(i, i, how, p)
	}
}

// otherForename reports whether the word right before the surname at
// token i is a first name the record does not give the person: a
// capitalised word, no word of the lexicon, that does not begin its
// sentence nor end another capitalised name ("the Heydar Aliyev
// Foundation", "Mehriban Aliyeva"; not "Tiqran Abramyan Paşinyandan").
func (a *analyzer) otherForename(i int) bool {
	t, p, q := a.at(i), a.at(i-1), a.at(i-2)
	if t == nil || p == nil || q == nil || t.sep&^sepSpace != 0 || !p.has(tUpper) || p.has(tAllUpper) || p.nc != 0 {
		return false
	}
	return p.sep&(sepPeriod|sepStop|sepPara|sepNewline|sepColon|sepQuote|sepOpen) == 0 && !(q.has(tUpper) && p.sep&^sepSpace == 0)
}

// persons reports whether every one of ids is a person.
func (a *analyzer) persons(ids []string) bool {
	for _, id := range ids {
		if !a.isPerson(id) {
			return false
		}
	}
	return len(ids) > 0
}

// titleEndingAt reports whether a person's title or rank ends at token k:
// "General", "генерал-лейтенант", "baş nazir".
func (a *analyzer) titleEndingAt(k int) bool {
	_, ok := a.endingAt(k, cTitle)
	return ok
}

// personWithin reports whether the name of a person the record has starts
// at one of the tokens from..to, all in one stretch of words.
func (a *analyzer) personWithin(from, to int) bool {
	for k := from; k <= to && a.joined(k); k++ {
		for _, h := range a.hitsAt(k) {
			if e := &a.lx.entries[h.entry]; h.cls == cName && e.person && e.nameKind != namePart && h.how != howFuzzy {
				return true
			}
		}
	}
	return false
}

// isPerson reports whether actor id is a person.
func (a *analyzer) isPerson(id string) bool {
	p, ok := actors.Get(actors.ID(id))
	return ok && p.Kind == actors.Person
}

// fullerName reads a person's first name at i followed by other words of
// the person's names and then the surname.
func (a *analyzer) fullerName(i int) (string, int, uint8, bool) {
	t := a.at(i)
	for _, c := range t.cands[:t.nc] {
		for _, id := range a.lx.firsts[c.word] {
			for j := i + 1; j <= i+3 && a.joined(j) && a.at(j).has(tUpper); j++ {
				if ps, how, ok := a.surnameAt(j, func(p string) bool { return p == id }); ok {
					if !slices.Contains(a.seen, ps[0]) {
						a.seen = append(a.seen, ps[0])
					}
					return ps[0], j, how, true
				}
				if !a.wordOf(j, id) {
					break
				}
			}
		}
	}
	return "", 0, 0, false
}

// wordOf reports whether token j is a word of a name of person id.
func (a *analyzer) wordOf(j int, id string) bool {
	t := a.at(j)
	for _, ws := range a.lx.persons[id] {
		for _, w := range ws {
			for _, c := range t.cands[:t.nc] {
				if a.lx.words[c.word].key == w {
					return true
				}
			}
		}
	}
	return false
}

func (a *analyzer) person(i, j int, how uint8, ids []string) {
	if how == howWhole || how == howExact {
		how = howPartial
	}
	a.emit(Actor, i, j, how, ids...)
	a.until[Actor] = j + 1
}

// surnameAt returns the people whose surname token j is and who pass ok.
func (a *analyzer) surnameAt(j int, ok func(string) bool) ([]string, uint8, bool) {
	t := a.at(j)
	if t == nil || !t.has(tUpper) {
		return nil, 0, false
	}
	var out []string
	how := uint8(0)
	for _, c := range t.cands[:t.nc] {
		for _, id := range a.lx.surnames[c.word] {
			if ok(id) && !slices.Contains(out, id) {
				out = append(out, id)
				how = max(how, c.how)
			}
		}
	}
	return out, how, len(out) > 0
}

// initialsFit reports whether tokens i..j-1, initials, fit a name of
// person id: the first is the initial of the first name (a patronymic's
// may follow).
func (a *analyzer) initialsFit(id string, i, j int) bool {
	first := a.at(i)
	var buf [8]byte
	ini := fold.AppendSkeleton(buf[:0], first.keyString())
	if len(ini) == 0 {
		return false
	}
	for _, ws := range a.lx.persons[id] {
		if len(ws) < 2 {
			continue
		}
		if s := fold.Skeleton(ws[0]); s != "" && s[0] == ini[0] {
			return true
		}
	}
	return false
}

// afterParticiple returns the token after one or two Azerbaijani words
// that end in a past participle, starting at k ("Azərbaycanın işğal
// olunmuş Kəlbəcər rayonu"), or k if there are none.
func (a *analyzer) afterParticiple(k int, ls langSet) int {
	if ls&langAZ == 0 {
		return k
	}
	for j := k; j <= k+1 && a.joined(j) && a.joined(j+1); j++ {
		t := a.at(j)
		if t.has(tUpper) {
			return k
		}
		if key := t.keyString(); strings.HasSuffix(key, "mis") || strings.HasSuffix(key, "mus") {
			return j + 1
		}
	}
	return k
}

// personAt reports whether a person's name starts at token k: one the
// record has, or two capitalised words that name no place ("Aleksey
// Overçuk", "Mqer Qriqoryan").
func (a *analyzer) personAt(k int) bool {
	for _, h := range a.hitsAt(k) {
		if e := &a.lx.entries[h.entry]; e.person {
			return true
		} else if h.cls == cName && e.kind == Place {
			return false
		}
	}
	t, u := a.at(k), a.at(k+1)
	if t == nil || u == nil || !t.has(tUpper) || !u.has(tUpper) || !a.joined(k+1) || t.has(tAllUpper) {
		return false
	}
	for _, h := range a.hitsAt(k + 1) {
		if h.cls == cName && a.lx.entries[h.entry].kind == Place {
			return false
		}
	}
	return true
}

// lastRune returns the last character of s, or "".
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// infinitiveAfter reports whether a Russian infinitive follows the name
// ending at token end, across a dash at most: the one who is to do it
// ("позволяет Баку наладить", "а Еревану - получить").
func (a *analyzer) infinitiveAfter(end int) bool {
	t := a.at(end + 1)
	if t == nil || t.sep&(sepStop|sepPara|sepComma) != 0 || t.has(tUpper) || !t.has(tCyrillic) || t.n < 8 {
		return false
	}
	k := t.key[:t.n]
	return bytes.HasSuffix(k, []byte("ть")) || bytes.HasSuffix(k, []byte("чь"))
}

// hySubject reports whether the Armenian name ending at token end, with its
// article, is the subject of the auxiliary or its negation right after it:
// "Մոսկվան չի օգտագործում", "Բաքուն չի պահանջում".
func (a *analyzer) hySubject(end int) bool {
	t, n := a.at(end), a.at(end+1)
	if t == nil || n == nil || a.langsOf(t)&langHY == 0 || !a.joined(end+1) {
		return false
	}
	if e := a.ending(t); !strings.HasSuffix(e, "ն") && !strings.HasSuffix(e, "ը") {
		return false
	}
	for _, w := range [...]string{"չի", "չէր", "չեն", "է", "էր", "են"} {
		if n.is(w) {
			return true
		}
	}
	return false
}

// townEndingAt reports whether the last name read, ending at token k, is of
// a place that is not a state: a town, district or region a state named
// next to it contains.
func (a *analyzer) townEndingAt(k int) bool {
	return a.lastName.kind == Place && a.lastName.end == k && !a.lx.states[a.lastName.id]
}

// membersAt reports whether a noun for the members of a force ("миротворцы",
// "խաղաղապահներ") starts at token k.
func (a *analyzer) membersAt(k int) bool {
	_, e, ok := a.find(k, cOrgan)
	return ok && e.val == 1
}
