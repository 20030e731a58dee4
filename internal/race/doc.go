// Package race holds the test that every query is safe from many goroutines
// at once, from the very first use of the data. It is a package of its own so
// that no other test has built the lazily built tables before it runs.
package race
