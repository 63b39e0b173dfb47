// The embedded LadybugDB adapter of the Store interface (cypher/store/store.ts).
// The database lives at config.path (GRAPH_DB_PATH); one process owns it: a
// second process gets StoreError 'LOCKED' (connections.ts). Writes go through
// the one write queue (embedded-writes.ts); reads through the read pool.

import { resolve } from 'node:path';
import { ROLE_TYPES } from '../model/relationships.ts';
import type { EmbeddedConfig } from '../store/config.ts';
import { type EdgeReader, walkLineage, walkNeighbourhood } from '../store/graph-walk.ts';
import { roleEntries } from '../store/roles.ts';
import { createSearchIndex, indexNode } from '../store/search-index.ts';
import type { Store } from '../store/store.ts';
import { openConnections } from './connections.ts';
import {
  readEdgeEnds,
  readEdgesAmong,
  readEdgesDirected,
  readEdgesFromStarts,
  readEdgesOf,
  readNodesById,
} from './edge-reads.ts';
import { replaceDocument, upsert, type WriteState } from './embedded-writes.ts';
import { readExport, readNodesPage, readSearch, readStats } from './node-reads.ts';
import { cypher, schemaStatements } from './operations.ts';
import { readPaths, readTimeline } from './path-reads.ts';

export async function openEmbeddedStore(config: EmbeddedConfig): Promise<Store> {
  const conns = await openConnections(config.path, config.queryTimeoutMs);
  const state: WriteState = {
    conns,
    copyDir: `${resolve(config.path)}.copy`,
    index: createSearchIndex(),
    empty: true,
  };
  const { read } = conns;
  const ensureSchema = () =>
    conns.write(async (exec) => {
      for (const s of schemaStatements()) await exec('ensure-schema', s);
    });
  try {
    await ensureSchema();
    // The search index is rebuilt from the stored `search` column (docs/storage.md).
    for (const r of await read('search-terms', cypher('search-terms')))
      indexNode(state.index, String(r.id), String(r.search ?? ''));
    state.empty = state.index.entries.size === 0;
  } catch (err) {
    await conns.close().catch(() => undefined);
    throw err;
  }
  const edgesOf = (ids: readonly string[], types?: Parameters<Store['edgesOf']>[1]) =>
    readEdgesOf(read, ids, types);
  const nodesById = (ids: readonly string[]) => readNodesById(read, ids);
  const reader: EdgeReader = {
    edgesOf,
    nodesById,
    endsOf: (ids, types) => readEdgeEnds(read, ids, types),
    edgesDirected: (ids, types, direction) => readEdgesDirected(read, ids, types, direction),
    edgesAmong: (ids, types) => readEdgesAmong(read, ids, types),
    edgesBetween: (pairs, types) => readEdgesFromStarts(read, pairs, types),
  };
  return {
    engine: 'embedded',
    ensureSchema,
    upsert: (graph) => upsert(state, graph),
    replaceDocument: (documentId, graph) => replaceDocument(state, documentId, graph),
    node: async (id) => (await nodesById([id]))[0] ?? null,
    nodes: (label, filter, sort, page) => readNodesPage(read, label, filter, sort, page),
    search: (text, labels, limit) => readSearch(read, state.index, text, labels, limit),
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
