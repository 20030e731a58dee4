// Package factcheck records known misstatements about the statement of
// 10 November 2020 and its aftermath, each with a verdict, the correct
// version and the sources that show it: first those of the text our users
// start from (a widely copied, machine-translated article), then those
// that other published pages made, in English, Russian, Azerbaijani and
// Armenian, each with the page and passage where it was seen.
//
// Every correction carries Cues, what a text matcher needs to recognise
// the same claim in another text: the words that mark it in each language,
// the figures it states and the record field it contradicts.
//
// It sits above timeline so that a correction can point to the events,
// points, actors and places it concerns.
package factcheck
