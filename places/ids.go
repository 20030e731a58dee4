package places

// The places the statement and the core of the dataset name; the other
// data files declare the places only events or later documents name.
const (
	NagornoKarabakh  ID = "nagorno-karabakh"
	AghdamDistrict   ID = "aghdam-district"
	Aghdam           ID = "aghdam-city"
	KalbajarDistrict ID = "kalbajar-district"
	LachinDistrict   ID = "lachin-district"
	Lachin           ID = "lachin-town"
	LachinCorridor   ID = "lachin-corridor"
	GazakhDistrict   ID = "gazakh-district"
	Shusha           ID = "shusha"
	Stepanakert      ID = "stepanakert"
	Nakhchivan       ID = "nakhchivan"
	Syunik           ID = "syunik"
	TRIPPRoute       ID = "tripp-route"
	Yerevan          ID = "yerevan"
	Baku             ID = "baku"
	Moscow           ID = "moscow"
	Sochi            ID = "sochi"
	Goris            ID = "goris"
	Yevlakh          ID = "yevlakh"
	HakariBridge     ID = "hakari-bridge"
	Armenia          ID = "armenia"
	Azerbaijan       ID = "azerbaijan"
	Russia           ID = "russia"
)
