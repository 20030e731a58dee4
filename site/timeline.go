package site

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh/timeline"
)

// The timeline: every event on one page, and a page for each year, each
// kind, and each year and kind that have events, so that a reader narrows
// it with plain links and no script.

type timelineView struct {
	Heading string
	Total   int
	Years   []filterLink
	Kinds   []filterLink
	Events  []timeline.Event
}

// A filterLink is one choice of a filter: its label, the page it leads to
// ("" when it would show nothing), how many events that page shows, and
// whether it is the page shown.
type filterLink struct {
	Label, Href string
	Count       int
	Current     bool
}

// year is the year an event is filed under: the year it began, or ended
// if its start is not known; 0 if neither is.
func year(e timeline.Event) int {
	if !e.When.Start.IsZero() {
		return e.When.Start.Year()
	}
	return e.When.End.Year()
}

func (b *builder) timelinePages() ([]page, error) {
	all := slices.Collect(timeline.All())
	count := map[[2]string]int{} // by {year, kind}, "" for any
	var years []int
	for _, e := range all {
		y := fmt.Sprint(year(e))
		for _, k := range [][2]string{{"", ""}, {y, ""}, {"", string(e.Kind)}, {y, string(e.Kind)}} {
			count[k]++
		}
		if n := year(e); n != 0 && !slices.Contains(years, n) {
			years = append(years, n)
		}
	}
	slices.Sort(years)
	var pages []page
	for _, y := range append([]int{0}, years...) {
		for _, k := range append([]timeline.Kind{""}, slices.Collect(timeline.Kinds())...) {
			key := [2]string{yearKey(y), string(k)}
			if count[key] == 0 {
				continue
			}
			v := timelineView{Heading: heading(y, k), Total: len(all)}
			for _, yy := range append([]int{0}, years...) {
				v.Years = append(v.Years, b.filter(yearLabel(yy), yy, k, y == yy, count[[2]string{yearKey(yy), string(k)}]))
			}
			for _, kk := range append([]timeline.Kind{""}, slices.Collect(timeline.Kinds())...) {
				label := strings.ReplaceAll(string(kk), "-", " ")
				if kk == "" {
					label = "every kind"
				}
				v.Kinds = append(v.Kinds, b.filter(label, y, kk, k == kk, count[[2]string{yearKey(y), string(kk)}]))
			}
			for _, e := range all {
				if (y == 0 || year(e) == y) && (k == "" || e.Kind == k) {
					v.Events = append(v.Events, e)
				}
			}
			pages = append(pages, b.newPage(timelinePageOf(y, k), v.Heading, timelinePage, "timeline", v))
		}
	}
	return pages, nil
}

func (b *builder) filter(label string, y int, k timeline.Kind, current bool, n int) filterLink {
	f := filterLink{Label: label, Count: n, Current: current}
	if n > 0 {
		f.Href = timelinePageOf(y, k)
	}
	return f
}

func yearKey(y int) string {
	if y == 0 {
		return ""
	}
	return fmt.Sprint(y)
}

func yearLabel(y int) string {
	if y == 0 {
		return "every year"
	}
	return fmt.Sprint(y)
}

// heading is the title of a timeline page.
func heading(y int, k timeline.Kind) string {
	h := "Timeline"
	if k != "" {
		h += ": " + strings.ReplaceAll(string(k), "-", " ")
	}
	if y != 0 {
		h += fmt.Sprintf(", %d", y)
	}
	return h
}
