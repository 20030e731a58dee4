package implementation

import (
	"iter"
	"slices"
	"strconv"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/timeline"
)

// A Level is a point's implementation on the Peace Accords Matrix scale.
type Level int

// The levels of the PAM scale.
const (
	NotInitiated Level = 0 // no step taken
	Minimal      Level = 1 // first steps only
	Intermediate Level = 2 // well under way, not complete
	Full         Level = 3 // carried out in full
)

// Valid reports whether l is on the 0–3 scale.
func (l Level) Valid() bool { return l >= NotInitiated && l <= Full }

func (l Level) String() string {
	switch l {
	case NotInitiated:
		return "not initiated"
	case Minimal:
		return "minimal"
	case Intermediate:
		return "intermediate"
	case Full:
		return "full"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// A State is what the PAM scale cannot say about a point: that its deadline
// moved, that the parties dispute it, or that events ended it.
type State string

// The states beyond the scale. The empty State means none applies.
const (
	DeadlineExtended State = "deadline-extended" // the parties agreed a later deadline
	Disputed         State = "disputed"          // the parties disagree whether or how it applies
	Suspended        State = "suspended"         // carried out once, then stopped for a time
	Lapsed           State = "lapsed"            // ended without being carried out
	Overtaken        State = "overtaken"         // later events made it moot
)

var states = [...]State{DeadlineExtended, Disputed, Suspended, Lapsed, Overtaken}

// States lists every State.
func States() iter.Seq[State] { return slices.Values(states[:]) }

// Valid reports whether s is a known State or empty.
func (s State) Valid() bool { return s == "" || slices.Contains(states[:], s) }

// An Observation is the state of one point from a date on, until the next
// observation of the same point.
type Observation struct {
	Point agreement.PointID `json:"point"`
	// Date from which the observation holds.
	Date karabakh.Date `json:"date"`
	// Level is how far the point had been carried out by Date, in our
	// reading of the evidence. Once a point is suspended, lapsed or
	// overtaken it keeps the level it had reached, and State says what
	// became of it.
	Level Level `json:"level"`
	State State `json:"state,omitempty"`
	// Summary is our English account of the point's state at Date.
	Summary string `json:"summary"`
	// Evidence are the timeline events that show the state: first the
	// event that brought it about, then any others in chronological order.
	Evidence karabakh.List[timeline.ID] `json:"evidence"`
	// Note says how a figure in Summary that no quote gives was derived,
	// and what else a reader should know.
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// A DeadlineChange records that a deadline set by an obligation moved.
type DeadlineChange struct {
	Obligation agreement.ObligationID `json:"obligation"`
	From       karabakh.Date          `json:"from"`
	To         karabakh.Date          `json:"to"`
	// Event is the timeline event in which the change was agreed.
	Event   timeline.ID      `json:"event"`
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// A Fulfilment records when an obligation was carried out.
type Fulfilment struct {
	Obligation agreement.ObligationID `json:"obligation"`
	Date       karabakh.Date          `json:"date"`
	Event      timeline.ID            `json:"event"`
	Note       string                 `json:"note,omitempty"`
	Sources    karabakh.Sources       `json:"sources"`
}

// A Miss records that a deadline passed without what it asked being done,
// as a source shows: the working group's list and timetable, due on
// 1 March 2021. A deadline with neither a fulfilment nor a miss recorded
// is [StatusUnrecorded] once it has passed.
type Miss struct {
	Deadline agreement.DeadlineID `json:"deadline"`
	// Date is the day by which the source shows it had not been done.
	Date    karabakh.Date    `json:"date"`
	Event   timeline.ID      `json:"event"`
	Note    string           `json:"note,omitempty"`
	Sources karabakh.Sources `json:"sources"`
}

// LatestEvidence returns the most recent of o's evidence events (the one
// that starts last; the first listed among equals).
func (o Observation) LatestEvidence() (timeline.Event, bool) {
	var latest timeline.Event
	found := false
	for id := range o.Evidence.All() {
		if e, ok := timeline.Get(id); ok && (!found || e.When.Start.Compare(latest.When.Start) > 0) {
			latest, found = e, true
		}
	}
	return latest, found
}
