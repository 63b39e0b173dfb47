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

export async function serve(
  store: Store,
  options: Omit<StartServerOptions, 'store'> = {},
): Promise<RunningServer> {
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
  const res = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  const body = raw ? JSON.parse(raw) : {};
  return { status: res.status, data: body.data, errors: body.errors, raw };
}

export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
