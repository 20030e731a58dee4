//go:build race

package annotate

// raceEnabled is set when the race detector is on: the 10 MiB test then
// runs once without it, in the plain go test run, not again ten times
// slower.
const raceEnabled = true
