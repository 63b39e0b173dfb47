// The statements a write plan turns into, grouped per label / relationship type
// and label pair (the engine needs them in the text) and batched ≤ 10 000 rows.

import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { edgeColumns, edgePropertyNames, nodeColumns, nodePropertyNames } from '../store/columns.ts';
import { chunks, edgeFromRecord, edgeRow, groupBy, nodeFromRecord, nodeRow } from '../store/rows.ts';
import { label, returnFields, setProperties } from '../store/template.ts';
import type { WritePlan } from '../store/write-plan.ts';
import type { Exec } from './connections.ts';
import { nodesByIdStatement } from './edge-reads.ts';
import { cypher } from './operations.ts';

export const BATCH = 10_000;

// Every non-string column is cast: a batch where a property is null in every row would bind as STRING.
const nodeCast = (l: string) => (p: string) =>
  nodeColumns(l).find((c) => c.name === p && c.type !== 'STRING')?.type;
const edgeCast = (t: string) => (p: string) =>
  edgeColumns(t).find((c) => c.name === p && c.type !== 'STRING')?.type;

/** Label pair of an edge, from its ends' id prefixes (validation guarantees prefix = label). */
export const pairKey = (e: Pick<GraphEdge, 'type' | 'from' | 'to'>): string =>
  `${e.type}|${labelOfId(e.from) ?? ''}|${labelOfId(e.to) ?? ''}`;

function edgeValues(key: string): Record<string, string> {
  const [type, from, to] = key.split('|') as [string, string, string];
  return {
    TYPE: label(type),
    FROM_LABEL: label(from),
    TO_LABEL: label(to),
    EDGE_FIELDS: returnFields('e', edgePropertyNames(type)),
  };
}

/** Stored nodes among `ids` (ids whose prefix names no label cannot be stored and are skipped). */
export async function storedNodes(exec: Exec, ids: Iterable<string>): Promise<Map<string, GraphNode>> {
  const out = new Map<string, GraphNode>();
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  for (const [l, list] of byLabel)
    for (const part of chunks(list, BATCH)) {
      const rows = await exec('nodes-by-id', nodesByIdStatement(l as GraphNode['type']), { ids: part });
      for (const r of rows) {
        const n = nodeFromRecord(l as GraphNode['type'], r);
        out.set(n.id, n);
      }
    }
  return out;
}

/** Stored relationships with the identities of `edges`. */
export async function storedEdges(exec: Exec, edges: readonly GraphEdge[]): Promise<Map<string, GraphEdge>> {
  const out = new Map<string, GraphEdge>();
  const groups = groupBy(
    edges.filter((e) => labelOfId(e.from) && labelOfId(e.to)),
    pairKey,
  );
  for (const [key, list] of groups)
    for (const part of chunks(list, BATCH)) {
      const params = { rows: part.map((e) => ({ fromId: e.from, toId: e.to })) };
      const rows = await exec('edges-by-key', cypher('edges-by-key', edgeValues(key)), params);
      const type = key.split('|')[0] as GraphEdge['type'];
      for (const r of rows) {
        const e = edgeFromRecord(type, String(r.fromId), String(r.toId), r);
        out.set(edgeKey(e), e);
      }
    }
  return out;
}

export async function writeNodes(
  exec: Exec,
  op: 'create-nodes' | 'update-nodes',
  nodes: readonly GraphNode[],
) {
  for (const [l, list] of groupBy(nodes, (n) => n.type)) {
    const text = cypher(op, {
      LABEL: label(l),
      SET_PROPERTIES: setProperties('n', nodePropertyNames(l), nodeCast(l)),
    });
    for (const part of chunks(list, BATCH)) await exec(op, text, { rows: part.map(nodeRow) });
  }
}

export async function writeEdges(
  exec: Exec,
  op: 'create-edges' | 'update-edges',
  edges: readonly GraphEdge[],
) {
  for (const [key, list] of groupBy(edges, pairKey)) {
    const v = edgeValues(key);
    const text = cypher(op, {
      ...v,
      SET_PROPERTIES: setProperties('e', edgePropertyNames(v.TYPE!), edgeCast(v.TYPE!)),
    });
    for (const part of chunks(list, BATCH)) await exec(op, text, { rows: part.map(edgeRow) });
  }
}

/** Runs a plan's statements in dependency order; the caller holds the transaction. */
export async function applyPlan(exec: Exec, plan: WritePlan): Promise<void> {
  for (const [key, list] of groupBy(plan.deleteEdges, pairKey))
    for (const part of chunks(list, BATCH))
      await exec('delete-edges', cypher('delete-edges', edgeValues(key)), {
        rows: part.map((e) => ({ fromId: e.from, toId: e.to })),
      });
  for (const [l, list] of groupBy(plan.deleteNodes, (n) => n.type))
    for (const part of chunks(list, BATCH))
      await exec('delete-nodes', cypher('delete-nodes', { LABEL: label(l) }), { ids: part.map((n) => n.id) });
  await writeNodes(exec, 'create-nodes', plan.createNodes);
  await writeNodes(exec, 'update-nodes', plan.updateNodes);
  await writeEdges(exec, 'create-edges', plan.createEdges);
  await writeEdges(exec, 'update-edges', plan.updateEdges);
}
