package annotate

import (
	"slices"
	"strings"
	"sync"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// The agreement layer: the agreements' titles, and descriptions that
// denote one: a head noun ("agreement", "заявление", "bəyanat",
// "հայտարարություն") with the premodifiers that make it the statement
// ("trilateral", "ceasefire", "Russian-brokered", "the November 10"), or
// with a date after it ("of November 9, 2020", "от 10 ноября"), or alone
// where it refers back to an agreement the text has named. A head with
// premodifiers that make it another agreement ("a transport deal", "a
// final peace agreement", "additional agreements") is not a mention.

// An agRead is an agreement read from tokens first..last.
type agRead struct {
	first, last int
	ids         []string
	how         uint8
	date        dateRead // a date in or after the description, if any
	hasDate     bool
	topicDate   bool // the date follows the words on the document's topic
}

func (a *analyzer) agreements(i int) {
	if i < a.until[Agreement] {
		return
	}
	r, ok := a.readAgreement(i)
	if !ok {
		return
	}
	a.emit(Agreement, r.first, r.last, r.how, r.ids...)
	a.until[Agreement] = r.last + 1
	if r.topicDate {
		a.docDate = r.date.first + 1
	}
	a.agreementSeen = true
	a.lastAgreement, a.agreementEnd = r.ids[0], r.last+1
	if r.ids[0] == string(agreement.Statement2020) {
		a.statementSeen, a.handoverSeen = true, true
	}
	// A date in the description whose year the text does not give takes
	// the agreement's: "the Russian-brokered ceasefire agreement of
	// November 9".
	if r.hasDate && r.date.inferred && len(r.ids) == 1 {
		if ag, ok := agreement.Get(agreement.ID(r.ids[0])); ok {
			if r.date.first < i {
				a.fixYear(r.date, ag.Signed.Year())
			} else {
				a.yearFix = yearFix{tok: r.date.first, year: ag.Signed.Year()}
			}
		}
	}
}

// fixYear gives the emitted date r the year y.
func (a *analyzer) fixYear(r dateRead, y int) {
	start := a.at(r.first).start
	for k := len(a.out) - 1; k >= 0; k-- {
		if m := &a.out[k]; m.Kind == Date && m.Start == start {
			withYear(m, y)
			return
		}
	}
}

// readAgreement reads an agreement's title or description ending at or
// starting at token i: a title starts there, a description's head noun is
// there and its premodifiers may lie before.
func (a *analyzer) readAgreement(i int) (agRead, bool) {
	// Titles.
	var buf [8]hit
	if group, end := a.longest(i, func(e *entry) bool { return e.cls == cName && e.kind == Agreement }, buf[:0]); end >= 0 {
		var ids []string
		how := uint8(howExact)
		for _, h := range group {
			e := &a.lx.entries[h.entry]
			if !slices.Contains(ids, e.id) {
				ids = append(ids, e.id)
			}
			if h.how != howWhole || e.text != a.text[a.at(i).start:a.at(end).end] {
				how = h.how
			}
		}
		// A title shared by several statements is settled by a date after
		// it, and any title by where it was signed: "the Trilateral
		// Declaration signed in Washington".
		r := agRead{first: i, last: end, ids: ids, how: how}
		if places, decl, ok := a.signedAt(i, end); ok {
			r.ids = strings.Fields(places)
			if _, he, ok := a.find(end, cAgreementHead); ok && decl && he.val == headDecl {
				r.ids = r.ids[:1]
			}
		} else if len(ids) > 1 {
			if d, ok := a.dateAfter(end); ok {
				if id := agreementOn(d); id != "" && slices.Contains(ids, id) {
					r.ids, r.last, r.date, r.hasDate = []string{id}, d.last, d, true
				}
			}
		}
		return r, true
	}
	h, e, ok := a.find(i, cAgreementHead)
	if !ok {
		return agRead{}, false
	}
	t := a.at(i)
	ls := a.langsOf(t)
	end := int(h.end)
	// Plurals are other agreements: "additional agreements".
	if ls&langEN != 0 && h.how == howInflected {
		return agRead{}, false
	}
	if ls&langAZ != 0 {
		if k := a.at(end); strings.Contains(string(k.key[:k.n]), "lar") || strings.Contains(string(k.key[:k.n]), "ler") {
			return agRead{}, false
		}
	}
	if ls&langHY != 0 {
		// "փաստաթղթերի": the plural comes first in the ending.
		k := a.at(end)
		for _, c := range k.cands[:k.nc] {
			if rest := string(k.key[c.plen:k.n]); c.word == e.last && (strings.HasPrefix(rest, "եր") || strings.HasPrefix(rest, "ներ")) {
				return agRead{}, false
			}
		}
	}
	// "ceasefire agreement": the last head is the head.
	if a.is(end+1, cAgreementHead) && a.joined(end+1) {
		return agRead{}, false
	}
	r := agRead{first: i, last: end, how: h.how}
	strong, peace := false, false
	// Premodifiers: "joint", "trilateral", any other, and "subsequent"
	// after the Washington meeting.
	joint, trilateral, other, following := false, false, false, false
	var places string
	decl := false // places names a declaration first
	// Premodifiers, right to left.
	for k := i - 1; k >= i-8 && k >= 0; {
		next := a.at(k + 1)
		if next == nil || next.sep&^(sepSpace|sepHyphen|sepApos|sepNewline) != 0 || next.sep&sepPara != 0 {
			break
		}
		if a.possessive(k) { // "last week’s"
			k--
			continue
		}
		if s, ok := a.endingAt(k, cBlock); ok && s >= 0 {
			if _, be, _ := a.find(s, cBlock); be.val != blockFollowing || e.val != headDecl || !a.named2025 {
				return agRead{}, false
			}
			// Not part of the title: the span starts after it.
			following, k, strong = true, s-1, true
			continue
		}
		if d, ok := a.dateEndingAt(k); ok {
			r.first, k, strong = d.first, d.first-1, true
			r.date, r.hasDate = d, true
			continue
		}
		// "11 yanvarda imzalanmış bəyanatın": the date before the
		// participle of signing says which statement it is; annotators
		// mostly leave both out of the span ("noyabrın 10-da
		// imzaladıqları bəyanata").
		if a.is(k, cSignVerb) && k+1 == i {
			if d, ok := a.dateEndingAt(k - 1); ok && a.joined(k) {
				r.date, r.hasDate, strong = d, true, true
			}
			break
		}
		if s, ok := a.endingAt(k, cPremod); ok {
			switch _, pe, _ := a.find(s, cPremod); pe.val {
			case premodJoint:
				joint = true
			case premodTrilateral:
				trilateral = true
			default:
				other = true
			}
			r.first, k, strong = s, s-1, true
			continue
		}
		if s, ok := a.endingAt(k, cPeace); ok {
			r.first, k, strong, peace = s, s-1, true, true
			continue
		}
		if _, pe, ok := a.find(k, cAgreementPlace); ok {
			places, strong, decl = pe.id, true, pe.val == 1
			if a.is(k-1, cTerritoryPrep) && a.joined(k) {
				break // "подписанной в Вашингтоне Декларации": where, not the title
			}
			r.first = k
			k--
			continue
		}
		// An Azerbaijani title on peace before the head: "sülh və
		// dövlətlərarası münasibətlərin təsis edilməsi haqqında sazişi".
		if s, ok := a.azPeaceTopic(k); ok {
			r.first, k, strong, peace = s, s-1, true, true
			continue
		}
		// "Armenia Azerbaijan Agreement", "2020 Nagorno-Karabakh Ceasefire
		// Agreement": names before a head written with its capital.
		if n, ok := a.nameEndingAt(k); ok && (t.has(tUpper) && ls&langEN != 0 || a.peopleChain(n, k)) {
			r.first, strong = n.start, true
			k = n.start - 1
			continue
		}
		break
	}
	if p, d, ok := a.signedAt(r.first, end); ok && places == "" {
		places, strong, decl = p, true, d
	}
	// A date after the head: "of November 9, 2020", "от 10 ноября",
	// "dated 9 November 2020".
	if d, ok := a.dateAfter(end); ok {
		r.last, r.date, r.hasDate, strong = d.last, d, true, true
	} else if d, ok := a.dateAfterTopic(end); ok {
		// The date names the document, after the words on its topic. A
		// ceasefire as the topic is part of the name, and the span takes
		// it with the date ("заявление о перемирии от 9 ноября 2020г.");
		// after other words the date is a mention of its own ("заявлении
		// по Карабаху от 9 ноября").
		r.date, r.hasDate, strong = d, true, true
		if a.ceasefireTopic(end, d.first-1) {
			r.last = d.last
		} else {
			r.topicDate = true
		}
	}
	// "a deal that ended weeks of fighting", "соглашения, положившего конец".
	if a.is(end+1, cEnded) || a.is(end+2, cEnded) && a.at(end+2) != nil && a.at(end+2).sep&sepComma != 0 {
		strong = true
	}
	// "the statement by Armenia and Azerbaijan", "a joint statement by the
	// Administration of the President of Azerbaijan and the Office of the
	// Prime Minister of Armenia": the two sides' own, without Russia.
	if !trilateral && !other && !r.hasDate && places == "" && !a.pointBefore(i) && a.bilateralAfter(end) {
		return agRead{}, false
	}
	// "subsequent" is another document, unless it is the trilateral or
	// joint declaration after the Washington meeting.
	if following && (other || !joint && !trilateral || !a.named2025) {
		return agRead{}, false
	}
	// "an agreement between Armenia and Azerbaijan on cease-fire": the
	// ceasefire as its topic names it.
	if !strong && a.ceasefireAfter(r.first, end) {
		strong = true
	}
	// "is a ceasefire agreement that": a definition, not a reference.
	if a.is(r.first-1, cIndefinite) && (a.at(r.first-2) != nil && (a.at(r.first-2).is("is") || a.at(r.first-2).is("was"))) {
		return agRead{}, false
	}
	// "the statement of the President of Azerbaijan, the Prime Minister of
	// the Republic of Armenia and the President of the Russian Federation
	// dated November 9, 2020": the signatories' offices after the head.
	if !strong {
		if last, ok := a.signatoriesAfter(end); ok {
			strong = true
			if d, ok := a.dateAfter(last); ok {
				r.date, r.hasDate = d, true
			}
		}
	}
	if !strong {
		if e.val == headNamed || e.val == headDecl || e.val == headTreaty {
			return agRead{}, false // "the statement said": someone's statement
		}
		if ls&langEN != 0 && !a.is(i-1, cDefinite) {
			return agRead{}, false // "an agreement negotiated by the Russian side"
		}
		if a.is(end+1, cTopic) && a.joined(end+1) && !a.conflictAt(end+2) {
			return agRead{}, false // "договорённость об обмене": an agreement on something else
		}
		if a.actorAt(end+1) && a.joined(end+1) {
			return agRead{}, false // "в заявлении Баку": Baku's statement
		}
		if !a.agreementSeen && !a.signedBefore(i) && !a.pointNear(i, end) && !a.sayNear(i, end) && !a.signatoriesBefore(i) && !a.contingentBefore(i) {
			return agRead{}, false
		}
	}
	switch {
	case places != "":
		r.ids = strings.Fields(places)
		switch {
		case decl && e.val == headDecl:
			r.ids = r.ids[:1] // "the Washington declaration": not the treaty initialled with it
		case decl && peace && len(r.ids) > 1:
			r.ids = r.ids[1:] // "the peace treaty initialled in Washington": not the declaration
		}
	case r.hasDate:
		id := agreementOn(r.date)
		if id == "" {
			return agRead{}, false // some other document
		}
		r.ids = []string{id}
	case peace && a.era2025() && e.val == headDecl:
		// "the peace declaration": the declaration signed in Washington,
		// not the treaty initialled with it.
		r.ids = []string{string(agreement.WashingtonDeclaration2025)}
	case peace && a.era2025():
		r.ids = []string{string(agreement.PeaceAgreementInitialled2025)}
	case (joint && !trilateral || following) && !other && a.named2025:
		// "the Joint Declaration", "birgə bəyannamə", "the subsequent
		// trilateral declaration" in a text that has named the Washington
		// meeting: the declaration signed there. A bare "trilateral
		// declaration" there may still be the statement of 2020.
		r.ids = []string{string(agreement.WashingtonDeclaration2025)}
	case e.val == headTreaty:
		return agRead{}, false // a treaty is not the statement, nor a peace treaty before there was one
	case peace && ls&langEN == 0:
		// "sülh sazişi", "мирное соглашение": the treaty the sides
		// negotiated, not yet initialled; English calls the statement a
		// peace deal.
		return agRead{}, false
	case !strong && a.lastAgreement != "":
		r.ids = []string{a.lastAgreement}
	default:
		r.ids = []string{string(agreement.Statement2020)}
	}
	return r, true
}

// azPeaceTopic reports whether token k is the Azerbaijani postposition
// "haqqında" or "dair" ("on") ending a topic whose first words are about
// peace, and returns where the topic starts. Keys are folded: "ı" is "i".
func (a *analyzer) azPeaceTopic(k int) (int, bool) {
	t := a.at(k)
	if t == nil || a.langsOf(t)&langAZ == 0 || !t.is("haqqinda") && !t.is("dair") {
		return 0, false
	}
	for s := k - 1; s >= k-8 && s >= 0 && a.clause(s, k); s-- {
		if a.is(s, cPeace) {
			return s, true
		}
		if a.is(s, cAgreementHead) {
			break
		}
	}
	return 0, false
}

// peopleChain reports whether name n, ending at token k, is a person's
// in a chain of names joined by hyphens, which names an agreement by its
// signers in any language: "Թրամփ-Փաշինյան-Ալիև եռակողմ հռչակագրի".
func (a *analyzer) peopleChain(n lastName, k int) bool {
	next := a.at(k + 1)
	return n.kind == Actor && a.isPerson(n.id) &&
		(a.at(n.start).sep&sepHyphen != 0 || next != nil && next.sep&sepHyphen != 0)
}

// signedAt returns the agreements named by where the one at first..last
// was signed, said before it ("Vaşinqtonda imzalanan birgə bəyannamə")
// or after it ("the Trilateral Declaration signed in Washington",
// "декларации, подписанной в Вашингтоне"). The place is not made part of
// the agreement's span. It also reports whether the first of them is a
// declaration (the place's val).
func (a *analyzer) signedAt(first, last int) (string, bool, bool) {
	if a.is(first-1, cSignVerb) && a.joined(first) {
		// The place may stand a few words before the verb, with whom it
		// was signed between: "Վաշինգտոնում Հայաստանի ... վարչապետի հետ
		// ստորագրած համաձայնագրի".
		for k := first - 2; k >= first-8 && k >= 0 && a.clause(k, first-1); k-- {
			if _, pe, ok := a.find(k, cAgreementPlace); ok {
				return pe.id, pe.val == 1, true
			}
			if a.is(k, cAgreementHead) || a.is(k, cSignVerb) {
				break
			}
		}
	}
	k := last + 1
	if !a.is(k, cSignVerb) || !a.clause(last, k) {
		return "", false, false
	}
	if a.is(k+1, cTerritoryPrep) && a.joined(k+1) && a.joined(k+2) {
		if _, pe, ok := a.find(k+2, cAgreementPlace); ok {
			return pe.id, pe.val == 1, true
		}
	}
	return "", false, false
}

// conflictAt reports whether Nagorno-Karabakh is named at token k: an
// agreement "on Karabakh" ("соглашение по Карабаху") is the one that ended
// the war there.
func (a *analyzer) conflictAt(k int) bool {
	for _, h := range a.hitsAt(k) {
		if e := &a.lx.entries[h.entry]; h.cls == cName && e.id == string(places.NagornoKarabakh) {
			return true
		}
	}
	return false
}

// era2025 reports whether a peace agreement the text speaks of is the one
// initialled in Washington on 8 August 2025: the article appeared after it,
// or, its date unknown, the text has named that meeting's host, city or
// documents.
func (a *analyzer) era2025() bool {
	if pub := a.cfg.published; !pub.IsZero() {
		ag, _ := agreement.Get(agreement.PeaceAgreementInitialled2025)
		return !ag.Signed.IsZero() && pub.Compare(ag.Signed) >= 0
	}
	return a.named2025
}

// actorAt reports whether a seat of government or an actor's name starts
// at token k.
func (a *analyzer) actorAt(k int) bool {
	if a.is(k, cCapital) {
		return true
	}
	for _, h := range a.hitsAt(k) {
		if h.cls == cName && a.lx.entries[h.entry].kind == Actor {
			return true
		}
	}
	return false
}

// endingAt returns the first token of the longest vocabulary entry of
// class c that ends at token k.
func (a *analyzer) endingAt(k int, c class) (int, bool) {
	for s := max(k-3, 0); s <= k; s++ {
		for _, h := range a.hitsAt(s) {
			if int(h.end) == k && h.cls == c {
				return s, true
			}
		}
	}
	return 0, false
}

// dateAfter reads a date attached after token end: "of November 9,
// 2020", "от 10 ноября", "dated 9 November 2020".
func (a *analyzer) dateAfter(end int) (dateRead, bool) {
	j := end + 1
	if !a.is(j, cDated) || !a.joined(j) {
		return dateRead{}, false
	}
	h, _, _ := a.find(j, cDated)
	j = int(h.end) + 1
	if !a.joined(j) {
		return dateRead{}, false
	}
	return a.readDate(j)
}

// ceasefireTopic reports whether the words after the head at end, up to
// token dated, name a ceasefire: "о прекращении огня", "о перемирии".
func (a *analyzer) ceasefireTopic(end, dated int) bool {
	if h, _, ok := a.find(end+1, cPremod); ok && int(h.end)+1 == dated {
		return true
	}
	h, _, ok := a.find(end+2, cAgreementHead)
	return ok && int(h.end)+1 == dated
}

// dateAfterTopic reads an agreement's date written after the words on
// its topic that follow the head: "заявления о прекращении огня и всех
// военных действий в зоне нагорно-карабахского конфликта от 9 ноября 2020
// года", "the statement on a complete ceasefire of 9 November 2020". The
// words stay in one clause, and the date must be an agreement's: an
// agreement on something else has none.
func (a *analyzer) dateAfterTopic(end int) (dateRead, bool) {
	if !a.is(end+1, cTopic) || !a.joined(end+1) {
		return dateRead{}, false
	}
	for k := end + 2; k <= end+18; k++ {
		t := a.at(k)
		if t == nil || t.sep&^(sepSpace|sepNewline|sepHyphen) != 0 || t.sep&sepPara != 0 {
			break
		}
		if d, ok := a.dateAfter(k); ok {
			if agreementOn(d) == "" {
				break
			}
			return d, true
		}
	}
	return dateRead{}, false
}

// agreementOn returns the agreement signed on, or dated by usage to, the
// date d, comparing only month and day where the year was inferred.
func agreementOn(d dateRead) string {
	day := d.iv.Start
	first, last, n := "", "", 0
	for _, ad := range agreementDays() {
		if ad.id == last || !sameDate(ad.date, day, d.inferred) {
			continue
		}
		if ad.id == string(agreement.Statement2020) {
			return ad.id
		}
		if n == 0 {
			first = ad.id
		}
		last = ad.id
		n++
	}
	if n == 1 {
		return first
	}
	return ""
}

// An agreementDay is a date an agreement was signed on or is named by.
type agreementDay struct {
	date karabakh.Date
	id   string
}

// agreementDays lists every agreement's signing date and the other dates
// sources name it by, an agreement's dates together; it is built on first
// use, so that reading a date allocates nothing.
var agreementDays = sync.OnceValue(func() []agreementDay {
	var out []agreementDay
	for ag := range agreement.All() {
		out = append(out, agreementDay{ag.Signed, string(ag.ID)})
		for u := range ag.Dated.All() {
			out = append(out, agreementDay{u.Date, string(ag.ID)})
		}
	}
	return out
})

// sameDate reports whether the signing date s matches the date d read in
// a text, to d's precision; ignoring the year when it was inferred.
func sameDate(s, d karabakh.Date, inferred bool) bool {
	if !inferred && s.Year() != d.Year() {
		return false
	}
	switch d.Precision() {
	case karabakh.PrecisionYear:
		return true
	case karabakh.PrecisionMonth:
		return s.Month() == d.Month()
	}
	return s.Month() == d.Month() && s.Day() == d.Day()
}

// signedBefore reports whether a verb of signing stands in the clause
// before token i: "В подписанном 10 ноября 2020 года ... заявлении".
func (a *analyzer) signedBefore(i int) bool {
	for k := i - 1; k >= i-14 && k >= 0; k-- {
		if !a.clause(k, i) {
			return false
		}
		if a.is(k, cSignVerb) {
			return true
		}
	}
	return false
}

// pointNear reports whether a point of an agreement is named right before
// or after the head at i..end: "հայտարարության 9-րդ կետում", "пункт 9
// заявления", "пунктом 4 данного заявления".
func (a *analyzer) pointNear(i, end int) bool {
	for k := end + 1; k <= end+3; k++ {
		if _, _, _, ok := a.readPoint(k); ok && a.clause(end, k) {
			return true
		}
	}
	before := i - 1
	if a.is(before, cDefinite) && a.joined(i) {
		before--
	}
	for k := before; k >= before-2 && k >= 0; k-- {
		if _, _, last, ok := a.readPoint(k); ok && last == before {
			return true
		}
	}
	return false
}

// pointBefore reports whether a point was read just before the head at
// i, whose agreement it is: "Point 9 of the statement by …".
func (a *analyzer) pointBefore(i int) bool {
	return a.until[Point] > 0 && a.until[Point] <= i && a.until[Point] >= i-3
}

// sayNear reports whether a verb saying what a text says stands next to
// the head at i..end: "sənəddə deyilir", "աված է փաստաթղթում".
func (a *analyzer) sayNear(i, end int) bool {
	for k := i - 3; k <= end+2; k++ {
		if (k < i || k > end) && a.is(k, cSayVerb) && (k < i && a.clause(k, i) || k > end && a.clause(end, k)) {
			return true
		}
	}
	return false
}

// nameEndingAt returns the actor or place mention that ends at token k,
// among the recent ones.
func (a *analyzer) nameEndingAt(k int) (lastName, bool) {
	for n := range min(a.nnames, len(a.names_)) {
		if r := a.names_[(a.nnames-1-n)%len(a.names_)]; r.end == k {
			return r, true
		}
	}
	return lastName{}, false
}

type yearFix struct{ tok, year int }

// contingentBefore reports whether the peacekeeping contingent, which
// exists by the statement, is named earlier in the clause: "миротворцы РФ
// выступают в качестве гаранта соглашения".
func (a *analyzer) contingentBefore(i int) bool {
	for k := range min(a.nnames, len(a.names_)) {
		r := a.names_[(a.nnames-1-k)%len(a.names_)]
		if r.end < i-10 || !a.clause(r.end, i) {
			return false
		}
		if r.id == string(actors.PeacekeepingContingent) {
			return true
		}
	}
	return false
}

// signatoriesBefore reports whether two of the statement's signatories are
// named in the clause right before the head at i: "İlham Əliyevin, Nikol
// Paşinyanın və Vladimir Putinin Bəyanatının".
func (a *analyzer) signatoriesBefore(i int) bool {
	ag, ok := agreement.Get(agreement.Statement2020)
	if !ok {
		return false
	}
	n := 0
	for k := range min(a.nnames, len(a.names_)) {
		r := a.names_[(a.nnames-1-k)%len(a.names_)]
		if r.end < i-12 || !a.clause(r.end, i) {
			break
		}
		if signed(ag, r.id, false) {
			n++
		}
	}
	return n >= 2
}

// signed reports whether actor id signed agreement ag, or, with states, is
// a state one of its signatories signed for.
func signed(ag agreement.Agreement, id string, states bool) bool {
	for p := range ag.Signatories() {
		if id == string(p.Actor) || states && id == string(p.For) {
			return true
		}
	}
	return false
}

// ceasefireAfter reports whether the head over tokens first..end is
// followed, in its clause, by "on" (or "о") and a ceasefire, and was
// signed or is said to be between parties: "an agreement between Armenia
// and Azerbaijan on cease-fire", "подписали соглашение о перемирии". An
// agreement on a ceasefire merely reached may be any of the war's or of
// 2023's.
func (a *analyzer) ceasefireAfter(first, end int) bool {
	k := end + 1
	between := a.is(k, cBetween) && a.joined(k)
	if between {
		for k++; k <= end+10 && a.joined(k) && (a.at(k).has(tUpper) || a.is(k, cConj) || a.is(k, cDefinite)); k++ {
		}
	}
	s := first - 1
	if a.is(s, cIndefinite) || a.is(s, cDefinite) {
		s--
	}
	signed := a.is(s, cSignVerb) && a.clause(s, first)
	if !between && !signed || !a.is(k, cTopic) || !a.joined(k) {
		return false
	}
	if k++; a.is(k, cIndefinite) || a.is(k, cDefinite) {
		k++
	}
	_, e, ok := a.find(k, cAgreementHead)
	return ok && a.joined(k) && e.val == headNamed && !a.at(k).is("statement")
}

// authors is what the words after a head say of who made it: "of" or
// "by" and the names or offices of the statement's signatories, or of the
// states they signed for.
type authors struct {
	last  int  // the last token of the run
	n     int  // how many names of signatories or their states
	sides byte // the states they stand for: sideArmenia, sideAzerbaijan, sideRussia
}

const (
	sideArmenia = 1 << iota
	sideAzerbaijan
	sideRussia
)

// authorsAfter reads the authors after the head ending at token end. Between
// names it skips titles, articles, "of" and "and"; loose, it also skips
// capitalised words ("the Administration of the President of Azerbaijan")
// and counts a state's adjective ("the Russian President") as its side.
func (a *analyzer) authorsAfter(end int, loose bool) authors {
	r := authors{last: end + 1}
	ag, ok := agreement.Get(agreement.Statement2020)
	if !ok || !(a.is(end+1, cOf) || a.at(end+1) != nil && a.at(end+1).is("by")) || !a.joined(end+1) {
		return authors{}
	}
	for k := end + 2; k <= end+40 && a.clause(end, k); k++ {
		named := false
		for _, h := range a.hitsAt(k) {
			e := &a.lx.entries[h.entry]
			id := e.id
			switch {
			case h.cls == cName && e.kind == Actor && signed(ag, id, true):
			case loose && h.cls == cStateAdj:
			default:
				continue
			}
			for p := range ag.Signatories() {
				if id == string(p.Actor) || id == string(p.For) {
					r.sides |= sideOf(string(p.For))
				}
			}
			named = true
			r.n++
			k, r.last = int(h.end), int(h.end)
			break
		}
		if !named && !a.is(k, cTitle) && !a.is(k, cDefinite) && !a.is(k, cOf) && !a.is(k, cConj) && !(loose && a.at(k).has(tUpper)) {
			break
		}
	}
	return r
}

func sideOf(state string) byte {
	switch state {
	case string(actors.Armenia):
		return sideArmenia
	case string(actors.Azerbaijan):
		return sideAzerbaijan
	case string(actors.Russia):
		return sideRussia
	}
	return 0
}

// bilateralAfter reports whether the head ending at token end is followed
// by authors that name Armenia's side and Azerbaijan's but not Russia's:
// "the statement by Armenia and Azerbaijan".
func (a *analyzer) bilateralAfter(end int) bool {
	return a.authorsAfter(end, true).sides == sideArmenia|sideAzerbaijan
}

// signatoriesAfter reports whether the head ending at token end is
// followed by "of" or "by" and the offices or names of two of the
// statement's signatories, or of the states they signed for, with nothing
// else between them but titles, articles, "of" and "and"; it returns the
// last token of that run.
func (a *analyzer) signatoriesAfter(end int) (int, bool) {
	r := a.authorsAfter(end, false)
	return r.last, r.n >= 2
}
