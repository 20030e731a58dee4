// Command karabakh imports only the root package.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh"
)

func main() { fmt.Println(karabakh.MustParseDate("2020-11-10")) }
