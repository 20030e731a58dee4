// Validates the karabakh JSON export with ajv (draft 2020-12, formats
// asserted by ajv-formats): a consumer not written in Go. It checks that
//
//   - every data file X.json in schema/json validates against X.schema.json
//     beside it, and every record of each collection against its model's
//     schema (actors.json against actor.schema.json, observations.json
//     against observation.schema.json ...);
//   - every broken record in schema/testdata/broken is rejected, with every
//     error at the place its manifest names: the same place the Go
//     validator finds.
//
// Usage: node validate.mjs [JSON_DIR [BROKEN_DIR]]
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const jsonDir = process.argv[2] ?? join(here, "..", "json");
const brokenDir = process.argv[3] ?? join(here, "..", "testdata", "broken");
const base = "https://github.com/caucasus-data/karabakh/schema/";

const read = (dir, name) => JSON.parse(readFileSync(join(dir, name), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

const files = readdirSync(jsonDir).sort();
for (const f of files.filter((f) => f.endsWith(".schema.json"))) {
  const s = read(jsonDir, f);
  if (s.$id !== base + f) {
    throw new Error(`${f}: $id is ${s.$id}, want ${base + f}`);
  }
  ajv.addSchema(s);
}
const schema = (name) => {
  const v = ajv.getSchema(base + name);
  if (!v) throw new Error(`no schema ${name}`);
  return v;
};

let failures = 0;
const fail = (msg) => {
  failures++;
  console.error("FAIL " + msg);
};
const show = (errors) =>
  errors.map((e) => `\n\t${e.instancePath || "(record)"} ${e.message}`).join("");

const models = {
  actors: "actor",
  agreements: "agreement",
  places: "place",
  events: "event",
  observations: "observation",
  "deadline-changes": "deadline-change",
  fulfilments: "fulfilment",
  misses: "miss",
  corrections: "correction",
};
let docs = 0;
for (const f of files.filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))) {
  const stem = f.slice(0, -".json".length);
  const data = read(jsonDir, f);
  const v = schema(stem + ".schema.json");
  if (!v(data)) fail(`${f} does not validate against ${stem}.schema.json:${show(v.errors)}`);
  docs++;
  if (models[stem]) {
    const m = schema(models[stem] + ".schema.json");
    data.forEach((rec, i) => {
      if (!m(rec)) fail(`${f}[${i}] does not validate against ${models[stem]}.schema.json:${show(m.errors)}`);
    });
  }
}
// Every data file the dataset is split into, so that a file the generator
// stops writing, or one left out of models, is noticed.
const want = ["dataset", ...Object.keys(models)];
for (const stem of want) {
  if (!files.includes(stem + ".json")) fail(`${stem}.json is missing from ${jsonDir}`);
}
if (docs !== want.length) fail(`validated ${docs} data files, want ${want.length}`);

const manifest = read(brokenDir, "manifest.json");
for (const c of manifest) {
  const v = schema(c.schema);
  if (v(read(brokenDir, c.file))) {
    fail(`${c.file} validates against ${c.schema}; want it rejected (${c.why})`);
    continue;
  }
  const elsewhere = v.errors.filter((e) => e.instancePath !== c.at);
  if (elsewhere.length > 0) {
    fail(`${c.file}: errors not at ${JSON.stringify(c.at)}:${show(elsewhere)}`);
  }
}

if (failures > 0) {
  console.error(`ajv: ${failures} failure(s)`);
  process.exit(1);
}
console.log(`ajv: ${docs} documents valid against ${files.filter((f) => f.endsWith(".schema.json")).length} schemas; ${manifest.length} broken records rejected at the expected place`);
