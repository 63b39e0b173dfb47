// Short forms of given names (seeds/given-names.json): "Vint Cerf" and "Vinton G. Cerf" are one
// person. Data, not code: the table is general knowledge a reviewer can extend.

import { existsSync, readFileSync } from 'node:fs';
import { fold } from '../gazetteer/tokens.ts';
import { parseJson } from './parse-json.ts';

export interface GivenNames {
  /** Folded short form → the folded full names it shortens ("chris" → christopher, christine, …). */
  readonly fullOf: ReadonlyMap<string, readonly string[]>;
  /** Folded full names of the table. */
  readonly full: ReadonlySet<string>;
}

export const DEFAULT_GIVEN_NAMES_FILE = new URL('../../seeds/given-names.json', import.meta.url).pathname;

const key = (name: string): string => fold(name).trim();

export function parseGivenNames(json: string, where: string): GivenNames {
  const data = parseJson(json, where);
  const entries = (data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) throw new Error(`${where}: expected { "entries": [...] }`);
  const fullOf = new Map<string, string[]>();
  const full = new Set<string>();
  entries.forEach((e, i) => {
    const { name, short } = e as { name?: unknown; short?: unknown };
    if (typeof name !== 'string' || !name.trim()) throw new Error(`${where}: entries[${i}] has no "name"`);
    if (!Array.isArray(short) || short.length === 0 || !short.every((s) => typeof s === 'string' && s.trim()))
      throw new Error(`${where}: entries[${i}] (${name}): "short" must list at least one short form`);
    const n = key(name);
    full.add(n);
    for (const s of short as string[]) {
      const list = fullOf.get(key(s)) ?? [];
      if (!list.includes(n)) list.push(n);
      fullOf.set(key(s), list);
    }
  });
  return { fullOf, full };
}

export function loadGivenNames(file: string = DEFAULT_GIVEN_NAMES_FILE): GivenNames {
  if (!existsSync(file)) return { fullOf: new Map(), full: new Set() };
  return parseGivenNames(readFileSync(file, 'utf8'), file);
}

let defaultTable: GivenNames | undefined;

/** The repository's table, read once. */
export function givenNames(): GivenNames {
  defaultTable ??= loadGivenNames();
  return defaultTable;
}

/** True when `short` is a listed short form of the full given name `full` (both folded words). */
export function isShortFormOf(table: GivenNames, short: string, full: string): boolean {
  return table.fullOf.get(short)?.includes(full) === true;
}

/**
 * The full given names a (folded) first word may stand for: itself when it is a full name of the
 * table, and every full name it is a short form of. Empty for a name the table does not know.
 */
export function fullNamesOf(table: GivenNames, first: string): readonly string[] {
  const shortOf = table.fullOf.get(first) ?? [];
  return table.full.has(first) ? [first, ...shortOf.filter((f) => f !== first)] : shortOf;
}
