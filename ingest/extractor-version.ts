// Which version of the extraction made a document's facts: a hash of the code
// that reads, segments, extracts and resolves (ingest/**/*.ts), of the model it
// makes ids and values with (cypher/model/*.ts) and of the data it uses
// (seeds/gazetteer, given names, merge decisions). Each loaded Document
// keeps it (property `extractor`), so after an upgrade the next run re-ingests
// documents whose files did not change but whose facts the new rules would
// give differently; a file's own sha256 alone kept the old facts for ever.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GAZETTEER_DIR } from './gazetteer/load.ts';
import { DEFAULT_DECISIONS_FILE } from './resolve/decisions.ts';
import { DEFAULT_GIVEN_NAMES_FILE } from './resolve/given-names.ts';

const INGEST_DIR = new URL('.', import.meta.url).pathname;
const MODEL_DIR = new URL('../cypher/model/', import.meta.url).pathname;

/** Files under `dir` ending in one of `ends`, sorted, recursively. */
function filesUnder(dir: string, ends: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(path, ends));
    else if (ends.some((x) => e.name.endsWith(x))) out.push(path);
  }
  return out.sort();
}

let computed: string | undefined;

/** 16 hex digits of SHA-256 over the extraction's code, model and data (paths relative, so any checkout agrees). */
export function extractorVersion(): string {
  if (computed) return computed;
  const hash = createHash('sha256');
  const add = (path: string, name: string) => {
    hash.update(`${name}\n`);
    hash.update(readFileSync(path));
  };
  for (const f of filesUnder(INGEST_DIR, ['.ts'])) add(f, f.slice(INGEST_DIR.length));
  for (const f of filesUnder(MODEL_DIR, ['.ts'])) add(f, `model/${f.slice(MODEL_DIR.length)}`);
  for (const f of filesUnder(DEFAULT_GAZETTEER_DIR, ['.json']))
    add(f, `gazetteer/${f.slice(DEFAULT_GAZETTEER_DIR.length)}`);
  add(DEFAULT_GIVEN_NAMES_FILE, 'given-names.json');
  add(DEFAULT_DECISIONS_FILE, 'decisions.json');
  computed = hash.digest('hex').slice(0, 16);
  return computed;
}
