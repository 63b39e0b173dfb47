// Entities already stored from documents outside the run. A run resolves its
// names within its batch and against these: "Ana Cristina Amoroso das Neves" in
// a document ingested today is the "Ana Cristina das Neves" a document loaded
// last week named, not a second person. A stored entity keeps its id and name
// (the run's name becomes an alias): the run rewrites only its own documents,
// so the id other documents' facts hang on cannot move. Two stored entities are
// never merged by a run for the same reason; a re-ingest of both their
// documents together (or seeds/decisions.json) can.

import type { GraphNode } from '../../cypher/model/graph.ts';
import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { StoredName } from '../../cypher/store/store.ts';

/**
 * The labels resolve.ts compares by name, and Meeting, whose unnumbered gatherings it tells apart by name
 * and date (meeting-date-merges.ts). Documents, resolutions and groups go by symbol or years.
 */
export const ANCHOR_LABELS: readonly NodeLabel[] = ['Person', 'Organization', 'Process', 'Theme', 'Meeting'];

export interface Anchors {
  /** Ids a stored document outside the batch supports: they keep their id and name. */
  readonly fixed: ReadonlySet<string>;
  /** The fixed ones the batch does not hold, as nodes to compare the batch's names with. */
  readonly nodes: readonly GraphNode[];
}

export const NO_ANCHORS: Anchors = { fixed: new Set(), nodes: [] };

/**
 * The stored entities a batch resolves against: those with a document that is not one of the batch's
 * (a stored entity only the batch's documents support is the batch's own, found again by this run).
 */
export function anchorsFor(
  stored: readonly StoredName[],
  batchDocuments: ReadonlySet<string>,
  batchIds: ReadonlySet<string>,
): Anchors {
  const fixed = new Set<string>();
  const nodes: GraphNode[] = [];
  for (const s of stored) {
    if (!ANCHOR_LABELS.includes(s.type) || s.documents.every((d) => batchDocuments.has(d))) continue;
    fixed.add(s.id);
    if (!batchIds.has(s.id))
      nodes.push({
        id: s.id,
        type: s.type,
        name: s.name,
        aliases: [...s.aliases],
        properties: {
          ...(s.startDate !== undefined ? { startDate: s.startDate } : {}),
          ...(s.ordinal !== undefined ? { ordinal: s.ordinal } : {}),
        },
        sources: [],
      });
  }
  return { fixed, nodes };
}
