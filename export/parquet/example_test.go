package parquet_test

import (
	"bytes"
	"fmt"

	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/export/parquet"
	pq "github.com/parquet-go/parquet-go"
)

// One table as one Parquet file, its dates typed as DATE.
func ExampleEncode() {
	events, _ := export.Get("events")
	var b bytes.Buffer
	if err := parquet.Encode(&b, events); err != nil {
		fmt.Println(err)
		return
	}
	f, _ := pq.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
	start, _ := f.Schema().Lookup("start")
	fmt.Println(f.NumRows() == int64(events.Len()), start.Node.Type().LogicalType())
	// Output:
	// true DATE
}
