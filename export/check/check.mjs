// Checks the table export as users of DuckDB and of the Data Package
// standard would: datapackage.json against the Data Package v2 profile
// with ajv; every CSV file read by DuckDB with the types the descriptor
// declares, every Parquet and NDJSON file, each with the row count the Go
// API gives and the same values; every primary key unique and every
// foreign key resolving; and the README's DuckDB snippet printing what the
// Go API gives. Run by check.sh, which makes the files.
//
// node check.mjs CSV_DIR PARQUET_DIR NDJSON_DIR [README_SQL EXPECTED_OUT]
import { DuckDBInstance } from "@duckdb/node-api";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [csvDir, parquetDir, ndjsonDir, readmeSQL, readmeOut] = process.argv.slice(2);
const here = new URL(".", import.meta.url).pathname;
const readJSON = (p) => JSON.parse(readFileSync(p, "utf8"));
let failures = 0;
const fail = (msg) => {
  console.error("FAIL " + msg);
  failures++;
};

// 1. The descriptor against the profile, and a spoiled descriptor, which
// the profile must reject, so that the check is known to bite.
const profile = readJSON(join(here, "../testdata/profiles/datapackage-2.0.json"));
// The profile uses annotation keywords of its own (propertyOrder,
// context, options) and the format "textarea": not strict.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
ajv.addFormat("textarea", true);
const validate = ajv.compile(profile);
const dp = readJSON(join(csvDir, "datapackage.json"));
if (!validate(dp)) {
  fail("datapackage.json does not validate against the Data Package v2 profile: " + ajv.errorsText(validate.errors));
}
const spoiled = structuredClone(dp);
spoiled.resources[0].path = "../outside.csv";
spoiled.resources[1].schema.fields[0].type = 7;
if (validate(spoiled)) fail("the profile accepts a resource path outside the package and a field type that is a number");
console.log(`ajv: datapackage.json (${dp.resources.length} resources) validates against the Data Package v2 profile`);

// 2. DuckDB reads every format.
const expected = readJSON(join(here, "../testdata/counts.json"));
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowsJson();
const one = async (sql) => (await rows(sql))[0][0];
const quote = (name) => '"' + name.replaceAll('"', '""') + '"';
const literal = (s) => "'" + s.replaceAll("'", "''") + "'";
const duckType = { string: "VARCHAR", integer: "BIGINT", boolean: "BOOLEAN", date: "DATE", datetime: "TIMESTAMP WITH TIME ZONE", number: "DOUBLE" };

for (const r of dp.resources) {
  const fields = r.schema.fields;
  const columns = "{" + fields.map((f) => `${literal(f.name)}: ${literal(duckType[f.type])}`).join(", ") + "}";
  const csv = `read_csv(${literal(join(csvDir, r.path))}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = ${columns})`;
  const parquet = `read_parquet(${literal(join(parquetDir, r.name + ".parquet"))})`;
  const ndjson = `read_json(${literal(join(ndjsonDir, r.name + ".ndjson"))}, format = 'newline_delimited', columns = ${columns})`;
  await con.run(`CREATE TABLE ${quote(r.name)} AS SELECT * FROM ${csv}`);
  const want = expected[r.name];
  for (const [what, src] of [["csv", quote(r.name)], ["parquet", parquet], ["ndjson", ndjson]]) {
    const n = Number(await one(`SELECT count(*) FROM ${src}`));
    if (n !== want) fail(`${r.name} ${what}: ${n} rows, the Go API gives ${want}`);
  }
  // The same values in all three: no row of one is missing from another.
  for (const [what, src] of [["parquet", parquet], ["ndjson", ndjson]]) {
    const diff = Number(await one(`SELECT count(*) FROM ((SELECT * FROM ${quote(r.name)} EXCEPT ALL SELECT * FROM ${src}) UNION ALL (SELECT * FROM ${src} EXCEPT ALL SELECT * FROM ${quote(r.name)}))`));
    if (diff !== 0) fail(`${r.name}: ${diff} rows differ between the CSV and the ${what}`);
  }
  // Parquet's own column types are those the descriptor declares.
  const types = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${parquet})`);
  types.forEach(([name, type], i) => {
    if (name !== fields[i].name || type !== duckType[fields[i].type]) {
      fail(`${r.name}.parquet column ${i} is ${name} ${type}, want ${fields[i].name} ${duckType[fields[i].type]}`);
    }
  });
  for (const f of fields.filter((f) => f.constraints?.required)) {
    const nulls = Number(await one(`SELECT count(*) FROM ${quote(r.name)} WHERE ${quote(f.name)} IS NULL`));
    if (nulls) fail(`${r.name}.${f.name} is required but ${nulls} rows leave it empty`);
  }
}

// 3. Keys: every primary key unique, every foreign key resolving.
let fks = 0;
for (const r of dp.resources) {
  const pk = r.schema.primaryKey.map(quote).join(", ");
  const dups = Number(await one(`SELECT count(*) - count(DISTINCT (${pk})) FROM ${quote(r.name)}`));
  if (dups) fail(`${r.name}: ${dups} rows repeat a primary key`);
  for (const fk of r.schema.foreignKeys ?? []) {
    fks++;
    const notNull = fk.fields.map((f) => `c.${quote(f)} IS NOT NULL`).join(" AND ");
    const match = fk.fields.map((f, i) => `p.${quote(fk.reference.fields[i])} = c.${quote(f)}`).join(" AND ");
    const dangling = Number(await one(`SELECT count(*) FROM ${quote(r.name)} AS c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${quote(fk.reference.resource)} AS p WHERE ${match})`));
    if (dangling) fail(`${r.name} (${fk.fields}) → ${fk.reference.resource}: ${dangling} values name no row`);
  }
}
console.log(`duckdb: ${dp.resources.length} tables read from CSV, Parquet and NDJSON with the Go API's row counts and the same values; ${fks} foreign keys resolve`);

// 4. The README's DuckDB snippet, run where it writes its files.
if (readmeSQL) {
  const got = (await rows(readFileSync(readmeSQL, "utf8"))).map((r) => r.join("|")).join("\n") + "\n";
  const want = readFileSync(readmeOut, "utf8");
  if (got !== want) fail(`the README's DuckDB query prints\n${got}the Go API gives\n${want}`);
  else console.log("duckdb: the README's query prints what the Go API gives");
}

if (failures) {
  console.error(`${failures} checks failed`);
  process.exit(1);
}
