// Read half of the store contract (see store-contract.ts): one store loaded
// with the fixture graph, shared by every read test.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKey } from '../../cypher/model/graph.ts';
import type { Store } from '../../cypher/store/store.ts';
import { atlasGraph, canonical, NOTICE_DOC, REPORT_DOC, RES_DOC } from './fixtures/atlas-graph.ts';

const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

export function defineReadContract(
  name: string,
  _open: () => Promise<Store>,
  loaded: () => Promise<Store>,
): void {
  describe(`store contract: ${name}: reads`, () => {
    let s: Store;
    beforeAll(async () => {
      s = await loaded();
    });
    afterAll(async () => {
      await s?.close();
    });

    it('node: by id, null for unknown or malformed ids; nodesById keeps input order', async () => {
      const g = atlasGraph();
      expect(await s.node('person:peter-major')).toEqual(g.nodes.find((x) => x.id === 'person:peter-major'));
      expect(await s.node('person:nobody')).toBeNull();
      expect(await s.node('not an id')).toBeNull();
      expect(ids(await s.nodesById(['theme:enhanced-cooperation', 'person:nobody', 'process:wsis']))).toEqual(
        ['theme:enhanced-cooperation', 'process:wsis'],
      );
    });

    it("a Document's text comes with node(id) only, not with nodesById, walks or search", async () => {
      const doc = NOTICE_DOC;
      const whole = await s.node(doc);
      expect(whole?.properties.text).toMatch(/^Programme of the twenty-first session/);
      const [batch] = await s.nodesById([doc]);
      expect(batch).toEqual({ ...whole, properties: { ...whole!.properties, text: undefined } });
      expect(batch!.properties).not.toHaveProperty('text');
      const around = await s.neighbourhood({ ids: [doc], depth: 1, limit: 50 });
      expect(around.nodes.find((x) => x.id === doc)?.properties).not.toHaveProperty('text');
      const hit = (await s.search('Programme of the twenty-first session')).find((h) => h.node.id === doc);
      expect(hit?.node.properties).not.toHaveProperty('text');
      // A page of Documents (the API's document list, a re-ingest's stored documents) leaves it out too.
      const page = await s.nodes('Document', {}, { field: 'id' }, { limit: 100 });
      expect(page.items.find((x) => x.id === doc)).toEqual(batch);
    });

    it('entityNames: every node of the labels asked, with its names and its distinct documents', async () => {
      const g = atlasGraph();
      const want = (labels: readonly string[]) =>
        g.nodes
          .filter((n) => labels.includes(n.type))
          .map((n) => ({
            id: n.id,
            type: n.type,
            name: n.name,
            aliases: [...n.aliases].sort(),
            documents: [...new Set(n.sources.map((x) => x.document))].sort(),
          }))
          .sort((a, b) => a.id.localeCompare(b.id));
      const got = async (labels: Parameters<Store['entityNames']>[0]) =>
        (await s.entityNames(labels))
          .map((n) => ({ ...n, aliases: [...n.aliases].sort(), documents: [...n.documents].sort() }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(await got(['Person', 'Organization'])).toEqual(want(['Person', 'Organization']));
      expect((await got(['Person'])).map((n) => n.id)).toContain('person:peter-major');
      // A Meeting comes with its start date and ordinal, as stored.
      const meetings = await s.entityNames(['Meeting']);
      for (const m of g.nodes.filter((n) => n.type === 'Meeting')) {
        const got1 = meetings.find((x) => x.id === m.id);
        expect(got1?.startDate).toBe(m.properties.startDate);
        expect(got1?.ordinal).toBe(m.properties.ordinal);
      }
      expect(meetings.length).toBe(g.nodes.filter((n) => n.type === 'Meeting').length);
      expect(await got([])).toEqual([]);
    });

    it('nodes: label, name, document and property filters; sort; paging with total', async () => {
      const wgs = await s.nodes('WorkingGroup', {}, { field: 'name' });
      expect(ids(wgs.items)).toEqual(['workinggroup:wgec-2013-2014', 'workinggroup:wgec-2016-2018']);
      expect(wgs.total).toBe(2);
      expect(ids((await s.nodes(undefined, { nameContains: 'PETER maj' })).items)).toEqual([
        'person:peter-major',
      ]);
      expect(ids((await s.nodes('Person', { nameContains: 'nobody' })).items)).toEqual([]);
      const byNotice = await s.nodes(undefined, { document: NOTICE_DOC }, { field: 'id' });
      expect(ids(byNotice.items)).toEqual([NOTICE_DOC, 'meeting:cstd-21', 'person:peter-major']);
      const states = await s.nodes('Organization', { properties: { kind: 'member-state' } });
      expect(ids(states.items)).toEqual(['organization:brazil']);
      const started = await s.nodes(undefined, { properties: { startYear: 2016 } });
      expect(ids(started.items)).toEqual(['workinggroup:wgec-2016-2018']);
      const meetings = await s.nodes('Meeting', {}, { field: 'date', direction: 'desc' });
      expect(ids(meetings.items)).toEqual(['meeting:cstd-21', 'meeting:wgec-2016-2018-1']);
      const page = await s.nodes(undefined, {}, { field: 'id' }, { offset: 2, limit: 3 });
      const all = canonical(atlasGraph()).nodes.map((x) => x.id);
      expect(ids(page.items)).toEqual(all.slice(2, 5));
      expect(page).toMatchObject({ total: all.length, offset: 2, limit: 3 });
    });

    it.each([
      ['just past the end', (n: number) => n],
      ['far past the end (SKIP 10 000 crashed the embedded engine)', (n: number) => n + 10_000],
      ['very far past the end', () => 1_000_000],
    ])('nodes: an offset %s gives an empty page with the total', async (_, offsetOf) => {
      const total = atlasGraph().nodes.length;
      const offset = offsetOf(total);
      expect(await s.nodes(undefined, {}, { field: 'id' }, { offset, limit: 50 })).toEqual({
        items: [],
        total,
        offset,
        limit: 50,
      });
      const people = await s.nodes('Person', { nameContains: 'a' }, undefined, { offset, limit: 5 });
      expect(people.items).toEqual([]);
      expect(people.total).toBeGreaterThan(0);
    });

    it.each([
      ['exact acronym', 'wgec', 'workinggroup:wgec-2013-2014', 'exact', 'WGEC'],
      ['exact symbol', 'a/res/70/125', RES_DOC, 'exact', 'A/RES/70/125'],
      ['exact name, accents folded', 'Peter Major', 'person:peter-major', 'exact', 'Péter Major'],
      ['alias', 'tunis agenda', 'resolution:tunis-agenda', 'alias', 'Tunis Agenda'],
      ['prefix (shortest term)', 'benedic', 'person:benedicto-fonseca-filho', 'prefix', 'Benedicto Fonseca'],
      [
        'contains',
        'trade and dev',
        'organization:unctad',
        'contains',
        'United Nations Conference on Trade and Development',
      ],
      ['fuzzy (typo)', 'enhanced cooperaton', 'theme:enhanced-cooperation', 'fuzzy', 'Enhanced cooperation'],
    ])('search: %s', async (_case, q, id, match, matched) => {
      const hits = await s.search(q);
      const hit = hits.find((h) => h.node.id === id);
      expect(hit).toMatchObject({ match, matched });
      expect(hits[0]?.match).toBe(match); // the best kind found comes first
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('search ranks exact > alias > prefix > contains > fuzzy and honours labels and limit', async () => {
      const hits = await s.search('WGEC');
      const kinds = hits.map((h) => h.match);
      expect(kinds.slice(0, 2)).toEqual(['exact', 'exact']);
      expect(kinds).toContain('contains'); // "First meeting of the WGEC"
      expect(ids(hits.map((h) => h.node)).indexOf('meeting:wgec-2016-2018-1')).toBeGreaterThan(1);
      expect((await s.search('WGEC', ['Meeting'])).map((h) => h.node.type)).toEqual(['Meeting']);
      expect(await s.search('WGEC', undefined, 1)).toHaveLength(1);
      expect(await s.search('zzzzqqq')).toEqual([]);
      const typo = await s.search('Benedicto Fonseka');
      expect(typo[0]).toMatchObject({ match: 'fuzzy', node: { id: 'person:benedicto-fonseca-filho' } });
    });

    it('neighbourhood: depth, relationship types, labels and limit', async () => {
      const one = await s.neighbourhood({ ids: ['person:benedicto-fonseca-filho'], depth: 1, limit: 50 });
      expect(ids(one.nodes).sort()).toEqual([
        'meeting:wgec-2016-2018-1',
        'organization:brazil',
        'person:benedicto-fonseca-filho',
        'workinggroup:wgec-2016-2018',
      ]);
      expect(one.edges.map((e) => e.type).sort()).toEqual(['AFFILIATED_WITH', 'CHAIRED', 'CHAIRED']); // the ones walked
      const two = await s.neighbourhood({ ids: ['person:benedicto-fonseca-filho'], depth: 2, limit: 50 });
      expect(ids(two.nodes)).toContain('resolution:a-res-70-125');
      expect(two.edges.every((e) => ids(two.nodes).includes(e.from) && ids(two.nodes).includes(e.to))).toBe(
        true,
      );
      const typed = await s.neighbourhood({
        ids: ['workinggroup:wgec-2016-2018'],
        depth: 1,
        relationshipTypes: ['CHAIRED'],
        limit: 50,
      });
      expect(ids(typed.nodes).sort()).toEqual([
        'person:benedicto-fonseca-filho',
        'workinggroup:wgec-2016-2018',
      ]);
      const labelled = await s.neighbourhood({
        ids: ['workinggroup:wgec-2016-2018'],
        depth: 1,
        labels: ['Meeting'],
        limit: 50,
      });
      expect(ids(labelled.nodes).sort()).toEqual([
        'meeting:cstd-21',
        'meeting:wgec-2016-2018-1',
        'workinggroup:wgec-2016-2018',
      ]);
      const capped = await s.neighbourhood({ ids: ['workinggroup:wgec-2016-2018'], depth: 2, limit: 3 });
      expect(capped.nodes).toHaveLength(3);
      expect(capped.nodes[0]?.id).toBe('workinggroup:wgec-2016-2018');
    });

    it('paths: shortest routes either way, filtered by type, bounded by hops', async () => {
      const paths = await s.paths('person:benedicto-fonseca-filho', 'resolution:tunis-agenda');
      expect(paths.length).toBeGreaterThan(0);
      const p = paths[0]!;
      expect(ids(p.nodes)).toEqual([
        'person:benedicto-fonseca-filho',
        'workinggroup:wgec-2016-2018',
        'resolution:a-res-70-125',
        'resolution:tunis-agenda',
      ]);
      expect(p.hops.map((h) => [h.edge.type, h.forward])).toEqual([
        ['CHAIRED', true],
        ['MANDATES', false],
        ['REFERENCES', true],
      ]);
      expect(p.hops[1]?.edge.sources[0]?.document).toBe(RES_DOC);
      expect(
        await s.paths('person:benedicto-fonseca-filho', 'resolution:tunis-agenda', undefined, 2),
      ).toEqual([]);
      expect(await s.paths('person:benedicto-fonseca-filho', 'resolution:tunis-agenda', ['CHAIRED'])).toEqual(
        [],
      );
    });

    it.each([
      ['down', 'resolution:a-res-70-125'],
      ['up', 'workinggroup:wgec-2016-2018'],
      ['both', 'workinggroup:wgec-2016-2018'],
    ] as const)(
      'lineage %s from %s: each hop is the stored relationship, sources and properties',
      async (direction, id) => {
        const paths = await s.lineage(id, direction, 6);
        const hops = paths.flatMap((p) => p.hops);
        expect(hops.length).toBeGreaterThan(0);
        const stored = new Map(
          (await s.edgesOf([...new Set(hops.map((h) => h.edge.from))])).map((e) => [edgeKey(e), e]),
        );
        for (const h of hops) expect(h.edge).toEqual(stored.get(edgeKey(h.edge)));
        if (direction === 'both') {
          const reached = new Set(paths.flatMap((p) => ids(p.nodes)));
          expect(reached).toContain(REPORT_DOC); // downstream
          expect(reached).toContain('resolution:a-res-70-125'); // upstream
        }
      },
    );

    it('lineage: down from the Tunis Agenda to the WGEC report, up back to it, hops with sources', async () => {
      const down = await s.lineage('resolution:tunis-agenda', 'down', 6);
      const reached = new Set(down.flatMap((p) => ids(p.nodes)));
      for (const id of [
        'resolution:a-res-70-125',
        'workinggroup:wgec-2016-2018',
        REPORT_DOC,
        'meeting:cstd-21',
      ])
        expect(reached).toContain(id);
      expect(reached).not.toContain('workinggroup:wgec-2013-2014'); // its predecessor is upstream
      expect(reached).not.toContain('person:benedicto-fonseca-filho'); // CHAIRED is not lineage
      const toReport = down.find((p) => p.nodes.at(-1)?.id === REPORT_DOC)!;
      expect(toReport.hops.map((h) => [h.edge.type, h.forward])).toEqual([
        ['REFERENCES', false],
        ['MANDATES', true],
        ['PRODUCED', true],
      ]);
      expect(toReport.hops.every((h) => h.edge.sources.length > 0)).toBe(true);
      const up = await s.lineage(REPORT_DOC, 'up', 6);
      const upReached = new Set(up.flatMap((p) => ids(p.nodes)));
      expect(upReached).toContain('resolution:tunis-agenda');
      expect(upReached).toContain('workinggroup:wgec-2013-2014');
      expect(await s.lineage('resolution:tunis-agenda', 'up', 6)).toEqual([]);
      const short = await s.lineage('resolution:tunis-agenda', 'down', 1);
      expect(short.flatMap((p) => ids(p.nodes))).toEqual([
        'resolution:tunis-agenda',
        'resolution:a-res-70-125',
      ]);
    });

    it('roles: from the person and from the body, with dates and sources', async () => {
      const mine = await s.roles('person:benedicto-fonseca-filho');
      expect(mine.map((r) => [r.type, r.target.id, r.role, r.from ?? null, r.to ?? null])).toEqual([
        ['AFFILIATED_WITH', 'organization:brazil', 'Ambassador', null, null],
        ['CHAIRED', 'workinggroup:wgec-2016-2018', 'Chair', '2016-09', null],
        ['CHAIRED', 'meeting:wgec-2016-2018-1', 'Chair', '2016-09-26', '2016-09-27'],
      ]);
      expect(mine.every((r) => r.sources[0]?.document === REPORT_DOC)).toBe(true);
      const body = await s.roles('workinggroup:wgec-2016-2018');
      expect(body.map((r) => [r.type, r.person.id]).sort()).toEqual([
        ['CHAIRED', 'person:benedicto-fonseca-filho'],
        ['MEMBER_OF', 'organization:unctad'],
      ]);
      const meeting = await s.roles('meeting:cstd-21');
      expect(meeting).toMatchObject([
        { type: 'SPOKE_AT', role: 'opening', from: '2018-05-14', to: '2018-05-18' },
      ]);
      expect(await s.roles('theme:enhanced-cooperation')).toEqual([]);
    });

    it('timeline: dated nodes and relationships in order, bounds compare partial dates by prefix', async () => {
      const all = await s.timeline({});
      const dates = all.map((t) => t.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates[0]).toBe('2005-11-18');
      expect(all.find((t) => t.edge?.type === 'CHAIRED')?.date).toBe('2016-09');
      expect(all.find((t) => t.node?.id === 'meeting:cstd-21')).toMatchObject({
        date: '2018-05-14',
        endDate: '2018-05-18',
      });
      const in2018 = await s.timeline({ from: '2018', to: '2018' });
      expect(in2018.map((t) => t.node?.id ?? t.edge?.type).sort()).toEqual(
        [NOTICE_DOC, REPORT_DOC, 'meeting:cstd-21'].sort(),
      );
      const may = await s.timeline({ from: '2018-05-01', to: '2018-05-31', labels: ['Document'] });
      expect(may.map((t) => t.node?.id)).toEqual([REPORT_DOC]); // "2018-05" overlaps the bounds
      const meetings = await s.timeline({ labels: ['Meeting'], ids: ['meeting:cstd-21'] });
      expect(meetings.map((t) => t.node?.id)).toEqual(['meeting:cstd-21']);
      expect(await s.timeline({ limit: 2 })).toHaveLength(2);
    });

    it('stats and edgesOf', async () => {
      const g = atlasGraph();
      const st = await s.stats();
      expect(st).toMatchObject({ nodes: g.nodes.length, edges: g.edges.length, documents: 3 });
      expect(st.nodesByLabel).toMatchObject({ WorkingGroup: 2, Person: 2, Meeting: 2 });
      expect(st.edgesByType).toMatchObject({ CHAIRED: 2, PART_OF: 2, REFERENCES: 1 });
      const total = [...g.nodes, ...g.edges].reduce((n, x) => n + x.sources.length, 0);
      expect(st.sources).toBe(total);
      const around = await s.edgesOf(['workinggroup:wgec-2016-2018']);
      expect(around).toHaveLength(
        g.edges.filter((e) => [e.from, e.to].includes('workinggroup:wgec-2016-2018')).length,
      );
      expect(await s.edgesOf(['workinggroup:wgec-2016-2018'], ['SPOKE_AT'])).toEqual([]);
    });

    it('exportGraph is the MODEL.md graph equal to what was loaded', async () => {
      expect(canonical(await s.exportGraph())).toEqual(canonical(atlasGraph()));
    });
  });
}
