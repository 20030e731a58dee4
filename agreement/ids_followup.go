package agreement

// The Washington documents of 8 August 2025. The string values are the
// published IDs and never change meaning.
const (
	// PeaceAgreementInitialled2025 is the Agreement on Establishment of Peace
	// and Inter-State Relations between Armenia and Azerbaijan, initialled
	// (not signed) by the two foreign ministers in Washington.
	PeaceAgreementInitialled2025 ID = "peace-agreement-2025-08-08"
	// WashingtonDeclaration2025 is the Joint Declaration of the President of
	// Azerbaijan and the Prime Minister of Armenia, signed in Washington with
	// the US President as witness.
	WashingtonDeclaration2025 ID = "washington-declaration-2025-08-08"
)

// The obligations of the documents that followed the 2020 statement.
const (
	// 11 January 2021, point 2: the working group's first meeting.
	ObligationJan2021FirstMeeting ObligationID = "statement-2021-01-11-working-group-first-meeting"
	// 11 January 2021, point 2: the list of main directions of work the
	// first meeting is to produce.
	ObligationJan2021MainDirections ObligationID = "statement-2021-01-11-main-directions"
	// 11 January 2021, point 3: expert subgroups and their list of projects.
	ObligationJan2021ExpertSubgroups ObligationID = "statement-2021-01-11-expert-subgroups"
	// 11 January 2021, point 4: the list and timetable of infrastructure
	// measures.
	ObligationJan2021Timetable ObligationID = "statement-2021-01-11-list-and-timetable"
	// Prague, 6 October 2022: Armenia to facilitate the EU civilian mission.
	ObligationPrague2022ArmeniaEUMission ObligationID = "statement-2022-10-06-prague-armenia-eu-mission"
	// Prague, 6 October 2022: Azerbaijan to cooperate with it.
	ObligationPrague2022AzerbaijanEUMission ObligationID = "statement-2022-10-06-prague-azerbaijan-eu-mission"
	// Washington, 8 August 2025, point 4: Armenia to work on the TRIPP
	// framework.
	ObligationWashington2025TRIPP ObligationID = "washington-declaration-2025-08-08-tripp-framework"
)
