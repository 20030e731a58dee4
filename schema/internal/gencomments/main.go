// Command gencomments writes the Go file that holds the doc comments of the
// dataset's types, for the JSON Schema's descriptions. It is run by
// go generate in package schema:
//
//	gencomments -o comments_gen.go importpath=dir ...
package main

import (
	"flag"
	"log"
	"os"

	"github.com/caucasus-data/karabakh/schema/internal/gocomments"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gencomments: ")
	out := flag.String("o", "comments_gen.go", "the file to write")
	flag.Parse()
	src, err := gocomments.Source(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
