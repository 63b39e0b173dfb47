// The Neo4j 5 adapter of the Store interface (cypher/store/store.ts). Thin on
// purpose: every operation is the embedded adapter's own read/write step (same
// plan, same rows, same decoding, so the same behaviour), run on Neo4j with the
// Neo4j text of the operation (neo4j-operations.ts). Writes are one managed
// write transaction each, MERGE on constrained ids (schema.cypher), so a retry
// by the driver is harmless; reads are managed read transactions.

import type { Connections, Exec } from '../embedded/connections.ts';
import {
  readEdgeEnds,
  readEdgesAmong,
  readEdgesBetween,
  readEdgesOf,
  readNodesById,
} from '../embedded/edge-reads.ts';
import { replaceDocument, upsert, type WriteState } from '../embedded/embedded-writes.ts';
import { readExport, readNodesPage, readSearch, readStats } from '../embedded/node-reads.ts';
import { readPaths, readTimeline } from '../embedded/path-reads.ts';
import { ROLE_TYPES } from '../model/relationships.ts';
import type { Neo4jConfig } from '../store/config.ts';
import { type EdgeReader, walkLineage, walkNeighbourhood } from '../store/graph-walk.ts';
import { roleEntries } from '../store/roles.ts';
import { createSearchIndex } from '../store/search-index.ts';
import type { Store } from '../store/store.ts';
import { openNeo4jConnections } from './neo4j-connections.ts';
import { neo4jSchemaStatements, neo4jStatement, operationText } from './neo4j-operations.ts';
import { searchSync } from './neo4j-search-sync.ts';

/** The embedded steps' explicit transaction statements: a managed transaction already wraps each write job. */
const TRANSACTION_OPS = new Set(['begin', 'commit', 'rollback']);

function translating(exec: Exec): Exec {
  return (op, text, params) =>
    TRANSACTION_OPS.has(op) ? Promise.resolve([]) : exec(op, neo4jStatement(op, text), params);
}

/** One write job at a time per process, as on the embedded engine (a job plans from what it reads). */
function serialised(conns: Connections): Connections {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    write(job) {
      const run = tail.then(() => conns.write((exec) => job(translating(exec))));
      tail = run.catch(() => undefined);
      return run;
    },
    read: translating(conns.read),
    close: async () => {
      await tail;
      await conns.close();
    },
  };
}

export async function openNeo4jStore(config: Neo4jConfig): Promise<Store> {
  const raw = await openNeo4jConnections(config);
  const conns = serialised(raw);
  // No `copyDir`: the bulk COPY path is LadybugDB's; Neo4j always takes the batched MERGE path.
  const state: WriteState = { conns, index: createSearchIndex(), empty: false };
  const { read } = conns;
  const sync = searchSync(read, operationText('embedded', 'search-terms'), state.index);
  // Schema commands cannot share a transaction with data writes: one transaction each.
  const ensureSchema = async () => {
    for (const s of neo4jSchemaStatements()) await raw.write((exec) => exec('ensure-schema', s));
  };
  try {
    await ensureSchema();
    // The search index is built from the stored `search` property, as on the embedded engine, and
    // refreshed while searching, since other processes may write to the same database (neo4j-search-sync.ts).
    await sync.load();
  } catch (err) {
    await raw.close().catch(() => undefined);
    throw err;
  }
  const edgesOf = (ids: readonly string[], types?: Parameters<Store['edgesOf']>[1]) =>
    readEdgesOf(read, ids, types);
  const nodesById = (ids: readonly string[]) => readNodesById(read, ids);
  const reader: EdgeReader = {
    edgesOf,
    nodesById,
    endsOf: (ids, types) => readEdgeEnds(read, ids, types),
    edgesAmong: (ids, types) => readEdgesAmong(read, ids, types),
    edgesBetween: (pairs, types) => readEdgesBetween(read, pairs, types),
  };
  return {
    engine: 'neo4j',
    ensureSchema,
    upsert: (graph) => upsert(state, graph),
    replaceDocument: (documentId, graph) => replaceDocument(state, documentId, graph),
    node: async (id) => (await nodesById([id]))[0] ?? null,
    nodes: (label, filter, sort, page) => readNodesPage(read, label, filter, sort, page),
    search: (text, labels, limit) => {
      sync.touch();
      return readSearch(read, state.index, text, labels, limit);
    },
    neighbourhood: (q) => walkNeighbourhood(q, reader),
    paths: (from, to, types, maxHops) => readPaths(read, from, to, types, maxHops),
    lineage: (id, direction, maxHops = 6) =>
      walkLineage(id, direction, Math.max(1, Math.min(10, Math.floor(maxHops))), reader),
    roles: async (id) => {
      const edges = await edgesOf([id], ROLE_TYPES);
      const nodes = await nodesById([...new Set(edges.flatMap((e) => [e.from, e.to]))]);
      return roleEntries(edges, new Map(nodes.map((n) => [n.id, n])));
    },
    timeline: (filter) => readTimeline(read, filter ?? {}),
    stats: () => readStats(read),
    exportGraph: () => readExport(read),
    edgesOf,
    nodesById,
    close: () => conns.close(),
  };
}
