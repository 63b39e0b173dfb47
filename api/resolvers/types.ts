// Field resolvers of the domain object types. Resolvers receive the plain
// values of cypher/model/graph.ts and cypher/store/store.ts; nested lookups go
// through the request's loaders (batched, see loaders.ts).

import { win32 } from 'node:path';
import { edgeKey, type GraphEdge, type GraphNode, type Source } from '../../cypher/model/graph.ts';
import type { RoleEntry, TimelineEntry } from '../../cypher/store/dated-reads.ts';
import type { Hop, SearchHit } from '../../cypher/store/store.ts';
import type { ApiContext } from '../context.ts';
import { intIn, LIMITS, typesArg } from '../limits.ts';
import { ENTITY_FIELDS, RELATIONSHIP_FIELDS, typedFieldResolvers } from '../schema/typed-fields.ts';

/**
 * Document `text` is large: it is served by `document(id)` only, not in every `properties`. The stored
 * `file` is the path ingest read (it finds deleted files by it); clients get its file name only, never
 * where the server keeps its corpus.
 */
export function publicProperties(node: GraphNode) {
  if (node.type !== 'Document') return node.properties;
  const { text: _text, ...rest } = node.properties;
  // win32.basename splits on both `/` and `\`: a corpus ingested on Windows into a shared Neo4j stores
  // `C:\Users\…\a.pdf`, which the POSIX basename returns whole on a Linux server.
  return typeof rest.file === 'string' ? { ...rest, file: win32.basename(rest.file) } : rest;
}

export const typeResolvers = {
  Entity: {
    properties: publicProperties,
    async relationships(
      node: GraphNode,
      a: { types?: string[] | null; limit?: number | null },
      ctx: ApiContext,
    ) {
      const types = typesArg('types', a.types);
      const limit = intIn('limit', a.limit, 200, 1, LIMITS.relationshipsLimit);
      const edges = await ctx.loaders.edges(types).load(node.id);
      return edges.slice(0, limit);
    },
    ...typedFieldResolvers(ENTITY_FIELDS),
  },
  Relationship: {
    id: (e: GraphEdge) => edgeKey(e),
    fromEntity: (e: GraphEdge, _: unknown, ctx: ApiContext) => ctx.loaders.node.load(e.from),
    toEntity: (e: GraphEdge, _: unknown, ctx: ApiContext) => ctx.loaders.node.load(e.to),
    ...typedFieldResolvers(RELATIONSHIP_FIELDS),
  },
  Source: {
    documentLabel: (s: Source, _: unknown, ctx: ApiContext) => ctx.loaders.documentLabel.load(s.document),
    documentDate: async (s: Source, _: unknown, ctx: ApiContext) => {
      const doc = await ctx.loaders.node.load(s.document);
      return typeof doc?.properties.date === 'string' ? doc.properties.date : null;
    },
  },
  SearchHit: {
    entity: (h: SearchHit) => h.node,
  },
  Hop: {
    relationship: (h: Hop) => h.edge,
  },
  Role: {
    holder: (r: RoleEntry) => r.person,
    role: (r: RoleEntry) => r.role ?? null,
    from: (r: RoleEntry) => r.from ?? null,
    to: (r: RoleEntry) => r.to ?? null,
    datedBy: (r: RoleEntry) => r.datedBy ?? null,
  },
  TimelineEntry: {
    endDate: (t: TimelineEntry) => t.endDate ?? null,
    entity: (t: TimelineEntry) => t.node ?? null,
    relationship: (t: TimelineEntry) => t.edge ?? null,
  },
};
