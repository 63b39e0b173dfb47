// What every resolver receives: the store and this request's loaders. On
// Neo4j, the resolvers @neo4j/graphql generates also read their session
// settings from the context (database, transaction timeout), passed as `extra`.

import type { Store } from '../cypher/store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { NodeCache } from './node-cache.ts';

export interface ApiContext {
  readonly store: Store;
  readonly loaders: Loaders;
}

export type ContextExtra = Readonly<Record<string, unknown>>;

export function createContext(store: Store, cache: NodeCache, extra: ContextExtra = {}): ApiContext {
  // A fresh object per request: @neo4j/graphql writes into its context.
  return { ...extra, store, loaders: createLoaders(store, cache) };
}
