// The Neo4j 5 adapter of the Store interface (cypher/store/store.ts). Thin on
// purpose: every operation is the shared read/write step of cypher/store (same
// plan, same rows, same decoding as the embedded engine, so the same behaviour),
// with Neo4j's text of each operation (neo4j-operations.ts). Writes are one
// managed write transaction each, MERGE on constrained ids (schema.cypher), so a
// retry by the driver is harmless; reads are managed read transactions.

import type { Neo4jConfig } from '../store/config.ts';
import { readEdgesBetween } from '../store/edge-reads.ts';
import type { Connections } from '../store/exec.ts';
import type { EdgeReader } from '../store/graph-walk.ts';
import { createSearchIndex } from '../store/search-index.ts';
import type { Store } from '../store/store.ts';
import { baseReader, storeObject } from '../store/store-object.ts';
import type { WriteState } from '../store/writes.ts';
import { openNeo4jConnections } from './neo4j-connections.ts';
import { neo4jStatements as statements } from './neo4j-operations.ts';
import { searchSync } from './neo4j-search-sync.ts';

/** One write job at a time per process, as on the embedded engine (a job plans from what it reads). */
function serialised(conns: Connections): Connections {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    write(job) {
      const run = tail.then(() => conns.write(job));
      tail = run.catch(() => undefined);
      return run;
    },
    read: conns.read,
    close: async () => {
      await tail;
      await conns.close();
    },
  };
}

export async function openNeo4jStore(config: Neo4jConfig): Promise<Store> {
  const raw = await openNeo4jConnections(config);
  const conns = serialised(raw);
  // No `transaction`: each write job already is one managed transaction. No `bulk`: the COPY path is
  // LadybugDB's; Neo4j always takes the batched MERGE path.
  const state: WriteState = { conns, statements, index: createSearchIndex(), empty: false };
  const { read } = conns;
  const sync = searchSync(read, statements.text('search-terms'), state.index);
  // Schema commands cannot share a transaction with data writes: one transaction each.
  const ensureSchema = async () => {
    for (const s of statements.schema()) await raw.write((exec) => exec('ensure-schema', s));
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
  const reader: EdgeReader = {
    ...baseReader(statements, read),
    edgesBetween: (pairs, types) => readEdgesBetween(statements, read, pairs, types),
  };
  return storeObject({
    engine: 'neo4j',
    state,
    read,
    reader,
    ensureSchema,
    close: () => conns.close(),
    beforeSearch: () => sync.touch(),
  });
}
