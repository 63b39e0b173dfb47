// Loads seeds/gazetteer/*.json into a Gazetteer. Each file is
// { "_comment": "...", "entries": [ { name, type, key?, kind?, acronym?, aliases[], rkind?, symbol?, startYear?, endYear?,
// startDate?, endDate? (a Meeting's ISO days), annual?, yearlySessions?, covers?, ownSecretaryGeneral?, observerState? } ] }.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeId } from '../../cypher/model/ids.ts';
import { isNodeLabel } from '../../cypher/model/labels.ts';
import { buildTrie } from './trie.ts';
import { matchTrie } from './trie-match.ts';
import type { Gazetteer, GazetteerEntry } from './types.ts';

export const DEFAULT_GAZETTEER_DIR = new URL('../../seeds/gazetteer/', import.meta.url).pathname;

interface RawEntry {
  name?: unknown;
  type?: unknown;
  key?: unknown;
  kind?: unknown;
  rkind?: unknown;
  symbol?: unknown;
  acronym?: unknown;
  aliases?: unknown;
  startYear?: unknown;
  endYear?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  annual?: unknown;
  yearlySessions?: unknown;
  covers?: unknown;
  ownSecretaryGeneral?: unknown;
  observerState?: unknown;
}

function yearlySessions(raw: unknown): Pick<GazetteerEntry, 'yearlySessions'> {
  const r = raw as { ordinal?: unknown; year?: unknown } | undefined;
  return typeof r?.ordinal === 'number' && typeof r.year === 'number'
    ? { yearlySessions: { ordinal: r.ordinal, year: r.year } }
    : {};
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A Meeting's day as the gazetteer gives it: ISO (2024-09-22, or 2024-09, 2024), else an error. */
function isoDate(raw: unknown, field: string, where: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !ISO_DATE.test(raw))
    throw new Error(`${where}: ${field} is not an ISO date`);
  return raw;
}

function toEntry(raw: RawEntry, where: string): GazetteerEntry {
  const { name, type } = raw;
  if (typeof name !== 'string' || !name.trim()) throw new Error(`${where}: entry without a name`);
  if (typeof type !== 'string' || !isNodeLabel(type))
    throw new Error(`${where}: ${name}: unknown type ${String(type)}`);
  const key = typeof raw.key === 'string' ? raw.key : name;
  const aliases = Array.isArray(raw.aliases)
    ? raw.aliases.filter((a): a is string => typeof a === 'string')
    : [];
  const startDate = isoDate(raw.startDate, 'startDate', where);
  const endDate = isoDate(raw.endDate, 'endDate', where);
  return {
    id: makeId(type, key),
    type,
    name,
    aliases,
    ...(typeof raw.acronym === 'string' ? { acronym: raw.acronym } : {}),
    ...(typeof raw.kind === 'string' ? { kind: raw.kind } : {}),
    ...(typeof raw.rkind === 'string' ? { rkind: raw.rkind } : {}),
    ...(typeof raw.symbol === 'string' ? { symbol: raw.symbol } : {}),
    ...(typeof raw.startYear === 'number' ? { startYear: raw.startYear } : {}),
    ...(typeof raw.endYear === 'number' ? { endYear: raw.endYear } : {}),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(raw.annual === true ? { annual: true } : {}),
    ...(raw.ownSecretaryGeneral === true ? { ownSecretaryGeneral: true } : {}),
    ...(raw.observerState === true ? { observerState: true } : {}),
    ...yearlySessions(raw.yearlySessions),
    ...(Array.isArray(raw.covers)
      ? { covers: raw.covers.filter((c): c is string => typeof c === 'string' && c.trim() !== '') }
      : {}),
  };
}

export function makeGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const trie = buildTrie(entries);
  const byType = new Map<string, ReturnType<typeof buildTrie>>();
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    match: (text) => matchTrie(trie, text),
    matchType: (text, type) => {
      let t = byType.get(type);
      if (!t) {
        t = buildTrie(entries.filter((e) => e.type === type));
        byType.set(type, t);
      }
      return matchTrie(t, text);
    },
  };
}

export function parseGazetteerFile(json: string, where: string): GazetteerEntry[] {
  const data = JSON.parse(json) as { entries?: unknown };
  if (!Array.isArray(data.entries)) throw new Error(`${where}: expected { "entries": [...] }`);
  return data.entries.map((e, i) => toEntry(e as RawEntry, `${where} entry ${i}`));
}

export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const entries = files.flatMap((f) => parseGazetteerFile(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  return makeGazetteer(entries);
}
