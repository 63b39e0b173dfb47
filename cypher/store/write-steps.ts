// The statements a write plan turns into, grouped per label / relationship type
// and label pair (the engine needs them in the text) and batched ≤ 10 000 rows,
// in the words of the engine whose `Statements` the adapter passes in.

import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { edgeColumns, edgePropertyNames, nodeColumns, nodePropertyNames } from './columns.ts';
import { nodesByIdStatement } from './edge-reads.ts';
import type { Exec } from './exec.ts';
import { chunks, edgeFromRecord, edgeRow, groupBy, nodeFromRecord, nodeRow } from './rows.ts';
import type { Statements } from './statements.ts';
import type { EdgeKey } from './store.ts';
import { type Cast, label, returnFields, setProperties } from './template.ts';
import type { WritePlan } from './write-plan.ts';

export const BATCH = 10_000;

// Every non-string column is cast: a batch where a property is null in every row would bind as STRING.
const nodeCast = (s: Statements, l: string): Cast => ({
  to: (p) => nodeColumns(l).find((c) => c.name === p && c.type !== 'STRING')?.type,
  convert: s.convert,
});
const edgeCast = (s: Statements, t: string): Cast => ({
  to: (p) => edgeColumns(t).find((c) => c.name === p && c.type !== 'STRING')?.type,
  convert: s.convert,
});

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
export async function storedNodes(
  s: Statements,
  exec: Exec,
  ids: Iterable<string>,
): Promise<Map<string, GraphNode>> {
  const out = new Map<string, GraphNode>();
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  for (const [l, list] of byLabel)
    for (const part of chunks(list, BATCH)) {
      const rows = await exec('nodes-by-id', nodesByIdStatement(s, l as GraphNode['type'], true), {
        ids: part,
      });
      for (const r of rows) {
        const n = nodeFromRecord(l as GraphNode['type'], r);
        out.set(n.id, n);
      }
    }
  return out;
}

/** Stored relationships with the identities of `edges` (only their keys are read). */
export async function storedEdges(
  s: Statements,
  exec: Exec,
  edges: readonly EdgeKey[],
): Promise<Map<string, GraphEdge>> {
  const out = new Map<string, GraphEdge>();
  const groups = groupBy(
    edges.filter((e) => labelOfId(e.from) && labelOfId(e.to)),
    pairKey,
  );
  for (const [key, list] of groups)
    for (const part of chunks(list, BATCH)) {
      const params = { rows: part.map((e) => ({ fromId: e.from, toId: e.to })) };
      const rows = await exec('edges-by-key', s.text('edges-by-key', edgeValues(key)), params);
      const type = key.split('|')[0] as GraphEdge['type'];
      for (const r of rows) {
        const e = edgeFromRecord(type, String(r.fromId), String(r.toId), r);
        out.set(edgeKey(e), e);
      }
    }
  return out;
}

export async function writeNodes(
  s: Statements,
  exec: Exec,
  op: 'create-nodes' | 'update-nodes',
  nodes: readonly GraphNode[],
) {
  for (const [l, list] of groupBy(nodes, (n) => n.type)) {
    const text = s.text(op, {
      LABEL: label(l),
      SET_PROPERTIES: setProperties('n', nodePropertyNames(l), nodeCast(s, l)),
    });
    for (const part of chunks(list, BATCH)) await exec(op, text, { rows: part.map(nodeRow) });
  }
}

export async function writeEdges(
  s: Statements,
  exec: Exec,
  op: 'create-edges' | 'update-edges',
  edges: readonly GraphEdge[],
) {
  for (const [key, list] of groupBy(edges, pairKey)) {
    const v = edgeValues(key);
    const text = s.text(op, {
      ...v,
      SET_PROPERTIES: setProperties('e', edgePropertyNames(v.TYPE!), edgeCast(s, v.TYPE!)),
    });
    for (const part of chunks(list, BATCH)) await exec(op, text, { rows: part.map(edgeRow) });
  }
}

/** Runs a plan's statements in dependency order; the caller holds the transaction. */
export async function applyPlan(s: Statements, exec: Exec, plan: WritePlan): Promise<void> {
  for (const [key, list] of groupBy(plan.deleteEdges, pairKey))
    for (const part of chunks(list, BATCH))
      await exec('delete-edges', s.text('delete-edges', edgeValues(key)), {
        rows: part.map((e) => ({ fromId: e.from, toId: e.to })),
      });
  for (const [l, list] of groupBy(plan.deleteNodes, (n) => n.type))
    for (const part of chunks(list, BATCH))
      await exec('delete-nodes', s.text('delete-nodes', { LABEL: label(l) }), { ids: part.map((n) => n.id) });
  await writeNodes(s, exec, 'create-nodes', plan.createNodes);
  await writeNodes(s, exec, 'update-nodes', plan.updateNodes);
  await writeEdges(s, exec, 'create-edges', plan.createEdges);
  await writeEdges(s, exec, 'update-edges', plan.updateEdges);
}
