// Fills the in-memory light node rows (cypher/store/node-cache.ts) from the
// database, with the statement nodesById runs (nodes-by-id, light fields), so
// the cached rows are read exactly as the database path reads them.

import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import { nodesByIdStatement } from '../store/edge-reads.ts';
import type { Exec } from '../store/exec.ts';
import { cacheRecord, type NodeCache } from '../store/node-cache.ts';
import { chunks, groupBy } from '../store/rows.ts';
import { statements } from './operations.ts';

/**
 * Reads the nodes `ids` (every stored id: the search index's, which holds every node, search-index.ts)
 * label by label, 10 000 primary-key look-ups a statement, on one connection (`exec` is the write
 * connection's: the load is a job on the write queue, embedded-store.ts).
 */
export async function loadNodeCache(exec: Exec, ids: Iterable<string>, cache: NodeCache): Promise<void> {
  const byLabel = groupBy(
    [...ids].filter((id) => labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  for (const [l, list] of byLabel) {
    const text = nodesByIdStatement(statements, l as NodeLabel, false);
    for (const part of chunks(list, 10_000))
      for (const r of await exec('nodes-by-id', text, { ids: part })) cacheRecord(cache, l as NodeLabel, r);
  }
}
