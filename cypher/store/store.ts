// The one store interface. Two adapters implement it (cypher/embedded for
// LadybugDB, cypher/neo4j for Neo4j 5) with the same behaviour, checked by one
// contract suite (tests/cypher/store-contract.ts). Callers pass and receive the
// plain values of cypher/model/graph.ts; errors are StoreError (errors.ts).

import type { Graph, GraphEdge, GraphNode } from '../model/graph.ts';
import type { NodeLabel } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { RoleEntry, TimelineEntry, TimelineFilter } from './dated-reads.ts';

export type Engine = 'embedded' | 'neo4j';

export interface WriteResult {
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly nodesDeleted: number;
  readonly edgesCreated: number;
  readonly edgesUpdated: number;
  readonly edgesDeleted: number;
}

export interface NodeFilter {
  /** Case-insensitive substring of name or aliases. */
  readonly nameContains?: string;
  /** Nodes with at least one source in this document. */
  readonly document?: string;
  /** Exact property values, e.g. { kind: 'member-state' }. */
  readonly properties?: Readonly<Record<string, string | number>>;
}

/** A stored node's names and the distinct documents its sources cite. */
export interface StoredName {
  readonly id: string;
  readonly type: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly documents: readonly string[];
  /** A Meeting's start date and ordinal, when stored. */
  readonly startDate?: string;
  readonly ordinal?: number;
}

export interface Sort {
  readonly field: 'name' | 'id' | 'date';
  readonly direction?: 'asc' | 'desc';
}

export interface PageRequest {
  readonly offset?: number;
  /** At most MAX_PAGE (1000). */
  readonly limit?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

export type MatchKind = 'exact' | 'alias' | 'prefix' | 'contains' | 'words' | 'fuzzy';

export interface SearchHit {
  readonly node: GraphNode;
  /** Higher is better; hits come sorted by score, then name. */
  readonly score: number;
  readonly match: MatchKind;
  /** The name, alias, symbol or acronym that matched. */
  readonly matched: string;
}

export interface NeighbourhoodQuery {
  readonly ids: readonly string[];
  /** 1..3 */
  readonly depth: number;
  readonly relationshipTypes?: readonly RelationshipType[];
  readonly labels?: readonly NodeLabel[];
  /** Maximum number of nodes returned (the start nodes always included). */
  readonly limit: number;
}

/** One hop of a path, in path order; `forward` is false when walked against the edge's direction. */
export interface Hop {
  readonly edge: GraphEdge;
  readonly forward: boolean;
}

export interface Path {
  /** Node ids in order, first = start. */
  readonly nodes: readonly GraphNode[];
  readonly hops: readonly Hop[];
}

export type LineageDirection = 'down' | 'up' | 'both';

export interface Stats {
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
  readonly documents: number;
  readonly sources: number;
}

export const MAX_PAGE = 1000;

/** A relationship's identity (MODEL.md "Provenance": one relationship per type, from and to). */
export type EdgeKey = Pick<GraphEdge, 'type' | 'from' | 'to'>;

export interface Store {
  readonly engine: Engine;

  // writes
  ensureSchema(): Promise<void>;
  /** Idempotent: merges sources onto existing nodes/relationships; ≤ 10 000 rows per statement. */
  upsert(graph: Graph): Promise<WriteResult>;
  /**
   * Atomically replaces what `documentId` supports: its sources are removed from
   * every node/relationship, items left with no source are deleted, then `graph`
   * is upserted. Facts other documents still support are kept.
   */
  replaceDocument(documentId: string, graph: Graph): Promise<WriteResult>;

  // reads
  /** The node whole, a Document with its `text`. */
  node(id: string): Promise<GraphNode | null>;
  /** A page of nodes, read as nodesById reads them: a Document without its `text`. */
  nodes(
    label: NodeLabel | undefined,
    filter?: NodeFilter,
    sort?: Sort,
    page?: PageRequest,
  ): Promise<Page<GraphNode>>;
  search(text: string, labels?: readonly NodeLabel[], limit?: number): Promise<SearchHit[]>;
  /** Every node of `labels` by name, with the documents supporting it (ingest resolves a run against them). */
  entityNames(labels: readonly NodeLabel[]): Promise<StoredName[]>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Graph>;
  paths(
    from: string,
    to: string,
    relationshipTypes?: readonly RelationshipType[],
    maxHops?: number,
  ): Promise<Path[]>;
  /** Paths along LINEAGE_TYPES from `id`: 'down' towards outcomes, 'up' towards mandates. */
  lineage(id: string, direction: LineageDirection, maxHops?: number): Promise<Path[]>;
  roles(id: string): Promise<RoleEntry[]>;
  timeline(filter: TimelineFilter): Promise<TimelineEntry[]>;
  stats(): Promise<Stats>;
  exportGraph(): Promise<Graph>;
  /**
   * Part of the stored graph, as exportGraph gives it (nodes whole, a Document with its text): every
   * node and relationship with a source in one of `documentIds`, and those with an id in `nodeIds` or a
   * key in `edgeKeys` whatever supports them. Each item once, nodes by id and relationships by key in
   * order; unknown ids and keys are skipped. A re-ingest compares it with what a clean run would store
   * (ingest/reingest-plan.ts) instead of reading the whole store; ≤ 10 000 ids per statement.
   */
  storedFacts(
    documentIds: readonly string[],
    nodeIds?: readonly string[],
    edgeKeys?: readonly EdgeKey[],
  ): Promise<Graph>;
  /** Edges touching any of `ids` (batched nested resolution in the API). */
  edgesOf(ids: readonly string[], relationshipTypes?: readonly RelationshipType[]): Promise<GraphEdge[]>;
  /**
   * Nodes by id, in one query (batched nested resolution in the API); missing ids are skipped. Like
   * the walks and search, it leaves a Document's `text` out (the whole file); `node(id)` has it.
   */
  nodesById(ids: readonly string[]): Promise<GraphNode[]>;

  close(): Promise<void>;
}
