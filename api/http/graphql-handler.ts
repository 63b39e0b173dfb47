// /graphql on a plain node:http server: one port for the explorer, the API and
// /healthz, no Express. The body is read with a size limit, handed to Apollo's
// executeHTTPGraphQLRequest, and the whole request runs under a time limit
// (the store has its own per-query limit, STORE_QUERY_TIMEOUT_MS).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { ApiContext } from '../context.ts';
import { BodyTooLarge, readBody } from './body.ts';

export interface GraphqlDeps {
  readonly apollo: ApolloServer<ApiContext>;
  readonly context: () => ApiContext;
  readonly maxBodyBytes: number;
  readonly requestTimeoutMs: number;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

export const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

function parseBody(req: IncomingMessage, raw: string): unknown {
  if (req.method !== 'POST') return undefined;
  const type = req.headers['content-type'] ?? '';
  // Apollo decides what a non-JSON body means (CSRF prevention refuses simple requests).
  if (!/^application\/(graphql-response\+)?json/i.test(type)) return raw;
  if (!raw.trim()) return {};
  return JSON.parse(raw);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

async function writeResponse(res: ServerResponse, out: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of out.headers) res.setHeader(key, value);
  res.setHeader('cache-control', 'no-store');
  res.statusCode = out.status ?? 200;
  if (out.body.kind === 'complete') {
    res.end(out.body.string);
    return;
  }
  for await (const chunk of out.body.asyncIterator) res.write(chunk);
  res.end();
}

export async function handleGraphql(
  req: IncomingMessage,
  res: ServerResponse,
  deps: GraphqlDeps,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'POST') {
    sendJson(res, 405, errorBody('METHOD_NOT_ALLOWED', 'use GET or POST'), { allow: 'GET, POST' });
    return;
  }
  let body: unknown;
  try {
    body = parseBody(req, await readBody(req, deps.maxBodyBytes));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      const message = `the request body is larger than ${error.max} bytes`;
      sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE', message), { connection: 'close' });
    } else sendJson(res, 400, errorBody('BAD_REQUEST', 'the request body is not valid JSON'));
    return;
  }
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const run = deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method,
      headers: headerMap(req),
      search: q < 0 ? '' : target.slice(q),
      body,
    },
    context: async () => deps.context(),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deps.requestTimeoutMs);
  });
  try {
    const out = await Promise.race([run, timeout]);
    if (out === 'timeout') {
      const message = `the request took longer than ${deps.requestTimeoutMs} ms and was stopped; narrow it (smaller limit, depth or maxHops)`;
      sendJson(res, 504, errorBody('TIMEOUT', message));
      run.catch(() => {}); // it finishes (or hits the store's own limit) in the background
      return;
    }
    await writeResponse(res, out);
  } finally {
    clearTimeout(timer);
  }
}
