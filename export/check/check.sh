#!/usr/bin/env bash
# Proves the table export with the tools people use on it, installing what
# is missing (Debian's sqlite3 and jq; DuckDB and ajv from npm with the
# committed lockfile). pandas takes about 100 s to install from Debian, which
# CI's time cannot spare: its snippet runs where pandas is present, or where
# KARABAKH_PANDAS=1 asks for it to be installed.
#
#   - sqlite3 opens the database: PRAGMA integrity_check says ok and
#     PRAGMA foreign_key_check finds nothing;
#   - the README's sqlite3, jq, pandas and DuckDB snippets, run as written
#     but with the command built from this checkout instead of @latest,
#     print what the Go API gives (export/testdata/readme/*.out);
#   - DuckDB reads every CSV (with the declared types), Parquet and NDJSON
#     file with the Go API's row counts, and every foreign key resolves;
#   - datapackage.json validates against the Data Package v2 profile (ajv).
#
# Run from anywhere: bash export/check/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Installs Debian package $2 unless command $1 runs.
need() {
	if ! "${@:3}" >/dev/null 2>&1; then
		echo "installing $2"
		[ -n "${apt_updated:-}" ] || { apt-get update -qq; apt_updated=1; }
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
	fi
}
need sqlite3 sqlite3 sqlite3 -version
need jq jq jq --version
pandas=0
if /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then
	pandas=1
elif [ "${KARABAKH_PANDAS:-0}" = 1 ]; then
	need pandas python3-pandas /usr/bin/python3 -c 'import pandas'
	pandas=1
fi

# The code block that follows "<!-- check: NAME -->" in README.md, with the
# command from this checkout in place of go run ...@latest.
snippet() {
	awk -v m="<!-- check: $1 -->" '
		$0 == m { found = 1; next }
		found && /^```/ { if (inblock) exit; inblock = 1; next }
		found && inblock { print }' README.md |
		sed "s#go run github.com/caucasus-data/karabakh/cmd/karabakh@latest#$tmp/karabakh#"
}

# Compares what a snippet printed with what the Go API gives.
same() {
	if ! diff -u "$root/export/testdata/readme/$1.out" "$2"; then
		echo "the README's $1 snippet prints something else than the Go API (- Go API, + $1)"
		exit 1
	fi
	echo "$1: the README's snippet prints what the Go API gives"
}

go build -o "$tmp/karabakh" ./cmd/karabakh
mkdir "$tmp/readme"

# sqlite3: the database is sound, and the README's queries.
snippet sqlite3 >"$tmp/sqlite3.sh"
(cd "$tmp/readme" && bash "$tmp/sqlite3.sh") >"$tmp/sqlite3.out"
same sqlite3 "$tmp/sqlite3.out"
db=$tmp/readme/karabakh-sqlite/karabakh.db
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check')
fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check')
if [ "$integrity" != ok ] || [ -n "$fk" ]; then
	echo "sqlite3: integrity_check says $integrity; foreign_key_check says: $fk"
	exit 1
fi
echo "sqlite3: integrity_check ok, foreign_key_check finds nothing ($(sqlite3 "$db" 'SELECT count(*) FROM sqlite_schema WHERE type = "table"') tables)"

# jq on NDJSON, and pandas on the committed CSV (the snippet reads
# export/csv/, so it runs from the repository's root).
snippet jq >"$tmp/jq.sh"
(cd "$tmp/readme" && bash "$tmp/jq.sh") >"$tmp/jq.out"
same jq "$tmp/jq.out"
if [ "$pandas" = 1 ]; then
	snippet pandas >"$tmp/readme_pandas.py"
	/usr/bin/python3 "$tmp/readme_pandas.py" >"$tmp/pandas.out"
	same pandas "$tmp/pandas.out"
else
	echo "pandas: not installed; its snippet is skipped (KARABAKH_PANDAS=1 installs it)"
fi

# DuckDB: the README's snippet makes the Parquet files; check.mjs runs its
# query, and reads every format.
snippet duckdb >"$tmp/duckdb.sh"
grep "^$tmp/karabakh " "$tmp/duckdb.sh" | (cd "$tmp/readme" && bash)
sed -n '/^duckdb -c "/,/"$/p' "$tmp/duckdb.sh" | sed -e 's/^duckdb -c "//' -e 's/"$//' >"$tmp/duckdb.sql"
"$tmp/karabakh" export -format ndjson -out "$tmp/ndjson"
cd export/check
npm ci --no-audit --no-fund --loglevel=error
(cd "$tmp/readme" && node "$root/export/check/check.mjs" "$root/export/csv" "$tmp/readme/karabakh-parquet" "$tmp/ndjson" "$tmp/duckdb.sql" "$root/export/testdata/readme/duckdb.out")
