// The domain queries of api/schema/domain.graphql over real HTTP, on a real
// temporary embedded database loaded with the hand-made fixture graph.

import { describe, expect, it } from 'vitest';
import { DOC, fixtureGraph, ID, TEXT } from './fixture-graph.ts';
import { codes } from './helpers.ts';
import { servedFixture } from './served-fixture.ts';

const api = servedFixture({ graph: fixtureGraph() });

const SOURCES = 'sources { document documentLabel locator quote }';

describe('domain queries', () => {
  it('node: typed fields, aliases, properties JSON and sources with document labels', async () => {
    const r = await api.gql(
      `{ node(id: "${ID.res}") { id type name aliases symbol adoptedOn kind properties ${SOURCES} } }`,
    );
    expect(r.errors).toBeUndefined();
    const n = r.data.node;
    expect(n).toMatchObject({
      id: ID.res,
      type: 'Resolution',
      symbol: 'A/RES/70/125',
      adoptedOn: '2015-12-16',
      kind: 'resolution',
    });
    expect(n.aliases).toContain('resolution 70/125');
    expect(n.properties).toMatchObject({ symbol: 'A/RES/70/125' });
    expect(n.sources[0]).toMatchObject({
      document: DOC,
      documentLabel: 'Report of the Chair of the Working Group on Enhanced Cooperation',
    });
    expect(TEXT).toContain(n.sources[0].quote);
  });

  it('node: unknown id gives null, Int-typed fields come back as numbers', async () => {
    const r = await api.gql(
      `{ a: node(id: "person:nobody") { id } b: node(id: "${ID.wgec}") { startYear endYear acronym } }`,
    );
    expect(r.data).toEqual({ a: null, b: { startYear: 2016, endYear: 2018, acronym: 'WGEC' } });
  });

  it('search ranks the exact match first and filters by type', async () => {
    const r = await api.gql(
      '{ search(query: "Peter Major") { entity { id } match score } typed: search(query: "Fonseca", types: ["Meeting"]) { entity { id } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.search[0].entity.id).toBe(ID.major);
    expect(r.data.typed).toEqual([]);
  });

  it('nodes pages with a total', async () => {
    const r = await api.gql('{ nodes(type: "Meeting", limit: 2) { total items { id startDate } } }');
    expect(r.data.nodes.total).toBe(3);
    expect(r.data.nodes.items).toHaveLength(2);
  });

  it.each([
    ['Organization', 'member-state', [ID.brazil]],
    ['Organization', 'un-body', []],
    [undefined, 'outcome-document', [ID.tunis]],
    ['Resolution', 'resolution', [ID.res]],
  ])('nodes of type %s filtered by kind %s', async (type, kind, expected) => {
    const args = `${type ? `type: "${type}", ` : ''}kind: "${kind}"`;
    const r = await api.gql(`{ nodes(${args}) { total items { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.nodes.items.map((n: { id: string }) => n.id)).toEqual(expected);
    expect(r.data.nodes.total).toBe(expected.length);
  });

  it.each([
    ['a kind no label has', '{ nodes(kind: "planet") { total } }', /kind: expected one of .*un-body/],
    [
      'a kind of another label',
      '{ nodes(type: "Resolution", kind: "un-body") { total } }',
      /kind: expected one of resolution, decision, outcome-document/,
    ],
    [
      'a label without kinds',
      '{ nodes(type: "Person", kind: "un-body") { total } }',
      /kind: type Person has no kind/,
    ],
  ])('nodes rejects %s with BAD_USER_INPUT', async (_name, query, message) => {
    const r = await api.gql(query);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(message);
  });

  it('neighbourhood returns nodes and edges for Cytoscape, and says when the limit cut it', async () => {
    const full = await api.gql(
      `{ neighbourhood(ids: ["${ID.wgec}"], depth: 1) { nodes { id } edges { id type from to } truncated } }`,
    );
    expect(full.errors).toBeUndefined();
    const ids = full.data.neighbourhood.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([ID.wgec, ID.res, ID.fonseca, ID.m1, ID.m2, ID.cstd21]));
    expect(full.data.neighbourhood.truncated).toBe(false);
    for (const e of full.data.neighbourhood.edges) expect(e.id).toBe(`${e.type}|${e.from}|${e.to}`);
    const cut = await api.gql(
      `{ neighbourhood(ids: ["${ID.wgec}"], depth: 1, limit: 2) { nodes { id } edges { from to } truncated } }`,
    );
    expect(cut.data.neighbourhood.truncated).toBe(true);
    expect(cut.data.neighbourhood.nodes).toHaveLength(2);
    expect(cut.data.neighbourhood.nodes.map((n: { id: string }) => n.id)).toContain(ID.wgec);
  });

  it('lineage between two nodes: ordered paths, each hop with its relationship and sources', async () => {
    const r = await api.gql(
      `{ lineage(from: "${ID.tunis}", to: "${ID.cstd21}") { nodes { id } hops { forward relationship { type paragraph paragraphs ${SOURCES} } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const want = [ID.tunis, ID.res, ID.wgec, ID.cstd21];
    const path = r.data.lineage.find(
      (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join() === want.join(),
    );
    expect(path, JSON.stringify(r.data.lineage)).toBeDefined();
    expect(path.hops.map((h: { relationship: { type: string } }) => h.relationship.type)).toEqual([
      'REFERENCES',
      'MANDATES',
      'REPORTS_TO',
    ]);
    expect(path.hops[0].forward).toBe(false);
    expect(path.hops[1].relationship.paragraph).toBe('65');
    for (const h of path.hops) expect(h.relationship.sources[0].quote.length).toBeGreaterThan(0);
  });

  it('lineage between two nodes puts the mandate chain before a direct-citation shortcut', async () => {
    const r = await api.gql(
      `{ lineage(from: "${ID.tunis}", to: "${DOC}") { nodes { id } hops { forward } } }`,
    );
    expect(r.errors).toBeUndefined();
    const paths = r.data.lineage.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id));
    expect(paths[0]).toEqual([ID.tunis, ID.res, DOC]);
    expect(paths).toContainEqual([ID.tunis, DOC]);
    expect(new Set(paths.map((p: string[]) => p.join())).size).toBe(paths.length);
  });

  it('lineage down from a resolution without `to`', async () => {
    const r = await api.gql(`{ lineage(from: "${ID.res}", direction: "down", maxHops: 2) { nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    const reached = r.data.lineage.flatMap((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id));
    expect(reached).toEqual(expect.arrayContaining([ID.wgec, ID.cstd21, DOC]));
    for (const p of r.data.lineage) expect(p.nodes[0].id).toBe(ID.res);
  });

  it('roles of a person and of a body, with citations', async () => {
    const r = await api.gql(
      `{ p: roles(id: "${ID.fonseca}") { type role holder { id } target { id } ${SOURCES} } b: roles(id: "${ID.wgec}") { type holder { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.p).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'CHAIRED', role: 'Chair', target: { id: ID.wgec } }),
      ]),
    );
    expect(r.data.p.find((x: { type: string }) => x.type === 'AFFILIATED_WITH').target.id).toBe(ID.brazil);
    expect(r.data.b.map((x: { holder: { id: string } }) => x.holder.id)).toContain(ID.fonseca);
  });

  it('timeline of meetings between dates', async () => {
    const r = await api.gql(
      '{ timeline(types: ["Meeting"], from: "2017", to: "2018-12-31") { date endDate entity { id } } }',
    );
    expect(r.errors).toBeUndefined();
    const ids = r.data.timeline.map((t: { entity?: { id: string } }) => t.entity?.id);
    expect(ids).toContain(ID.m2);
    expect(ids).toContain(ID.cstd21);
    expect(ids).not.toContain(ID.m1);
  });

  it('documents and document(id) with text and mentions at the right offsets', async () => {
    const r = await api.gql(
      `{ documents { id properties } document(id: "${DOC}") { entity { id title } text mentions { entityId type start end text } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.documents.map((d: { id: string }) => d.id).sort()).toEqual(
      [DOC, 'document:dtl-stict-misc-2016-9'].sort(),
    );
    expect(r.data.documents[0].properties).not.toHaveProperty('text');
    const d = r.data.document;
    expect(d.text).toBe(TEXT);
    for (const m of d.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    const found = d.mentions.map((m: { entityId: string }) => m.entityId);
    expect(found).toEqual(expect.arrayContaining([ID.fonseca, ID.major, ID.wgec, ID.res]));
    const notDoc = await api.gql(`{ document(id: "${ID.major}") { text } }`);
    expect(notDoc.data.document).toBeNull();
  });

  it('stats and model', async () => {
    const r = await api.gql(
      '{ stats { nodes edges documents nodesByType { key count } edgesByType { key count } } model }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.stats.nodes).toBe(fixtureGraph().nodes.length);
    expect(r.data.stats.edges).toBe(fixtureGraph().edges.length);
    expect(r.data.stats.nodesByType).toEqual(expect.arrayContaining([{ key: 'Meeting', count: 3 }]));
    expect(
      r.data.model.relationships.find((x: { type: string }) => x.type === 'CHAIRED').pairs,
    ).toContainEqual(['Person', 'WorkingGroup']);
  });

  it('Entity.relationships filters by type and limit; Relationship ends resolve', async () => {
    const r = await api.gql(
      `{ node(id: "${ID.wgec}") { relationships(types: ["PART_OF"], limit: 1) { type fromEntity { type } toEntity { id } } all: relationships { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.node.relationships).toEqual([
      { type: 'PART_OF', fromEntity: { type: 'Meeting' }, toEntity: { id: ID.wgec } },
    ]);
    expect(r.data.node.all.length).toBe(5);
  });

  it('rejects unknown types and bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases = [
      '{ search(query: "x", types: ["Persn"]) { score } }',
      '{ neighbourhood(ids: ["a:b"], relationshipTypes: ["CHAIRS"]) { truncated } }',
      '{ lineage(from: "a:b", direction: "sideways") { hops { forward } } }',
      '{ timeline(from: "last year") { date } }',
      '{ neighbourhood(ids: []) { truncated } }',
    ];
    for (const q of cases) {
      const r = await api.gql(q);
      expect(codes(r), q).toEqual(['BAD_USER_INPUT']);
    }
  });
});
