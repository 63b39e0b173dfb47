// The set-up most API test files share: a real embedded store in a fresh
// temporary folder, loaded (a graph, or the seed corpus through ingest), the
// server on port 0 in front of it, and both torn down after the file.

import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../cypher/model/graph.ts';
import type { Store } from '../../cypher/store/store.ts';
import { type Client, client, type ServeOptions, serve, type TempStore, tempStore } from './helpers.ts';

export interface ServedSetup {
  /** Loaded with store.upsert. */
  readonly graph?: Graph;
  /** Loads the store another way, after `graph` (e.g. ingestPaths on the seed corpus). */
  readonly load?: (store: Store) => Promise<void>;
  /** What the server sees instead of the store itself (e.g. a wrapper that counts calls). */
  readonly wrap?: (store: Store) => Store;
  /** Server options; a function when they depend on other beforeAll work (e.g. a web/dist folder). */
  readonly options?: ServeOptions | (() => ServeOptions);
}

export interface Served extends Client {
  readonly db: TempStore;
  /** The real store (not the `wrap`ped one the server sees). */
  readonly store: Store;
  /** Stops the server, then closes the store and removes its folder. */
  close(): Promise<void>;
}

export async function served(setup: ServedSetup = {}): Promise<Served> {
  const db = await tempStore(setup.graph);
  try {
    await setup.load?.(db.store);
    const options = typeof setup.options === 'function' ? setup.options() : setup.options;
    const server = await serve(setup.wrap ? setup.wrap(db.store) : db.store, options);
    return {
      ...client(server),
      db,
      store: db.store,
      async close() {
        await server.close();
        await db.cleanup();
      },
    };
  } catch (error) {
    await db.cleanup().catch(() => {}); // the set-up error is the one to report
    throw error;
  }
}

/** One served store for one test: closed afterwards, whether the test passes or not. */
export async function withServed(setup: ServedSetup, run: (api: Served) => Promise<void>): Promise<void> {
  const api = await served(setup);
  try {
    await run(api);
  } finally {
    await api.close();
  }
}

/**
 * One served store for the whole test file, registered with beforeAll/afterAll.
 * The returned object is filled in by beforeAll: use it inside tests and hooks only.
 */
export function servedFixture(setup: ServedSetup = {}): Served {
  const api = {} as Served;
  beforeAll(async () => {
    Object.assign(api, await served(setup));
  });
  afterAll(async () => {
    await api.close?.();
  });
  return api;
}
