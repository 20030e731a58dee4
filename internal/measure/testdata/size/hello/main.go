// Command hello is the baseline for binary sizes: it imports nothing of
// the dataset.
package main

import "fmt"

func main() { fmt.Println("hello") }
