// upsert and replaceDocument for both engines. Each call is one job on the
// write queue and one transaction: validated first (nothing of a bad batch is
// written, issue 2 item 6), then planned in plain values (store/write-plan.ts),
// then written; an error rolls everything back (each document's facts commit
// atomically, issue 2 item 3).

import type { Graph, GraphEdge, GraphNode } from '../model/graph.ts';
import { validateGraph } from '../model/validate.ts';
import { type EdgeIndex, indexEdge, unindexEdge, unindexNodeEdges } from './edge-index.ts';
import { StoreInputError } from './errors.ts';
import type { Connections, Exec } from './exec.ts';
import { supportedBy } from './fact-reads.ts';
import { cacheNode, type NodeCache, uncacheNode } from './node-cache.ts';
import { indexNode, type SearchIndex, unindexNode } from './search-index.ts';
import { searchColumn } from './search-text.ts';
import type { Statements } from './statements.ts';
import type { WriteResult } from './store.ts';
import { planReplace, planUpsert, type WritePlan } from './write-plan.ts';
import { applyPlan, storedEdges, storedNodes } from './write-steps.ts';

/** An engine's faster path for the first big load into an empty database (LadybugDB: COPY from files). */
export interface BulkPath {
  /** Below this many created elements an empty-database upsert uses the ordinary statements. */
  readonly minElements: number;
  /** Writes the plan's creations (the caller holds the transaction). */
  readonly write: (exec: Exec, plan: WritePlan) => Promise<void>;
}

export interface WriteState {
  readonly conns: Connections;
  readonly statements: Statements;
  /**
   * Runs `body` as one transaction on a write job's exec (LadybugDB: BEGIN … COMMIT). Absent when each
   * write job already is one transaction (Neo4j: a managed write transaction).
   */
  readonly transaction?: (exec: Exec, body: () => Promise<void>) => Promise<void>;
  /** The engine's bulk path, if it has one (cypher/embedded/embedded-store.ts). */
  readonly bulk?: BulkPath;
  readonly index: SearchIndex;
  /**
   * The relationships in memory once loaded (cypher/embedded/embedded-store.ts; Neo4j keeps none);
   * writes patch it after they commit.
   */
  edges?: EdgeIndex;
  /**
   * The light node rows in memory, loaded with `edges` (cypher/store/node-cache.ts; Neo4j keeps none);
   * writes patch it after they commit.
   */
  nodes?: NodeCache;
  /** True while the database holds nothing: the first big upsert may take the bulk path. */
  empty: boolean;
}

function endpointIds(graph: Graph): string[] {
  return [...graph.nodes.map((n) => n.id), ...graph.edges.flatMap((e) => [e.from, e.to])];
}

function rejectInvalid(graph: Graph, stored: ReadonlyMap<string, GraphNode>, gone = new Set<string>()): void {
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    throw new StoreInputError([{ item: 'graph', problem: 'expected { nodes: [], edges: [] }' }]);
  const problems = validateGraph(graph, (id) => (gone.has(id) ? undefined : stored.get(id)?.type));
  if (problems.length) throw new StoreInputError(problems);
}

const inTransaction = (state: WriteState, exec: Exec, body: () => Promise<void>): Promise<void> =>
  state.transaction ? state.transaction(exec, body) : body();

/** After a commit: the in-memory indexes follow what was written (a rolled-back write never gets here). */
function refreshIndex(state: WriteState, plan: WritePlan): void {
  const { index, edges, nodes } = state;
  for (const n of plan.deleteNodes) unindexNode(index, n.id);
  for (const n of [...plan.createNodes, ...plan.updateNodes]) indexNode(index, n.id, searchColumn(n));
  if (nodes) {
    for (const n of plan.deleteNodes) uncacheNode(nodes, n.id);
    for (const n of [...plan.createNodes, ...plan.updateNodes]) cacheNode(nodes, n);
  }
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
    const s = state.statements;
    const stored = state.empty
      ? new Map<string, GraphNode>()
      : await storedNodes(s, exec, endpointIds(graph));
    rejectInvalid(graph, stored);
    const edges = state.empty ? new Map<string, GraphEdge>() : await storedEdges(s, exec, graph.edges);
    const plan = planUpsert(graph, { nodes: stored, edges });
    const { bulk } = state;
    const useBulk =
      bulk !== undefined &&
      state.empty &&
      plan.createNodes.length + plan.createEdges.length >= bulk.minElements;
    await inTransaction(state, exec, () => (useBulk ? bulk.write(exec, plan) : applyPlan(s, exec, plan)));
    if (plan.createNodes.length) state.empty = false;
    refreshIndex(state, plan);
    return plan.result;
  });
}

export function replaceDocument(state: WriteState, documentId: string, graph: Graph): Promise<WriteResult> {
  return state.conns.write(async (exec) => {
    if (typeof documentId !== 'string' || !documentId)
      throw new StoreInputError([{ item: 'documentId', problem: 'expected a document id' }]);
    if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) rejectInvalid(graph, new Map());
    const s = state.statements;
    const supported = await supportedBy(s, exec, documentId);
    const stored = await storedNodes(s, exec, endpointIds(graph));
    rejectInvalid(graph, new Map([...stored, ...supported.nodes.map((n) => [n.id, n] as const)]));
    const edges = await storedEdges(s, exec, graph.edges);
    const plan = planReplace(documentId, supported, graph, { nodes: stored, edges });
    rejectInvalid(graph, stored, new Set(plan.deleteNodes.map((n) => n.id)));
    await inTransaction(state, exec, () => applyPlan(s, exec, plan));
    if (plan.createNodes.length) state.empty = false;
    refreshIndex(state, plan);
    return plan.result;
  });
}
