package agreement

import (
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/internal/src"
	"github.com/caucasus-data/karabakh/places"
	"golang.org/x/text/language"
)

// followUpRecords returns the documents that followed the 2020 statement,
// in order of signature. Their texts are copied from the stored pages named
// next to them and are mostly excerpts: no text is completed from memory.
// The sources give no PA-X Type or Stage for these documents, so those
// fields stay empty.
func followUpRecords() []Agreement {
	return []Agreement{
		statementJanuary2021(),
		statementNovember2021(),
		statementPrague2022(),
		statementSochi2022(),
		peaceAgreement2025(),
		washingtonDeclaration2025(),
	}
}

// Pages cited by more than one record.
const (
	urlKremlin64877   = "http://en.kremlin.ru/d/64877"
	urlPresidentAz    = "https://president.az./en/articles/view/50070"
	urlAravot274319   = "https://en.aravot.am/2021/01/11/274319"
	urlMassaAz        = "https://www.massa.az/news/ru/14775/favicon.ico"
	urlPanorama       = "https://armenianclub.com/2021/01/18/russia-armenia-azerbaijan-to-set-up-a-working-group-to-discuss-unblocking-economic-relations-and-transport-links-in-the-region/amp"
	urlHetq           = "https://hetq.am/en/article/138291"
	urlCommonspace    = "https://www.commonspace.eu/index.php/news/sochi-leaders-affirm-committment-prague-principles-leave-space-role-russia"
	urlPAX2454        = "https://pax.peaceagreements.org/agreements/2454"
	urlPAX2468        = "https://pax.peaceagreements.org/agreements/2468"
	urlAravotPrague   = "https://en.aravot.am/2022/10/07/311878"
	urlMirrorSochi    = "https://mirrorspectator.com/2022/11/01/putin-hosts-useful-talks-between-armenian-azerbaijani-leader/"
	urlGazzetta       = "https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington"
	urlMassisTRIPP    = "https://massispost.com/2025/10/nikol-pashinyan-tripp-opens-new-opportunities-for-cis-countries/"
	urlNewsAzOTS      = "https://news.az/news/ots-secretary-general-praises-signing-of-joint-declaration-by-azerbaijani-and-armenian-leaders"
	urlCaliberFM      = "https://caliber.az/en/post/armenian-fm-washington-agreements-founded-on-mutual-interests-of-baku-yerevan"
	urlAzernews245930 = "https://www.azernews.az/nation/245930.html"
	urlAzatutyunText  = "https://www.azatutyun.am/a/33500159.html"
	urlRFERLSummit    = "https://d280gayb62sbv.cloudfront.net/amp/33498194.html"
)

// statementJanuary2021 is the Moscow statement of 11 January 2021: four
// points, setting up the trilateral working group on transport links.
func statementJanuary2021() Agreement {
	id := StatementJanuary2021
	kremlin := src.Q(language.English, urlKremlin64877,
		"Following the consultations, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed the Statement by the President of the Republic of Azerbaijan")
	presidentAz := src.Q(language.English, urlPresidentAz,
		"We, the undersigned as President of the Republic of Azerbaijan I. H. Aliyev, Prime Minister of the Republic of Armenia N. V. Pashinyan and President of the Russian Federation V. V. Putin")
	massa := src.Q(language.Russian, urlMassaAz, "Предоставляем к вниманию читателей полный текст данного заявления")
	massa.Note = "A massa.az article; the stored copy breaks off at the start of point 3."
	aravot := src.Q(language.English, urlAravot274319,
		"We, the President of the Republic of Azerbaijan Ilham Aliyev, the Prime Minister of the Republic of Armenia Nikol Pashinyan and the President of the Russian Federation Vladimir Putin")
	aravot.Note = "Aravot carries the English text as published by the Government of Armenia."
	panorama := src.Q(language.English, urlPanorama,
		"By March 1, 2021, the working group will submit for approval at the highest level a list and schedule of activities")
	panorama.Note = "Panorama (Armenia), as republished; it calls point 4 \"the final point of the statement\"."

	const (
		noteAravot = "English version published by the Government of Armenia, as carried by Aravot."
		noteMassa  = "massa.az presents this as the full text of the statement."
	)
	p1 := PointOf(id, 1)
	p2 := PointOf(id, 2)
	return Agreement{
		ID: id,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Statement of the President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "Office of the President of Azerbaijan",
				Sources: src.List(src.Q(language.English, urlPresidentAz,
					"Statement of the President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation"))},
			karabakh.Name{Text: "Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "Kremlin (English site)",
				Sources: src.List(src.Q(language.English, urlKremlin64877,
					"signed the Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation."))},
			karabakh.Name{Text: "Trilateral Statement of the leaders of Azerbaijan, Russian Federation and Armenia of January 11, 2021",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "PA-X Peace Agreements Database",
				Sources: src.List(src.Q(language.English, "https://www.peaceagreements.org/view/2455",
					"Agreement name Trilateral Statement of the leaders of Azerbaijan, Russian Federation and Armenia of January 11, 2021 Date 11/01/2021"))},
		),
		Signed: karabakh.Day(2021, time.January, 11),
		Place:  places.Moscow,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Aliyev, Role: Signatory, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan,
				Sources: src.List(kremlin, presidentAz)},
			Party{Actor: actors.Pashinyan, Role: Signatory, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia,
				Sources: src.List(kremlin, presidentAz)},
			Party{Actor: actors.Putin, Role: Signatory, Office: "President of the Russian Federation", For: actors.Russia,
				Sources: src.List(kremlin, presidentAz)},
		),
		Points: karabakh.ListOf(
			Point{
				ID: p1, Number: 1,
				Summary: "To implement point 9 of the 9 November 2020 statement, the leaders back Putin's proposal for a trilateral working group co-chaired by deputy prime ministers.",
				Texts: karabakh.ListOf(
					Text{Lang: language.Russian, Coverage: Full, Note: noteMassa, Sources: src.List(massa),
						Body: "1. В целях реализации пункта 9 Заявления от 9 ноября 2020 года в части разблокировки всех экономических и транспортных связей в регионе, поддерживается предложение Президента Российской Федерации В.В.Путина о создании трёхсторонней Рабочей группы под совместным председательством вице-премьеров Азербайджанской Республики, Республики Армения и Заместителя Председателя Правительства Российской Федерации."},
					Text{Lang: language.English, Coverage: Full, Official: true,
						Sources: src.List(src.Q(language.English, urlPresidentAz,
							"With the aim of implementing Article 9 of the Statement dated 9 November 2020 in relation to the unblocking of all economic and transport communications in the region")),
						Body: "1. With the aim of implementing Article 9 of the Statement dated 9 November 2020 in relation to the unblocking of all economic and transport communications in the region, we support the suggestion of President of the Russian Federation V. V. Putin on the establishment of a trilateral working group co-chaired by deputy prime ministers of the Republic of Azerbaijan and the Republic of Armenia and Deputy Chairman of the Government of the Russian Federation."},
					Text{Lang: language.English, Coverage: Full, Official: true, Note: noteAravot,
						Sources: src.List(src.Q(language.English, urlAravot274319,
							"With a view to implementing Paragraph 9 of the November 9, 2020 Statement in terms of unblocking all economic and transport links in the region")),
						Body: "1. With a view to implementing Paragraph 9 of the November 9, 2020 Statement in terms of unblocking all economic and transport links in the region, we are hereby endorsing the proposal made by RF President Vladimir Putin on setting up a tripartite working group under the joint chairmanship of the Deputy Prime Minister of the Republic of Azerbaijan, the Deputy Prime Minister of the Republic of Armenia and the Deputy Chairman of the RF Government."},
				),
				Topics:  karabakh.ListOf(TopicTransportLinks),
				Sources: src.List(massa, presidentAz, aravot),
			},
			Point{
				ID: p2, Number: 2,
				Summary: "The working group meets first by 30 January 2021 and draws up the main directions of work under point 9, with rail and road links as priorities.",
				Texts: karabakh.ListOf(
					Text{Lang: language.Russian, Coverage: Full, Note: noteMassa, Sources: src.List(massa),
						Body: "2. Рабочая группа до 30 января 2021 года проведет первое заседание, по результатам которого сформирует перечень основных направлений работы, вытекающих из реализации пункта 9 Заявления, установив в качестве приоритетов железнодорожное и автомобильное сообщение, а также определит иные направления по согласованию между Азербайджанской Республикой, Республикой Армения и Российской Федерацией, далее именуемые Сторонами."},
					Text{Lang: language.English, Coverage: Full, Official: true,
						Sources: src.List(src.Q(language.English, urlPresidentAz, "The working group will hold its first meeting before 30 January 2021")),
						Body:    "2. The working group will hold its first meeting before 30 January 2021, as a result of which it will formulate a list of main activity directions arising from the implementation of Article 9 of the Statement, establishing railway and automobile communication as a priority, and also determine other directions as agreed upon between the Republic of Azerbaijan, the Republic of Armenia and the Russian Federation, hereinafter referred to as Parties."},
					Text{Lang: language.English, Coverage: Full, Official: true, Note: noteAravot,
						Sources: src.List(src.Q(language.English, urlAravot274319, "The Working Group will hold its first meeting by January 30, 2021")),
						Body:    "2. The Working Group will hold its first meeting by January 30, 2021, according to the results of which it will draw up a list of primary tasks arising from the implementation of the aforementioned Paragraph 9 of the Statement. The priorities shall include rail and road communications, as well as the identification of other directions as agreed upon by the Republic of Azerbaijan, the Republic of Armenia and the Russian Federation, hereinafter referred to as the Parties."},
				),
				Obligations: karabakh.ListOf(Obligation{
					ID: ObligationJan2021FirstMeeting, Obligor: actors.TrilateralWorkingGroup,
					Action:   "Hold its first meeting.",
					Deadline: karabakh.Day(2021, time.January, 30),
					Note: "The versions word the deadline differently: \"до 30 января 2021 года\" (Russian), \"before 30 January 2021\" (president.az), \"by January 30, 2021\" (Government of Armenia). " +
						"The list of main directions the meeting is to produce is the next obligation.",
					Sources: src.List(src.Q(language.Russian, urlMassaAz, "Рабочая группа до 30 января 2021 года проведет первое заседание"),
						src.Q(language.English, urlPresidentAz, "The working group will hold its first meeting before 30 January 2021"),
						src.Q(language.English, urlAravot274319, "The Working Group will hold its first meeting by January 30, 2021")),
				}, Obligation{
					ID: ObligationJan2021MainDirections, Obligor: actors.TrilateralWorkingGroup,
					Action: "From the results of its first meeting, draw up the list of main directions of work arising from point 9 of the 2020 statement, with rail and road links as priorities.",
					Note:   "The text ties the list to the first meeting's results and sets no date of its own.",
					Sources: src.List(src.Q(language.English, urlPresidentAz,
						"as a result of which it will formulate a list of main activity directions arising from the implementation of Article 9 of the Statement")),
				}),
				Topics:  karabakh.ListOf(TopicTransportLinks),
				Sources: src.List(massa, presidentAz, aravot),
			},
			Point{
				ID: PointOf(id, 3), Number: 3,
				Summary: "The co-chairs approve expert subgroups, which within a month of the working group's meeting submit a list of projects for approval at the highest level.",
				Texts: karabakh.ListOf(
					Text{Lang: language.English, Coverage: Full, Official: true,
						Sources: src.List(src.Q(language.English, urlPresidentAz, "the co-chairs of the working group will approve the composition of expert subgroups for these directions")),
						Body:    "3. With the aim of implementing the key activity directions, the co-chairs of the working group will approve the composition of expert subgroups for these directions, which would be comprised of officials of relevant authorities and organizations of the Parties. The expert subgroups will, within a month of the working group's meeting, submit a list of projects specifying the required resources and activities for their implementation for the approval at the highest level by the Parties."},
					Text{Lang: language.English, Coverage: Full, Official: true, Note: noteAravot,
						Sources: src.List(src.Q(language.English, urlAravot274319, "the Working Group's co-chairs will approve the composition of expert subgroups in these areas")),
						Body:    "3. In order to implement the primary directions, the Working Group's co-chairs will approve the composition of expert subgroups in these areas from among the officials of the competent authorities and organizations of the Parties. Within a month after the Working Group's meeting, the expert subgroups will submit a list of projects, which should specify the necessary resources and activities for their implementation and approval at the highest level by the Parties."},
				),
				Obligations: karabakh.ListOf(Obligation{
					ID: ObligationJan2021ExpertSubgroups, Obligor: actors.TrilateralWorkingGroup,
					Action: "Its co-chairs approve expert subgroups for the main directions; the subgroups submit, within a month of the working group's meeting, a list of projects with the resources and activities they need, for approval at the highest level.",
					Within: Period{Value: 1, Unit: Months, From: "the working group's first meeting", Start: karabakh.Day(2021, time.January, 30),
						Sources: src.List(src.Q(language.English, "https://massispost.com/2021/01/armenian-russian-azerbaijani-deputy-pms-meet-in-moscow-to-discuss-reopening-transport-links-in-the-region/",
							"held the first meeting of the trilateral working group in Moscow on January 30, 2021"))},
					Note: "The text lays the list of projects on the expert subgroups, which the working group's co-chairs form; the term runs from the working group's meeting, so the text sets no calendar date.",
					Sources: src.List(src.Q(language.English, urlPresidentAz,
						"The expert subgroups will, within a month of the working group's meeting, submit a list of projects")),
				}),
				Quantities: karabakh.ListOf(Quantity{
					What: "time after the working group's meeting within which the expert subgroups submit their list of projects", Value: 1, Unit: Months, Limit: true,
					Sources: src.List(src.Q(language.English, urlPresidentAz, "within a month of the working group's meeting"),
						src.Q(language.English, urlAravot274319, "Within a month after the Working Group's meeting")),
				}),
				Topics:  karabakh.ListOf(TopicTransportLinks),
				Note:    "The Russian text of this point is not in the store: the massa.az copy breaks off in its first words.",
				Sources: src.List(presidentAz, aravot),
			},
			Point{
				ID: PointOf(id, 4), Number: 4,
				Summary: "By 1 March 2021 the working group submits, for approval at the highest level, a list and timetable of measures to restore and build transport infrastructure for transport through Armenia and Azerbaijan.",
				Texts: karabakh.ListOf(
					Text{Lang: language.English, Coverage: Excerpt, Official: true, Note: "The stored copy breaks off here.",
						Sources: src.List(src.Q(language.English, urlPresidentAz, "The working group will, before 1 March 2021, submit a list of a")),
						Body:    "4. The working group will, before 1 March 2021, submit a list of a"},
					Text{Lang: language.English, Coverage: Excerpt, Official: true, Note: noteAravot + " The stored copy breaks off here.",
						Sources: src.List(src.Q(language.English, urlAravot274319, "By March 1, 2021, the Working Group shall submit for the Parties' approval at the highest level a list and timetable of activities")),
						Body:    "4. By March 1, 2021, the Working Group shall submit for the Parties' approval at the highest level a list and timetable of activities"},
					Text{Lang: language.English, Coverage: Quoted,
						Note:    "Quoted by Panorama (Armenia) as \"the final point of the statement\"; the fullest wording of this point in the store.",
						Sources: src.List(panorama),
						Body:    "By March 1, 2021, the working group will submit for approval at the highest level a list and schedule of activities involving the restoration and construction of new transport infrastructure facilities necessary for the organization, implementation and security of international transportations carried out through Armenia and Azerbaijan, as well as transportations that require crossing the territories of Azerbaijan and Armenia"},
					Text{Lang: language.English, Coverage: Paraphrase,
						Note: "TASS's summary of the Kremlin text.",
						Sources: src.List(src.Q(language.English, "https://tass.com/politics/1243685",
							"The measures involve the restoration and construction of new transport infrastructure facilities necessary for the organization")),
						Body: "The measures involve the restoration and construction of new transport infrastructure facilities necessary for the organization, implementation and security of international transportation through the Republic of Azerbaijan and the Republic of Armenia"},
				),
				Obligations: karabakh.ListOf(Obligation{
					ID: ObligationJan2021Timetable, Obligor: actors.TrilateralWorkingGroup,
					Action:   "Submit for approval at the highest level a list and timetable of measures to restore and build the transport infrastructure needed for international transport through Armenia and Azerbaijan.",
					Deadline: karabakh.Day(2021, time.March, 1),
					Note:     "\"before 1 March 2021\" (president.az) and \"By March 1, 2021\" (Government of Armenia; Panorama).",
					Sources: src.List(panorama,
						src.Q(language.English, "https://tass.com/politics/1243685",
							"By March 1, 2021, the working group will submit a list and schedule for the implementation of relevant measures for approval by the parties at the highest level")),
				}),
				Topics:  karabakh.ListOf(TopicTransportLinks, TopicConstruction),
				Places:  karabakh.ListOf(places.Armenia, places.Azerbaijan),
				Note:    "No stored copy of the statement's own text reaches the end of this point; its rest is known from Panorama's quotation and TASS's summary.",
				Sources: src.List(presidentAz, aravot, panorama),
			},
		),
		Relations: karabakh.ListOf(
			Relation{Kind: Implements, From: p1, Target: Point9,
				Note: "Point 1 says it serves to implement point 9 of the 9 November 2020 statement, on unblocking economic and transport links, by setting up the trilateral working group.",
				Sources: src.List(src.Q(language.Russian, urlMassaAz, "В целях реализации пункта 9 Заявления от 9 ноября 2020 года"),
					src.Q(language.English, urlPresidentAz, "With the aim of implementing Article 9 of the Statement dated 9 November 2020")),
			},
			Relation{Kind: Implements, From: p2, Target: Point9,
				Note: "Point 2 has the working group list the main directions of work that arise from implementing point 9.",
				Sources: src.List(src.Q(language.Russian, urlMassaAz, "основных направлений работы, вытекающих из реализации пункта 9 Заявления"),
					src.Q(language.English, urlPresidentAz, "a list of main activity directions arising from the implementation of Article 9 of the Statement")),
			},
		),
		Identifiers: karabakh.ListOf(karabakh.Identifier{Scheme: karabakh.SchemePAX, Value: "2455",
			Sources: src.List(src.Q(language.English, "https://www.peaceagreements.org/view/2455",
				"Agreement name Trilateral Statement of the leaders of Azerbaijan, Russian Federation and Armenia of January 11, 2021 Date 11/01/2021"))}),
		Note: "Four points. The stored texts: Russian points 1-2 (massa.az), English points 1-3 in full and the start of point 4 in two versions (president.az; Government of Armenia via Aravot), the rest of point 4 only as quoted. The sources do not say which language is authentic. The Kremlin page does not reach the text. Lavrov said there were no secret attachments to the 9 November and 11 January statements.",
		Sources: src.List(kremlin, presidentAz, aravot, massa,
			src.Q(language.English, "https://massispost.com/2021/01/armenia-azerbaijan-and-russia-sign-joint-statement/",
				"over 48 thousand displaced persons and refugees have already returned to Nagorno-Karabakh"),
			src.Q(language.English, "https://news.am/eng/news/624026.html", "There are no secret attachments in the November 9 and January 11 statements.")),
	}
}

// statementNovember2021 is the Sochi statement of 26 November 2021. The
// statement is not numbered: its points here are its paragraphs, in order,
// as far as the stored translation reaches.
func statementNovember2021() Agreement {
	id := StatementNovember2021
	hetq := src.Q(language.English, urlHetq, "The translated text was circulated by the office of Armenian PM Nikol Pashinyan.")
	signed := src.Q(language.English, "https://rima.media/document/2021-11-26-meduza-792692-putin-holds-trilateral-talks-with-armenia-s-pashinyan-and",
		"Following three hours of negotiations, the three leaders signed a joint statement")
	opening := src.Q(language.English, urlHetq,
		"We, the Prime Minister of the Republic of Armenia N.V.Pashinyan, the President of the Republic of Azerbaijan I.H. Aliyev, President of the Russian Federation V.V.Putin, met on November 26 in Sochi")
	const translator = "Office of the Prime Minister of Armenia"
	text := func(body string, cov Coverage, quote string) karabakh.List[Text] {
		t := Text{Lang: language.English, Coverage: cov, Official: true, Translator: translator,
			Sources: src.List(src.Q(language.English, urlHetq, quote)), Body: body}
		if cov == Excerpt {
			t.Note = "The stored copy breaks off here."
		}
		return karabakh.ListOf(t)
	}
	p1, p2 := PointOf(id, 1), PointOf(id, 2)
	return Agreement{
		ID: id,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Statement", Lang: language.English, Kind: karabakh.KindLabel, Usage: "PA-X Peace Agreements Database",
				Sources: src.List(src.Q(language.English, "https://www.peaceagreements.org/view/2396/Statement",
					"Agreement name Statement Date 26/11/2021 Agreement status Multiparty signed/agreed"))},
			karabakh.Name{Text: "Sochi Joint Statement", Lang: language.English, Kind: karabakh.KindAlias, Usage: "Hetq (headline)",
				Sources: src.List(src.Q(language.English, urlHetq, "Sochi Joint Statement: No Mention of Karabakh Status"))},
		),
		Signed: karabakh.Day(2021, time.November, 26),
		Place:  places.Sochi,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Pashinyan, Role: Signatory, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia, Sources: src.List(signed, opening)},
			Party{Actor: actors.Aliyev, Role: Signatory, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan, Sources: src.List(signed, opening)},
			Party{Actor: actors.Putin, Role: Signatory, Office: "President of the Russian Federation", For: actors.Russia, Sources: src.List(signed, opening)},
		),
		Points: karabakh.ListOf(
			Point{
				ID: p1, Number: 1,
				Summary: "The leaders of Armenia, Azerbaijan and Russia met in Sochi and discussed implementing the 9 November 2020 ceasefire statement and the 11 January 2021 statement on transport links.",
				Texts: text("We, the Prime Minister of the Republic of Armenia N.V.Pashinyan, the President of the Republic of Azerbaijan I.H. Aliyev, President of the Russian Federation V.V.Putin, met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020 on the complete ceasefire and termination of all types of military operations in the Nagorno-Karabakh conflict zone and the implementation process of the January 11, 2021 statement on unblocking all economic and transport infrastructures of the region.",
					Full, "met on November 26 in Sochi and discussed the implementation process of the declaration of November 9, 2020"),
				Topics:  karabakh.ListOf(TopicCeasefire, TopicTransportLinks),
				Places:  karabakh.ListOf(places.Sochi, places.NagornoKarabakh),
				Note:    "The Armenian translation calls the 9 November 2020 document a \"declaration\"; other texts call it a \"statement\" (Russian \"Заявление\").",
				Sources: src.List(hetq),
			},
			Point{
				ID: p2, Number: 2,
				Summary: "They reaffirm full implementation of the 9 November 2020 and 11 January 2021 statements and agree to step up efforts on the issues still open under them.",
				Texts: text("We reaffirmed commitment to the further and consistent implementation and unconditional observance of all the provisions of the November 9, 2020 declaration and January 11, 2021 statement for the benefit of the stability, security and economic development of the South Caucasus. We agreed to intensify joint efforts aimed at the immediate solution of the remaining issues arising from November 9, 2020 and January 11, 2021 statements.",
					Full, "We agreed to intensify joint efforts aimed at the immediate solution of the remaining issues arising from November 9, 2020 and January 11, 2021 statements."),
				Topics:  karabakh.ListOf(TopicCeasefire, TopicTransportLinks, TopicSecurity),
				Sources: src.List(hetq),
			},
			Point{
				ID: PointOf(id, 3), Number: 3,
				Summary: "They note the Russian peacekeeping mission's contribution to stability and security.",
				Texts: text("We mentioned the significant contribution of the Russian peacekeeping mission in stabilizing the situation and ensuring security in the region.",
					Full, "We mentioned the significant contribution of the Russian peacekeeping mission in stabilizing the situation and ensuring security in the region."),
				Topics:  karabakh.ListOf(TopicPeacekeeping, TopicSecurity),
				Sources: src.List(hetq),
			},
			Point{
				ID: PointOf(id, 4), Number: 4,
				Summary: "They agree on steps for stability on the Armenian-Azerbaijani border and to push a bilateral commission, with Russian advisory participation, on delimitation and then demarcation of the border.",
				Texts: text("We agreed to take steps to increase the level of stability and security on the Azerbaijani-Armenian border, to push the process of establishment of a bilateral commission with the advisory participation of the Russian Federation based on the application of the sides, on delimitation, and afterwards demarcation, of the state border between the Republic of Armenia and the Republic of Azerbaijan.",
					Full, "on delimitation, and afterwards demarcation, of the state border between the Republic of Armenia and the Republic of Azerbaijan"),
				Topics: karabakh.ListOf(TopicSecurity, TopicDelimitation),
				Places: karabakh.ListOf(places.Armenia, places.Azerbaijan),
				Note:   "The official wording is \"delimitation, and afterwards demarcation\"; the project seed's \"demarcation and demarcation\" is a translation error.",
				Sources: src.List(hetq,
					src.Q(language.English, "https://apa.az/en/xeber/foreign-politics/putin-in-sochi-it-is-agreed-to-start-work-on-demarcation-of-the-armenian-azerbaijani-border-362692",
						"We agree to start work on delimitation and demarcation of borders in the near future.")),
			},
			Point{
				ID: PointOf(id, 5), Number: 5,
				Summary: "They commend the trilateral working group on unblocking economic and transport links (the rest of the paragraph was not seen).",
				Texts: text("We highly appreciated the activity of the trilateral working group on unblocking all economic and transport communications of the reg",
					Excerpt, "We highly appreciated the activity of the trilateral working group on unblocking all economic and transport communications"),
				Topics:  karabakh.ListOf(TopicTransportLinks),
				Sources: src.List(hetq),
			},
		),
		Relations: karabakh.ListOf(
			Relation{Kind: References, From: p1, TargetAgreement: Statement2020,
				Note:    "Names the 9 November 2020 statement (\"declaration\" in this translation) and its implementation as a subject of the meeting.",
				Sources: src.List(src.Q(language.English, urlHetq, "discussed the implementation process of the declaration of November 9, 2020 on the complete ceasefire"))},
			Relation{Kind: References, From: p1, TargetAgreement: StatementJanuary2021,
				Note:    "Names the 11 January 2021 statement on unblocking transport links and its implementation as a subject of the meeting.",
				Sources: src.List(src.Q(language.English, urlHetq, "the implementation process of the January 11, 2021 statement on unblocking all economic and transport infrastructures of the region"))},
			Relation{Kind: References, From: p2, TargetAgreement: Statement2020,
				Note:    "Reaffirms the observance of all the provisions of the 9 November 2020 statement and calls for solving the issues still open under it.",
				Sources: src.List(src.Q(language.English, urlHetq, "unconditional observance of all the provisions of the November 9, 2020 declaration and January 11, 2021 statement"))},
			Relation{Kind: References, From: p2, TargetAgreement: StatementJanuary2021,
				Note:    "Reaffirms the observance of all the provisions of the 11 January 2021 statement and calls for solving the issues still open under it.",
				Sources: src.List(src.Q(language.English, urlHetq, "the remaining issues arising from November 9, 2020 and January 11, 2021 statements"))},
		),
		Identifiers: karabakh.ListOf(karabakh.Identifier{Scheme: karabakh.SchemePAX, Value: "2396",
			Sources: src.List(src.Q(language.English, "https://www.peaceagreements.org/view/2396/Statement",
				"Agreement name Statement Date 26/11/2021 Agreement status Multiparty signed/agreed"))}),
		Note: "The statement's paragraphs are not numbered; points 1-5 here are its first paragraphs, counted in order: five in the English translation circulated by the Armenian Prime Minister's office, which the stored copy cuts in the fifth. The Russian (kremlin.ru) and Azerbaijani (president.az) texts were not found, nor the rest of the statement. " +
			"It came ten days after the border clash of 16 November 2021, counted from 16 to 26 November.",
		Sources: src.List(signed, hetq,
			src.Q(language.English, "https://hyetert.org/2021/12/02/yerevan-moscow-baku-to-continue-work-on-regional-communications-in-coming-days/",
				"first face-to-face meeting of the three since January 2021"),
			src.Q(language.English, "https://mirrorspectator.com/2021/11/16/armenia-confirms-casualties-loss-of-military-posts-in-clashes-with-azerbaijan-ceasefire-reached/",
				"Russian mediation led to a ceasefire starting at 18:30 Yerevan time on Tuesday, November 16 after border clashes.")),
	}
}

// statementPrague2022 is the quadrilateral statement issued after the
// Prague meeting of 6 October 2022, recorded only as far as the sources
// report it: the text itself was not seen.
func statementPrague2022() Agreement {
	id := StatementPrague2022
	pax := src.Q(language.English, urlPAX2468,
		"Statement following quadrilateral meeting between President Aliyev, Prime Minister Pashinyan, President Macron and President Michel")
	witnessed := src.Q(language.English, urlPAX2468,
		"Page 1. Agreement witnessed by: President Macron, President of the French Republic President Michel, President of the European Council")
	const reportNote = "Aravot's report of what the two sides agreed in Prague; the stored sources do not say whether these are the statement's own words."
	return Agreement{
		ID: id,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Statement following quadrilateral meeting between President Aliyev, Prime Minister Pashinyan, President Macron and President Michel",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "PA-X Peace Agreements Database", Sources: src.List(pax)},
		),
		Signed: karabakh.Day(2022, time.October, 6),
		Parties: karabakh.ListOf(
			Party{Actor: actors.Aliyev, Role: PartyRole, Office: "President", For: actors.Azerbaijan, Sources: src.List(pax, witnessed)},
			Party{Actor: actors.Pashinyan, Role: PartyRole, Office: "Prime Minister", For: actors.Armenia, Sources: src.List(pax, witnessed)},
		),
		Points: karabakh.ListOf(
			Point{
				ID: PointOf(id, 1), Number: 1,
				Summary: "Armenia and Azerbaijan confirm their commitment to the UN Charter and the 1991 Alma-Ata Declaration, by which each recognises the other's territorial integrity.",
				Texts: karabakh.ListOf(Text{Lang: language.English, Coverage: Paraphrase, Note: reportNote,
					Sources: src.List(src.Q(language.English, urlAravotPrague,
						"Armenia and Azerbaïdjan confirmed their commitment to the Charter of the United Nations and the Alma Ata 1991 Declaration through which both recognize each other’s territorial integrity")),
					Body: "Armenia and Azerbaïdjan confirmed their commitment to the Charter of the United Nations and the Alma Ata 1991 Declaration through which both recognize each other’s territorial integrity"}),
				Topics:  karabakh.ListOf(TopicPeaceTreaty),
				Places:  karabakh.ListOf(places.Armenia, places.Azerbaijan),
				Sources: src.List(src.Q(language.English, urlAravotPrague, "Armenia and Azerbaïdjan confirmed their commitment to the Charter of the United Nations")),
			},
			Point{
				ID: PointOf(id, 2), Number: 2,
				Summary: "Armenia will facilitate a civilian EU mission along its border with Azerbaijan, and Azerbaijan will cooperate with it as far as it is concerned; the mission starts in October for at most two months.",
				Texts: karabakh.ListOf(Text{Lang: language.English, Coverage: Paraphrase, Note: reportNote,
					Sources: src.List(src.Q(language.English, urlAravotPrague,
						"There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan.")),
					Body: "There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan. Azerbaijan agreed to cooperate with this mission as far as it is concerned."},
					Text{Lang: language.English, Coverage: Paraphrase, Note: reportNote + " A separate passage of the same report.",
						Sources: src.List(src.Q(language.English, urlAravotPrague, "The mission will start in October for a maximum of two months.")),
						Body:    "The mission will start in October for a maximum of two months."}),
				Obligations: karabakh.ListOf(
					Obligation{ID: ObligationPrague2022ArmeniaEUMission, Obligor: actors.Armenia,
						Action: "Facilitate a civilian EU mission alongside the border with Azerbaijan.",
						Places: karabakh.ListOf(places.Armenia),
						Sources: src.List(src.Q(language.English, urlAravotPrague,
							"There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan."))},
					Obligation{ID: ObligationPrague2022AzerbaijanEUMission, Obligor: actors.Azerbaijan,
						Action: "Cooperate with the EU civilian mission, as far as Azerbaijan is concerned.",
						Sources: src.List(src.Q(language.English, urlAravotPrague,
							"Azerbaijan agreed to cooperate with this mission as far as it is concerned."))},
				),
				Quantities: karabakh.ListOf(Quantity{What: "duration of the EU civilian mission", Value: 2, Unit: Months, Limit: true,
					Sources: src.List(src.Q(language.English, urlAravotPrague, "The mission will start in October for a maximum of two months."))}),
				Topics:  karabakh.ListOf(TopicMonitoring, TopicSecurity),
				Places:  karabakh.ListOf(places.Armenia, places.Azerbaijan),
				Sources: src.List(src.Q(language.English, urlAravotPrague, "The mission will start in October for a maximum of two months.")),
			},
		),
		Identifiers: karabakh.ListOf(karabakh.Identifier{Scheme: karabakh.SchemePAX, Value: "2468", Sources: src.List(pax)}),
		Note:        "Issued after Aliyev and Pashinyan met Macron and Michel in Prague at the first European Political Community Summit; the meeting began on the evening of 6 October and ended early on 7 October. The statement's own text was not seen: points 1-2 are what Aravot reports the sides agreed, in the order of its report, not numbered paragraphs of the statement. PA-X names Aliyev and Pashinyan and has Macron (President of the French Republic) and Michel (President of the European Council) as witnesses; the dataset has no actor records for the two witnesses, so they are not among Parties. Whether the statement was signed is not in the sources. Prague has no place record: no stored quote shows its name.",
		Sources: src.List(pax, witnessed,
			src.Q(language.English, urlAravotPrague, "Armenia and Azerbaïdjan confirmed their commitment to the Charter of the United Nations and the Alma Ata 1991 Declaration"),
			src.Q(language.English, "https://azatutyun.am/a/32069571.html", "The meeting began on Thursday evening and concluded in the early hours of the following morning."),
			src.Q(language.English, "https://en.wikipedia.org/wiki/1st_European_Political_Community_Summit",
				"The First European Political Community Summit was the inaugural meeting of the European Political Community held on 6 October 2022 in Prague, Czech Republic.")),
	}
}

// statementSochi2022 is the Sochi statement of 31 October 2022. Its
// paragraphs are not numbered; the points here are the passages the sources
// hold, in the order of the text.
func statementSochi2022() Agreement {
	id := StatementSochi2022
	pax := src.Q(language.English, urlPAX2454,
		"Agreement name Trilateral Statement of the leaders of Azerbaijan, Russian Federation and Armenia • Date 31 Oct 2022")
	witnessed := src.Q(language.English, urlPAX2454, "Page 2. Agreement witnessed by: President of the Russian Federation, V. V. Putin.")
	opening := src.Q(language.English, urlCommonspace,
		"We, the Prime Minister of the Republic of Armenia N.V. Pashinyan, President of the Republic of Azerbaijan I.H. Aliyev and President of the Russian Federation V.V. Putin")
	p1 := PointOf(id, 1)
	return Agreement{
		ID: id,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Trilateral Statement of the leaders of Azerbaijan, Russian Federation and Armenia",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "PA-X Peace Agreements Database", Sources: src.List(pax)},
		),
		Signed: karabakh.Day(2022, time.October, 31),
		Place:  places.Sochi,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Aliyev, Role: PartyRole, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan,
				Sources: src.List(src.Q(language.English, urlPAX2454, "President of the Republic of Azerbaijan I. G. Alityev [sic]"), opening)},
			Party{Actor: actors.Pashinyan, Role: PartyRole, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia,
				Sources: src.List(src.Q(language.English, urlPAX2454, "Prime Minister of the Republic of Armenia, N. V. Pashinyan"), opening)},
			Party{Actor: actors.Putin, Role: Witness, Office: "President of the Russian Federation", For: actors.Russia,
				Sources: src.List(witnessed, opening)},
		),
		Points: karabakh.ListOf(
			Point{
				ID: p1, Number: 1,
				Summary: "The leaders of Armenia, Azerbaijan and Russia met in Sochi and discussed implementing the trilateral statements of 9 November 2020, 11 January 2021 and 26 November 2021.",
				Texts: karabakh.ListOf(Text{Lang: language.English, Coverage: Full, Sources: src.List(opening),
					Body: "We, the Prime Minister of the Republic of Armenia N.V. Pashinyan, President of the Republic of Azerbaijan I.H. Aliyev and President of the Russian Federation V.V. Putin, we met in Sochi on October 31, 2022 and discussed the implementation of the tripartite statements of November 9, 2020, January 11, 2021 and November 26."}),
				Topics:  karabakh.ListOf(TopicCeasefire, TopicTransportLinks),
				Places:  karabakh.ListOf(places.Sochi),
				Note:    "English as carried by commonspace.eu; the translator is not named.",
				Sources: src.List(opening),
			},
			Point{
				ID: PointOf(id, 2), Number: 2,
				Summary: "They reaffirm their commitment to observe strictly all the agreements named above (the rest of the paragraph was not seen).",
				Texts: karabakh.ListOf(Text{Lang: language.English, Coverage: Excerpt, Note: "As carried by commonspace.eu; the stored copy breaks off here.",
					Sources: src.List(src.Q(language.English, urlCommonspace, "We reaffirmed our commitment to strictly observe all the above-mentioned agreements")),
					Body:    "We reaffirmed our commitment to strictly observe all the above-mentioned agreements based on the interests of the comprehen"}),
				Topics:  karabakh.ListOf(TopicCeasefire, TopicTransportLinks),
				Sources: src.List(src.Q(language.English, urlCommonspace, "We reaffirmed our commitment to strictly observe all the above-mentioned agreements")),
			},
			Point{
				ID: PointOf(id, 3), Number: 3,
				Summary: "They agree to refrain from the use or threat of force and to settle all issues on the basis of mutual recognition of sovereignty, territorial integrity and inviolability of borders under the UN Charter and the 1991 Alma-Ata Declaration.",
				Texts: karabakh.ListOf(
					Text{Lang: language.English, Coverage: Quoted,
						Note: "As quoted by PA-X, which places it at \"Page 1, para 4\"; paragraphs between this and point 2 were not seen.",
						Sources: src.List(src.Q(language.English, urlPAX2454,
							"Page 1, para 4. [We] agreed to refrain from the use of force or the threat of its use")),
						Body: "[We] agreed to refrain from the use of force or the threat of its use, to discuss and resolve all problematic issues solely on the basis of mutual recognition of sovereignty, territorial integrity and inviolability of borders in accordance with the UN Charter and the Alma-Ata Declaration of 1991."},
					Text{Lang: language.English, Coverage: Quoted, Note: "As quoted by Mirror-Spectator (the opening of the same paragraph).",
						Sources: src.List(src.Q(language.English, urlMirrorSochi,
							"agreed to refrain from the use of force or the threat of its use and discuss and resolve all problematic issues solely on the basis of mutual recognition of sovereignty")),
						Body: "agreed to refrain from the use of force or the threat of its use and discuss and resolve all problematic issues solely on the basis of mutual recognition of sovereignty"},
				),
				Topics:  karabakh.ListOf(TopicNonUseOfForce, TopicPeaceTreaty),
				Sources: src.List(src.Q(language.English, urlPAX2454, "Page 1, para 4. [We] agreed to refrain from the use of force or the threat of its use")),
			},
		),
		Relations: karabakh.ListOf(
			Relation{Kind: References, From: p1, TargetAgreement: Statement2020,
				Note:    "Names the statement of 9 November 2020 among the trilateral statements whose implementation the leaders discussed.",
				Sources: src.List(src.Q(language.English, urlCommonspace, "discussed the implementation of the tripartite statements of November 9, 2020, January 11, 2021 and November 26."))},
			Relation{Kind: References, From: p1, TargetAgreement: StatementJanuary2021,
				Note:    "Names the statement of 11 January 2021 among the trilateral statements whose implementation the leaders discussed.",
				Sources: src.List(src.Q(language.English, urlCommonspace, "discussed the implementation of the tripartite statements of November 9, 2020, January 11, 2021 and November 26."))},
			Relation{Kind: References, From: p1, TargetAgreement: StatementNovember2021,
				Note:    "Names the statement of \"November 26\" (2021; the translation gives no year) among the trilateral statements whose implementation the leaders discussed.",
				Sources: src.List(src.Q(language.English, urlCommonspace, "discussed the implementation of the tripartite statements of November 9, 2020, January 11, 2021 and November 26."))},
		),
		Identifiers: karabakh.ListOf(karabakh.Identifier{Scheme: karabakh.SchemePAX, Value: "2454", Sources: src.List(pax)}),
		Note:        "Putin's role differs by source: the text's opening names him among the \"We\" who met, while PA-X lists only Aliyev and Pashinyan (misspelt \"Alityev\") as parties and Putin as a witness. Putin said not everything was agreed and parts of the expert draft were taken out. The statement also said, as quoted via Mirror-Spectator, that on the basis of existing proposals it was agreed to continue the search for mutually acceptable solutions, with Russian assistance; where that passage stands in the text is not known, so it is not a point here. The Russian text (kremlin.ru) was not found.",
		Sources: src.List(pax, witnessed, opening,
			src.Q(language.English, urlMirrorSochi, "”I must say frankly that not everything was agreed.”"),
			src.Q(language.English, urlMirrorSochi, "Some things had to be taken out of the text worked out beforehand at the level of experts"),
			src.Q(language.English, urlMirrorSochi, "On the basis of existing proposals, it was agreed to continue the search for mutually acceptable solutions,")),
	}
}

// peaceAgreement2025 is the peace agreement initialled in Washington on
// 8 August 2025. No article is recorded as a point: the sources quote
// provisions mostly without their article numbers.
func peaceAgreement2025() Agreement {
	caliber := src.Q(language.English, urlCaliberFM,
		"Their foreign ministers also initialled a draft “Agreement on Establishment of Peace and Inter-State Relations,” in the presence of Trump, Aliyev, and Pashinyan.")
	azernews := src.Q(language.English, urlAzernews245930,
		"In addition, both foreign ministers signed a joint letter to the OSCE Chairperson-in-Office, officially requesting the closure of the OSCE Minsk Process")
	witnessedIt := src.Q(language.Italian, urlGazzetta,
		"Noi e il Presidente degli Stati Uniti d’America, Donald J. Trump, abbiamo assistito alla parafatura del testo concordato")
	return Agreement{
		ID: PeaceAgreementInitialled2025,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Agreement on Establishment of Peace and Inter-State Relations between the Republic of Armenia and the Republic of Azerbaijan",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "text published by the Armenian Foreign Ministry",
				Sources: src.List(src.Q(language.English, "https://www.caucasianknot.info/articles/68502",
					"Agreement on Establishment of Peace and Inter-State Relations between the Republic of Armenia and the Republic of Azerbaijan"),
					src.Q(language.English, "https://www.mfa.am/en/interviews-articles-and-comments/2025/08/10/Mirzoyan_interview/13531",
						"I mean the initialing of the Agreement on Establishment of Peace and Inter-State Relations"))},
			karabakh.Name{Text: "Accordo sull’istituzione della pace e delle relazioni interstatali tra la Repubblica dell’Azerbaigian e la Repubblica d’Armenia",
				Lang: language.Italian, Kind: karabakh.KindLabel, Usage: "Italian translation of the Joint Declaration",
				Sources: src.List(src.Q(language.Italian, urlGazzetta,
					"dell’Accordo sull’istituzione della pace e delle relazioni interstatali tra la Repubblica dell’Azerbaigian e la Repubblica d’Armenia"))},
			karabakh.Name{Text: "Treaty on the Establishment of Peace and Interstate Relations between the Republic of Azerbaijan and the Republic of Armenia",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "AzerNews",
				Sources: src.List(src.Q(language.English, "https://www.azernews.az/nation/245930.html",
					"Treaty on the Establishment of Peace and Interstate Relations between the Republic of Azerbaijan and the Republic of Armenia"))},
			karabakh.Name{Text: "Agreement on Peace and the Establishment of Interstate Relations",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "Armenian Foreign Ministry, March 2025",
				Sources: src.List(src.Q(language.English, "https://civilnet5.rssing.com/chan-77005708/article1090.html",
					"Agreement on Peace and the Establishment of Interstate Relations"))},
			karabakh.Name{Text: "Agreement on the Establishment of Peace and Diplomatic Relations",
				Lang: language.English, Kind: karabakh.KindAlias, Usage: "News.az before the summit",
				Sources: src.List(src.Q(language.English, "https://news.az/news/president-ilham-aliyev-and-armenian-prime-minister-pashinyan-are-expected-to-sign-a-joint-declaration-in-washington",
					"Agreement on the Establishment of Peace and Diplomatic Relations"))},
		),
		Signed: karabakh.Day(2025, time.August, 8),
		Place:  places.WashingtonDC,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Bayramov, Role: Initialler, Office: "Foreign Minister", For: actors.Azerbaijan, Sources: src.List(caliber, azernews)},
			Party{Actor: actors.Mirzoyan, Role: Initialler, Office: "Foreign Minister", For: actors.Armenia, Sources: src.List(caliber, azernews)},
			Party{Actor: actors.Aliyev, Role: Witness, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan, Sources: src.List(caliber, witnessedIt)},
			Party{Actor: actors.Pashinyan, Role: Witness, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia, Sources: src.List(caliber, witnessedIt)},
			Party{Actor: actors.Trump, Role: Witness, Office: "President of the United States of America", For: actors.UnitedStates, Sources: src.List(caliber, witnessedIt)},
		),
		Note: "Initialled, not signed: the foreign ministers Bayramov and Mirzoyan initialled it on 8 August 2025 in the presence of Trump, Aliyev and Pashinyan (Caucasian Knot's report that the two leaders initialled it conflicts with the Azerbaijani, Armenian and Italian texts). No stored source, up to June 2026, reports its signature or ratification; the latest pages describe it as initialled and unsigned. Aliyev made signing conditional on a change to Armenia's constitution. " +
			"The text (17 articles) was agreed in March 2025 and published by Armenia's Foreign Ministry on 11 August 2025. The sources quote the title, the preamble and some provisions: mutual recognition of sovereignty, territorial integrity, inviolability of borders and political independence; non-use of force; non-interference; diplomatic relations after the exchange of instruments of ratification (the number of days is blank in the published text); border commissions to negotiate an agreement on delimitation and demarcation; no third-party forces along the mutual border. Those provisions are not recorded as points, since their article numbers are mostly not given; Articles VII-XVII were not seen in full.",
		Sources: src.List(caliber, azernews, witnessedIt,
			src.Q(language.English, urlRFERLSummit, "Armenia initialed a peace treaty with Azerbaijan"),
			src.Q(language.English, urlAzatutyunText, "consists of 17 articles that the parties had worked on for more than three years"),
			src.Q(language.English, "https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/",
				"Armenia has accepted Azerbaijan’s proposals regarding the last two unresolved points of the agreement."),
			src.Q(language.English, urlAzatutyunText, "“recognize and shall respect the sovereignty, territorial integrity, inviolability of international borders and political independence of each other”"),
			src.Q(language.English, urlAzatutyunText, "“shall not deploy along their mutual border forces of any third party.”"),
			src.Q(language.English, "https://en.webangah.ir/2025-08-11/news=326510",
				"Article 5: Within ____ days after exchanging documents confirming ratification by both sides, diplomatic relations will be established"),
			src.Q(language.English, "https://www.azatutyun.am/a/33509446.html",
				"Azerbaijani President Ilham Aliyev reaffirmed this precondition hours after the two sides initialed the draft treaty"),
			src.Q(language.English, urlAzatutyunText, "According to the text of the agreement published by Armenia’s Ministry of Foreign Affairs"),
			src.Q(language.English, urlAzatutyunText, "shall refrain from the use of force or the threat of use of force against the territorial integrity or political independence"),
			src.Q(language.English, urlAzatutyunText, "refrain from intervening with the internal affairs of each other"),
			src.Q(language.English, urlAzatutyunText, "the Parties shall conduct in good faith negotiations between the respective border commissions"),
			src.Q(language.English, "https://arka.am/en/news/politics/mirzoyan-it-s-time-to-sign-an-agreement-between-armenia-and-azerbaijan-and-move-towards-peace/",
				"On March 13, the Armenian Foreign Ministry confirmed the agreement on the draft Treaty"),
			src.Q(language.English, "https://www.caucasianknot.info/articles/68502",
				"initialed by Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev"),
			src.Q(language.English, "https://www.caucasianknot.info/articles/68502",
				"initialed by Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev"),
			withNote(src.Q(language.English, "https://rbtfl.xyz/pt/n/armenia-azerbaijan-referendum-shortfall.md", "The treaty stays initialled, unsigned."),
				"A news aggregator of low reliability; the only stored page to say so in words (June 2026).")),
	}
}

// washingtonDeclaration2025 is the Joint Declaration signed in Washington
// on 8 August 2025. It has seven points; only points 1-4 were seen, in an
// Italian translation, with English quotations of points 2-4.
func washingtonDeclaration2025() Agreement {
	id := WashingtonDeclaration2025
	newsAz := src.Q(language.English, urlNewsAzOTS,
		"the Prime Minister of the Republic of Armenia, and the signing as a witness by the President of the United States on the outcomes of their meeting on 8 August 2025")
	rferl := src.Q(language.English, urlRFERLSummit,
		"Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev signed at the White House a joint declaration")
	gazzetta := src.Q(language.Italian, urlGazzetta,
		"Dichiarazione congiunta del Presidente della Repubblica dell’Azerbaigian e del Primo Ministro della Repubblica d’Armenia")
	const noteIt = "Italian translation published by Gazzetta Diplomatica; the translator is not named. The official English text was not seen."
	it := func(body, quote string, cov Coverage) Text {
		t := Text{Lang: language.Italian, Coverage: cov, Note: noteIt, Sources: src.List(src.Q(language.Italian, urlGazzetta, quote)), Body: body}
		if cov == Excerpt {
			t.Note += " The stored copy breaks off after this."
		}
		return t
	}
	const notePashinyan = "Pashinyan's rendering in a speech at the CIS summit in Dushanbe (October 2025), as reported by Massis Post; it may be adapted."
	p1, p3, p4 := PointOf(id, 1), PointOf(id, 3), PointOf(id, 4)
	tripp := src.Q(language.English, urlMassisTRIPP,
		"the Republic of Armenia will work with the United States of America and mutually agreed third parties to define the framework for implementing the ‘Trump Route for International Peace and Prosperity’")
	return Agreement{
		ID: id,
		Titles: karabakh.NamesOf(
			karabakh.Name{Text: "Joint Declaration by the President of Azerbaijan and the Prime Minister of Armenia",
				Lang: language.English, Kind: karabakh.KindLabel, Usage: "as the US State Department's release of the documents names it (Caliber.Az); the official English title was not seen",
				Sources: src.List(src.Q(language.English, "https://caliber.az/en/post/state-department-releases-documents-signed-by-azerbaijan-and-armenia-in-washington",
					"The Joint Declaration by the President of Azerbaijan and the Prime Minister of Armenia outlining the outcomes of their meeting in Washington, D.C."))},
			karabakh.Name{Text: "Dichiarazione congiunta del Presidente della Repubblica dell’Azerbaigian e del Primo Ministro della Repubblica d’Armenia a seguito del loro incontro a Washington, D.C., Stati Uniti d’America",
				Lang: language.Italian, Kind: karabakh.KindLabel, Usage: "Italian translation (Gazzetta Diplomatica)", Sources: src.List(gazzetta)},
		),
		Signed: karabakh.Day(2025, time.August, 8),
		Place:  places.WashingtonDC,
		Parties: karabakh.ListOf(
			Party{Actor: actors.Aliyev, Role: Signatory, Office: "President of the Republic of Azerbaijan", For: actors.Azerbaijan, Sources: src.List(rferl, gazzetta)},
			Party{Actor: actors.Pashinyan, Role: Signatory, Office: "Prime Minister of the Republic of Armenia", For: actors.Armenia, Sources: src.List(rferl, newsAz)},
			Party{Actor: actors.Trump, Role: Witness, Office: "President of the United States", For: actors.UnitedStates, Sources: src.List(newsAz)},
		),
		Points: karabakh.ListOf(
			Point{
				ID: p1, Number: 1,
				Summary: "The two leaders and President Trump witnessed the foreign ministers initial the agreed text of the peace agreement; they note the need for further steps to its signature and ratification.",
				Texts: karabakh.ListOf(it("1. Noi e il Presidente degli Stati Uniti d’America, Donald J. Trump, abbiamo assistito alla parafatura del testo concordato dell’Accordo sull’istituzione della pace e delle relazioni interstatali tra la Repubblica dell’Azerbaigian e la Repubblica d’Armenia da parte dei Ministri degli Esteri delle due parti. A tale riguardo, abbiamo rilevato la necessità di proseguire con ulteriori azioni per giungere alla firma e alla ratifica definitiva dell’Accordo e abbiamo sottolineato l’importanza di mantenere e rafforzare la pace tra i nostri Paesi.",
					"abbiamo rilevato la necessità di proseguire con ulteriori azioni per giungere alla firma e alla ratifica definitiva dell’Accordo", Full)),
				Topics:  karabakh.ListOf(TopicPeaceTreaty),
				Sources: src.List(src.Q(language.Italian, urlGazzetta, "abbiamo assistito alla parafatura del testo concordato")),
			},
			Point{
				ID: PointOf(id, 2), Number: 2,
				Summary: "They witnessed the foreign ministers sign a joint appeal to the OSCE to close the OSCE Minsk Process and its structures, and call on all OSCE participating States to agree.",
				Texts: karabakh.ListOf(
					it("2. Abbiamo inoltre assistito alla firma di un appello congiunto all’Organizzazione per la Sicurezza e la Cooperazione in Europa (OSCE) sulla chiusura del Processo di Minsk dell’OSCE e delle relative strutture da parte dei Ministri degli Esteri della Repubblica dell’Azerbaigian e della Repubblica d’Armenia. Invitiamo tutti gli Stati partecipanti all’OSCE ad accettare questa decisione.",
						"sulla chiusura del Processo di Minsk dell’OSCE e delle relative strutture", Full),
					Text{Lang: language.English, Coverage: Quoted,
						Note: "The last sentence, as quoted by Anewz. It has \"to adopt\" where the Italian has \"ad accettare\" (\"to accept\").",
						Sources: src.List(src.Q(language.English, "https://anewz.tv/region/south-caucasus/11865/osce-ready-to-end-minsk-group-france-supports-dissolution/news",
							"\"We call on all OSCE participating States to adopt this decision,\" - the declaration stated.")),
						Body: "We call on all OSCE participating States to adopt this decision"},
				),
				Topics: karabakh.ListOf(TopicPeaceTreaty),
				Note:   "Filed under the peace-treaty topic: the topic list has no entry for the OSCE Minsk Process. The OSCE Ministerial Council decided the closure on 1 September 2025.",
				Sources: src.List(src.Q(language.Italian, urlGazzetta, "sulla chiusura del Processo di Minsk dell’OSCE e delle relative strutture"),
					src.Q(language.English, "https://www.azernews.az/nation/246825.html", "On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures")),
			},
			Point{
				ID: p3, Number: 3,
				Summary: "They reaffirm opening communications between the two countries on the basis of sovereignty, territorial integrity and jurisdiction, including unimpeded travel between mainland Azerbaijan and Nakhchivan through Armenia, with reciprocal benefits for Armenia.",
				Texts: karabakh.ListOf(
					it("3. Abbiamo ribadito l’importanza di aprire le comunicazioni tra i due Paesi per viaggi nazionali, bilaterali e internazionali al fine di promuovere la pace, la stabilità e la prosperità nella regione e nei suoi vicini, sulla base del rispetto della sovranità, dell’integrità territoriale e della giurisdizione degli Stati. Tali sforzi includono la libera circolazione tra la Repubblica dell’Azerbaigian e la Repubblica Autonoma di Nakhchivan attraverso il territorio della Repubblica di Armenia, con reciproci vantaggi per i viaggi nazionali e internazionali per la Repubblica di Armenia.",
						"Tali sforzi includono la libera circolazione tra la Repubblica dell’Azerbaigian e la Repubblica Autonoma di Nakhchivan", Full),
					Text{Lang: language.English, Coverage: Quoted, Note: notePashinyan,
						Sources: src.List(src.Q(language.English, urlMassisTRIPP,
							"These efforts must include unimpeded communication between the main territory of the Republic of Azerbaijan and the Nakhichevan Autonomous Republic")),
						Body: "In the declaration, the leaders of Armenia and Azerbaijan reaffirmed the importance of opening communications between the two countries for domestic, bilateral, and international transport — based on respect for the sovereignty, territorial integrity, and jurisdiction of states — in order to promote peace, stability, and prosperity in the region and beyond.\n\nThese efforts must include unimpeded communication between the main territory of the Republic of Azerbaijan and the Nakhichevan Autonomous Republic through the territory of the Republic of Armenia, ensuring reciprocal advantages for Armenia in both international and domestic transportation."},
				),
				Topics: karabakh.ListOf(TopicTransportLinks),
				Places: karabakh.ListOf(places.Azerbaijan, places.Nakhchivan, places.Armenia),
				Note:   "Readings differ: Azerbaijan's (APA) takes the \"unimpeded\" link to mean the link between mainland Azerbaijan and Nakhchivan specifically; Armenia stresses territorial integrity, sovereignty, jurisdiction and reciprocity.",
				Sources: src.List(src.Q(language.Russian, "https://minval.az/news/124479740", "Подчеркивается, что понятие «беспрепятственные связи» отмечено именно в контексте связи между основной частью Азербайджана и Нахчыванской Автономной Республикой."),
					src.Q(language.English, "https://armenpress.am/en/article/1235680/amp", "based on the countries’ territorial integrity, sovereignty, jurisdiction, and reciprocity")),
			},
			Point{
				ID: p4, Number: 4,
				Summary: "Armenia will work with the United States and mutually agreed third parties on the framework for the Trump Route for International Peace and Prosperity (TRIPP) on its territory.",
				Texts: karabakh.ListOf(
					it("4. La Repubblica di Armenia coopererà con gli Stati Uniti d’America e con terze parti individuate congiuntamente per sviluppare un quadro per il progetto di connettività della Rotta Internazionale Trump per la Pace e la Prosperità (TRIPP)",
						"La Repubblica di Armenia coopererà con gli Stati Uniti d’America e con terze parti individuate congiuntamente", Excerpt),
					Text{Lang: language.English, Coverage: Quoted, Note: notePashinyan, Sources: src.List(tripp),
						Body: "It was also recorded that the Republic of Armenia will work with the United States of America and mutually agreed third parties to define the framework for implementing the ‘Trump Route for International Peace and Prosperity’ (TRIPP) communication program within the territory of Armenia."},
				),
				Obligations: karabakh.ListOf(Obligation{
					ID: ObligationWashington2025TRIPP, Obligor: actors.Armenia,
					Action: "Work with the United States and mutually agreed third parties to define the framework for the TRIPP connectivity project on Armenia's territory.",
					Places: karabakh.ListOf(places.TRIPPRoute, places.Armenia),
					Sources: src.List(tripp, src.Q(language.Italian, urlGazzetta,
						"La Repubblica di Armenia coopererà con gli Stati Uniti d’America e con terze parti individuate congiuntamente")),
				}),
				Topics:  karabakh.ListOf(TopicTransportLinks),
				Places:  karabakh.ListOf(places.TRIPPRoute, places.Armenia),
				Sources: src.List(tripp),
			},
		),
		Relations: karabakh.ListOf(
			Relation{Kind: References, From: p1, TargetAgreement: PeaceAgreementInitialled2025,
				Note:    "Records that the leaders and the US President witnessed the initialling of the peace agreement on the same day.",
				Sources: src.List(witnessedQuote())},
			Relation{Kind: References, From: p3, Target: Point9,
				Note: "By subject, not by citation: the declaration does not cite the 2020 statement. Its point 3 deals with the link between mainland Azerbaijan and Nakhchivan through Armenia, the link that point 9 of the 2020 statement covers; the dataset files the TRIPP facts under point 9.",
				Sources: src.List(src.Q(language.English, "https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump",
					"named the \"Trump Route for International Peace and Prosperity.\""),
					src.Q(language.English, urlMassisTRIPP, "These efforts must include unimpeded communication between the main territory of the Republic of Azerbaijan and the Nakhichevan Autonomous Republic"))},
			Relation{Kind: References, From: p4, Target: Point9,
				Note: "By subject, not by citation: TRIPP, the route through Armenia's Syunik that point 4 provides for, is filed under point 9 of the 2020 statement (transport links) in this dataset.",
				Sources: src.List(tripp,
					src.Q(language.Armenian, "https://www.azatutyun.am/a/hh-souveren-taratskoum-zangezouri-mijantsk-anounov-oreve-proyekt-chka-ou-chi-karogh-linel-kostanyan/33555223.html",
						"Սյունիքի ճանապարհի 42-կիլոմետրանոց հատվածը ստացավ «Թրամփի ուղի» անվանումը"))},
		),
		Note: "The declaration has seven points; only points 1-4 were seen, in an Italian translation (point 4 cut), with English quotations of points 2-4. Points 5-7 were not found in any language, nor the official English text. Pashinyan also quoted from the declaration that \"Armenia and Azerbaijan recognize the need to chart a bright future in accordance with the Charter of the United Nations and the 1991 Alma-Ata Declaration\"; where that stands in it is not known. On the same day the foreign ministers initialled the peace agreement and signed a joint appeal to the OSCE on closing the Minsk Process; the Minsk Process closed at 23:59 on 30 November 2025.",
		Sources: src.List(newsAz, rferl, gazzetta,
			src.Q(language.English, urlCaliberFM, "The leaders signed a joint declaration setting out a seven-point framework centred on sovereignty, territorial integrity, and renunciation of force."),
			src.Q(language.English, urlMassisTRIPP, "Armenia and Azerbaijan recognize the need to chart a bright future in accordance with the Charter of the United Nations and the 1991 Alma-Ata Declaration"),
			src.Q(language.English, "https://mediamax.am/en/news/foreignpolicy/59419/", "The OSCE finalized the closure of the Minsk Process and its related structures at 23:59 on 30 November 2025."),
			src.Q(language.English, "https://www.azernews.az/nation/246825.html", "On September 1, 2025, the OSCE Ministerial Council adopted a decision to close the OSCE Minsk Process and its related structures")),
	}
}

// witnessedQuote is the Joint Declaration's own record of the initialling.
func witnessedQuote() karabakh.Source {
	return src.Q(language.Italian, urlGazzetta,
		"Noi e il Presidente degli Stati Uniti d’America, Donald J. Trump, abbiamo assistito alla parafatura del testo concordato")
}

// withNote returns s with a note on how far it can be trusted or what it shows.
func withNote(s karabakh.Source, note string) karabakh.Source {
	s.Note = note
	return s
}
