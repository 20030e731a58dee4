package stable

import (
	"slices"

	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// Collections returns every collection of the shipped dataset, by name, each
// as a new slice of records.
func Collections() map[string]any {
	return map[string]any{
		"actors":       slices.Collect(actors.All()),
		"agreements":   slices.Collect(agreement.All()),
		"places":       slices.Collect(places.All()),
		"events":       slices.Collect(timeline.All()),
		"corrections":  slices.Collect(factcheck.All()),
		"observations": slices.Collect(implementation.Observations()),
		"changes":      slices.Collect(implementation.DeadlineChanges()),
		"fulfilments":  slices.Collect(implementation.Fulfilments()),
	}
}

// PublishedIDs returns every ID the dataset publishes, each prefixed with its
// kind ("actor ilham-aliyev", "point statement-2020-11-10#4"), sorted.
func PublishedIDs() []string {
	var ids []string
	add := func(kind, id string) { ids = append(ids, kind+" "+id) }
	for a := range actors.All() {
		add("actor", string(a.ID))
	}
	for a := range agreement.All() {
		add("agreement", string(a.ID))
		for p := range a.Points.All() {
			add("point", string(p.ID))
			for o := range p.Obligations.All() {
				add("obligation", string(o.ID))
			}
		}
	}
	for p := range places.All() {
		add("place", string(p.ID))
	}
	for e := range timeline.All() {
		add("event", string(e.ID))
	}
	for c := range factcheck.All() {
		add("correction", string(c.ID))
	}
	slices.Sort(ids)
	return ids
}
