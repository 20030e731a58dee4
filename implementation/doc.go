// Package implementation records what became of each point of the statement
// of 10 November 2020: a dated history of observations, each on the 0–3
// implementation scale of the Peace Accords Matrix (Kroc Institute) with the
// states that scale lacks (deadline extended, disputed, suspended, lapsed,
// overtaken by events), backed by timeline events and sources.
//
// It answers as-of questions: the state of a point on a date
// ([StateOn]), of every point ([StatesOn]), and whether a deadline was met
// and by how many days ([DeadlineOutcome]).
//
// It sits above timeline, whose events are its evidence.
package implementation
