// One HTTP server, one port: `/graphql` (the API), `/healthz` (liveness and
// counts), everything else the explorer (web/dist). Used by `npm start`
// (api/main.ts), the API tests and the browser tests, which start it on port 0.
// The caller owns the store: close() stops the server, not the store.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { Store } from '../cypher/store/store.ts';
import { createApollo } from './apollo.ts';
import { type ApiConfig, DEFAULT_API_CONFIG } from './config.ts';
import { type ContextExtra, createContext } from './context.ts';
import { errorBody, handleGraphql, sendJson } from './http/graphql-handler.ts';
import { serveStatic } from './http/static.ts';
import { createNodeCache } from './node-cache.ts';
import { buildDomainSchema } from './schema/domain-schema.ts';

export interface StartServerOptions extends Partial<ApiConfig> {
  readonly store: Store;
  /** The schema to serve; default: the domain schema (main.ts passes the merged one on Neo4j). */
  readonly schema?: GraphQLSchema;
  /** Added to every request's context (main.ts: session settings of the generated Neo4j API). */
  readonly contextExtra?: ContextExtra;
}

export interface RunningServer {
  /** Base URL, e.g. http://localhost:4000/ */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

async function health(res: ServerResponse, store: Store): Promise<void> {
  try {
    const s = await store.stats();
    sendJson(res, 200, {
      status: 'ok',
      engine: store.engine,
      stats: { nodes: s.nodes, edges: s.edges, documents: s.documents, sources: s.sources },
    });
  } catch {
    sendJson(res, 503, { status: 'unavailable', engine: store.engine });
  }
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config: ApiConfig = { ...DEFAULT_API_CONFIG, ...stripUndefined(options) };
  const { store } = options;
  const apollo = createApollo(options.schema ?? buildDomainSchema(), config);
  await apollo.start();
  const cache = createNodeCache(config.nodeCacheSize, config.nodeCacheTtlMs);
  const deps = {
    apollo,
    context: () => createContext(store, cache, options.contextExtra),
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') return handleGraphql(req, res, deps);
    if (path === '/healthz') return health(res, store);
    return serveStatic(req, res, config.webDist);
  };
  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'internal server error'));
      else res.destroy();
    });
  });
  // Slow clients cannot hold a connection open for ever (headers and whole request).
  server.headersTimeout = 10_000;
  server.requestTimeout = config.requestTimeoutMs + 5_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${urlHost(config.host)}:${port}/`,
    port,
    server,
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

/** A host a client on this machine can connect to. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
