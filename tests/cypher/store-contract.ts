// The store contract: the behaviour every adapter must have (issue 2 item 4).
// Run on fresh embedded databases always (embedded-contract.test.ts) and on
// Neo4j when NEO4J_URI is set. Each write test gets its own fresh store; the
// read tests share one store loaded with the fixture graph.

import { describe, expect, it } from 'vitest';
import { edgeKey, type Graph, type GraphEdge } from '../../cypher/model/graph.ts';
import { mergeEdge } from '../../cypher/model/merge.ts';
import { StoreError, StoreInputError } from '../../cypher/store/errors.ts';
import type { Store } from '../../cypher/store/store.ts';
import {
  atlasGraph,
  canonical,
  documentPart,
  NOTICE_DOC,
  REPORT_DOC,
  RES_DOC,
  src,
} from './fixtures/atlas-graph.ts';
import { defineFactsContract } from './store-contract-facts.ts';
import { defineLineageContract } from './store-contract-lineage.ts';
import { defineLineageTimeContract } from './store-contract-lineage-time.ts';
import { defineReadContract } from './store-contract-reads.ts';
import { defineRolesContract } from './store-contract-roles.ts';

export type OpenStore = () => Promise<Store>;

async function withStore<T>(open: OpenStore, body: (s: Store) => Promise<T>): Promise<T> {
  const s = await open();
  try {
    return await body(s);
  } finally {
    await s.close();
  }
}

async function loadByDocument(s: Store, g: Graph = atlasGraph()): Promise<void> {
  for (const d of [RES_DOC, REPORT_DOC, NOTICE_DOC]) await s.replaceDocument(d, documentPart(g, d));
}

export function defineStoreContract(name: string, open: OpenStore): void {
  describe(`store contract: ${name}: writes`, () => {
    it('upsert then exportGraph gives back exactly the input', () =>
      withStore(open, async (s) => {
        const g = atlasGraph();
        const r = await s.upsert(g);
        expect(r).toMatchObject({
          nodesCreated: g.nodes.length,
          edgesCreated: g.edges.length,
          nodesUpdated: 0,
        });
        expect(canonical(await s.exportGraph())).toEqual(canonical(g));
      }));

    it('upsert is idempotent: the same graph twice changes nothing and counts as updated', () =>
      withStore(open, async (s) => {
        const g = atlasGraph();
        await s.upsert(g);
        const before = await s.exportGraph();
        const r = await s.upsert(g);
        expect(r).toEqual({
          nodesCreated: 0,
          nodesUpdated: g.nodes.length,
          nodesDeleted: 0,
          edgesCreated: 0,
          edgesUpdated: g.edges.length,
          edgesDeleted: 0,
        });
        expect(canonical(await s.exportGraph())).toEqual(canonical(before));
        expect((await s.stats()).nodes).toBe(g.nodes.length);
      }));

    it('upsert merges sources and aliases onto stored items instead of duplicating them', () =>
      withStore(open, async (s) => {
        await s.upsert(atlasGraph());
        const extra = src(NOTICE_DOC, 'page 3', 'Ambassador Benedicto Fonseca');
        const again = src(REPORT_DOC, 'para 2', 'was elected Chair');
        const chairAgain: GraphEdge = {
          type: 'CHAIRED',
          from: 'person:benedicto-fonseca-filho',
          to: 'workinggroup:wgec-2016-2018',
          properties: { role: 'Vice-Chair', to: '2018-05' },
          sources: [again, extra],
        };
        await s.upsert({
          nodes: [
            {
              id: 'person:benedicto-fonseca-filho',
              type: 'Person',
              name: 'B. Fonseca Filho',
              aliases: ['Benedicto Fonseca'],
              properties: { email: 'chair@example.org' },
              sources: [extra],
            },
          ],
          edges: [chairAgain],
        });
        const p = await s.node('person:benedicto-fonseca-filho');
        expect(p?.name).toBe('Benedicto Fonseca Filho');
        expect(p?.aliases).toEqual(['Benedicto Fonseca', 'B. Fonseca Filho']);
        expect(p?.properties).toEqual({ honorific: 'Ambassador', email: 'chair@example.org' });
        expect(p?.sources.map((x) => x.document)).toEqual([REPORT_DOC, NOTICE_DOC]);
        const [e] = (await s.edgesOf(['person:benedicto-fonseca-filho'], ['CHAIRED'])).filter(
          (x) => x.to === 'workinggroup:wgec-2016-2018',
        );
        expect(e?.sources).toEqual([again, extra]);
        // Properties merge by the model's rule (cypher/model/merge.ts): stored values kept, gaps filled.
        const stored = atlasGraph().edges.find((x) => edgeKey(x) === edgeKey(chairAgain))!;
        expect(e?.properties).toEqual(mergeEdge(stored, chairAgain).properties);
        expect(e?.properties).toMatchObject({ from: '2016-09', to: '2018-05' });
        expect((await s.stats()).edgesByType.CHAIRED).toBe(2);
      }));

    it('loading document by document with replaceDocument gives the same graph as one upsert', () =>
      withStore(open, async (s) => {
        await loadByDocument(s);
        expect(canonical(await s.exportGraph())).toEqual(canonical(atlasGraph()));
        await loadByDocument(s);
        expect(canonical(await s.exportGraph())).toEqual(canonical(atlasGraph()));
      }));

    it('replaceDocument removes stale facts and keeps what other documents support', () =>
      withStore(open, async (s) => {
        await loadByDocument(s);
        // The notification is re-ingested and no longer mentions Péter Major or the report.
        const notice = documentPart(atlasGraph(), NOTICE_DOC);
        const changed: Graph = {
          nodes: notice.nodes.filter((x) => x.id !== 'person:peter-major'),
          edges: [],
        };
        const r = await s.replaceDocument(NOTICE_DOC, changed);
        expect(r.nodesDeleted).toBe(1);
        expect(r.edgesDeleted).toBe(1); // SPOKE_AT, supported by the notice only
        expect(await s.node('person:peter-major')).toBeNull();
        // REPORTS_TO was also supported by the report: kept, with the report's source only.
        const [rep] = await s.edgesOf(['meeting:cstd-21'], ['REPORTS_TO']);
        expect(rep?.sources.map((x) => x.document)).toEqual([REPORT_DOC]);
        expect((await s.node('meeting:cstd-21'))?.sources.map((x) => x.document)).toEqual([
          REPORT_DOC,
          NOTICE_DOC,
        ]);
        const stats = await s.stats();
        expect(stats.nodesByLabel.Person).toBe(1);
        expect(stats.edgesByType.SPOKE_AT).toBe(0);
        expect((await s.nodes(undefined, { document: NOTICE_DOC })).items.map((x) => x.id).sort()).toEqual([
          NOTICE_DOC,
          'meeting:cstd-21',
        ]);
      }));

    it('replaceDocument with an empty graph removes everything only that document supports', () =>
      withStore(open, async (s) => {
        await loadByDocument(s);
        await s.replaceDocument(RES_DOC, { nodes: [], edges: [] });
        const ids = (await s.exportGraph()).nodes.map((x) => x.id);
        expect(ids).not.toContain('resolution:tunis-agenda');
        expect(ids).not.toContain(RES_DOC);
        expect(ids).toContain('workinggroup:wgec-2016-2018'); // the report supports it too
        const wg = await s.node('workinggroup:wgec-2016-2018');
        expect(wg?.sources.every((x) => x.document === REPORT_DOC)).toBe(true);
      }));

    it('replaceDocument is atomic: a rejected graph leaves the stored graph unchanged', () =>
      withStore(open, async (s) => {
        await loadByDocument(s);
        const before = canonical(await s.exportGraph());
        const part = documentPart(atlasGraph(), REPORT_DOC);
        const bad: Graph = {
          nodes: part.nodes.slice(1),
          edges: [...part.edges, { ...part.edges[0]!, to: 'theme:not-stored' }],
        };
        await expect(s.replaceDocument(REPORT_DOC, bad)).rejects.toBeInstanceOf(StoreInputError);
        expect(canonical(await s.exportGraph())).toEqual(before);
      }));

    it('a second ensureSchema is harmless and keeps the data', () =>
      withStore(open, async (s) => {
        await s.upsert(atlasGraph());
        await s.ensureSchema();
        expect((await s.stats()).nodes).toBe(atlasGraph().nodes.length);
      }));

    it('concurrent reads and writes are safe: writes queue, reads see committed states', () =>
      withStore(open, async (s) => {
        const g = atlasGraph();
        const parts = [RES_DOC, REPORT_DOC, NOTICE_DOC].map((d) => documentPart(g, d));
        const reads: Promise<unknown>[] = [];
        const writes: Promise<unknown>[] = [];
        for (const [i, d] of [RES_DOC, REPORT_DOC, NOTICE_DOC].entries()) {
          writes.push(s.replaceDocument(d, parts[i]!));
          for (let k = 0; k < 5; k++) reads.push(s.stats(), s.search('WGEC'), s.node('meeting:cstd-21'));
        }
        await Promise.all([...writes, ...reads]);
        expect(canonical(await s.exportGraph())).toEqual(canonical(g));
      }));

    it('errors are StoreError without query text', () =>
      withStore(open, async (s) => {
        const err = await s
          .upsert({ nodes: [{ id: 'bad id' }], edges: [] } as unknown as Graph)
          .catch((e) => e);
        expect(err).toBeInstanceOf(StoreError);
        expect(String(err.message)).not.toMatch(/MATCH|UNWIND|CREATE \(/);
      }));
  });

  const loaded = async () => {
    const s = await open();
    await s.upsert(atlasGraph());
    return s;
  };
  defineReadContract(name, open, loaded);
  defineFactsContract(name, loaded);
  defineRolesContract(name, open);
  defineLineageContract(name, open);
  defineLineageTimeContract(name, open);
}
