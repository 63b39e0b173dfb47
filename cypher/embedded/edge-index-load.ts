// Fills the in-memory relationship index (cypher/store/edge-index.ts) from the
// database at open: every relationship of every type, its sources kept as the
// stored JSON text (decoded only when a walk returns the relationship).

import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgePropertyNames } from '../store/columns.ts';
import { type EdgeIndex, indexEdge } from '../store/edge-index.ts';
import type { Exec } from '../store/exec.ts';
import { edgeFromRecord } from '../store/rows.ts';
import { label, returnFields } from '../store/template.ts';
import { cypher } from './operations.ts';

/** Reads type after type on one connection (`exec` is the write connection: see embedded-store.ts). */
export async function loadEdgeIndex(exec: Exec, index: EdgeIndex): Promise<void> {
  for (const t of RELATIONSHIP_TYPES) {
    const values = { TYPE: label(t), EDGE_FIELDS: returnFields('e', edgePropertyNames(t)) };
    for (const r of await exec('all-edges', cypher('all-edges', values))) {
      const { sources, ...rest } = r;
      const e = edgeFromRecord(t, String(r.fromId), String(r.toId), rest);
      indexEdge(index, { ...e, sources: typeof sources === 'string' ? sources : '[]' }, false);
    }
  }
}
