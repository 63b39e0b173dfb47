// Which version of the extraction made a document's facts: a hash of the code
// that reads, segments, extracts and resolves (ingest/**/*.ts), of the model it
// makes ids and values with (cypher/model/*.ts) and of the data it uses
// (seeds/gazetteer, given names, merge decisions). Each loaded Document
// keeps it (property `extractor`), so after an upgrade the next run re-ingests
// documents whose files did not change but whose facts the new rules would
// give differently; a file's own sha256 alone kept the old facts for ever.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** A tree of files the extraction reads: those under `dir` ending in `ends`, named `prefix` + their relative path. */
export interface Tree {
  readonly dir: string;
  readonly ends: readonly string[];
  readonly prefix: string;
}

/** 16 hex digits of SHA-256 over the trees' and the files' names and bytes (names relative: any checkout agrees). */
export function versionOf(trees: readonly Tree[], files: readonly { path: string; name: string }[]): string {
  const hash = createHash('sha256');
  const add = (path: string, name: string) => {
    hash.update(`${name}\n`);
    hash.update(readFileSync(path));
  };
  for (const t of trees)
    for (const f of filesUnder(t.dir, t.ends)) add(f, `${t.prefix}${relative(t.dir, f)}`);
  for (const f of files) add(f.path, f.name);
  return hash.digest('hex').slice(0, 16);
}

let computed: string | undefined;

/** The version of this checkout's extraction: its code, model and data. */
export function extractorVersion(): string {
  computed ??= versionOf(
    [
      { dir: INGEST_DIR, ends: ['.ts'], prefix: '' },
      { dir: MODEL_DIR, ends: ['.ts'], prefix: 'model/' },
      { dir: DEFAULT_GAZETTEER_DIR, ends: ['.json'], prefix: 'gazetteer/' },
    ],
    [
      { path: DEFAULT_GIVEN_NAMES_FILE, name: 'given-names.json' },
      { path: DEFAULT_DECISIONS_FILE, name: 'decisions.json' },
    ],
  );
  return computed;
}
