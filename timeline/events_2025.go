package timeline

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// The events of 2025. The string values are the published IDs: the event's date
// (as precise as the sources allow) and a short slug.
const (
	PeaceTextAgreed               ID = "2025-03-13-peace-text-agreed"
	WashingtonSummit              ID = "2025-08-08-washington-summit"
	JointDeclarationSigned        ID = "2025-08-08-joint-declaration-signed"
	PeaceAgreementInitialled      ID = "2025-08-08-peace-agreement-initialled"
	MinskClosureAppeal            ID = "2025-08-08-osce-minsk-closure-appeal"
	TRIPPNamed                    ID = "2025-08-08-tripp-named"
	PeaceTextPublished            ID = "2025-08-11-peace-text-published"
	ConstitutionCondition         ID = "2025-08-08-aliyev-constitution-condition"
	PashinyanReferendumCondition  ID = "2025-08-21-pashinyan-referendum-condition"
	MinskClosureDecision          ID = "2025-09-01-osce-minsk-closure-decision"
	CivilContractReferendumPledge ID = "2025-09-20-civil-contract-referendum-pledge"
	NoZangezurCorridor            ID = "2025-10-09-kostanyan-no-zangezur-corridor"
	RussiaStatementsRelevant      ID = "2025-11-07-russian-mfa-anniversary"
	MinskGroupClosed              ID = "2025-11-30-minsk-process-closed"
)

// events2025 returns the events of 2025, in chronological order.
func events2025() []Event {
	return []Event{
		{
			ID: PeaceTextAgreed, Kind: Negotiation,
			When:  karabakh.Day(2025, time.March, 13).Interval(),
			Title: "Talks on the text of the peace agreement concluded",
			Summary: "Azerbaijan's foreign minister Bayramov said Armenia had accepted Azerbaijan's proposals on the last two unresolved points of the peace agreement: " +
				"the mutual withdrawal of legal claims from international courts and the exclusion of third-party presence on the mutual border.",
			Actors:     karabakh.ListOf(Participant{actors.Bayramov, Speaker}, Participant{actors.Armenia, TookPart}, Participant{actors.Azerbaijan, TookPart}),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Sources: src.List(
				src.Q(language.English, "https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/",
					"Armenia has accepted Azerbaijan’s proposals regarding the last two unresolved points of the agreement."),
				src.Q(language.English, "https://civilnet5.rssing.com/chan-77005708/article1090.html",
					"The final two unresolved clauses in the peace treaty concerned the mutual withdrawal of legal claims from international courts and the exclusion of third-party presence on the mutual border."),
				src.Q(language.English, "https://arka.am/en/news/politics/mirzoyan-it-s-time-to-sign-an-agreement-between-armenia-and-azerbaijan-and-move-towards-peace/",
					"On March 13, the Armenian Foreign Ministry confirmed the agreement on the draft Treaty"),
			),
		},
		{
			ID: WashingtonSummit, Kind: Meeting,
			When:    karabakh.Day(2025, time.August, 8).Interval(),
			Title:   "Trump hosts Aliyev and Pashinyan at the White House",
			Summary: "President Trump hosted the leaders of Armenia and Azerbaijan at the White House for a \"peace summit\", where they signed a joint declaration.",
			Note:    "For the initialling of the peace agreement and the naming of TRIPP the same day see " + string(PeaceAgreementInitialled) + " and " + string(TRIPPNamed) + ". The day is that of the meeting as the leaders' declaration gives it (News.az).",
			Actors: karabakh.ListOf(
				Participant{actors.Trump, Host},
				Participant{actors.Aliyev, TookPart},
				Participant{actors.Pashinyan, TookPart},
				Participant{actors.Mirzoyan, TookPart},
				Participant{actors.Bayramov, TookPart},
			),
			Places:     karabakh.ListOf(places.WashingtonDC),
			Agreements: karabakh.ListOf(agreement.WashingtonDeclaration2025, agreement.PeaceAgreementInitialled2025),
			Sources: src.List(
				src.Q(language.English, "https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/",
					"President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House for a “peace summit,”"),
				src.Q(language.English, urlRFERL33498194,
					"Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev signed at the White House a joint declaration"),
				src.Q(language.English, "https://news.az/news/ots-secretary-general-praises-signing-of-joint-declaration-by-azerbaijani-and-armenian-leaders",
					"the Prime Minister of the Republic of Armenia, and the signing as a witness by the President of the United States on the outcomes of their meeting on 8 August 2025"),
			),
		},
		{
			ID: JointDeclarationSigned, Kind: Signing,
			When:  karabakh.Day(2025, time.August, 8).Interval(),
			Title: "Aliyev and Pashinyan sign the Washington Joint Declaration",
			Summary: "Aliyev and Pashinyan signed a seven-point joint declaration on the outcome of their meeting, centred on sovereignty, territorial integrity and renunciation of force; Trump signed as witness. " +
				"In it they witnessed the initialling of the peace agreement and the joint appeal to close the OSCE Minsk Process, reaffirmed opening communications, including unimpeded links between Azerbaijan and Nakhchivan through Armenia, and recorded that Armenia will work with the US on TRIPP.",
			Actors: karabakh.ListOf(
				Participant{actors.Aliyev, Signatory},
				Participant{actors.Pashinyan, Signatory},
				Participant{actors.Trump, Signatory},
			),
			Places: karabakh.ListOf(places.WashingtonDC),
			Points: karabakh.ListOf(
				agreement.PointOf(agreement.WashingtonDeclaration2025, 1), agreement.PointOf(agreement.WashingtonDeclaration2025, 2),
				agreement.PointOf(agreement.WashingtonDeclaration2025, 3), agreement.PointOf(agreement.WashingtonDeclaration2025, 4),
				agreement.Point9),
			Agreements: karabakh.ListOf(agreement.WashingtonDeclaration2025),
			Note: "Trump signed as a witness, not as a party. The sides read the link through Armenia differently: Armenia, as openings based on territorial integrity, sovereignty, jurisdiction and reciprocity; " +
				"Azerbaijan, as an unimpeded link between its mainland and Nakhchivan, \"the realization of the Zangezur Corridor\". No official English text of the declaration is in the sources; points 1-4 are known in Italian translation and points 2-4 as quoted in English.",
			Sources: src.List(
				src.Q(language.English, urlRFERL33498194,
					"Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev signed at the White House a joint declaration"),
				src.Q(language.English, "https://news.az/news/ots-secretary-general-praises-signing-of-joint-declaration-by-azerbaijani-and-armenian-leaders",
					"the Prime Minister of the Republic of Armenia, and the signing as a witness by the President of the United States on the outcomes of their meeting on 8 August 2025"),
				src.Q(language.English, urlCaliberFM,
					"The leaders signed a joint declaration setting out a seven-point framework centred on sovereignty, territorial integrity, and renunciation of force."),
				karabakh.Source{URL: urlGazzettaDecl, Publisher: src.Publisher(urlGazzettaDecl), Lang: language.Italian,
					Quote: "abbiamo assistito alla parafatura del testo concordato dell’Accordo sull’istituzione della pace e delle relazioni interstatali",
					Note:  "Italian translation of points 1-4; the official English text was not found."},
				src.Q(language.English, "https://massispost.com/2025/10/nikol-pashinyan-tripp-opens-new-opportunities-for-cis-countries/",
					"the Republic of Armenia will work with the United States of America and mutually agreed third parties to define the framework for implementing the ‘Trump Route for International Peace and Prosperity’"),
				src.Q(language.English, "https://armenpress.am/en/article/1235680/amp",
					"based on the countries’ territorial integrity, sovereignty, jurisdiction, and reciprocity"),
				src.Q(language.Russian, "https://minval.az/news/124479740",
					"Подчеркивается, что понятие «беспрепятственные связи» отмечено именно в контексте связи между основной частью Азербайджана и Нахчыванской Автономной Республикой."),
				src.Q(language.English, "https://anewz.tv/region/south-caucasus/11865/osce-ready-to-end-minsk-group-france-supports-dissolution/news",
					"\"We call on all OSCE participating States to adopt this decision,\" - the declaration stated."),
				src.Q(language.English, "https://news.az/news/president-ilham-aliyev-and-armenian-prime-minister-pashinyan-are-expected-to-sign-a-joint-declaration-in-washington",
					"the realization of the Zangezur Corridor"),
			),
		},
		{
			ID: PeaceAgreementInitialled, Kind: Signing,
			When:  karabakh.Day(2025, time.August, 8).Interval(),
			Title: "Foreign ministers initial the Agreement on Establishment of Peace and Inter-State Relations",
			Summary: "In the presence of Trump, Aliyev and Pashinyan, foreign ministers Bayramov and Mirzoyan initialled the agreed text of the Agreement on Establishment of Peace and Inter-State Relations between Armenia and Azerbaijan. " +
				"It was initialled, not signed.",
			Actors: karabakh.ListOf(
				Participant{actors.Mirzoyan, Signatory},
				Participant{actors.Bayramov, Signatory},
				Participant{actors.Trump, TookPart},
				Participant{actors.Aliyev, TookPart},
				Participant{actors.Pashinyan, TookPart},
			),
			Places:     karabakh.ListOf(places.WashingtonDC),
			Points:     karabakh.ListOf(agreement.PointOf(agreement.WashingtonDeclaration2025, 1)),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025, agreement.WashingtonDeclaration2025),
			Note: "Signatory here means initialled. Caucasian Knot says the two leaders initialled it; the Azerbaijani, Armenian and Italian texts say the foreign ministers did. " +
				"Titles vary: \"Agreement on Establishment of Peace and Inter-State Relations\" (Armenian MFA), \"Treaty on the Establishment of Peace and Interstate Relations\" (AzerNews). " +
				"Initialled at the leaders' meeting of 8 August 2025 (see " + string(WashingtonSummit) + ").",
			Sources: src.List(
				src.Q(language.English, urlRFERL33498194, "Armenia initialed a peace treaty with Azerbaijan"),
				src.Q(language.English, "https://www.mfa.am/en/interviews-articles-and-comments/2025/08/10/Mirzoyan_interview/13531",
					"I mean the initialing of the Agreement on Establishment of Peace and Inter-State Relations"),
				src.Q(language.English, urlCaliberFM,
					"Their foreign ministers also initialled a draft “Agreement on Establishment of Peace and Inter-State Relations,” in the presence of Trump, Aliyev, and Pashinyan."),
				src.Q(language.English, urlAzernews245930,
					"In addition, both foreign ministers signed a joint letter to the OSCE Chairperson-in-Office, officially requesting the closure of the OSCE Minsk Process"),
				src.Q(language.English, "https://www.caucasianknot.info/articles/68502",
					"initialed by Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev"),
				src.Q(language.English, urlAzernews245930,
					"Treaty on the Establishment of Peace and Interstate Relations between the Republic of Azerbaijan and the Republic of Armenia"),
			),
		},
		{
			ID: MinskClosureAppeal, Kind: Signing,
			When:    karabakh.Day(2025, time.August, 8).Interval(),
			Title:   "Armenia and Azerbaijan jointly ask the OSCE to close the Minsk Process",
			Summary: "Foreign ministers Bayramov and Mirzoyan signed a joint letter to the OSCE Chairperson-in-Office requesting the closure of the OSCE Minsk Process and its related structures; in the Joint Declaration the leaders called on all OSCE participating States to adopt the decision.",
			Actors: karabakh.ListOf(
				Participant{actors.Mirzoyan, Signatory},
				Participant{actors.Bayramov, Signatory},
				Participant{actors.OSCE, Subject},
				Participant{actors.OSCEMinskGroup, Subject},
			),
			Places:     karabakh.ListOf(places.WashingtonDC),
			Agreements: karabakh.ListOf(agreement.WashingtonDeclaration2025),
			Points:     karabakh.ListOf(agreement.PointOf(agreement.WashingtonDeclaration2025, 2)),
			Note:       "The English quotation of declaration point 2 has \"to adopt this decision\"; the Italian translation has \"ad accettare\" (to accept).",
			Sources: src.List(
				src.Q(language.English, urlAzernews245930,
					"In addition, both foreign ministers signed a joint letter to the OSCE Chairperson-in-Office, officially requesting the closure of the OSCE Minsk Process"),
				src.Q(language.English, "https://en.armradio.am/2025/08/28/osce-minsk-group-closure-expected-on-september-1/",
					"On August 8 Armenia and Azerbaijan issued a joint appeal for the closure of the OSCE Minsk Group"),
				src.Q(language.English, "https://anewz.tv/region/south-caucasus/11865/osce-ready-to-end-minsk-group-france-supports-dissolution/news",
					"\"We call on all OSCE participating States to adopt this decision,\" - the declaration stated."),
			),
		},
		{
			ID: TRIPPNamed, Kind: Statement,
			When:  karabakh.Day(2025, time.August, 8).Interval(),
			Title: "The route through Armenia to Nakhchivan is named the Trump Route for International Peace and Prosperity (TRIPP)",
			Summary: "The transit route through Armenia linking Azerbaijan with Nakhchivan was named the \"Trump Route for International Peace and Prosperity\"; under the Joint Declaration Armenia will work with the United States and mutually agreed third parties on its framework. " +
				"Pashinyan said the exclusive partnership with the US could extend for up to 99 years; Trump said the Armenians suggested the name.",
			Actors: karabakh.ListOf(
				Participant{actors.Armenia, Agent},
				Participant{actors.UnitedStates, TookPart},
				Participant{actors.Pashinyan, Speaker},
				Participant{actors.Trump, Speaker},
			),
			Places:     karabakh.ListOf(places.TRIPPRoute, places.Syunik, places.Nakhchivan),
			Points:     karabakh.ListOf(agreement.Point9, agreement.PointOf(agreement.WashingtonDeclaration2025, 4)),
			Agreements: karabakh.ListOf(agreement.WashingtonDeclaration2025),
			Note: "\"Up to 99 years\" (Pashinyan) differs from the initial period in the TRIPP Implementation Framework (see " + string(TRIPPImplementationFramework) + "). " +
				"An Armenian-government English translation has \"Trump Path\". Named at the leaders' meeting of 8 August 2025 (see " + string(WashingtonSummit) + ").",
			Sources: src.List(
				src.Q(language.English, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump",
					"named the \"Trump Route for International Peace and Prosperity.\""),
				src.Q(language.English, urlRFERL33498194,
					"Armenia will establish an “exclusive partnership with the United States to develop this corridor, which could extend for up to 99 years,” he said"),
				src.Q(language.English, "https://massispost.com/2025/10/nikol-pashinyan-tripp-opens-new-opportunities-for-cis-countries/",
					"the Republic of Armenia will work with the United States of America and mutually agreed third parties to define the framework for implementing the ‘Trump Route for International Peace and Prosperity’"),
				src.Q(language.Italian, "https://www.strettoweb.com/2025/08/armenia-e-azerbaigian-firmano-la-pace-i-presidenti-impossibile-senza-trump-merita-il-nobel/1949325/",
					"quella che chiamano la Trump Route per la pace e la prosperità internazionale” (nome suggerito dagli armeni)"),
				src.Q(language.English, "https://www.1lurer.am/en/2025/08/18/Ինչպես-և-ինչ-կարգավորումներով-պետք-է-բացվեն-հաղորդակցության-ուղիները-Հայաստանի-և-Ադրբեջանի-միջև-վար/1364813",
					"the ‘Trump Path for International Peace and Prosperity’ communication program"),
			),
		},
		{
			ID: ConstitutionCondition, Kind: Statement,
			When:  karabakh.Day(2025, time.August, 8).Interval(),
			Title: "Aliyev: no signature without a change to Armenia's constitution",
			Summary: "Aliyev indicated, hours after the initialling, that signing the peace treaty remains conditional on a change of Armenia's constitution; " +
				"Baku wants Armenia to remove the preamble that mentions its 1990 declaration of independence.",
			Actors: karabakh.ListOf(
				Participant{actors.Aliyev, Speaker},
			),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Note: "The 1990 declaration cites the 1989 unification act (RFE/RL). Dated by RFE/RL: \"late on Friday\", 8 August 2025, hours after the initialling; " +
				"this event was first dated 21 August 2025, the date of a later RFE/RL report (see " + string(PashinyanReferendumCondition) + ").",
			Sources: src.List(
				src.Q(language.English, "https://d37aqvdbfi51q2.cloudfront.net/a/33498675.html",
					"Azerbaijani President Ilham Aliyev indicated late on Friday that the signing of an Armenian-Azerbaijani peace treaty remains conditional on a change of Armenia’s constitution"),
				src.Q(language.English, "https://d37aqvdbfi51q2.cloudfront.net/a/33498675.html",
					"which in turn cites a 1989 unification act adopted by the legislative bodies of Soviet Armenia and the Nagorno-Karabakh Autonomous Oblast"),
				src.Q(language.English, urlAzatutyun33509,
					"Azerbaijani President Ilham Aliyev reaffirmed this precondition hours after the two sides initialed the draft treaty"),
				src.Q(language.English, urlAzatutyun33509,
					"Baku specifically wants Yerevan to remove a constitutional preamble that mentions Armenia’s 1990 declaration of independence"),
			),
		},
		{
			ID: PeaceTextPublished, Kind: Statement,
			When:  karabakh.Day(2025, time.August, 11).Interval(),
			Title: "Armenia publishes the initialled peace agreement",
			Summary: "Armenia's Foreign Ministry published the 17-article text. The parties recognise each other's sovereignty, territorial integrity and inviolability of borders, will not deploy third-party forces along their border, " +
				"and will establish diplomatic relations within a number of days, left blank, after exchanging instruments of ratification.",
			Actors:     karabakh.ListOf(Participant{actors.Armenia, Agent}),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Sources: src.List(
				src.Q(language.English, urlAzatutyun33500, "consists of 17 articles that the parties had worked on for more than three years"),
				src.Q(language.English, urlAzatutyun33500, "According to the text of the agreement published by Armenia’s Ministry of Foreign Affairs"),
				src.Q(language.English, urlAzatutyun33500,
					"“recognize and shall respect the sovereignty, territorial integrity, inviolability of international borders and political independence of each other”"),
				src.Q(language.English, urlAzatutyun33500, "“shall not deploy along their mutual border forces of any third party.”"),
				src.Q(language.English, "https://en.webangah.ir/2025-08-11/news=326510",
					"Article 5: Within ____ days after exchanging documents confirming ratification by both sides, diplomatic relations will be established"),
			),
		},
		{
			ID: PashinyanReferendumCondition, Kind: Statement,
			When:  karabakh.Day(2025, time.August, 21).Interval(),
			Title: "Pashinyan on a constitutional referendum and the initialled peace treaty",
			Summary: "Pashinyan said Armenia was working on a new draft constitution and would most likely hold a referendum when it was ready; " +
				"according to RFE/RL he said the referendum would take place only if Armenia's Constitutional Court found the draft treaty did not conform to the current constitution.",
			Actors:     karabakh.ListOf(Participant{actors.Pashinyan, Speaker}),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Note:       "Dated by the RFE/RL report of Thursday 21 August 2025 (\"on Thursday\"). This remark was first part of " + string(ConstitutionCondition) + ".",
			Sources: src.List(
				src.Q(language.English, urlAzatutyun33509,
					"He said it will take place only if the Armenian Constitutional Court concludes that the draft Armenian-Azerbaijani treaty does not conform to the current constitution."),
				src.Q(language.English, urlAzatutyun33509,
					"“We are currently working on a new draft constitution and when it is ready, we will most likely hold a referendum,” he told reporters."),
				src.Q(language.English, urlAzatutyun33509, "While rejecting it in public, Pashinian pledged to enact a new constitution last year. He reaffirmed those plans on Thursday."),
			),
		},
		{
			ID: MinskClosureDecision, Kind: Closure,
			When:  karabakh.Day(2025, time.September, 1).Interval(),
			Title: "OSCE Ministerial Council decides to close the Minsk Process",
			Summary: "The OSCE Ministerial Council adopted decision MC.DEC/1/25 closing the OSCE Minsk Process and its related structures: the Minsk Group (co-chaired by Russia, the United States and France), " +
				"the Personal Representative of the Chairperson-in-Office and the High-Level Planning Group.",
			Actors: karabakh.ListOf(
				Participant{actors.OSCE, Agent},
				Participant{actors.OSCEMinskGroup, Subject},
			),
			Note: "The official code is MC.DEC/1/25 (ERRATA; day.az); MENAFN writes MC/1/25.",
			Sources: src.List(
				src.Q(language.English, "https://www.azernews.az/nation/246825.html",
					"On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures"),
				src.Q(language.Azerbaijani, "https://news.day.az/azerinews/1799030.html",
					"müvafiq qərar (MC.DEC/1/25) Ermənistan və Azərbaycanın ATƏT-in Finlandiya sədrliyinə birgə müraciətindən sonra 1 sentyabr 2025-ci il tarixində ATƏT-in Nazirlər Şurasında qəbul olunmuşdu"),
				karabakh.Source{URL: "https://menafn.com/1110418378/OSCE-Finalizes-Closure-Of-Minsk-Process",
					Publisher: src.Publisher("https://menafn.com/1110418378/OSCE-Finalizes-Closure-Of-Minsk-Process"), Lang: language.English,
					Quote: "This move aligns with the decision adopted by the OSCE Ministerial Council (MC/1/25) on 1 September 2025",
					Note:  "Gives the code as MC/1/25; the official code is MC.DEC/1/25."},
				src.Q(language.Azerbaijani, "https://metbuat.az/news/1533544/atet-in-minsk-qrupu-dekabra-qeder-tamamile-legv-edilecek.html",
					"Burada söhbət üç institutun - Minsk qrupunun, ATƏT-in fəaliyyətdə olan sədrinin şəxsi nümayəndəsinin və Yüksək Səviyyəli Planlaşdırma Qrupunun işinə xitam verilməsindən gedir"),
				src.Q(language.English, "https://en.mehrnews.com/news/236031/Minsk-Group-officially-dissolved",
					"It was later co-chaired by Russia, the United States and France"),
			),
		},
		{
			ID: CivilContractReferendumPledge, Kind: Statement,
			When:       karabakh.Day(2025, time.September, 20).Interval(),
			Title:      "Civil Contract pledges a referendum on a new constitution after the 2026 election",
			Summary:    "The programme of Civil Contract says that, once it has the people's vote of confidence at the elections, it will start the adoption of a new constitution through a nationwide referendum.",
			Note:       "The year of the election is the 1news.az headline's (\"после выборов в 2026 году\", in the page's address); the quoted programme says only \"at the elections\".",
			Actors:     karabakh.ListOf(Participant{actors.CivilContract, Speaker}),
			Agreements: karabakh.ListOf(agreement.PeaceAgreementInitialled2025),
			Sources: src.List(src.Q(language.Russian, "https://1news.az/news/20250920122344937-GD-initsiiruet-referendum-po-novoi-Konstitutsii-Armenii-posle-vyborov-v-2026-godu",
				"Получив на выборах вотум доверия народа, партия инициирует процесс принятия новой Конституции Армении путем всенародного референдума")),
		},
		{
			ID: NoZangezurCorridor, Kind: Statement,
			When:  karabakh.Day(2025, time.October, 9).Interval(),
			Title: "Kostanyan: no \"Zangezur corridor\" project on Armenian territory",
			Summary: "Armenia's deputy foreign minister Vahan Kostanyan said no project called the \"Zangezur corridor\" exists or can exist on Armenia's sovereign territory; " +
				"RFE/RL notes that under the trilateral declaration signed in Washington a 42-km section of the Syunik road received the name \"Trump route\".",
			Actors: karabakh.ListOf(Participant{actors.Kostanyan, Speaker}),
			Places: karabakh.ListOf(places.TRIPPRoute, places.Syunik),
			Points: karabakh.ListOf(agreement.Point9),
			Note:   "Dated by the RFE/RL report of 9 October 2025 (the page's date; its quote says only that he spoke at a briefing).",
			Sources: src.List(
				src.Q(language.Armenian, urlAzatutyunTrump,
					"Հայաստանի Հանրապետության սուվերեն տարածքում «Զանգեզուրի միջանցք» անունով որևէ պրոյեկտ չկա ու չի կարող լինել"),
				src.Q(language.Armenian, urlAzatutyunTrump,
					"Երկու ամիս առաջ Վաշինգտոնում ստորագրված եռակողմ հռչակագրով Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը"),
				src.Q(language.Armenian, urlAzatutyunTrump, "ճեպազրույցում հայտարարեց փոխարտգործնախարար Վահան Կոստանյանը"),
			),
		},
		{
			ID: RussiaStatementsRelevant, Kind: Statement,
			When:       karabakh.Day(2025, time.November, 7).Interval(),
			Title:      "Russian foreign ministry: the trilateral statements remain relevant",
			Summary:    "In a statement on the fifth anniversary of the 2020 ceasefire agreement, Russia's foreign ministry said the statements adopted at the highest level by Armenia, Russia and Azerbaijan are the road map of the peace process and remain relevant.",
			Note:       "Dated by the statement (GlobalSecurity's copy, of 7 November 2025 in its address) and RFE/RL's \"on Friday\"; mitk.am reported it on 8 November, the date this event first had.",
			Actors:     karabakh.ListOf(Participant{actors.Russia, Speaker}),
			Agreements: karabakh.ListOf(agreement.Statement2020, agreement.StatementJanuary2021, agreement.StatementNovember2021, agreement.StatementSochi2022),
			Sources: src.List(src.Q(language.Armenian, "https://mitk.am/2025/11/08/%D5%B4%D5%B8%D5%BD%D5%AF%D5%BE%D5%A1%D5%B6-%D5%A4%D6%80%D5%A1%D5%AF%D5%A1%D5%B6-%D5%A7-%D5%A3%D5%B6%D5%A1%D5%B0%D5%A1%D5%BF%D5%B8%D6%82%D5%B4-%D5%BE%D5%A1%D5%B7%D5%AB%D5%B6%D5%A3%D5%BF%D5%B8%D5%B6/",
				"Հայաստանի, Ռուսաստանի և Ադրբեջանի միջև բարձր մակարդակով ընդունված հայտարարությունները կազմում են տարածաշրջանում խաղաղության գործընթացի ճանապարհային քարտեզը և մինչ օրս արդիական են։"),
				src.Q(language.English, "http://www.globalsecurity.org/military/library/news/2025/11/mil-251107-russia-mfa01.htm",
					"Foreign Ministry statement on the fifth anniversary of the ceasefire agreement between the leaders of Russia, Azerbaijan, and Armenia in the Nagorno-Karabakh conflict zone"),
				src.Q(language.English, "https://d2jr06vmgnkbru.cloudfront.net/a/33584153.html",
					"Russia’s Foreign Ministry said on Friday that trilateral agreements signed with Armenia and Azerbaijan following the 2020 Nagorno-Karabakh war remain “valid and relevant,”")),
		},
		{
			ID: MinskGroupClosed, Kind: Closure,
			When:    karabakh.Day(2025, time.November, 30).Interval(),
			Title:   "The OSCE Minsk Process is closed",
			Summary: "The OSCE finalised the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025.",
			Actors:  karabakh.ListOf(Participant{actors.OSCE, Agent}, Participant{actors.OSCEMinskGroup, Subject}),
			Note:    "The sources give the time 23:59 without a time zone, so Moment is left unset.",
			Sources: src.List(
				src.Q(language.English, "https://mediamax.am/en/news/foreignpolicy/59419/",
					"The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025."),
				src.Q(language.Azerbaijani, "https://reyting.az/slayd/140048-minsk-qrupu-legv-edilib.html",
					"ATƏT Minsk prosesini və onunla əlaqəli strukturları 30 noyabr 2025-ci il, saat 23:59-da"),
			),
		},
	}
}
