// Which (from, to) label pairs each relationship type allows (MODEL.md), and the
// fast checks validation and extraction ask once per relationship: a million-row
// load asks a million times, about a few dozen label triples.

import type { NodeLabel } from './labels.ts';
import { RELATIONSHIPS, type RelationshipSpec } from './relationships.ts';

/** Every allowed (from, to) label pair of a relationship type. */
export function allowedPairs(spec: RelationshipSpec): [NodeLabel, NodeLabel][] {
  const out: [NodeLabel, NodeLabel][] = [];
  for (const f of spec.from) for (const t of spec.to) out.push([f, t]);
  for (const [f, t] of spec.pairs ?? []) out.push([f, t]);
  for (const [f, t] of spec.extensionPairs ?? []) out.push([f, t]);
  return out;
}

/** Whether a pair is one this project adds to MODEL.md (docs/model.md marks it). */
export const isExtensionPair = (spec: RelationshipSpec, from: string, to: string): boolean =>
  (spec.extensionPairs ?? []).some(([f, t]) => f === from && t === to);

// Memoised set of `TYPE|From|To`: validation asks once per relationship of a million-row load.
let pairSet: Set<string> | undefined;

export function isAllowedPair(type: string, from: string, to: string): boolean {
  pairSet ??= new Set(RELATIONSHIPS.flatMap((r) => allowedPairs(r).map(([f, t]) => `${r.type}|${f}|${t}`)));
  return pairSet.has(`${type}|${from}|${to}`);
}

// isAllowedPair's answers by type, then label pair: a million relationships have a few dozen label
// triples, and the key string isAllowedPair builds per call was a visible cost (extraction, validation).
let byType: Map<string, Map<string, Map<string, boolean>>> | undefined;

/** isAllowedPair without building a key string per call (answers kept, by type and label pair). */
export function isAllowedPairFast(type: string, from: string, to: string): boolean {
  byType ??= new Map();
  let byFrom = byType.get(type);
  if (!byFrom) {
    byFrom = new Map();
    byType.set(type, byFrom);
  }
  let byTo = byFrom.get(from);
  if (!byTo) {
    byTo = new Map();
    byFrom.set(from, byTo);
  }
  let ok = byTo.get(to);
  if (ok === undefined) {
    ok = isAllowedPair(type, from, to);
    byTo.set(to, ok);
  }
  return ok;
}
