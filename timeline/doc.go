// Package timeline holds dated events: what happened when, who took part,
// where, and which points of which agreements each event bears on.
//
// Dates keep the precision the sources give ([karabakh.Interval]); where the
// moment is known with its time zone, [Event.Moment] holds it too. Claims made
// by one side are recorded as that side's claims ([Event.ClaimedBy]).
//
// Events are returned in chronological order and by value; their collections
// are read-only [karabakh.List] values.
package timeline
