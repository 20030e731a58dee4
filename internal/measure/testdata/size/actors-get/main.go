// Command actors-get looks an actor up by ID and prints its label.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/actors"
	"golang.org/x/text/language"
)

func main() {
	a, _ := actors.Get(actors.Putin)
	fmt.Println(a.Names.Label(language.Russian))
}
