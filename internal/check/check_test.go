package check

import (
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

func TestValidID(t *testing.T) {
	for _, id := range []string{"ilham-aliyev", "15th-brigade", "a", "statement-2020-11-10"} {
		if !ValidID(id) {
			t.Errorf("ValidID(%q) = false", id)
		}
	}
	for _, id := range []string{"", "-a", "a-", "a--b", "Aliyev", "a_b", "a b", "ə", strings.Repeat("a", 101)} {
		if ValidID(id) {
			t.Errorf("ValidID(%q) = true", id)
		}
	}
}

func TestMojibake(t *testing.T) {
	for _, s := range []string{"ErdoÄŸan", "SÃ£o", "Ã©tÃ©", "â€œquotedâ€\u009d", "Ð\u00a0оссия"} {
		if Mojibake(s) == "" {
			t.Errorf("Mojibake(%q) found nothing", s)
		}
	}
	for _, s := range []string{"Erdoğan", "Xankəndi", "Ստեփանակերտ", "Россия", "Ölkə", "Çin", "Ägypten", "Å land", "Ñandú", "l'Organisation pour la sécurité"} {
		if m := Mojibake(s); m != "" {
			t.Errorf("Mojibake(%q) = %q, want none", s, m)
		}
	}
}

func TestTextRules(t *testing.T) {
	var c Checker
	c.Text("r", "nfd", "Erdog\u0306an") // g + combining breve: not NFC
	c.Text("r", "ctl", "a\x00b")
	c.Text("r", "utf8", "a\xffb")
	c.Text("r", "ok", "Erdoğan")
	err := c.Err()
	if err == nil {
		t.Fatal("no problems found")
	}
	ps := err.(*karabakh.ValidationError).Problems
	fields := map[string]bool{}
	for _, p := range ps {
		fields[p.Field] = true
	}
	for _, f := range []string{"nfd", "ctl", "utf8"} {
		if !fields[f] {
			t.Errorf("no problem reported for %s: %v", f, ps)
		}
	}
	if fields["ok"] {
		t.Errorf("a valid text was reported: %v", ps)
	}
}

// TestTextRejectsInvisible checks that every text field, names of any
// kind and URLs included, rejects each default-ignorable character, and
// that the message stays short however long the text.
func TestTextRejectsInvisible(t *testing.T) {
	long := strings.Repeat("Ağdam ", 10000)
	for _, inv := range []string{"\u00ad", "\u200b", "\u200d", "\u200f", "\u202e", "\u2066", "\ufeff", "\ufe0f", "\U000e0041"} {
		var c Checker
		c.Text("r", "text", "Ali"+inv+"yev")
		c.Required("r", "required", long+inv)
		c.Names("r", "Names", karabakh.NamesOf(
			karabakh.Name{Text: "Aliyev", Lang: language.English, Kind: karabakh.KindLabel},
			karabakh.Name{Text: "Ali" + inv + "yev", Lang: language.English, Kind: karabakh.KindGarbled},
		))
		c.Source("r", "src", karabakh.Source{URL: "https://example.org/" + inv, Publisher: "X" + inv, Point: 1})
		got := map[string]string{}
		for _, p := range c.problems {
			got[p.Field] = p.Message
			if len(p.Message) > 200 {
				t.Errorf("%+q: message of %d bytes: %.80s…", inv, len(p.Message), p.Message)
			}
		}
		for _, f := range []string{"text", "required", "Names[1].Text", "src.URL", "src.Publisher"} {
			if !strings.Contains(got[f], "invisible character") {
				t.Errorf("%+q at %s: got %q, want an invisible character reported", inv, f, got[f])
			}
		}
		if len(got) != 5 {
			t.Errorf("%+q: problems at %v, want only the five fields", inv, got)
		}
	}
}

func TestSourcesRules(t *testing.T) {
	var c Checker
	c.Sources("r", "none", karabakh.Sources{})
	c.Sources("r", "bad", karabakh.ListOf(karabakh.Source{URL: "ftp://x", Quote: "q"}))
	c.Sources("r", "noquote", karabakh.ListOf(karabakh.Source{URL: "https://x.org/", Publisher: "X"}))
	c.Sources("r", "good", karabakh.ListOf(karabakh.Source{URL: "https://x.org/", Publisher: "X", Point: 3}))
	got := map[string]bool{}
	for _, p := range c.Err().(*karabakh.ValidationError).Problems {
		got[p.Field] = true
	}
	for _, f := range []string{"none", "bad[0].URL", "bad[0].Publisher", "noquote[0]"} {
		if !got[f] {
			t.Errorf("no problem at %s: %v", f, got)
		}
	}
	for f := range got {
		if strings.HasPrefix(f, "good") {
			t.Errorf("a complete source was reported at %s", f)
		}
	}
}

func TestNamesRules(t *testing.T) {
	var c Checker
	c.Names("r", "Names", karabakh.NamesOf(
		karabakh.Name{Text: "ErdoÄan", Lang: language.English, Kind: karabakh.KindGarbled},
		karabakh.Name{Text: "Erdogan", Kind: karabakh.KindAlias},
	))
	problems := c.Err().(*karabakh.ValidationError).Problems
	want := map[string]bool{"Names": true, "Names[1].Lang": true}
	if len(problems) != len(want) {
		t.Fatalf("problems = %v, want one each at %v", problems, want)
	}
	for _, p := range problems {
		if !want[p.Field] {
			t.Errorf("unexpected problem %v", p)
		}
	}
}
