package factcheck

// The corrections, in the order their claims appear in the seed article.
// The string values are the published IDs and never change meaning.
const (
	SigningDate              ID = "signing-date"
	WarLengthAndTitle        ID = "war-length-and-title"
	MisattributedBorderQuote ID = "misattributed-border-quote"
	TroopsAndTanksInvading   ID = "troops-and-tanks-invading"
	AirliftBeforeSigning     ID = "airlift-before-signing"
	BrigadeNameAndDate       ID = "brigade-name-and-date"
	StepanakertLowerCase     ID = "stepanakert-lower-case"
	HarutyunyanAgreed        ID = "harutyunyan-agreed"
	TransportDealSoon        ID = "transport-deal-soon"
	ErdoganMojibake          ID = "erdogan-mojibake"
	ErdoganMinskReview       ID = "erdogan-minsk-review"
	OSCEName                 ID = "osce-name"
	TurkeyJointPeacekeeping  ID = "turkey-joint-peacekeeping"
	MonitoringCentreAghdam   ID = "monitoring-centre-aghdam"
	DelimitationDemarcation  ID = "delimitation-demarcation"
	NakhchivanEnclaveRoad    ID = "nakhchivan-enclave-road"
	MinskGroupCoChairs       ID = "minsk-group-co-chairs"
	MirzoyanBeaten           ID = "mirzoyan-beaten"
	Point8Rejected           ID = "point-8-rejected"
	Point8Quotation          ID = "point-8-quotation"
	PrisonerExchange2020     ID = "prisoner-exchange-december-2020"
	PrisonersFebruary2021    ID = "prisoners-february-2021"
	Peacekeepers2000         ID = "peacekeepers-2000"

	// GazakhInPoint2 is not in the seed article: it is a known trap in
	// early copies of the statement, listed last.
	GazakhInPoint2 ID = "gazakh-in-point-2"
)
