// Shared by the API tests: a real embedded store in a fresh temporary folder,
// the server on port 0, and a small GraphQL client over real HTTP.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type StartServerOptions, startServer } from '../../api/server.ts';
import type { Graph } from '../../cypher/model/graph.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import type { Store } from '../../cypher/store/store.ts';

export interface TempStore {
  readonly store: Store;
  readonly dir: string;
  cleanup(): Promise<void>;
}

export async function tempStore(graph?: Graph, queryTimeoutMs = 10_000): Promise<TempStore> {
  const base = join(tmpdir(), 'ig-atlas-api-tests');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'db-'));
  const store = await openStore({ engine: 'embedded', path: join(dir, 'atlas.lbug'), queryTimeoutMs });
  await store.ensureSchema();
  if (graph) await store.upsert(graph);
  return {
    store,
    dir,
    async cleanup() {
      try {
        await store.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export type ServeOptions = Omit<StartServerOptions, 'store'>;

export async function serve(store: Store, options: ServeOptions = {}): Promise<RunningServer> {
  return startServer({ port: 0, webDist: join(tmpdir(), 'ig-atlas-no-web-dist'), ...options, store });
}

export interface GqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: { code?: string }; path?: unknown[] }[];
  readonly raw: string;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read GraphQL answers loosely, by path
export async function gql<T = any>(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await postGraphql(server, JSON.stringify({ query, variables }), headers);
  const raw = await res.text();
  const body = raw ? JSON.parse(raw) : {};
  return { status: res.status, data: body.data, errors: body.errors, raw };
}

/** A raw POST to /graphql: JSON unless the headers say otherwise. */
export function postGraphql(
  server: { readonly url: string },
  body: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

/** A running server with its GraphQL client bound to it. */
export interface Client {
  readonly server: RunningServer;
  readonly url: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read GraphQL answers loosely, by path
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
}

export function client(server: RunningServer): Client {
  return {
    server,
    url: server.url,
    gql: (query, variables, headers) => gql(server, query, variables, headers),
  };
}

/** A second server on a store for one test: closed afterwards, whether the test passes or not. */
export async function withServer(
  store: Store,
  options: ServeOptions,
  run: (api: Client) => Promise<void>,
): Promise<void> {
  const server = await serve(store, options);
  try {
    await run(client(server));
  } finally {
    await server.close();
  }
}

export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
