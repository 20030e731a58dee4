package annotate

// The matcher's vocabulary beyond the records' own names: the words that
// say a state adjective is used of the state, that a country is meant as a
// territory, that a description denotes the statement, and the words of
// dates, points and quantities, in each of the four languages. It is data,
// kept apart from the code that reads it; forms are written in a base form
// and matched with their inflections (see inflect.go), never listed form
// by form.
//
// These are words of the languages, not facts about the events: no date,
// figure or name of the record is written here.

// A class says what a vocabulary entry is for.
type class uint8

const (
	cName           class = iota // a record's name (from the record packages)
	cStateAdj                    // state adjective; id: the state
	cOrgan                       // noun for an organ of a state; val 1: for members of a contingent
	cContingent                  // names of the peacekeeping contingent; id: its actor ID
	cCentre                      // names of the monitoring centre; id: its actor ID
	cMinistry                    // the words for a body of a state the record may have; val: which (bodyDefence, bodyFSB, bodyBorder)
	cCapital                     // a seat of government standing for its state; id: the state and the city's place
	cPlaceHead                   // district (1), city (2), corridor (3), province or autonomy (4), either a district's or a region's (5)
	cAgreementHead               // val: headBare (the bare noun may be anaphoric), headNamed (needs a premodifier), headDecl, headTreaty
	cPremod                      // premodifier that makes a head the statement
	cBlock                       // premodifier that makes a head some other agreement
	cPointWord                   // point, paragraph, пункт, bənd, կետ
	cOrdinal                     // val: the number
	cMonth                       // val: 1..12, or monthNoun
	cSeason                      // val: EDTF season code 21..24
	cYearWord                    // year, года, il, թվական
	cSameYear                    // "of the same year"
	cNumber                      // val: the number
	cMultiplier                  // val: the factor
	cUnit                        // id: the unit
	cUnitLead                    // a word that leads into a longer unit ("units of")
	cApprox                      // about, nearly, около, təxminən, մոտ
	cRelDay                      // val: days from the article's date
	cRelPeriod                   // val: relUnit*10 + offset+1 (last week, this year)
	cWeekday                     // val: 1 Monday .. 7 Sunday
	cWeekdayPrep                 // on, в, во
	cTerritoryPrep               // a preposition before a place: in, через, to
	cTerritoryNoun               // a noun whose complement is a place: territory, regions, border; val 1: a link (connection)
	cBetween                     // between, между, միջև, arasında
	cWith                        // with, с, ilə, հետ
	cAgentCue                    // a verb of speech or action: said, заявил, bildirib
	cMediation                   // the mediation of, при посредничестве
	cNegotiation                 // a noun of talks whose "between" is between actors
	cConj                        // and
	cDefinite                    // the, this, that
	cIndefinite                  // a, an
	cOf                          // of
	cSignVerb                    // signed, подписали, imzaladı, ստորագրել
	cReturnVerb                  // returned, handed over, возвращается, qaytarılır
	cEffectVerb                  // took effect, effective, вступило в силу
	cSayVerb                     // states, говорится, deyilir, ասվում է
	cTitle                       // a person's title: President, премьер-министр
	cDated                       // dated, от, tarixli
	cRepublic                    // the word for republic after a state's name: Respublikası, Հանրապետություն
	cGeneric                     // a word of place names that names no place alone: district, autonomous, nagorno
	cAgreementPlace              // a place by which later statements are named; id: the agreements; val 1: the first is a declaration, which a declaration's head names alone
	cControl                     // control, контроль: the state or capital after it acts
	cEnded                       // "that ended", "положившего конец": a description of the statement
	cTopic                       // "on", "об": what an agreement is about follows, so it is another one
	cLinkVerb                    // a verb of linking places: соединяющий, birləşdirən, կապել; its objects are places
	cAgo                         // ago, назад, əvvəl, առաջ: after a number and a unit of time
	cPlaceAdj                    // adjective of a place that is not a state; id: the place
	cOfficial                    // official, официальный, rəsmi, պաշտոնական: a seat of government after it is the government; val 1: an envoy, ambassador, whose "to" names the state he is sent to
	cDirection                   // east, восточный, şərqi: before a hyphen, it makes a name another place's ("Восточно-Зангезурский")
	cMotion                      // a word of going to or belonging to a place after an Azerbaijani dative: səfər, gəlib, məxsus
	cPeace                       // "peace" before an agreement's head: the 2020 statement in English of 2020, else the peace agreement of 2025
	cRelSeason                   // before a season, val: 1 the latest begun by the article's day ("this"), 0 the latest ended ("last")
	cTheySaid                    // a verb of speech with no subject, "they said": "в Баку сообщили" is Baku's government speaking
	cClock                       // time, as in "Moscow time": the seat of government before it names a time zone, a place
	cClauseOpen                  // a word that opens a clause whose subject follows: that, что, ki, որ; val 1: a topic's particle after the subject, isə
	cEthnic                      // ethnic, этнический: a state adjective after it is of a people, not the state; val 1: a noun after a bare Azerbaijani state name that makes the name its modifier (bayrağı, xalqı)
	cOutlet                      // newspaper, restaurant, party, faction, газета, nəşr, թերթ: what a quoted title beside it names; names in the title are the title's; also "titled", "радио", "համաժողով"; val 1: a firm's legal form (JSC, QSC)
	cStance                      // position, предложение, təklif, առաջարկ: a party's; the seat of government or state whose it is acts

	nClasses // not a class: their number
)

// A token's mask has a bit for each class, and bit 63 for an agreement's
// title (bitAgreementName): this fails to compile if the classes outgrow
// the bits below it.
const _ = 63 - nClasses

// monthNoun is the val of cMonth for the word for month written after a
// month's name, which is part of the date: "noyabr ayının".
const monthNoun = 13

// Values of cPremod. The Washington declaration of 2025 shares "joint"
// and "trilateral" with the statement of 2020; the other premodifiers are
// 0.
const (
	premodJoint      = 1
	premodTrilateral = 2
)

// relEve is the id of cRelDay for "накануне" and "նախօրեին", the day before
// the article's unless they say "on the eve of" something (see eveOf).
const relEve = "eve"

// blockFollowing is the val of cBlock for "subsequent": a document that
// followed another, which after the Washington meeting is the declaration
// signed there ("the August 8 meeting in Washington and the subsequent
// trilateral declaration"). The other blocks are 0.
const blockFollowing = 1

// Values of cAgreementHead.
const (
	headBare   = 1 // "the agreement", "sənəd": may refer back to the statement
	headNamed  = 2 // "statement", "declaration": a mention only with a premodifier or a date
	headDecl   = 3 // "declaration": as headNamed; of the agreements a place names, the declaration
	headTreaty = 4 // "treaty": as headNamed, but never the statement; a peace treaty is the agreement of 2025 once there is one
)

// Values of cMinistry: the bodies of states that records exist for, named
// by their words joined to the state's name.
const (
	bodyDefence    = 0 // a defence ministry
	bodyFSB        = 1 // the Russian Federal Security Service: its border service with Russia's name or the words of bodyBorder beside it ("ФСБ России", "ԱԴԾ սահմանապահ ծառայություն")
	bodyBorder     = 2 // a border service or border troops, whose state the name before them says; not a word for border guards, who are the state's members
	bodyFSBBorders = 3 // the FSB's border service, named alone ("пограничная служба ФСБ")
)

// Units of relative periods.
const (
	relWeek  = 1
	relMonth = 2
	relYear  = 3
)

// A vocab is one entry of the vocabulary: forms of one meaning in one
// language.
type vocab struct {
	cls   class
	lang  langSet
	val   int
	id    string
	forms []string
}

func voc(cls class, lang langSet, val int, id string, forms ...string) vocab {
	return vocab{cls: cls, lang: lang, val: val, id: id, forms: forms}
}

// vocabulary returns the whole vocabulary. It is built on first use.
func vocabulary() []vocab {
	var out []vocab
	out = append(out, vocabularyEN()...)
	out = append(out, vocabularyRU()...)
	out = append(out, vocabularyAZ()...)
	out = append(out, vocabularyHY()...)
	return out
}
