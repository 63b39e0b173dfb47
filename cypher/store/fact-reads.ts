// Store.storedFacts: the stored facts a set of documents and a set of ids
// touch, so that a re-ingest compares only those with what a clean run would
// store (ingest/reingest-plan.ts) instead of reading the whole store with
// exportGraph (docs/storage.md "Re-ingesting"). Shared by both engines, with
// the statements replaceDocument uses to find what one document supports.

import { edgeKey, type Graph, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { NODE_LABELS } from '../model/labels.ts';
import { isAllowedPair } from '../model/relationship-pairs.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgePropertyNames } from './columns.ts';
import { readNodesById } from './edge-reads.ts';
import type { Exec } from './exec.ts';
import { chunks, edgeFromRecord, nodeFromRecord } from './rows.ts';
import { sourceMarker } from './sources-encoding.ts';
import type { Statements } from './statements.ts';
import type { EdgeKey } from './store.ts';
import { label, returnFields } from './template.ts';
import { BATCH, storedEdges } from './write-steps.ts';

/**
 * Up to this many documents, each is looked for in turn (document-nodes, document-edges: on LadybugDB a
 * pass over every relationship table per document, ~0.3–0.7 s on a million relationships); more are found
 * in one pass over every label and type whose rows are filtered here (documents-nodes, documents-edges:
 * ~4–5 s on a million relationships, whatever the number of documents). Measured on the bench graph
 * (100 000 nodes, 1 000 000 relationships) on the shared 2-core machine (docs/storage.md "Re-ingesting").
 */
export const ONE_BY_ONE = 12;

/** Stored items with at least one source in `documentId`, nodes whole (replaceDocument's first step). */
export async function supportedBy(s: Statements, exec: Exec, documentId: string): Promise<Graph> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const l of NODE_LABELS) {
    const rows = await exec('document-nodes', s.text('document-nodes', { LABEL: label(l) }), {
      document: documentId,
    });
    for (const r of rows) nodes.push(nodeFromRecord(l, r.n as Record<string, unknown>));
  }
  for (const t of RELATIONSHIP_TYPES) {
    const values = { TYPE: label(t), EDGE_FIELDS: returnFields('e', edgePropertyNames(t)) };
    // $marker for an engine that finds documents in the sources text (LadybugDB), $document for one that
    // keeps a list (Neo4j); each ignores the other.
    const params = { document: documentId, marker: sourceMarker(documentId) };
    const rows = await exec('document-edges', s.text('document-edges', values), params);
    for (const r of rows) edges.push(edgeFromRecord(t, String(r.fromId), String(r.toId), r));
  }
  return { nodes, edges };
}

// Where each encoded source starts: `{"` opens only a source object (sources-encoding.ts sourceMarker).
const DOCUMENT_OF_SOURCE = /\{"document":("(?:[^"\\]|\\.)*"),/g;

/** Whether a stored sources text names one of `wanted` (without decoding the sources). */
function namesAny(sources: unknown, wanted: ReadonlySet<string>): boolean {
  if (typeof sources !== 'string') return false;
  for (const m of sources.matchAll(DOCUMENT_OF_SOURCE)) {
    const literal = m[1]!;
    if (wanted.has(literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1)))
      return true;
  }
  return false;
}

/**
 * Many documents: the ids of the nodes they support and their relationships, each label and type in one
 * pass whose rows are kept only when they name one of `documents` (an engine may return every row).
 */
async function manyDocuments(
  s: Statements,
  read: Exec,
  documents: readonly string[],
  ids: Set<string>,
  edges: Map<string, GraphEdge>,
): Promise<void> {
  // Rows are kept when they name any of the documents, not only the batch's: an engine that returns every
  // row answers each batch alike (more than 10 000 documents in one run), and the maps keep each item once.
  const wanted = new Set(documents);
  for (const batch of chunks(documents, BATCH)) {
    const params = { documents: batch };
    await Promise.all(
      NODE_LABELS.map(async (l) => {
        const rows = await read('documents-nodes', s.text('documents-nodes', { LABEL: label(l) }), params);
        for (const r of rows)
          if (Array.isArray(r.documents) && r.documents.some((d) => wanted.has(String(d))))
            ids.add(String(r.id));
      }),
    );
    // One type at a time: an answer may hold every relationship of its type (SPOKE_AT: a quarter of the
    // bench graph) until it is filtered.
    for (const t of RELATIONSHIP_TYPES) {
      const values = { TYPE: label(t), EDGE_FIELDS: returnFields('e', edgePropertyNames(t)) };
      for (const r of await read('documents-edges', s.text('documents-edges', values), params)) {
        if (!namesAny(r.sources, wanted)) continue;
        const e = edgeFromRecord(t, String(r.fromId), String(r.toId), r);
        edges.set(edgeKey(e), e);
      }
    }
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every stored node and relationship with a source in one of `documentIds`, and those with an id in
 * `nodeIds` or a key in `edgeKeys` (whatever supports them); each once, nodes whole (a Document with its
 * text), sorted by id and by key. Unknown ids and keys, and keys the model forbids, are skipped.
 */
export async function readStoredFacts(
  s: Statements,
  read: Exec,
  documentIds: readonly string[],
  nodeIds: readonly string[] = [],
  edgeKeys: readonly EdgeKey[] = [],
): Promise<Graph> {
  const documents = [...new Set(documentIds.filter((d) => typeof d === 'string' && d))];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const ids = new Set<string>();
  if (documents.length > ONE_BY_ONE) await manyDocuments(s, read, documents, ids, edges);
  else
    for (const d of documents) {
      const part = await supportedBy(s, read, d);
      for (const n of part.nodes) nodes.set(n.id, n);
      for (const e of part.edges) edges.set(edgeKey(e), e);
    }
  for (const id of nodeIds) if (typeof id === 'string' && !nodes.has(id)) ids.add(id);
  for (const n of await readNodesById(s, read, [...ids], true)) nodes.set(n.id, n);
  const missing = new Map<string, EdgeKey>();
  for (const k of edgeKeys) {
    const from = typeof k?.from === 'string' ? labelOfId(k.from) : undefined;
    const to = typeof k?.to === 'string' ? labelOfId(k.to) : undefined;
    // A pair the model forbids cannot be stored (and the engine rejects a pattern its schema cannot match).
    if (!from || !to || !isAllowedPair(k.type, from, to)) continue;
    const key = edgeKey(k);
    if (!edges.has(key)) missing.set(key, { type: k.type, from: k.from, to: k.to });
  }
  // By key with the statement writes look relationships up with (edges-by-key).
  for (const [key, e] of await storedEdges(s, read, [...missing.values()])) edges.set(key, e);
  return {
    nodes: [...nodes.values()].sort((a, b) => byString(a.id, b.id)),
    edges: [...edges.entries()].sort(([a], [b]) => byString(a, b)).map(([, e]) => e),
  };
}
