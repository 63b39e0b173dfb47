// The embedded LadybugDB adapter of the Store interface (cypher/store/store.ts).
// The database lives at config.path (GRAPH_DB_PATH); one process owns it: a
// second process gets StoreError 'LOCKED' (connections.ts). Writes go through
// the one write queue (cypher/store/writes.ts), each in one transaction, the
// first big load into an empty database by COPY (bulk-copy.ts); reads through
// the read pool. The steps are the shared ones (cypher/store) with LadybugDB's
// text of each operation (operations.ts).

import { resolve } from 'node:path';
import { labelOfId } from '../model/ids.ts';
import { hasHeavyProperty } from '../store/columns.ts';
import type { EmbeddedConfig } from '../store/config.ts';
import { createEdgeIndex, type EdgeIndex, indexedEdges, indexedEdgesBetween } from '../store/edge-index.ts';
import { readNodesById } from '../store/edge-reads.ts';
import type { EdgeReader } from '../store/graph-walk.ts';
import { cachedNodes, createNodeCache } from '../store/node-cache.ts';
import { createSearchIndex, indexNode } from '../store/search-index.ts';
import type { Store } from '../store/store.ts';
import { storeObject } from '../store/store-object.ts';
import type { WriteState } from '../store/writes.ts';
import { copyPlan } from './bulk-copy.ts';
import { inTransaction, openConnections } from './connections.ts';
import { loadEdgeIndex } from './edge-index-load.ts';
import { migrateSchema } from './migrate.ts';
import { loadNodeCache } from './node-cache-load.ts';
import { statements } from './operations.ts';

/** Below this many elements an empty-database upsert uses ordinary CREATEs. */
const COPY_THRESHOLD = 2_000;

export async function openEmbeddedStore(config: EmbeddedConfig): Promise<Store> {
  const conns = await openConnections(config.path, config.queryTimeoutMs);
  // The bulk path writes its CSV files next to the database.
  const copyDir = `${resolve(config.path)}.copy`;
  const state: WriteState = {
    conns,
    statements,
    transaction: inTransaction,
    bulk: { minElements: COPY_THRESHOLD, write: (exec, plan) => copyPlan(exec, plan, copyDir) },
    index: createSearchIndex(),
    empty: true,
  };
  const { read } = conns;
  const ensureSchema = () =>
    conns.setup(async (exec) => {
      for (const s of statements.schema()) await exec('ensure-schema', s);
      await migrateSchema(exec);
    });
  try {
    await ensureSchema();
    // The search index is rebuilt from the stored `search` column (docs/storage.md).
    for (const r of await read('search-terms', statements.text('search-terms')))
      indexNode(state.index, String(r.id), String(r.search ?? ''));
    state.empty = state.index.entries.size === 0;
  } catch (err) {
    await conns.close().catch(() => undefined);
    throw err;
  }
  // Walks read relationships, and nodesById the light node rows, from memory: this process alone owns
  // the database (cypher/store/edge-index.ts, node-cache.ts). Both load as one job on the write queue,
  // so no write can land half-way through it, and writes queued after it patch them. They load on the
  // first walk (an ingest run that never walks neither waits for them nor holds them; the server starts
  // the load right after start-up, api/main.ts); a failed load (a query time limit, say) is retried by
  // the next walk. Until loaded, nodesById reads the database.
  let loading: Promise<EdgeIndex> | undefined;
  const edgeIndex = (): Promise<EdgeIndex> => {
    if (state.edges) return Promise.resolve(state.edges);
    loading ??= conns
      .write(async (exec) => {
        const nodes = createNodeCache();
        // Every stored id is in the search index (rebuilt at open, patched by each write before this job).
        await loadNodeCache(exec, state.index.entries.keys(), nodes);
        const index = createEdgeIndex();
        // The relationships' end ids then share the node rows' strings (100 000 ids, not a copy per end).
        for (const id of nodes.rows.keys()) index.ids.set(id, id);
        await loadEdgeIndex(exec, index);
        state.nodes = nodes;
        state.edges = index;
        return index;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
  const nodesById = async (ids: readonly string[]) =>
    state.nodes ? cachedNodes(state.nodes, ids) : readNodesById(statements, read, ids);
  const reader: EdgeReader = {
    nodesById,
    edgesOf: async (ids, types) => indexedEdges(await edgeIndex(), ids, { types }),
    endsOf: async (ids, types) => indexedEdges(await edgeIndex(), ids, { types, withSources: false }),
    edgesBetween: async (pairs, types) => indexedEdgesBetween(await edgeIndex(), pairs, types),
    cheapEnds: true,
  };
  // node(id) is the node whole: from memory when its label has no heavy property (a Document's text is
  // read from the database, never kept in memory).
  const node = async (id: string) => {
    const l = typeof id === 'string' ? labelOfId(id) : undefined;
    if (state.nodes && l && !hasHeavyProperty(l)) return cachedNodes(state.nodes, [id])[0] ?? null;
    return (await readNodesById(statements, read, [id], true))[0] ?? null;
  };
  return storeObject({
    engine: 'embedded',
    state,
    read,
    reader,
    node,
    ensureSchema,
    close: () => conns.close(),
  });
}
