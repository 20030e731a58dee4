package actors

// The actors. Constant names read well at the call site: actors.Pashinyan,
// actors.OSCEMinskGroup. The string values are the published IDs and never
// change meaning.
const (
	// People.
	Aliyev        ID = "ilham-aliyev"
	Pashinyan     ID = "nikol-pashinyan"
	Putin         ID = "vladimir-putin"
	Erdogan       ID = "recep-tayyip-erdogan"
	Harutyunyan   ID = "arayik-harutyunyan"
	Shahramanyan  ID = "samvel-shahramanyan"
	Mirzoyan      ID = "ararat-mirzoyan"
	Muradov       ID = "rustam-muradov"
	Volkov        ID = "andrey-volkov"
	Overchuk      ID = "alexei-overchuk"
	Mustafayev    ID = "shahin-mustafayev"
	MherGrigoryan ID = "mher-grigoryan"
	Hajiyev       ID = "hikmet-hajiyev"
	Shoigu        ID = "sergei-shoigu"
	Akar          ID = "hulusi-akar"
	Lavrov        ID = "sergey-lavrov"
	Zakharova     ID = "maria-zakharova"
	Peskov        ID = "dmitry-peskov"
	Papikyan      ID = "suren-papikyan"
	Kostanyan     ID = "vahan-kostanyan"
	Trump         ID = "donald-trump"
	Kosobokov     ID = "mikhail-kosobokov"
	Anashkin      ID = "gennady-anashkin"
	Lentsov       ID = "alexander-lentsov"
	Kulakov       ID = "kirill-kulakov"
	Bayramov      ID = "jeyhun-bayramov"
	// Named only by events.
	ArtsrunHovhannisyan ID = "artsrun-hovhannisyan"
	ArmenSarkissian     ID = "armen-sarkissian"
	Macron              ID = "emmanuel-macron"
	VahagnKhachaturyan  ID = "vahagn-khachaturyan"

	// States and the de-facto state.
	Azerbaijan   ID = "azerbaijan"
	Armenia      ID = "armenia"
	Russia       ID = "russia"
	Turkey       ID = "turkey"
	UnitedStates ID = "united-states"
	France       ID = "france"
	Artsakh      ID = "artsakh"

	// Organisations.
	OSCE                   ID = "osce"
	OSCEMinskGroup         ID = "osce-minsk-group"
	UNHCR                  ID = "unhcr"
	FSBBorderService       ID = "fsb-border-service"
	JointMonitoringCentre  ID = "joint-monitoring-centre"
	TrilateralWorkingGroup ID = "trilateral-working-group"
	// Named only by events: the ministries whose announcements events rest
	// on, a rights group and a party.
	ArmenianDefenceMinistry    ID = "armenian-ministry-of-defence"
	AzerbaijaniDefenceMinistry ID = "azerbaijani-ministry-of-defence"
	RussianDefenceMinistry     ID = "russian-ministry-of-defence"
	HumanRightsWatch           ID = "human-rights-watch"
	CivilContract              ID = "civil-contract"

	// Military units.
	PeacekeepingContingent ID = "russian-peacekeeping-contingent"
	Brigade15              ID = "15th-brigade"
)
