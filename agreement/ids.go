package agreement

// The agreements and statements. The string values are the published IDs
// and never change meaning.
const (
	// Statement2020 is the trilateral statement of 9/10 November 2020 that
	// ended the 44-day war (PA-X 2324).
	Statement2020 ID = "statement-2020-11-10"
	// StatementJanuary2021 is the trilateral Moscow statement of 11 January
	// 2021 on unblocking transport links.
	StatementJanuary2021 ID = "statement-2021-01-11"
	// StatementNovember2021 is the trilateral Sochi statement of
	// 26 November 2021.
	StatementNovember2021 ID = "statement-2021-11-26"
	// StatementPrague2022 is the quadrilateral Prague statement of
	// 6 October 2022.
	StatementPrague2022 ID = "statement-2022-10-06-prague"
	// StatementSochi2022 is the trilateral Sochi statement of 31 October
	// 2022.
	StatementSochi2022 ID = "statement-2022-10-31"
)

// The points of the statement of 10 November 2020.
const (
	Point1 PointID = "statement-2020-11-10#1" // ceasefire; parties stop at their positions
	Point2 PointID = "statement-2020-11-10#2" // Aghdam district returned by 20 November 2020
	Point3 PointID = "statement-2020-11-10#3" // Russian peacekeeping contingent deployed
	Point4 PointID = "statement-2020-11-10#4" // peacekeepers' five-year, self-renewing term
	Point5 PointID = "statement-2020-11-10#5" // peacekeeping centre to monitor the ceasefire
	Point6 PointID = "statement-2020-11-10#6" // Kalbajar and Lachin districts; the Lachin corridor
	Point7 PointID = "statement-2020-11-10#7" // return of displaced persons and refugees under UNHCR
	Point8 PointID = "statement-2020-11-10#8" // exchange of prisoners, hostages, detainees and bodies
	Point9 PointID = "statement-2020-11-10#9" // unblocking of economic and transport links
)

// The obligations of the statement of 10 November 2020, one per duty and
// party: where a point binds both Parties, each gets its own obligation so
// that Obligor names one actor.
const (
	ObligationCeasefireAzerbaijan       ObligationID = "statement-2020-11-10-ceasefire-azerbaijan"
	ObligationCeasefireArmenia          ObligationID = "statement-2020-11-10-ceasefire-armenia"
	ObligationReturnAghdam              ObligationID = "statement-2020-11-10-return-aghdam"
	ObligationDeployPeacekeepers        ObligationID = "statement-2020-11-10-deploy-peacekeepers"
	ObligationWithdrawArmenianForces    ObligationID = "statement-2020-11-10-withdraw-armenian-forces"
	ObligationReturnKalbajar            ObligationID = "statement-2020-11-10-return-kalbajar"
	ObligationReturnLachin              ObligationID = "statement-2020-11-10-return-lachin"
	ObligationControlLachinCorridor     ObligationID = "statement-2020-11-10-control-lachin-corridor"
	ObligationLachinCorridorPlanAze     ObligationID = "statement-2020-11-10-lachin-corridor-plan-azerbaijan"
	ObligationLachinCorridorPlanArm     ObligationID = "statement-2020-11-10-lachin-corridor-plan-armenia"
	ObligationRedeployPeacekeepers      ObligationID = "statement-2020-11-10-redeploy-peacekeepers"
	ObligationGuaranteeCorridorSecurity ObligationID = "statement-2020-11-10-guarantee-corridor-security"
	ObligationReturnDisplaced           ObligationID = "statement-2020-11-10-return-displaced"
	ObligationExchangePrisonersAze      ObligationID = "statement-2020-11-10-exchange-prisoners-azerbaijan"
	ObligationExchangePrisonersArm      ObligationID = "statement-2020-11-10-exchange-prisoners-armenia"
	ObligationUnblockTransportAze       ObligationID = "statement-2020-11-10-unblock-transport-azerbaijan"
	ObligationUnblockTransportArm       ObligationID = "statement-2020-11-10-unblock-transport-armenia"
	ObligationGuaranteeNakhchivanLinks  ObligationID = "statement-2020-11-10-guarantee-nakhchivan-links"
	ObligationControlTransport          ObligationID = "statement-2020-11-10-control-transport"
	ObligationBuildNakhchivanLinksAze   ObligationID = "statement-2020-11-10-build-nakhchivan-links-azerbaijan"
	ObligationBuildNakhchivanLinksArm   ObligationID = "statement-2020-11-10-build-nakhchivan-links-armenia"
)
