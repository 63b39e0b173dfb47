// Read half of the store contract (see store-contract.ts): one store loaded
// with the fixture graph, shared by every read test.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../cypher/store/store.ts';
import { atlasGraph, canonical, NOTICE_DOC, RES_DOC } from './fixtures/atlas-graph.ts';
import { defineWalkReads } from './store-contract-walks.ts';

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
      [
        'words in another order',
        'fonseca benedicto',
        'person:benedicto-fonseca-filho',
        'words',
        'Benedicto Fonseca Filho',
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

    it('search ranks exact > alias > prefix > contains > words > fuzzy and honours labels and limit', async () => {
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

    defineWalkReads(() => s);

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
