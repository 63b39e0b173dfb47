// The names a run resolves against besides its own (ingest/pipeline.ts): those stored from documents
// outside the run.

import type { Store, StoredName } from '../cypher/store/store.ts';
import type { Removal } from './read/missing-files.ts';
import { ANCHOR_LABELS } from './resolve/stored-anchors.ts';

/**
 * The names stored from documents outside the run, which the run's names resolve against (none when the
 * run reads no document); a document this run removes (`missing`) supports nothing any more.
 */
export async function outsideNames(
  store: Store | undefined,
  documents: number,
  missing: readonly Removal[],
): Promise<StoredName[]> {
  const gone = new Set(missing.map((m) => m.id));
  return store && documents
    ? (await store.entityNames(ANCHOR_LABELS)).map((n) =>
        gone.size ? { ...n, documents: n.documents.filter((d) => !gone.has(d)) } : n,
      )
    : [];
}
