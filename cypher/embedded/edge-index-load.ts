// Fills the in-memory relationship index (cypher/store/edge-index.ts) from the
// database at open: every relationship of every type, its sources kept as the
// stored JSON text (decoded only when a walk returns the relationship).

import { allowedPairs } from '../model/relationship-pairs.ts';
import { RELATIONSHIPS } from '../model/relationships.ts';
import { edgePropertyNames } from '../store/columns.ts';
import { type EdgeIndex, indexEdge } from '../store/edge-index.ts';
import type { Exec } from '../store/exec.ts';
import { edgeFromRecord } from '../store/rows.ts';
import { label, returnFields } from '../store/template.ts';
import { cypher } from './operations.ts';

/** Reads type after type on one connection (`exec` is the write connection: see embedded-store.ts). */
export async function loadEdgeIndex(exec: Exec, index: EdgeIndex): Promise<void> {
  // One query per type and label pair: smaller answers, labelled ends, and each well inside the query
  // time limit that every statement runs under (STORE_QUERY_TIMEOUT_MS).
  for (const spec of RELATIONSHIPS)
    for (const [from, to] of allowedPairs(spec)) {
      const t = spec.type;
      const values = {
        TYPE: label(t),
        FROM_LABEL: label(from),
        TO_LABEL: label(to),
        EDGE_FIELDS: returnFields('e', edgePropertyNames(t)),
      };
      for (const r of await exec('index-edges', cypher('index-edges', values))) {
        const { sources, ...rest } = r;
        const e = edgeFromRecord(t, String(r.fromId), String(r.toId), rest);
        indexEdge(index, { ...e, sources: typeof sources === 'string' ? sources : '[]' }, false);
      }
    }
}
