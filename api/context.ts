// What every resolver receives: the store and this request's loaders.

import type { Store } from '../cypher/store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  readonly store: Store;
  readonly loaders: Loaders;
}

export function createContext(store: Store): ApiContext {
  return { store, loaders: createLoaders(store) };
}
