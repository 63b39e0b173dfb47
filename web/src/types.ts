// The shapes the explorer receives from the GraphQL API (api/schema/domain.graphql).
// Kept as plain values so the pure helpers (exports, elements, citations) are
// testable in Node without a DOM.

export interface Source {
  readonly document: string;
  readonly documentLabel?: string | null;
  readonly documentDate?: string | null;
  readonly locator: string;
  readonly quote: string;
}

export type Properties = Readonly<Record<string, unknown>>;

export interface Entity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly properties: Properties;
  readonly sources: readonly Source[];
}

/**
 * An entity without its sources: what a view that draws many entities and links each to its own page
 * needs (the lineage's paths repeat their nodes; see api.ts fetchLineage).
 */
export type EntitySummary = Omit<Entity, 'sources'>;

export interface Relationship {
  /** TYPE|from|to */
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly fromEntity?: Pick<Entity, 'id' | 'type' | 'name'> | null;
  readonly toEntity?: Pick<Entity, 'id' | 'type' | 'name'> | null;
  readonly properties: Properties;
  readonly sources: readonly Source[];
}

export interface EntityWithRelationships extends Entity {
  readonly relationships: readonly Relationship[];
}

export interface Subgraph {
  readonly nodes: readonly Entity[];
  readonly edges: readonly Relationship[];
  readonly truncated: boolean;
}

export interface SearchHit {
  readonly entity: Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'properties'>;
  readonly score: number;
  readonly match: string;
  readonly matched: string;
}

export interface Hop {
  readonly relationship: Relationship;
  readonly forward: boolean;
}

export interface LineagePath {
  readonly nodes: readonly EntitySummary[];
  readonly hops: readonly Hop[];
}

export interface Role {
  readonly type: string;
  readonly holder: Entity;
  readonly target: Entity;
  readonly role?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly datedBy?: string | null;
  readonly sources: readonly Source[];
}

export interface Mention {
  readonly entityId: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DocumentText {
  readonly entity: Entity;
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/** Relationship id as the API builds it: TYPE|from|to. */
export const relationshipId = (r: Pick<Relationship, 'type' | 'from' | 'to'>): string =>
  `${r.type}|${r.from}|${r.to}`;
