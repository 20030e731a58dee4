// Package factcheck records known misstatements about the statement of
// 10 November 2020 and its aftermath, as found in the text our users start
// from (a widely copied, machine-translated article), each with a verdict,
// the correct version and the sources that show it.
//
// It sits above timeline so that a correction can point to the events,
// points, actors and places it concerns.
package factcheck
