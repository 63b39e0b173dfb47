// The Neo4j 5 adapter of the Store interface (cypher/store/store.ts). Thin on
// purpose: every operation is the embedded adapter's own read/write step (same
// plan, same rows, same decoding, so the same behaviour), run on Neo4j with the
// Neo4j text of the operation (neo4j-operations.ts). Writes are one managed
// write transaction each, MERGE on constrained ids (schema.cypher), so a retry
// by the driver is harmless; reads are managed read transactions.

import type { Connections, Exec } from '../embedded/connections.ts';
import { readEdgesBetween } from '../embedded/edge-reads.ts';
import type { WriteState } from '../embedded/embedded-writes.ts';
import { baseReader, storeObject } from '../embedded/store-object.ts';
import type { Neo4jConfig } from '../store/config.ts';
import type { EdgeReader } from '../store/graph-walk.ts';
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
  const reader: EdgeReader = {
    ...baseReader(read),
    edgesBetween: (pairs, types) => readEdgesBetween(read, pairs, types),
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
