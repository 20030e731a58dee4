package sqlite

import (
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/export"
)

// Datasette's metadata: the dataset's title, licence and source, and a
// title and description for each table, view and column.
type (
	dsMetadata struct {
		Title       string                `json:"title"`
		Description string                `json:"description"`
		License     string                `json:"license"`
		LicenseURL  string                `json:"license_url"`
		Source      string                `json:"source"`
		SourceURL   string                `json:"source_url"`
		Databases   map[string]dsDatabase `json:"databases"`
	}
	dsDatabase struct {
		Description string             `json:"description"`
		Tables      map[string]dsTable `json:"tables"`
	}
	dsTable struct {
		Title       string            `json:"title"`
		Description string            `json:"description"`
		Columns     map[string]string `json:"columns"`
	}
)

func metadata() dsMetadata {
	tables := map[string]dsTable{}
	for t := range export.Tables() {
		cols := map[string]string{}
		for c := range t.Columns.All() {
			cols[c.Name] = c.Description
		}
		tables[t.Name] = dsTable{Title: t.Title, Description: t.Description, Columns: cols}
	}
	for _, v := range views {
		tables[v.name] = dsTable{Title: v.title, Description: v.desc, Columns: pairs(v.columns)}
	}
	tables["search"] = dsTable{Title: "Full-text search", Description: searchDesc, Columns: pairs(searchColumns)}
	return dsMetadata{
		Title:       export.Title,
		Description: export.Description(),
		License:     export.TermsTitle,
		LicenseURL:  export.Terms,
		Source:      "karabakh dataset " + karabakh.DatasetVersion + ", revised " + karabakh.DatasetUpdated,
		SourceURL:   export.Homepage,
		Databases: map[string]dsDatabase{
			strings.TrimSuffix(Database, ".db"): {
				Description: "The tables of the karabakh dataset, with views for each point's current state (point_states), " +
					"deadline outcomes (deadline_outcomes) and events with their actors and places (event_details), " +
					"and a full-text index (search). Foreign keys are declared; set PRAGMA foreign_keys = ON to enforce them.",
				Tables: tables,
			},
		},
	}
}

func pairs(cols [][2]string) map[string]string {
	m := map[string]string{}
	for _, c := range cols {
		m[c[0]] = c[1]
	}
	return m
}
