// Per-request batching of nested fields: every Entity.relationships,
// Relationship.fromEntity/toEntity and Source.documentLabel asked for in one
// request becomes one store.edgesOf / store.nodesById call per tick, not one
// query per item (the N+1 problem). Loaders live for one request only, so
// nothing stale is ever served.

import DataLoader from 'dataloader';
import type { GraphEdge, GraphNode } from '../cypher/model/graph.ts';
import type { RelationshipType } from '../cypher/model/relationships.ts';
import type { Store } from '../cypher/store/store.ts';
import type { NodeCache } from './node-cache.ts';

export interface Loaders {
  readonly node: DataLoader<string, GraphNode | null>;
  /** Edges touching an id, per set of relationship types ('' = all types). */
  edges(types: readonly RelationshipType[] | undefined): DataLoader<string, GraphEdge[]>;
  /** Document symbol, else title, else name; null when the document is not in the graph. */
  readonly documentLabel: DataLoader<string, string | null>;
}

const MAX_BATCH = 500;

export function createLoaders(store: Store, cache: NodeCache): Loaders {
  // Document nodes come without `text` (see node-cache.ts); document(id) reads it from the store.
  const node = new DataLoader<string, GraphNode | null>((ids) => cache.load(store, ids), {
    maxBatchSize: MAX_BATCH,
  });

  const edgeLoaders = new Map<string, DataLoader<string, GraphEdge[]>>();
  const edges = (types: readonly RelationshipType[] | undefined): DataLoader<string, GraphEdge[]> => {
    const key = types ? [...types].sort().join(',') : '';
    let loader = edgeLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, GraphEdge[]>(
        async (ids) => {
          const found = await store.edgesOf(ids, types);
          const byId = new Map<string, GraphEdge[]>(ids.map((id) => [id, []]));
          for (const e of found) {
            byId.get(e.from)?.push(e);
            if (e.to !== e.from) byId.get(e.to)?.push(e);
          }
          return ids.map((id) => byId.get(id) ?? []);
        },
        { maxBatchSize: MAX_BATCH },
      );
      edgeLoaders.set(key, loader);
    }
    return loader;
  };

  const documentLabel = new DataLoader<string, string | null>(async (ids) => {
    const docs = await node.loadMany(ids);
    return docs.map((d) => (d && !(d instanceof Error) ? labelOf(d) : null));
  });

  return { node, edges, documentLabel };
}

export function labelOf(doc: GraphNode): string {
  const { symbol, title } = doc.properties;
  if (typeof symbol === 'string' && symbol) return symbol;
  if (typeof title === 'string' && title) return title;
  return doc.name;
}

/** Seeds the node loader with nodes a resolver already holds (saves a lookup for fromEntity/toEntity). */
export function prime(loaders: Loaders, nodes: readonly GraphNode[]): void {
  for (const n of nodes) loaders.node.prime(n.id, n);
}
