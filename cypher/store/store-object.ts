// The Store object both adapters return: the same read/write steps with each
// engine's Statements over its own Exec (cypher/embedded, cypher/neo4j), so one
// assembly.

import type { GraphNode } from '../model/graph.ts';
import { ROLE_TYPES } from '../model/relationship-sets.ts';
import { readEdgeEnds, readEdgesOf, readNodesById } from './edge-reads.ts';
import type { Exec } from './exec.ts';
import { readStoredFacts } from './fact-reads.ts';
import { type EdgeReader, walkNeighbourhood } from './graph-walk.ts';
import { walkLineage } from './lineage-walk.ts';
import { readEntityNames, readExport, readNodesPage, readSearch, readStats } from './node-reads.ts';
import { readPaths, readTimeline } from './path-reads.ts';
import { chairSpans } from './role-chair-spans.ts';
import { roleEntries } from './roles.ts';
import type { Statements } from './statements.ts';
import type { Engine, Store } from './store.ts';
import { replaceDocument, upsert, type WriteState } from './writes.ts';

export interface StoreParts {
  readonly engine: Engine;
  readonly state: WriteState;
  readonly read: Exec;
  readonly reader: EdgeReader;
  /** The node whole (a Document with its text); by default read from the database. */
  readonly node?: (id: string) => Promise<GraphNode | null>;
  readonly ensureSchema: () => Promise<void>;
  readonly close: () => Promise<void>;
  /** Called before each search (Neo4j refreshes its search index from a shared database). */
  readonly beforeSearch?: () => void;
}

/** The reads both engines answer with the same statements; each adapter adds its own fast paths. */
export function baseReader(s: Statements, read: Exec): Pick<EdgeReader, 'edgesOf' | 'nodesById' | 'endsOf'> {
  return {
    edgesOf: (ids, types) => readEdgesOf(s, read, ids, types),
    nodesById: (ids) => readNodesById(s, read, ids),
    endsOf: (ids, types) => readEdgeEnds(s, read, ids, types),
  };
}

export function storeObject({
  engine,
  state,
  read,
  reader,
  node,
  ensureSchema,
  close,
  beforeSearch,
}: StoreParts): Store {
  const { edgesOf, nodesById } = reader;
  const s = state.statements;
  return {
    engine,
    ensureSchema,
    upsert: (graph) => upsert(state, graph),
    replaceDocument: (documentId, graph) => replaceDocument(state, documentId, graph),
    // The node whole (a Document with its text); nodesById leaves the text out.
    node: node ?? (async (id) => (await readNodesById(s, read, [id], true))[0] ?? null),
    nodes: (label, filter, sort, page) => readNodesPage(s, read, nodesById, label, filter, sort, page),
    search: (text, labels, limit) => {
      beforeSearch?.();
      return readSearch(nodesById, state.index, text, labels, limit);
    },
    entityNames: (labels) => readEntityNames(s, read, labels),
    neighbourhood: (q) => walkNeighbourhood(q, reader),
    paths: (from, to, types, maxHops) => readPaths(s, read, from, to, types, maxHops),
    lineage: (id, direction, maxHops = 6) =>
      walkLineage(id, direction, Math.max(1, Math.min(10, Math.floor(maxHops))), reader),
    roles: async (id) => {
      const edges = await edgesOf([id], ROLE_TYPES);
      const nodes = await nodesById([...new Set(edges.flatMap((e) => [e.from, e.to]))]);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      return roleEntries(edges, byId, await chairSpans(edges, byId, reader));
    },
    timeline: (filter) => readTimeline(s, read, filter ?? {}),
    stats: () => readStats(s, read),
    exportGraph: () => readExport(s, read),
    storedFacts: (documentIds, nodeIds, edgeKeys) => readStoredFacts(s, read, documentIds, nodeIds, edgeKeys),
    edgesOf,
    nodesById,
    close,
  };
}
