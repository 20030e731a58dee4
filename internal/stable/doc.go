// Package stable holds the tests that keep published IDs stable: an ID,
// once released, never disappears or changes meaning unless CHANGELOG.md
// says so for the dataset version that removed it.
package stable
