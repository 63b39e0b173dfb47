// The embedded LadybugDB adapter of the Store interface (cypher/store/store.ts).
// The database lives at config.path (GRAPH_DB_PATH); one process owns it: a
// second process gets StoreError 'LOCKED' (connections.ts). Writes go through
// the one write queue (embedded-writes.ts); reads through the read pool.

import { resolve } from 'node:path';
import type { EmbeddedConfig } from '../store/config.ts';
import type { EdgeReader } from '../store/graph-walk.ts';
import { createSearchIndex, indexNode } from '../store/search-index.ts';
import type { Store } from '../store/store.ts';
import { openConnections } from './connections.ts';
import { readEdgesDirected, readEdgesFromStarts } from './edge-reads.ts';
import type { WriteState } from './embedded-writes.ts';
import { cypher, schemaStatements } from './operations.ts';
import { baseReader, storeObject } from './store-object.ts';

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
  const reader: EdgeReader = {
    ...baseReader(read),
    edgesDirected: (ids, types, direction) => readEdgesDirected(read, ids, types, direction),
    edgesBetween: (pairs, types) => readEdgesFromStarts(read, pairs, types),
  };
  return storeObject({
    engine: 'embedded',
    state,
    read,
    reader,
    ensureSchema,
    close: () => conns.close(),
  });
}
