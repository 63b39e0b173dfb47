// What a write must do, worked out in plain values before any statement runs,
// so both adapters write the same thing: which nodes and relationships to
// create, update or delete, with their merged sources (MODEL.md "Provenance":
// a fact found in several documents is one item with several sources).

import { edgeKey, type Graph, type GraphEdge, type GraphNode, type Source } from '../model/graph.ts';
import { mergeEdge, mergeGraphs, mergeNode } from '../model/merge.ts';
import type { WriteResult } from './store.ts';

export interface WritePlan {
  readonly createNodes: readonly GraphNode[];
  readonly updateNodes: readonly GraphNode[];
  readonly deleteNodes: readonly GraphNode[];
  readonly createEdges: readonly GraphEdge[];
  readonly updateEdges: readonly GraphEdge[];
  readonly deleteEdges: readonly GraphEdge[];
  readonly result: WriteResult;
}

/** What is stored now for the items a write touches. */
export interface StoredItems {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** By edgeKey. */
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function plan(
  graph: Graph,
  stored: StoredItems,
  deleteNodes: GraphNode[] = [],
  deleteEdges: GraphEdge[] = [],
  stripped: Pick<StoredItems, 'nodes' | 'edges'> = { nodes: new Map(), edges: new Map() },
): WritePlan {
  const g = mergeGraphs([graph]);
  const createNodes: GraphNode[] = [];
  const updateNodes: GraphNode[] = [];
  const createEdges: GraphEdge[] = [];
  const updateEdges: GraphEdge[] = [];
  let nodesUpdated = 0;
  let edgesUpdated = 0;
  const touchedNodes = new Set<string>();
  const touchedEdges = new Set<string>();
  // Only a replace has stripped items whose re-assertion must be known (a bulk upsert of a million
  // relationships would otherwise keep a million more keys alive for nothing).
  const track = stripped.nodes.size > 0 || stripped.edges.size > 0;
  for (const n of g.nodes) {
    if (track) touchedNodes.add(n.id);
    const prev = stored.nodes.get(n.id);
    if (!prev) {
      createNodes.push(n);
      continue;
    }
    nodesUpdated++;
    // A node only this document supported is re-asserted fresh: its old values are stale.
    const base = stripped.nodes.get(n.id) ?? prev;
    const merged = base.sources.length === 0 ? n : mergeNode(base, n);
    if (!same(merged, prev)) updateNodes.push(merged);
  }
  for (const e of g.edges) {
    if (!track && stored.edges.size === 0) {
      createEdges.push(e);
      continue;
    }
    const k = edgeKey(e);
    if (track) touchedEdges.add(k);
    const prev = stored.edges.get(k);
    if (!prev) {
      createEdges.push(e);
      continue;
    }
    edgesUpdated++;
    const base = stripped.edges.get(k) ?? prev;
    const merged = base.sources.length === 0 ? e : mergeEdge(base, e);
    if (!same(merged, prev)) updateEdges.push(merged);
  }
  // Items that lost this document's sources but keep others, and are not re-asserted.
  for (const [id, n] of stripped.nodes)
    if (!touchedNodes.has(id)) {
      updateNodes.push(n);
      nodesUpdated++;
    }
  for (const [k, e] of stripped.edges)
    if (!touchedEdges.has(k)) {
      updateEdges.push(e);
      edgesUpdated++;
    }
  return {
    createNodes,
    updateNodes,
    deleteNodes,
    createEdges,
    updateEdges,
    deleteEdges,
    result: {
      nodesCreated: createNodes.length,
      nodesUpdated,
      nodesDeleted: deleteNodes.length,
      edgesCreated: createEdges.length,
      edgesUpdated,
      edgesDeleted: deleteEdges.length,
    },
  };
}

/** upsert: create what is missing, merge sources/aliases/properties onto what is stored. */
export function planUpsert(graph: Graph, stored: StoredItems): WritePlan {
  return plan(graph, stored);
}

const withoutDocument = (sources: readonly Source[], documentId: string): Source[] =>
  sources.filter((s) => s.document !== documentId);

/** Items `documentId` supports that would be left with no source once its sources are removed. */
export function orphansOf(documentId: string, supported: Graph, graph: Graph): Graph {
  const keepNodes = new Set(graph.nodes.map((n) => n.id));
  const keepEdges = new Set(graph.edges.map(edgeKey));
  return {
    nodes: supported.nodes.filter(
      (n) => !keepNodes.has(n.id) && withoutDocument(n.sources, documentId).length === 0,
    ),
    edges: supported.edges.filter(
      (e) => !keepEdges.has(edgeKey(e)) && withoutDocument(e.sources, documentId).length === 0,
    ),
  };
}

/**
 * replaceDocument: `supported` = stored items with a source in `documentId`.
 * Their sources from that document are removed; items left with none and not
 * re-asserted by `graph` are deleted; then `graph` is merged on top. Facts other
 * documents support keep those other sources (issue 2 item 3).
 */
export function planReplace(
  documentId: string,
  supported: Graph,
  graph: Graph,
  stored: StoredItems,
): WritePlan {
  const orphans = orphansOf(documentId, supported, graph);
  const orphanNodes = new Set(orphans.nodes.map((n) => n.id));
  const orphanEdges = new Set(orphans.edges.map(edgeKey));
  const strippedNodes = new Map<string, GraphNode>();
  const strippedEdges = new Map<string, GraphEdge>();
  for (const n of supported.nodes)
    if (!orphanNodes.has(n.id))
      strippedNodes.set(n.id, { ...n, sources: withoutDocument(n.sources, documentId) });
  for (const e of supported.edges) {
    const k = edgeKey(e);
    // An edge whose end node goes is removed with it (DETACH DELETE).
    if (orphanEdges.has(k) || orphanNodes.has(e.from) || orphanNodes.has(e.to)) continue;
    strippedEdges.set(k, { ...e, sources: withoutDocument(e.sources, documentId) });
  }
  const deleteEdges = supported.edges.filter(
    (e) => orphanEdges.has(edgeKey(e)) || orphanNodes.has(e.from) || orphanNodes.has(e.to),
  );
  const allStored: StoredItems = {
    nodes: new Map([...stored.nodes, ...supported.nodes.map((n) => [n.id, n] as const)]),
    edges: new Map([...stored.edges, ...supported.edges.map((e) => [edgeKey(e), e] as const)]),
  };
  return plan(graph, allStored, [...orphans.nodes], deleteEdges, {
    nodes: strippedNodes,
    edges: strippedEdges,
  });
}
