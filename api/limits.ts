// The bounds on every list and size argument of the domain API. Out-of-range
// values are rejected with BAD_USER_INPUT naming the argument (clearer than a
// silent clamp: a script asking for 10 000 rows learns it got at most 1 000).

import { isNodeLabel, LABELS, type LabelSpec, type NodeLabel } from '../cypher/model/labels.ts';
import { isRelationshipType, type RelationshipType } from '../cypher/model/relationships.ts';
import { MAX_PAGE } from '../cypher/store/store.ts';
import { badInput } from './errors.ts';

export const LIMITS = {
  searchLimit: 100,
  searchQueryLength: 200,
  pageLimit: MAX_PAGE,
  // LadybugDB 0.19.1 crashes the process (SIGSEGV) on SKIP ≥ ~8 000 past the end of a
  // small table (measured): keep offsets well below that; deeper pages: narrow the filter.
  pageOffset: 5_000,
  neighbourhoodIds: 100,
  neighbourhoodDepth: 3,
  neighbourhoodLimit: 2_000,
  maxHops: 8,
  timelineLimit: 2_000,
  relationshipsLimit: 1_000,
  idLength: 300,
  textFilterLength: 200,
} as const;

export function intIn(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${name}: expected a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

export function textUpTo(name: string, value: string, max: number): string {
  if (value.length > max) throw badInput(`${name}: at most ${max} characters, got ${value.length}`);
  return value;
}

export function checkId(name: string, id: string): string {
  if (!id || id.length > LIMITS.idLength)
    throw badInput(`${name}: expected a node id of 1 to ${LIMITS.idLength} characters`);
  return id;
}

/** Model names (node types, relationship types), each known to the model, without repeats. */
function namesArg<T extends string>(
  name: string,
  values: readonly string[] | null | undefined,
  known: (value: string) => value is T,
  what: string,
): T[] | undefined {
  if (values === null || values === undefined) return undefined;
  const bad = values.filter((v) => !known(v));
  if (bad.length) throw badInput(`${name}: unknown ${what} ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  return [...new Set(values)] as T[];
}

export function labelsArg(
  name: string,
  values: readonly string[] | null | undefined,
): NodeLabel[] | undefined {
  return namesArg(name, values, isNodeLabel, 'node type');
}

export function labelArg(name: string, value: string | null | undefined): NodeLabel | undefined {
  return labelsArg(name, value === null || value === undefined ? undefined : [value])?.[0];
}

export function typesArg(
  name: string,
  values: readonly string[] | null | undefined,
): RelationshipType[] | undefined {
  return namesArg(name, values, isRelationshipType, 'relationship type');
}

export function idsArg(name: string, ids: readonly string[], max: number): string[] {
  if (ids.length === 0) throw badInput(`${name}: give at least one id`);
  if (ids.length > max) throw badInput(`${name}: at most ${max} ids, got ${ids.length}`);
  for (const id of ids) checkId(name, id);
  return [...new Set(ids)];
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isoArg(name: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!ISO.test(value))
    throw badInput(`${name}: expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * A `kind` filter: one of the model's kinds for `label` (Organization: un-body, member-state …; Resolution:
 * resolution, decision, outcome-document), or of any label that has kinds when no type is given.
 */
export function kindArg(
  name: string,
  value: string | null | undefined,
  label: NodeLabel | undefined,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const kinds = (LABELS as readonly LabelSpec[])
    .filter((l) => label === undefined || l.label === label)
    .flatMap((l) => l.properties.kind?.enum ?? []);
  if (!kinds.length) throw badInput(`${name}: type ${label} has no kind`);
  if (!kinds.includes(value))
    throw badInput(
      `${name}: expected one of ${[...new Set(kinds)].join(', ')}, got ${JSON.stringify(value)}`,
    );
  return value;
}
