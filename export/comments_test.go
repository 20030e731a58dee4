package export

import (
	"flag"
	"reflect"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/internal/gocomments"
	"github.com/caucasus-data/karabakh/internal/golden"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

var update = flag.Bool("update", false, "rewrite comments_gen.go and the committed files under csv/, timelinejs/ and testdata/")

// described are the types whose doc comments describe tables and columns.
var described = []any{
	karabakh.Name{}, karabakh.NameKind(""), karabakh.Identifier{}, karabakh.Scheme(""), karabakh.Source{},
	actors.Actor{}, actors.ID(""), actors.Kind(""), actors.Office{},
	places.Place{}, places.ID(""), places.Kind(""), places.Coordinates{},
	agreement.Agreement{}, agreement.ID(""), agreement.DateUsage{}, agreement.Party{}, agreement.Role(""),
	agreement.Relation{}, agreement.RelationKind(""), agreement.Point{}, agreement.PointID(""), agreement.Topic(""),
	agreement.Text{}, agreement.Coverage(""), agreement.Obligation{}, agreement.ObligationID(""), agreement.Period{},
	agreement.Unit(""), agreement.Quantity{}, agreement.ReportedValue{}, agreement.Deadline{}, agreement.DeadlineID(""),
	agreement.DueBasis(""),
	timeline.Event{}, timeline.ID(""), timeline.Kind(""), timeline.Participant{}, timeline.Role(""),
	implementation.Outcome{}, implementation.Status(""), implementation.Observation{}, implementation.Level(0),
	implementation.State(""), implementation.DeadlineChange{}, implementation.Fulfilment{}, implementation.Miss{},
	factcheck.Correction{}, factcheck.ID(""), factcheck.Verdict(""), factcheck.Cues{}, factcheck.Term{},
}

// TestComments fails when comments_gen.go differs from the doc comments of
// the types in described. With -update it rewrites the file; go generate
// runs it before TestGolden, which builds the descriptions from it.
func TestComments(t *testing.T) {
	var types []reflect.Type
	for _, v := range described {
		types = append(types, reflect.TypeOf(v))
	}
	src, err := gocomments.ForTypes("export", types)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, map[string][]byte{"comments_gen.go": src}, nil, *update)
}

// TestEveryColumnDescribed checks that every table and column says what it
// holds: a type missing from described, or a field without a doc comment
// and without a description of its own, leaves one empty.
func TestEveryColumnDescribed(t *testing.T) {
	for tb := range Tables() {
		if tb.Title == "" || tb.Description == "" || strings.HasSuffix(tb.Description, " ") {
			t.Errorf("table %s: title %q, description %q", tb.Name, tb.Title, tb.Description)
		}
		for c := range tb.Columns.All() {
			if c.Description == "" || strings.HasPrefix(c.Description, " ") {
				t.Errorf("%s.%s has no description", tb.Name, c.Name)
			}
		}
	}
}
