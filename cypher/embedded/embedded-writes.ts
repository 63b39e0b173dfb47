// upsert and replaceDocument for the embedded engine. Each call is one job on
// the write queue and one transaction: validated first (nothing of a bad batch
// is written, issue 2 item 6), then planned in plain values (store/write-plan.ts),
// then written; an error rolls everything back (each document's facts commit
// atomically, issue 2 item 3).

import type { Graph, GraphEdge, GraphNode } from '../model/graph.ts';
import { NODE_LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { validateGraph } from '../model/validate.ts';
import { edgePropertyNames } from '../store/columns.ts';
import { type EdgeIndex, indexEdge, unindexEdge, unindexNodeEdges } from '../store/edge-index.ts';
import { StoreInputError } from '../store/errors.ts';
import { edgeFromRecord, nodeFromRecord } from '../store/rows.ts';
import { indexNode, type SearchIndex, unindexNode } from '../store/search-index.ts';
import { searchColumn } from '../store/search-text.ts';
import type { WriteResult } from '../store/store.ts';
import { label, returnFields } from '../store/template.ts';
import { planReplace, planUpsert, type WritePlan } from '../store/write-plan.ts';
import { copyPlan } from './bulk-copy.ts';
import type { Connections, Exec } from './connections.ts';
import { cypher } from './operations.ts';
import { applyPlan, storedEdges, storedNodes } from './write-steps.ts';

export interface WriteState {
  readonly conns: Connections;
  /** Where the bulk path writes its CSV files (next to the database); no bulk path without it. */
  readonly copyDir?: string;
  readonly index: SearchIndex;
  /** The relationships in memory once loaded (embedded-store.ts); writes patch it after they commit. */
  edges?: EdgeIndex;
  /** True while the database holds nothing: the first big upsert may take the COPY path. */
  empty: boolean;
}

/** Below this many elements an empty-database upsert uses ordinary CREATEs. */
const COPY_THRESHOLD = 2_000;

function endpointIds(graph: Graph): string[] {
  return [...graph.nodes.map((n) => n.id), ...graph.edges.flatMap((e) => [e.from, e.to])];
}

function rejectInvalid(graph: Graph, stored: ReadonlyMap<string, GraphNode>, gone = new Set<string>()): void {
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    throw new StoreInputError([{ item: 'graph', problem: 'expected { nodes: [], edges: [] }' }]);
  const problems = validateGraph(graph, (id) => (gone.has(id) ? undefined : stored.get(id)?.type));
  if (problems.length) throw new StoreInputError(problems);
}

async function inTransaction(exec: Exec, body: () => Promise<void>): Promise<void> {
  await exec('begin', 'BEGIN TRANSACTION');
  try {
    await body();
  } catch (err) {
    // An error inside a transaction has already rolled it back (ENGINES.md); ROLLBACK may then fail.
    await exec('rollback', 'ROLLBACK').catch(() => undefined);
    throw err;
  }
  await exec('commit', 'COMMIT');
}

/** After a commit: the in-memory indexes follow what was written (a rolled-back write never gets here). */
function refreshIndex(state: WriteState, plan: WritePlan): void {
  const { index, edges } = state;
  for (const n of plan.deleteNodes) unindexNode(index, n.id);
  for (const n of [...plan.createNodes, ...plan.updateNodes]) indexNode(index, n.id, searchColumn(n));
  if (!edges) return;
  for (const e of plan.deleteEdges) unindexEdge(edges, e);
  for (const n of plan.deleteNodes) unindexNodeEdges(edges, n.id);
  for (const e of plan.createEdges) indexEdge(edges, e, false); // not stored before: the plan looked them up
  for (const e of plan.updateEdges) indexEdge(edges, e);
}

export function upsert(state: WriteState, graph: Graph): Promise<WriteResult> {
  return state.conns.write(async (exec) => {
    if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) rejectInvalid(graph, new Map());
    // Nothing stored yet: nothing to look up (the first load of a big graph is the COPY path).
    const stored = state.empty ? new Map<string, GraphNode>() : await storedNodes(exec, endpointIds(graph));
    rejectInvalid(graph, stored);
    const edges = state.empty ? new Map<string, GraphEdge>() : await storedEdges(exec, graph.edges);
    const plan = planUpsert(graph, { nodes: stored, edges });
    const bulk =
      state.copyDir !== undefined &&
      state.empty &&
      plan.createNodes.length + plan.createEdges.length >= COPY_THRESHOLD;
    await inTransaction(exec, () => (bulk ? copyPlan(exec, plan, state.copyDir!) : applyPlan(exec, plan)));
    if (plan.createNodes.length) state.empty = false;
    refreshIndex(state, plan);
    return plan.result;
  });
}

/** Stored items with at least one source in `documentId`. */
async function supportedBy(exec: Exec, documentId: string): Promise<Graph> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const l of NODE_LABELS) {
    const rows = await exec('document-nodes', cypher('document-nodes', { LABEL: label(l) }), {
      document: documentId,
    });
    for (const r of rows) nodes.push(nodeFromRecord(l, r.n as Record<string, unknown>));
  }
  for (const t of RELATIONSHIP_TYPES) {
    const values = { TYPE: label(t), EDGE_FIELDS: returnFields('e', edgePropertyNames(t)) };
    const rows = await exec('document-edges', cypher('document-edges', values), { document: documentId });
    for (const r of rows) edges.push(edgeFromRecord(t, String(r.fromId), String(r.toId), r));
  }
  return { nodes, edges };
}

export function replaceDocument(state: WriteState, documentId: string, graph: Graph): Promise<WriteResult> {
  return state.conns.write(async (exec) => {
    if (typeof documentId !== 'string' || !documentId)
      throw new StoreInputError([{ item: 'documentId', problem: 'expected a document id' }]);
    if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) rejectInvalid(graph, new Map());
    const supported = await supportedBy(exec, documentId);
    const stored = await storedNodes(exec, endpointIds(graph));
    rejectInvalid(graph, new Map([...stored, ...supported.nodes.map((n) => [n.id, n] as const)]));
    const edges = await storedEdges(exec, graph.edges);
    const plan = planReplace(documentId, supported, graph, { nodes: stored, edges });
    rejectInvalid(graph, stored, new Set(plan.deleteNodes.map((n) => n.id)));
    await inTransaction(exec, () => applyPlan(exec, plan));
    if (plan.createNodes.length) state.empty = false;
    refreshIndex(state, plan);
    return plan.result;
  });
}
