// Package measure holds no code, only tests and benchmarks that measure the
// dataset as a whole: the heap it holds once used, the binary size each
// package adds to a program, and which packages pull in the heavy
// golang.org/x/text tables. See BENCHMARKS.md at the root of the module.
package measure
