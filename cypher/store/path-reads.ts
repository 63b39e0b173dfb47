// paths (all shortest paths, either direction) and timeline on the read connections.

import type { GraphEdge, GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { LABELS, type NodeLabel } from '../model/labels.ts';
import { isRelationshipType, RELATIONSHIPS, type RelationshipType } from '../model/relationships.ts';
import { edgePropertyNames } from './columns.ts';
import type { TimelineEntry, TimelineFilter } from './dated-reads.ts';
import type { Exec } from './exec.ts';
import { edgeFromRecord, nodeFromRecord } from './rows.ts';
import type { Statements } from './statements.ts';
import type { Path } from './store.ts';
import { alternatives, hops, label, property, returnFields } from './template.ts';

type Rec = Record<string, unknown> & { _id?: { offset: number; table: number }; _label: string };
const internalId = (v: unknown): string => JSON.stringify(v ?? null);

export async function readPaths(
  s: Statements,
  read: Exec,
  from: string,
  to: string,
  types?: readonly RelationshipType[],
  maxHops = 6,
  limit = 20,
): Promise<Path[]> {
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  const wanted = types?.filter(isRelationshipType);
  if (!fromLabel || !toLabel || from === to || (types && !wanted?.length)) return [];
  const values = {
    FROM_LABEL: label(fromLabel),
    TO_LABEL: label(toLabel),
    TYPES: alternatives(wanted ?? []),
    MAX_HOPS: hops(Math.max(1, Math.min(10, Math.floor(maxHops)))),
  };
  const rows = await read('shortest-paths', s.text('shortest-paths', values), { from, to, limit });
  return rows.map((r) => {
    const raw = r.nodes as Rec[];
    const nodes: GraphNode[] = raw.map((n) => nodeFromRecord(n._label as NodeLabel, n));
    const ids = new Map(raw.map((n, i) => [internalId(n._id), nodes[i]!.id]));
    const hopsOut = (r.rels as Rec[]).map((e, i) => {
      const src = ids.get(internalId(e._src)) ?? '';
      const dst = ids.get(internalId(e._dst)) ?? '';
      const edge: GraphEdge = edgeFromRecord(e._label as RelationshipType, src, dst, e);
      return { edge, forward: src === nodes[i]!.id };
    });
    return { nodes, hops: hopsOut };
  });
}

/** The end-date column paired with a date column: the label's or type's `endDate` / `to`, if it has one. */
const END = new Map([
  ['startDate', 'endDate'],
  ['from', 'to'],
]);

export async function readTimeline(s: Statements, read: Exec, f: TimelineFilter): Promise<TimelineEntry[]> {
  const limit = Math.max(1, Math.min(10_000, Math.floor(f.limit ?? 1000)));
  const params = {
    from: f.from ?? '',
    toUpper: f.to ? `${f.to}~` : '',
    ids: [...(f.ids ?? [])],
    limit,
  };
  const out: TimelineEntry[] = [];
  for (const l of LABELS) {
    if (!('dateProperty' in l) || (f.labels?.length && !f.labels.includes(l.label))) continue;
    const date = l.dateProperty;
    const end = END.get(date) ?? date;
    const values = {
      LABEL: label(l.label),
      DATE: property('n', date).slice(2),
      END_DATE: property('n', end).slice(2),
    };
    for (const r of await read('timeline-nodes', s.text('timeline-nodes', values), params)) {
      const node = nodeFromRecord(l.label, r.n as Record<string, unknown>);
      const endDate = end !== date && r.endDate ? String(r.endDate) : undefined;
      out.push({ date: String(r.date), ...(endDate ? { endDate } : {}), node });
    }
  }
  // Relationships are dated events of their own (CHAIRED from/to, ESTABLISHED date); a label filter asks for nodes only.
  if (!f.labels?.length)
    for (const spec of RELATIONSHIPS) {
      const date = Object.entries(spec.properties).find(([, p]) => p.type === 'date')?.[0];
      if (!date) continue;
      const end = END.get(date) ?? date;
      const values = {
        TYPE: label(spec.type),
        DATE: property('e', date).slice(2),
        END_DATE: property('e', end).slice(2),
        EDGE_FIELDS: returnFields('e', edgePropertyNames(spec.type)),
      };
      for (const r of await read('timeline-edges', s.text('timeline-edges', values), params)) {
        const edge = edgeFromRecord(spec.type, String(r.fromId), String(r.toId), r);
        const endDate = end !== date && r.eventEnd ? String(r.eventEnd) : undefined;
        out.push({ date: String(r.eventDate), ...(endDate ? { endDate } : {}), edge });
      }
    }
  const key = (t: TimelineEntry): string => t.node?.id ?? `${t.edge?.type}|${t.edge?.from}|${t.edge?.to}`;
  return out.sort((a, b) => a.date.localeCompare(b.date) || key(a).localeCompare(key(b))).slice(0, limit);
}
