// Command actors-lookup finds actors by name with Lookup and Search.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/actors"
)

func main() {
	fmt.Println(actors.Lookup("ERDOĞAN"))
	fmt.Println(actors.Search("ErdoÄan"))
}
