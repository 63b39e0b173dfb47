// Graph filters: node type, relationship type and date range (issue 5, point 3).
// Undated things are kept: most relationships carry no date, and hiding them
// would empty the view whenever a range is set.

import { DATE_PROPERTY } from '../model-legend.ts';
import type { Entity, Relationship } from '../types.ts';

export interface GraphFilters {
  /** Types shown; undefined = all. */
  readonly types?: readonly string[];
  readonly rels?: readonly string[];
  readonly since?: string;
  readonly until?: string;
}

export interface DateSpan {
  readonly start: string;
  readonly end: string;
}

const lo = (d: string): string =>
  (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d).slice(0, 10);
const hi = (d: string): string =>
  (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d).slice(0, 10);

function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return typeof v === 'string' && /^\d{4}/.test(v) ? v : undefined;
}

function span(start: string | undefined, end: string | undefined): DateSpan | undefined {
  const s = start ?? end;
  const e = end ?? start;
  return s && e ? { start: lo(s), end: hi(e) } : undefined;
}

/** When an entity existed or happened, from its model date property or start/end fields. */
export function entityDates(e: Pick<Entity, 'type' | 'properties'>): DateSpan | undefined {
  const p = e.properties;
  const main = DATE_PROPERTY[e.type];
  const start = str(main ? p[main] : undefined) ?? str(p.startDate) ?? str(p.startYear) ?? str(p.date);
  const end = str(p.endDate) ?? str(p.endYear);
  return span(start, end);
}

export function relationshipDates(r: Pick<Relationship, 'properties'>): DateSpan | undefined {
  const p = r.properties;
  // A role with a start and no end is still running (CHAIRED from 2016, no `to`): open-ended.
  if (str(p.from) && !str(p.to)) return span(str(p.from), '9999');
  return span(str(p.from) ?? str(p.date), str(p.to));
}

export function inRange(d: DateSpan | undefined, since?: string, until?: string): boolean {
  if (!d) return true;
  if (since && d.end < lo(since)) return false;
  if (until && d.start > hi(until)) return false;
  return true;
}

export function nodePasses(e: Entity, f: GraphFilters): boolean {
  if (f.types && !f.types.includes(e.type)) return false;
  return inRange(entityDates(e), f.since, f.until);
}

export function edgePasses(r: Relationship, f: GraphFilters): boolean {
  if (f.rels && !f.rels.includes(r.type)) return false;
  return inRange(relationshipDates(r), f.since, f.until);
}

/** The part of a graph the filters let through; an edge needs both its ends shown. `keep` ids always stay. */
export function filterGraph(
  nodes: readonly Entity[],
  edges: readonly Relationship[],
  f: GraphFilters,
  keep: readonly string[] = [],
): { nodes: Entity[]; edges: Relationship[] } {
  const shown = nodes.filter((n) => keep.includes(n.id) || nodePasses(n, f));
  const ids = new Set(shown.map((n) => n.id));
  return { nodes: shown, edges: edges.filter((r) => ids.has(r.from) && ids.has(r.to) && edgePasses(r, f)) };
}
