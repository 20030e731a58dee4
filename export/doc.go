// Package export lays the dataset out as tables, for the tools most people
// use on data: pandas, R, SQL, DuckDB, Datasette, spreadsheets and
// TimelineJS. It builds the tables once from the Go values of the data
// packages and writes them as CSV with a Frictionless Data Package
// descriptor (WriteCSV), as NDJSON (WriteNDJSON, EncodeNDJSON) and the
// timeline as TimelineJS 3 JSON (WriteTimelineJS, EncodeTimelineJS). Its
// subpackages write the same tables as an SQLite database (export/sqlite)
// and as Parquet files (export/parquet); they are packages of their own so
// that only their users link an SQL engine or a Parquet encoder. The
// command karabakh export writes every format.
//
// The CSV files and the TimelineJS file are committed in the repository
// under export/csv/ and export/timelinejs/; go generate ./... refreshes
// them, and a test fails when they drift from the code.
//
// # Tables
//
// There is one table per kind of record (actors, offices, places,
// agreements, points, texts, obligations, quantities, reported_values,
// events, observations, deadlines, deadline_changes, fulfilments, misses,
// corrections ...), one per many-to-many relation (event_actors,
// event_places, point_topics ...), and three that hold what records of
// many kinds have: names (every name form, with its language, script,
// kind and usage), identifiers, and sources (every source every record
// cites). A row of those three names its record by record_kind and
// record_id. Tables yields them all, with their columns, keys and
// descriptions, in an order where a table follows those it refers to.
//
// Every row has an id, or a primary key of several columns in a table
// of links. A record without an ID of its own (an office, a text, a
// name) has its parent's ID and its position: nikol-pashinyan/1. Those
// IDs follow the data and may change when it does; the IDs of actors,
// places, agreements, points, obligations, deadlines, events and
// corrections are the published ones and never change meaning.
//
// Every date is written as four columns, so that a date known only to the
// month can be filtered like any other: when, the EDTF text as stored
// (2020-11, 2020-09-27/2020-11-10, 2020-11-10/..); start and end, the
// first and last day it may cover in ISO 8601, empty where the span is
// open; and precision (year, month or day). The record's own date is
// when, start, end and precision; another date field keeps its name as a
// prefix: signed, signed_start, signed_end, signed_precision. A string
// comparison on start and end then selects by date: the events that
// overlap November 2020 are those with start <= "2020-11-30" and end >=
// "2020-11-01" (or empty).
//
// Named records (actors, places, agreements) have label_en, label_ru,
// label_hy and label_az columns: the label in exactly that language, as
// karabakh.Names.LabelIn gives it, and empty where there is none. The
// deadlines table gives each deadline's status (met, met-extended, late,
// missed, pending, overtaken, unrecorded) as of the dataset's date,
// karabakh.DatasetUpdated, not the day the export runs, so the same data
// always gives the same files.
//
// A column that is empty holds no value (null in SQL, NDJSON and
// Parquet): a field the JSON export leaves out. when, end and precision
// are SQL keywords; quote them in SQL ("when").
package export

//go:generate go test -run ^TestComments$ -update .
//go:generate go test -run ^TestGolden$ -update .
