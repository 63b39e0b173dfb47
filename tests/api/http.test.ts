// The HTTP side (issue 4 items 1 and 4): one port for the explorer, /graphql
// and /healthz; CSRF prevention; request body limit; per-request time limit;
// introspection switch; masked errors with extensions.code.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../cypher/store/store.ts';
import { fixtureGraph, ID } from './fixture-graph.ts';
import { codes, postGraphql, withServer } from './helpers.ts';
import { served, servedFixture } from './served-fixture.ts';

let web: string;

// Registered before the fixture: the web folder exists before the server starts,
// and is removed after it stops (after-hooks run in reverse order).
beforeAll(() => {
  web = mkdtempSync(join(tmpdir(), 'ig-atlas-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>IG Atlas</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
});
afterAll(() => {
  rmSync(web, { recursive: true, force: true });
});
const api = servedFixture({ graph: fixtureGraph(), options: () => ({ webDist: web }) });

describe('one port: explorer, /graphql, /healthz', () => {
  it('serves index.html at / and for client-side routes (ids may hold dots), assets by path', async () => {
    for (const path of ['', 'entity/person:peter-major', 'entity/document:e-cn.16-2018-crp.3']) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('IG Atlas');
    }
    const js = await fetch(`${api.url}assets/app-1234.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${api.url}assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside web/dist', async () => {
    for (const path of [
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e/%2e%2e/etc/passwd',
      'assets/..%2f..%2f..%2fpackage.json',
    ]) {
      const res = await fetch(`${api.url}${path}`);
      expect(await res.text(), path).not.toMatch(/root:|"name"/);
    }
  });

  it('says how to build the explorer when web/dist is missing', async () => {
    await withServer(api.store, { webDist: join(web, 'nothing-here') }, async (bare) => {
      const res = await fetch(bare.url);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
    });
  });

  it('/healthz reports the engine and counts', async () => {
    const res = await fetch(`${api.url}healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      engine: 'embedded',
      stats: expect.objectContaining({
        nodes: fixtureGraph().nodes.length,
        edges: fixtureGraph().edges.length,
      }),
    });
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple POST (text/plain) and a GET without a preflight header', async () => {
    const post = await postGraphql(api, '{"query":"{ stats { nodes } }"}', { 'content-type': 'text/plain' });
    expect(post.status).toBe(400);
    const q = encodeURIComponent('{ stats { nodes } }');
    expect((await fetch(`${api.url}graphql?query=${q}`)).status).toBe(400);
    const ok = await fetch(`${api.url}graphql?query=${q}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
  });
});

describe('request body limit', () => {
  it('answers 413 PAYLOAD_TOO_LARGE above 100 kB, without parsing it', async () => {
    const body = JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(110_000)}` });
    const res = await postGraphql(api, body);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 to a chunked body (no content-length) once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 15; i++) req.write(`{"query":"${'x'.repeat(10_000)}`);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 400 BAD_REQUEST to a body that is not JSON', async () => {
    const res = await postGraphql(api, '{"query":');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

/** The real store, each call delayed: a slow store without faking any answer. */
function slowed(store: Store, ms: number): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await new Promise((r) => setTimeout(r, ms));
        return value.apply(target, args);
      };
    },
  });
}

describe('time limit per request', () => {
  it('stops a request that takes longer than API_REQUEST_TIMEOUT_MS with TIMEOUT', async () => {
    await withServer(slowed(api.store, 400), { requestTimeoutMs: 100 }, async (slow) => {
      const r = await slow.gql('{ stats { nodes } }');
      expect(r.status).toBe(504);
      expect(codes(r)).toEqual(['TIMEOUT']);
      const fast = await api.gql('{ stats { nodes } }');
      expect(fast.errors).toBeUndefined();
    });
  });
});

describe('introspection', () => {
  const q = '{ __schema { queryType { name } } }';
  it('is on by default and off with introspection: false (GRAPHQL_INTROSPECTION=false)', async () => {
    expect((await api.gql(q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    await withServer(api.store, { introspection: false }, async (closed) => {
      const r = await closed.gql(q);
      expect(r.data).toBeUndefined();
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect((await closed.gql(`{ node(id: "${ID.major}") { name } }`)).data).toEqual({
        node: { name: 'Peter Major' },
      });
    });
  });
});

describe('masked errors', () => {
  it('an internal failure leaves with a code and a generic message: no stack, no Cypher, no path', async () => {
    const other = await served({ graph: fixtureGraph() });
    try {
      await other.store.close(); // the store goes away under the server
      const r = await other.gql(`{ node(id: "${ID.major}") { name } search(query: "Major") { score } }`);
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors ?? []) {
        expect(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']).toContain(e.extensions?.code);
        expect(Object.keys(e.extensions ?? {})).toEqual(['code']);
      }
      expect(r.raw).not.toMatch(/stacktrace|\bat \S+ \(|\.ts\b|\.js\b|\/tmp\/|MATCH|RETURN|lbug/i);
    } finally {
      await other.server.close();
      await other.db.cleanup().catch(() => {});
    }
  });

  it('a GraphQL syntax error keeps its message and code', async () => {
    const r = await api.gql('{ node(id: ) }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.errors?.[0]?.message).toMatch(/^Syntax Error: Unexpected "\)"/);
  });
});
