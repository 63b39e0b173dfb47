// The small typed values that travel between stages: ingest produces a Graph,
// the store keeps it, the API serves parts of it. Same shape as the graph
// export of ../shared/MODEL.md ("The graph export").

import type { NodeLabel } from './labels.ts';
import type { RelationshipType } from './relationships.ts';

/** Where a fact comes from: MODEL.md "Provenance". */
export interface Source {
  /** Document node id, e.g. `document:e-cn-16-2018-crp-3`. */
  readonly document: string;
  /** Where in it: "para 8", "para 8(c)", "footnote 33", "page 2", "line 40". */
  readonly locator: string;
  /** Words copied from the text, at most 300 characters. */
  readonly quote: string;
}

export const MAX_QUOTE_LENGTH = 300;

export type PropertyValue = string | number | readonly string[] | null;
export type Properties = Readonly<Record<string, PropertyValue>>;

export interface GraphNode {
  readonly id: string;
  readonly type: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly properties: Properties;
  readonly sources: readonly Source[];
}

export interface GraphEdge {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
  readonly sources: readonly Source[];
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const emptyGraph = (): Graph => ({ nodes: [], edges: [] });

/** A relationship's identity: one per (type, from, to). */
export const edgeKey = (e: Pick<GraphEdge, 'type' | 'from' | 'to'>): string => `${e.type}|${e.from}|${e.to}`;

/** A source's identity, for de-duplication when merging. */
export const sourceKey = (s: Source): string => `${s.document}|${s.locator}|${s.quote}`;
