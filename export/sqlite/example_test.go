package sqlite_test

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/export/sqlite"
)

// Writing the database and asking it which deadline was met only on an
// extended date.
func ExampleFiles() {
	dir, _ := os.MkdirTemp("", "karabakh-sqlite")
	defer os.RemoveAll(dir)
	if err := export.Write(dir, sqlite.Files()); err != nil {
		fmt.Println(err)
		return
	}
	db, _ := sql.Open("sqlite", filepath.Join(dir, sqlite.Database))
	defer db.Close()
	var id, final string
	db.QueryRow(`SELECT deadline_id, final FROM deadline_outcomes WHERE status = 'met-extended'`).Scan(&id, &final)
	fmt.Println(id, final)
	// Output:
	// statement-2020-11-10-return-kalbajar 2020-11-25
}
