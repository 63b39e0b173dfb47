// Every list argument has a maximum (issue 4 item 4): a value above it is
// rejected with BAD_USER_INPUT naming the argument; the maximum itself is
// accepted. And input text is data, never Cypher: injection characters are
// searched for, not executed.

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../api/limits.ts';
import { fixtureGraph, ID } from './fixture-graph.ts';
import { codes } from './helpers.ts';
import { servedFixture } from './served-fixture.ts';

const api = servedFixture({ graph: fixtureGraph() });

const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `person:p${i}`));

// [argument, query at the maximum, query above it]
const CASES: [string, string, string][] = [
  [
    'limit',
    `{ search(query: "a", limit: ${LIMITS.searchLimit}) { score } }`,
    `{ search(query: "a", limit: ${LIMITS.searchLimit + 1}) { score } }`,
  ],
  [
    'query',
    `{ search(query: "${'a'.repeat(LIMITS.searchQueryLength)}") { score } }`,
    `{ search(query: "${'a'.repeat(LIMITS.searchQueryLength + 1)}") { score } }`,
  ],
  [
    'limit',
    `{ nodes(limit: ${LIMITS.pageLimit}) { total } }`,
    `{ nodes(limit: ${LIMITS.pageLimit + 1}) { total } }`,
  ],
  [
    'offset',
    `{ nodes(offset: ${LIMITS.pageOffset}) { total } }`,
    `{ nodes(offset: ${LIMITS.pageOffset + 1}) { total } }`,
  ],
  [
    'limit',
    `{ neighbourhood(ids: ["${ID.wgec}"], limit: ${LIMITS.neighbourhoodLimit}) { truncated } }`,
    `{ neighbourhood(ids: ["${ID.wgec}"], limit: ${LIMITS.neighbourhoodLimit + 1}) { truncated } }`,
  ],
  [
    'depth',
    `{ neighbourhood(ids: ["${ID.wgec}"], depth: ${LIMITS.neighbourhoodDepth}) { truncated } }`,
    `{ neighbourhood(ids: ["${ID.wgec}"], depth: ${LIMITS.neighbourhoodDepth + 1}) { truncated } }`,
  ],
  [
    'ids',
    `{ neighbourhood(ids: ${ids(LIMITS.neighbourhoodIds)}) { truncated } }`,
    `{ neighbourhood(ids: ${ids(LIMITS.neighbourhoodIds + 1)}) { truncated } }`,
  ],
  [
    'maxHops',
    `{ lineage(from: "${ID.res}", maxHops: ${LIMITS.maxHops}) { hops { forward } } }`,
    `{ lineage(from: "${ID.res}", maxHops: ${LIMITS.maxHops + 1}) { hops { forward } } }`,
  ],
  [
    'limit',
    `{ timeline(limit: ${LIMITS.timelineLimit}) { date } }`,
    `{ timeline(limit: ${LIMITS.timelineLimit + 1}) { date } }`,
  ],
  [
    'limit',
    `{ node(id: "${ID.wgec}") { relationships(limit: ${LIMITS.relationshipsLimit}) { id } } }`,
    `{ node(id: "${ID.wgec}") { relationships(limit: ${LIMITS.relationshipsLimit + 1}) { id } } }`,
  ],
  ['limit', `{ nodes(limit: 1) { total } }`, `{ nodes(limit: 0) { total } }`],
  [
    'limit',
    `{ documents(limit: ${LIMITS.pageLimit}) { id } }`,
    `{ documents(limit: ${LIMITS.pageLimit + 1}) { id } }`,
  ],
  [
    'id',
    `{ node(id: "${'a'.repeat(LIMITS.idLength)}") { id } }`,
    `{ node(id: "${'a'.repeat(LIMITS.idLength + 1)}") { id } }`,
  ],
];

describe('list and size limits', () => {
  it.each(CASES)(
    '%s: accepts the maximum, rejects one more with BAD_USER_INPUT',
    async (arg, atMax, above) => {
      const ok = await api.gql(atMax);
      expect(ok.errors, atMax).toBeUndefined();
      const bad = await api.gql(above);
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0]?.message).toContain(`${arg}:`);
    },
  );
});

describe('input is data, never Cypher', () => {
  const INJECTIONS = [
    "') MATCH (n) DETACH DELETE n //",
    '"}) RETURN 1 AS x UNION MATCH (n) DETACH DELETE n //',
    "x' OR 1=1 OR n.name CONTAINS '",
    '$param} CALL db.labels() //',
    '\\u0027; DROP TABLE Person; --',
  ];

  it.each(INJECTIONS)('%s is searched for and matched literally', async (text) => {
    const before = await api.store.stats();
    const r = await api.gql(
      'query ($q: String!, $id: ID!) { search(query: $q) { entity { id } } nodes(nameContains: $q) { total } node(id: $id) { id } roles(id: $id) { type } }',
      { q: text, id: `person:${text}` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ search: [], nodes: { total: 0 }, node: null, roles: [] });
    const after = await api.store.stats();
    expect(after).toEqual(before);
  });

  it('a name containing quote characters is found as written', async () => {
    const node = fixtureGraph().nodes[0]!;
    await api.store.upsert({
      nodes: [
        { ...node, id: 'person:o-brien', type: 'Person', name: 'Mary O\'Brien "MOB" }) //', properties: {} },
      ],
      edges: [],
    });
    const r = await api.gql('query ($q: String!) { search(query: $q) { entity { id name } } }', {
      q: 'O\'Brien "MOB" })',
    });
    expect(r.data.search.map((h: { entity: { id: string } }) => h.entity.id)).toContain('person:o-brien');
  });
});
