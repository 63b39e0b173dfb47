// Reviewable decisions (seeds/decisions.json): forced merges and splits that
// override automatic entity resolution. See the "_comment" inside the file.

import { existsSync, readFileSync } from 'node:fs';
import { parseJson } from './parse-json.ts';

export interface Decisions {
  /** Each list: ids that denote one thing; the first id is kept. */
  readonly merge: readonly { readonly ids: readonly string[]; readonly reason?: string }[];
  /** Each list: ids that must stay apart even if names look alike. */
  readonly split: readonly { readonly ids: readonly string[]; readonly reason?: string }[];
}

export const DEFAULT_DECISIONS_FILE = new URL('../../seeds/decisions.json', import.meta.url).pathname;

export const noDecisions = (): Decisions => ({ merge: [], split: [] });

function idLists(value: unknown, key: string, where: string): { ids: string[]; reason?: string }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${where}: "${key}" must be a list`);
  return value.map((v, i) => {
    const ids = (v as { ids?: unknown }).ids;
    if (!Array.isArray(ids) || ids.length < 2 || !ids.every((x) => typeof x === 'string'))
      throw new Error(`${where}: ${key}[${i}].ids must list at least two ids`);
    const reason = (v as { reason?: unknown }).reason;
    return { ids: ids as string[], ...(typeof reason === 'string' ? { reason } : {}) };
  });
}

export function parseDecisions(json: string, where: string): Decisions {
  const data = parseJson(json, where);
  const d = data as { merge?: unknown; split?: unknown };
  return { merge: idLists(d.merge, 'merge', where), split: idLists(d.split, 'split', where) };
}

export function loadDecisions(file: string = DEFAULT_DECISIONS_FILE): Decisions {
  if (!existsSync(file)) return noDecisions();
  return parseDecisions(readFileSync(file, 'utf8'), file);
}
