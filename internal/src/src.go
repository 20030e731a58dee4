// Package src builds the karabakh.Source values the data files cite, so that
// a data file names a page by its URL and quote and the publisher is written
// once per site, here.
package src

import (
	"net/url"
	"strings"

	"github.com/caucasus-data/karabakh"
	"golang.org/x/text/language"
)

// Q returns a source for url supported by quote, which is in language lang.
func Q(lang language.Tag, rawURL, quote string) karabakh.Source {
	return karabakh.Source{URL: rawURL, Publisher: Publisher(rawURL), Quote: quote, Lang: lang}
}

// P returns a source for url that carries the text of point n of the
// 10 November 2020 statement.
func P(rawURL string, n int) karabakh.Source {
	return karabakh.Source{URL: rawURL, Publisher: Publisher(rawURL), Point: n}
}

// B returns s marked as background: a source that gives context for a
// record, such as the statement's text cited on a handover, without itself
// reporting it.
func B(s karabakh.Source) karabakh.Source {
	s.Background = true
	return s
}

// List is karabakh.ListOf for sources, to keep data files short.
func List(s ...karabakh.Source) karabakh.Sources { return karabakh.ListOf(s...) }

// Publisher returns the publisher of the site at rawURL, or "" if the site
// is not in the table; Validate reports a source without a publisher.
func Publisher(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	for {
		if p := publisher(host); p != "" {
			return p
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			return ""
		}
		host = host[i+1:]
	}
}
