package karabakh

import (
	"sync"

	"golang.org/x/text/language"
)

// matchLabel picks the label for a reader's languages with a
// language.Matcher over the languages the labels are in, taking the
// reader's languages in order. When none has a label it returns the
// English label, or else the first.
func (ns Names) matchLabel(prefs []language.Tag) (Name, bool) {
	// The index of the first label in each language, English first.
	var buf [maxCachedTags]int
	at := buf[:0]
	add := func(i int) {
		for _, j := range at {
			if ns.s[j].Lang == ns.s[i].Lang {
				return
			}
		}
		at = append(at, i)
	}
	for i, nm := range ns.s {
		if nm.Kind == KindLabel && nm.Lang == language.English {
			add(i)
			break
		}
	}
	for i, nm := range ns.s {
		if nm.Kind == KindLabel {
			add(i)
		}
	}
	if len(at) == 0 {
		return Name{}, false
	}
	// A label in exactly the first preferred language needs no matcher.
	if len(prefs) > 0 {
		for _, i := range at {
			if ns.s[i].Lang == prefs[0] {
				return ns.s[i], true
			}
		}
	}
	var k matcherKey
	for j, i := range at {
		if j < maxCachedTags {
			k.tags[j] = ns.s[i].Lang
		}
	}
	k.n = len(at)
	m := matcherFor(k, func() []language.Tag {
		tags := make([]language.Tag, len(at))
		for j, i := range at {
			tags[j] = ns.s[i].Lang
		}
		return tags
	})
	// Each preferred language in turn, accepting a match only in the same
	// language (en-GB for en, hy-AM for hy, nb for no). CLDR's matching
	// data, which the matcher follows, also offers Russian to readers of
	// Azerbaijani or Armenian with high confidence; which language to fall
	// back to is the reader's choice, not this dataset's, so it falls back
	// to English as documented.
	for _, p := range prefs {
		_, j, conf := m.Match(p)
		if conf == language.Exact || conf == language.High && sameBase(p, ns.s[at[j]].Lang) {
			return ns.s[at[j]], true
		}
	}
	// English, or else the first label.
	return ns.s[at[0]], true
}

func sameBase(a, b language.Tag) bool {
	x, _ := a.Base()
	y, _ := b.Base()
	return x == y
}

// maxCachedTags bounds the label languages of one record for which a
// matcher is cached; records have far fewer.
const maxCachedTags = 16

type matcherKey struct {
	tags [maxCachedTags]language.Tag
	n    int
}

var (
	matchersMu sync.RWMutex
	matchers   = map[matcherKey]language.Matcher{}
)

// matcherFor returns a matcher for the tags, cached by k because building
// one allocates and records share a few sets of languages.
func matcherFor(k matcherKey, tags func() []language.Tag) language.Matcher {
	if k.n > maxCachedTags {
		return language.NewMatcher(tags())
	}
	matchersMu.RLock()
	m, ok := matchers[k]
	matchersMu.RUnlock()
	if ok {
		return m
	}
	m = language.NewMatcher(tags())
	matchersMu.Lock()
	if len(matchers) < 4096 { // bound the cache against unusual callers
		matchers[k] = m
	}
	matchersMu.Unlock()
	return m
}
