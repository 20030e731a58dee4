package src_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/caucasus-data/karabakh/internal/bundle"
	"github.com/caucasus-data/karabakh/internal/src"
	"golang.org/x/text/language"
)

// urlRE matches URLs as written in the sources files: in TSV columns,
// markdown text, lists and parentheses.
var urlRE = regexp.MustCompile("https?://[^\\s\"<>()|`']+")

// TestEverySourceURLHasPublisher checks that every URL cited in the sources
// files resolves to a publisher, so that data citing any of them validates.
func TestEverySourceURLHasPublisher(t *testing.T) {
	sourcesDir := bundle.Dir(t)
	var files []string
	for _, pat := range []string{"*.tsv", "*.md", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(sourcesDir, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no sources files in %s", sourcesDir)
	}
	missing := map[string]string{} // URL -> file
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range urlRE.FindAllString(string(b), -1) {
			n++
			if src.Publisher(u) == "" {
				missing[u] = filepath.Base(f)
			}
		}
	}
	if n == 0 {
		t.Fatal("found no URLs in the sources files")
	}
	urls := make([]string, 0, len(missing))
	for u := range missing {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		t.Errorf("%s: no publisher for %s", missing[u], u)
	}
}

func TestPublisher(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/", "Office of the Prime Minister of Armenia"},
		{"https://primeminister.am/en/", "Office of the Prime Minister of Armenia"},
		{"HTTPS://WWW.MFA.AM/en/", "Ministry of Foreign Affairs of Armenia"},
		// A trailing dot on the host, as in one president.az URL in the sources.
		{"https://president.az./en/articles/view/50070", "Office of the President of Azerbaijan"},
		// Subdomains fall back to the nearest listed parent.
		{"http://en.kremlin.ru/d/64877", "Office of the President of Russia (Kremlin)"},
		{"http://en.special.kremlin.ru/catalog/countries/AM/events/71207", "Office of the President of Russia (Kremlin)"},
		{"https://en.apa.az/foreign-policy/x", "APA (Azeri Press Agency)"},
		{"https://news.day.az/azerinews/1799030.html", "Day.Az"},
		// A listed subdomain wins over its parent.
		{"https://belgrade.mfa.gov.az/en/news/x", "Embassy of Azerbaijan in Serbia (Ministry of Foreign Affairs of Azerbaijan)"},
		{"https://mfa.gov.az/az/", "Ministry of Foreign Affairs of Azerbaijan"},
		{"https://pax.peaceagreements.org/agreements/2324", "PA-X Peace Agreements Database (University of Edinburgh)"},
		{"https://www.peaceagreements.org/view/2396/Statement", "PA-X Peace Agreements Database (University of Edinburgh)"},
		{"https://en.wikipedia.org/wiki/X", "Wikipedia"},
		{"https://en.wikipedia-on-ipfs.org/wiki/X", "Wikipedia (mirror on IPFS, wikipedia-on-ipfs.org)"},
		{"https://d280gayb62sbv.cloudfront.net/amp/33498194.html", "RFE/RL (via CloudFront mirror)"},
		{"https://tass.com/world/1362603", "TASS"},
		{"https://news.am/arm/news/1.html", "News.am"},
		{"https://www.azatutyun.am/a/31417973.html", "Radio Azatutyun (RFE/RL Armenian Service)"},
		// Unknown sites, including an unlisted CloudFront distribution, have none.
		{"https://example.com/x", ""},
		{"https://unknown.cloudfront.net/x", ""},
		{"https://am/", ""},
		// Malformed or host-less URLs have none.
		{"http://[::1", ""},
		{"://no-scheme", ""},
		{"", ""},
		{"not a url", ""},
		{"news.am/arm/news/1.html", ""},
	} {
		if got := src.Publisher(tc.url); got != tc.want {
			t.Errorf("Publisher(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

func TestQ(t *testing.T) {
	const u = "https://tass.com/world/1362603"
	s := src.Q(language.Russian, u, "цитата")
	if s.URL != u || s.Publisher != "TASS" || s.Quote != "цитата" || s.Lang != language.Russian || s.Point != 0 {
		t.Errorf("Q = %+v", s)
	}
	if s := src.Q(language.English, "https://example.com/", "x"); s.Publisher != "" {
		t.Errorf("Q for an unknown site: Publisher = %q, want empty", s.Publisher)
	}
}

func TestP(t *testing.T) {
	const u = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/"
	s := src.P(u, 9)
	if s.URL != u || s.Point != 9 || s.Publisher != "Office of the Prime Minister of Armenia" || s.Quote != "" {
		t.Errorf("P = %+v", s)
	}
}

func TestList(t *testing.T) {
	a := src.P("https://mfa.am/", 1)
	b := src.Q(language.Armenian, "https://news.am/", "q")
	l := src.List(a, b)
	if l.Len() != 2 || l.At(0) != a || l.At(1) != b {
		t.Errorf("List = %v", l.Slice())
	}
}
