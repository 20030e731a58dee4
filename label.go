package karabakh

import (
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// matchLabel picks the label for a reader's languages with a
// language.Matcher over the languages the labels are in. English, if there
// is an English label, is offered first, so that it is the matcher's
// answer when none of the reader's languages has a label; otherwise that
// answer is the first label.
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
		if nm.Kind == Label && nm.Lang == language.English {
			add(i)
			break
		}
	}
	for i, nm := range ns.s {
		if nm.Kind == Label {
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
	_, j, _ := matcherFor(k, func() []language.Tag {
		tags := make([]language.Tag, len(at))
		for j, i := range at {
			tags[j] = ns.s[i].Lang
		}
		return tags
	}).Match(slices.Clone(prefs)...) // a copy, so that prefs does not escape on the fast path
	return ns.s[at[j]], true
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
