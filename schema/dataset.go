package schema

import (
	"slices"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// A Dataset is the whole dataset as one JSON document: every record of every
// collection, in the order the packages list them.
type Dataset struct {
	// Version is the version of the data, in semantic versioning.
	Version string `json:"version" jsonschema:"pattern=^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"`
	// Updated is the date on which the data was last revised.
	Updated karabakh.Date `json:"updated"`
	// Actors are the people, states, organisations, units and de-facto
	// authorities.
	Actors []actors.Actor `json:"actors"`
	// Agreements are the statement of 10 November 2020 and the documents
	// that followed it, in order of signature.
	Agreements []agreement.Agreement `json:"agreements"`
	// Places are the places the documents and events name.
	Places []places.Place `json:"places"`
	// Events are the dated events, in chronological order.
	Events []timeline.Event `json:"events"`
	// Observations are the state of each point of an agreement from a date
	// on, by point and then date.
	Observations []implementation.Observation `json:"observations"`
	// DeadlineChanges are the changes to the deadlines the obligations
	// set, in the order they were made.
	DeadlineChanges []implementation.DeadlineChange `json:"deadlineChanges"`
	// Fulfilments record when obligations were carried out, in date order.
	Fulfilments []implementation.Fulfilment `json:"fulfilments"`
	// Misses record deadlines that passed unmet, as sources show, in date
	// order.
	Misses []implementation.Miss `json:"misses"`
	// Corrections are known misstatements about the statement, each
	// checked against the sources.
	Corrections []factcheck.Correction `json:"corrections"`
}

// Export returns the dataset shipped with this module. Every collection is
// a new, non-nil slice the caller owns.
func Export() Dataset {
	return Dataset{
		Version:         karabakh.DatasetVersion,
		Updated:         karabakh.MustParseDate(karabakh.DatasetUpdated),
		Actors:          collect(actors.All()),
		Agreements:      collect(agreement.All()),
		Places:          collect(places.All()),
		Events:          collect(timeline.All()),
		Observations:    collect(implementation.Observations()),
		DeadlineChanges: collect(implementation.DeadlineChanges()),
		Fulfilments:     collect(implementation.Fulfilments()),
		Misses:          collect(implementation.Misses()),
		Corrections:     collect(factcheck.All()),
	}
}

func collect[T any](seq func(func(T) bool)) []T {
	s := slices.Collect(seq)
	if s == nil {
		s = []T{}
	}
	return s
}
