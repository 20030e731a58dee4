// Package actors holds the people, states, organisations, military units and
// de-facto authorities named in the statement of 10 November 2020 and in what
// followed it: their names in every language the sources give, the offices
// they held and when, and the sources for each.
//
// Every actor has an exported [ID] constant, so a misspelt reference fails to
// compile:
//
//	a, _ := actors.Get(actors.Pashinyan)
//	fmt.Println(a.Names.Label(language.Armenian)) // Նիկոլ Փաշինյան
//
// Records are returned by value and hold their collections as read-only
// [karabakh.List] values: a caller may keep and change what it receives
// without touching the shared data. The data is built on first use, not at
// import.
package actors
