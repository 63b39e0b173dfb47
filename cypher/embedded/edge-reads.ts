// Reading nodes and relationships by id on the read connections: the building
// blocks of node, nodesById, edgesOf, neighbourhood, lineage and roles.

import { type GraphEdge, type GraphNode, edgeKey } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import {
  RELATIONSHIPS,
  type RelationshipType,
  allowedPairs,
  isRelationshipType,
} from '../model/relationships.ts';
import { chunks, edgeFromRecord, groupBy, nodeFromRecord } from '../store/rows.ts';
import { alternatives, label } from '../store/template.ts';
import type { Exec } from './connections.ts';
import { cypher } from './operations.ts';

const BATCH = 10_000;

/** Types that can leave ('edges-out') or reach ('edges-in') a label: the engine rejects a pattern the schema cannot match. */
function typesAt(l: string, op: 'edges-out' | 'edges-in', wanted?: readonly string[]): string[] {
  return RELATIONSHIPS.filter(
    (r) =>
      (!wanted || wanted.includes(r.type)) &&
      allowedPairs(r).some(([f, t]) => (op === 'edges-out' ? f : t) === l),
  ).map((r) => r.type);
}

export async function readNodesById(read: Exec, ids: readonly string[]): Promise<GraphNode[]> {
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => typeof id === 'string' && labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  const found = new Map<string, GraphNode>();
  await Promise.all(
    [...byLabel].flatMap(([l, list]) =>
      chunks(list, BATCH).map(async (part) => {
        const rows = await read('nodes-by-id', cypher('nodes-by-id', { LABEL: label(l) }), { ids: part });
        for (const r of rows) {
          const n = nodeFromRecord(l as NodeLabel, r.n as Record<string, unknown>);
          found.set(n.id, n);
        }
      }),
    ),
  );
  // Input order, missing ids skipped (the API's batched loaders rely on it).
  return ids.flatMap((id) => {
    const n = found.get(id);
    return n ? [n] : [];
  });
}

/** Relationships touching any of `ids`, both directions, each once. */
export async function readEdgesOf(
  read: Exec,
  ids: readonly string[],
  types?: readonly RelationshipType[],
): Promise<GraphEdge[]> {
  const wanted = types?.filter(isRelationshipType);
  if (types && !wanted?.length) return [];
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => typeof id === 'string' && labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  const out = new Map<string, GraphEdge>();
  const tasks: Promise<void>[] = [];
  for (const [l, list] of byLabel)
    for (const op of ['edges-out', 'edges-in'] as const) {
      const at = typesAt(l, op, wanted);
      if (!at.length) continue;
      for (const part of chunks(list, BATCH))
        tasks.push(
          read(op, cypher(op, { LABEL: label(l), TYPES: alternatives(at) }), { ids: part }).then((rows) => {
            for (const r of rows) {
              const e = edgeFromRecord(
                r.type as RelationshipType,
                String(r.from),
                String(r.to),
                r.e as Record<string, unknown>,
              );
              out.set(edgeKey(e), e);
            }
          }),
        );
    }
  await Promise.all(tasks);
  return [...out.values()];
}
