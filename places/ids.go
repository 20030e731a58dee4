package places

// The IDs of the places, grouped as the data files group the records.
// Contested places are named by their ID, which takes no side; their names
// in each side's usage are in the records.

// Nagorno-Karabakh and the districts around it (karabakh.go).
const (
	NagornoKarabakh ID = "nagorno-karabakh"
	Stepanakert     ID = "stepanakert"
	Shusha          ID = "shusha"
	AghdamDistrict  ID = "aghdam-district"
	Aghdam          ID = "aghdam-city"
	// Kiyamanddinli is the village in Aghdam district near which the joint
	// Russian-Turkish monitoring centre opened on 30 January 2021.
	Kiyamanddinli    ID = "kiyamanddinli"
	KalbajarDistrict ID = "kalbajar-district"
	// Dadivank is the monastery in the Kalbajar district that Armenian
	// usage calls Dadivank and Azerbaijani usage Khudavang.
	Dadivank       ID = "dadivank"
	LachinDistrict ID = "lachin-district"
	Lachin         ID = "lachin-town"
	LachinCorridor ID = "lachin-corridor"
	HakariBridge   ID = "hakari-bridge"
)

// Armenia (armenia.go).
const (
	Armenia     ID = "armenia"
	Yerevan     ID = "yerevan"
	Syunik      ID = "syunik"
	Goris       ID = "goris"
	TRIPPRoute  ID = "tripp-route"
	Gegharkunik ID = "gegharkunik"
	VayotsDzor  ID = "vayots-dzor"
	// The Armenian villages the Armenian Foreign Ministry paired with the
	// four villages of the Gazakh district returned in May 2024.
	Baghanis ID = "baghanis"
	Voskepar ID = "voskepar"
	Kirants  ID = "kirants"
)

// Azerbaijan outside Karabakh (azerbaijan.go).
const (
	Azerbaijan     ID = "azerbaijan"
	Baku           ID = "baku"
	Yevlakh        ID = "yevlakh"
	Nakhchivan     ID = "nakhchivan"
	GazakhDistrict ID = "gazakh-district"
	// The four villages of the Gazakh district returned in May 2024.
	BaganisAyrum   ID = "baganis-ayrum"
	AshagiAskipara ID = "ashagi-askipara"
	Kheyrimli      ID = "kheyrimli"
	GizilHajili    ID = "gizil-hajili"
)

// Elsewhere (elsewhere.go).
const (
	Russia ID = "russia"
	Moscow ID = "moscow"
	Sochi  ID = "sochi"
	// UlyanovskVostochny is the Russian airfield from which the
	// peacekeepers were flown out on 10 November 2020.
	UlyanovskVostochny ID = "ulyanovsk-vostochny-airfield"
	// WashingtonDC is where the documents of 8 August 2025 were signed and
	// initialled. Prague (6 October 2022) has no record: no stored quote
	// shows its name.
	WashingtonDC ID = "washington-dc"
)
