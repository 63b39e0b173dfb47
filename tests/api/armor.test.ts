// Query-shape limits (issue 4 item 4): depth, aliases, tokens and cost, with
// graphql-armor. Includes the two max-depth bypasses fixed in
// @escape.tech/graphql-armor-max-depth 2.4.x (GHSA-224p-v68g-5g8f: fragment
// depth cached as absolute; GHSA-hmfr-rx46-4jx2: a fragment named __schema).

import { describe, expect, it } from 'vitest';
import { fixtureGraph, ID } from './fixture-graph.ts';
import { codes, withServer } from './helpers.ts';
import { servedFixture } from './served-fixture.ts';

// Default limits: depth 10, aliases 15, tokens 2 000, cost 20 000.
const api = servedFixture({ graph: fixtureGraph() });

/** `levels` nested relationships → fromEntity pairs under node(id): depth 1 + 2 × levels + 1. */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relationships { fromEntity { ${inner} } }`;
  return inner;
}

const rejected = (r: { status: number; errors?: unknown[] }) =>
  r.status === 400 && (r.errors?.length ?? 0) > 0;

describe('depth limit', () => {
  it('accepts depth 10 and rejects depth 12', async () => {
    const ok = await api.gql(`{ node(id: "${ID.wgec}") { ${nested(4)} } }`);
    expect(ok.errors).toBeUndefined();
    const deep = await api.gql(`{ node(id: "${ID.wgec}") { ${nested(5)} } }`);
    expect(rejected(deep)).toBe(true);
    expect(codes(deep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('counts a fragment used twice at its real depth each time (GHSA-224p-v68g-5g8f)', async () => {
    // First use of F is shallow; the second is 6 levels deeper. The old code returned
    // the cached absolute depth of the first use and let the second one through.
    const q = `{ node(id: "${ID.wgec}") { ...F relationships { fromEntity { relationships { fromEntity { relationships { fromEntity { ...F } } } } } } } }
      fragment F on Entity { relationships { fromEntity { relationships { fromEntity { id } } } } }`;
    const r = await api.gql(q);
    expect(rejected(r)).toBe(true);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('does not skip a deep fragment or operation named __schema (GHSA-hmfr-rx46-4jx2)', async () => {
    const frag = `{ node(id: "${ID.wgec}") { ...__schema } } fragment __schema on Entity { ${nested(6)} }`;
    expect(rejected(await api.gql(frag))).toBe(true);
    const op = `query __schema { node(id: "${ID.wgec}") { ${nested(6)} } }`;
    expect(rejected(await api.gql(op))).toBe(true);
  });

  it('still lets the standard introspection query through', async () => {
    const r = await api.gql(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('alias limit', () => {
  it('accepts 15 aliases and rejects 16', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    expect((await api.gql(`{ ${aliases(15)} }`)).errors).toBeUndefined();
    const r = await api.gql(`{ ${aliases(16)} }`);
    expect(rejected(r)).toBe(true);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });
});

describe('token limit', () => {
  it('rejects a document of more than 2 000 tokens before executing it', async () => {
    const fields = Array.from({ length: 700 }, () => 'id name type').join(' ');
    const r = await api.gql(`{ node(id: "${ID.wgec}") { ${fields} } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.errors?.[0]?.message).toMatch(/more th\w+ 2000 tokens/);
    expect(r.data).toBeUndefined();
  });
});

describe('cost limit', () => {
  it('rejects a query whose cost is above the limit, accepts a cheap one', async () => {
    await withServer(api.store, { maxCost: 150 }, async (lowCost) => {
      expect((await lowCost.gql(`{ node(id: "${ID.wgec}") { id name } }`)).errors).toBeUndefined();
      const r = await lowCost.gql(
        `{ node(id: "${ID.wgec}") { ${nested(4)} sources { quote locator document documentLabel } } }`,
      );
      expect(rejected(r)).toBe(true);
      expect(r.errors?.[0]?.message).toMatch(/cost/i);
    });
  });
});

describe('the explorer’s own queries fit the default limits', () => {
  // Shapes of the queries web/src/api.ts sends (the heaviest ones).
  const SOURCE = 'document documentLabel locator quote';
  const ENTITY = `id type name aliases properties sources { ${SOURCE} }`;
  const REL = `id type from to properties sources { ${SOURCE} }`;
  it.each([
    [
      'entity page',
      `query ($id: ID!) { node(id: $id) { ${ENTITY} relationships(limit: 200) { ${REL} fromEntity { id type name } toEntity { id type name } } } }`,
    ],
    [
      'neighbourhood',
      `query ($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: 500) { truncated nodes { ${ENTITY} } edges { ${REL} } } }`,
    ],
    [
      'lineage',
      `query ($id: ID!) { lineage(from: $id, direction: "down", maxHops: 6) { nodes { ${ENTITY} } hops { forward relationship { ${REL} } } } }`,
    ],
    [
      'roles',
      `query ($id: ID!) { roles(id: $id) { type role from to sources { ${SOURCE} } holder { ${ENTITY} } target { ${ENTITY} } } }`,
    ],
    [
      'document',
      `query ($id: ID!) { document(id: $id) { text entity { ${ENTITY} } mentions { entityId type start end text } } }`,
    ],
  ])('%s', async (_, query) => {
    const r = await api.gql(query, { id: ID.wgec });
    expect(r.errors).toBeUndefined();
  });
});
