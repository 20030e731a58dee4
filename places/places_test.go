package places

import (
	"testing"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

func TestPlaces(t *testing.T) {
	// Every place of the bundle's tsv, the Hakari bridge, and the
	// places the points name.
	for _, id := range []ID{NagornoKarabakh, AghdamDistrict, Aghdam, KalbajarDistrict,
		LachinDistrict, Lachin, LachinCorridor, GazakhDistrict, Shusha, Stepanakert,
		Nakhchivan, Syunik, TRIPPRoute, Yerevan, Baku, Moscow, Sochi,
		Goris, Yevlakh, Armenia, Azerbaijan, Russia, HakariBridge} {
		if !Exists(id) {
			t.Errorf("place %s missing", id)
		}
	}
	kal, _ := Get(KalbajarDistrict)
	usages := map[string]string{}
	for n := range kal.Names.All() {
		if n.Lang == language.Armenian {
			usages[n.Text] = n.Usage
		}
	}
	if usages["Քարվաճառ"] != "Armenian usage" || usages["Քելբաջարի շրջան"] == "" {
		t.Errorf("Kalbajar Armenian names = %v, want both with their usages", usages)
	}
	ag, _ := Get(Aghdam)
	if !ag.Names.ContainsFunc(func(n karabakh.Name) bool {
		return n.Text == "Akna" && n.Lang == language.MustParse("hy-Latn") && n.Kind == karabakh.KindLabel
	}) {
		t.Error("Aghdam: no hy-Latn label Akna")
	}
	agd, _ := Get(AghdamDistrict)
	if agd.Names.ContainsFunc(func(n karabakh.Name) bool { return n.Text == "Աղդամի շրջան" }) {
		t.Error("Aghdam district: the unverified Armenian form is listed (ERRATA)")
	}
	codes := map[ID]string{AghdamDistrict: "AZ-AGM", KalbajarDistrict: "AZ-KAL", LachinDistrict: "AZ-LAC",
		Stepanakert: "AZ-XA", Nakhchivan: "AZ-NX", Yevlakh: "AZ-YE", Baku: "AZ-BA"}
	for id, code := range codes {
		p, _ := Get(id)
		if !p.Identifiers.ContainsFunc(func(x karabakh.Identifier) bool { return x.Scheme == karabakh.SchemeISO3166_2 && x.Value == code }) {
			t.Errorf("%s: no ISO 3166-2 code %s", id, code)
		}
	}
}
