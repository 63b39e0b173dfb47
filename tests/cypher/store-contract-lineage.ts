// lineage(id, direction), part of the store contract (store-contract.ts): the
// routes the walk took, then the lineage relationships between the nodes it
// reached that those routes leave out (cypher/store/lineage-walk.ts). With the
// WGEC report citing the Tunis Agenda directly (as the 2018 report does,
// E/CN.16/2018/CRP.3), the walk up from the report reaches the Agenda in one
// hop, and A/RES/70/125's citation of ¶69–71 would otherwise never be drawn.

import { describe, expect, it } from 'vitest';
import { edgeKey, type Graph } from '../../cypher/model/graph.ts';
import type { Path, Store } from '../../cypher/store/store.ts';
import { atlasGraph, REPORT_DOC, src } from './fixtures/atlas-graph.ts';

const TUNIS = 'resolution:tunis-agenda';
const RES = 'resolution:a-res-70-125';
const WGEC = 'workinggroup:wgec-2016-2018';

function graph(): Graph {
  const g = atlasGraph();
  const cites = {
    type: 'REFERENCES' as const,
    from: REPORT_DOC,
    to: TUNIS,
    properties: {},
    sources: [src(REPORT_DOC, 'para 1', 'as envisioned in the Tunis Agenda')],
  };
  return { nodes: g.nodes, edges: [...g.edges, cites] };
}

const route = (p: Path) => p.nodes.map((n) => n.id);
const hopKeys = (paths: readonly Path[]) => paths.flatMap((p) => p.hops.map((h) => edgeKey(h.edge)));

export function defineLineageContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}: lineage relationships beside the routes`, () => {
    it('up: the routes first, then a relationship between reached nodes after the route to its lower end', async () => {
      const s = await open();
      try {
        await s.upsert(graph());
        const up = await s.lineage(REPORT_DOC, 'up', 6);
        expect(up.map(route)).toEqual([
          [REPORT_DOC, TUNIS],
          [REPORT_DOC, WGEC, RES],
          [REPORT_DOC, WGEC, 'workinggroup:wgec-2013-2014'],
          [REPORT_DOC, WGEC, RES, TUNIS],
        ]);
        const last = up.at(-1)!.hops.at(-1)!;
        expect([last.edge.type, last.forward, last.edge.properties]).toEqual([
          'REFERENCES',
          true,
          { paragraphs: '69-71' },
        ]);
        expect(last.edge.sources.map((x) => x.locator)).toEqual(['para 65']);
        // Every lineage relationship between the five reached nodes, REPORTS_TO aside (not an origin).
        expect(new Set(hopKeys(up)).size).toBe(5);
      } finally {
        await s.close();
      }
    });

    it('a gathering that ESTABLISHED a group (Meeting → WorkingGroup, an extension) is upstream of it', async () => {
      const s = await open();
      const conf = 'meeting:fifth-review-conference-2016-12-12';
      const gge = 'workinggroup:gge-laws';
      const doc = 'document:ccw-msp-2017-8';
      const quote = [
        src(doc, 'para 1', 'The Fifth Review Conference … decided … To establish an open-ended Group'),
      ];
      try {
        await s.upsert({
          nodes: [
            {
              id: conf,
              type: 'Meeting',
              name: 'Fifth Review Conference',
              aliases: [],
              properties: {},
              sources: quote,
            },
            {
              id: gge,
              type: 'WorkingGroup',
              name: 'GGE on LAWS',
              aliases: [],
              properties: {},
              sources: quote,
            },
          ],
          edges: [
            { type: 'ESTABLISHED', from: conf, to: gge, properties: { date: '2016-12' }, sources: quote },
          ],
        });
        const up = await s.lineage(gge, 'up', 3);
        expect(up.map(route)).toEqual([[gge, conf]]);
        expect(up[0]!.hops.map((h) => [h.edge.type, h.forward, h.edge.properties])).toEqual([
          ['ESTABLISHED', false, { date: '2016-12' }],
        ]);
        expect((await s.lineage(conf, 'down', 3)).map(route)).toEqual([[conf, gge]]);
      } finally {
        await s.close();
      }
    });

    it('a person succeeding another (SUCCEEDS Person → Person, an extension) is no lineage step', async () => {
      const s = await open();
      const sg = 'person:jon-sample';
      const before = 'person:tom-example';
      const panel = 'workinggroup:sample-panel';
      const doc = 'document:sample-release';
      const quote = [src(doc, 'line 1', 'Jon Sample established the Sample Panel. He succeeds Tom Example')];
      const person = (id: string, name: string) => ({
        id,
        type: 'Person' as const,
        name,
        aliases: [],
        properties: {},
        sources: quote,
      });
      try {
        await s.upsert({
          nodes: [
            person(sg, 'Jon Sample'),
            person(before, 'Tom Example'),
            {
              id: panel,
              type: 'WorkingGroup',
              name: 'Sample Panel',
              aliases: [],
              properties: {},
              sources: quote,
            },
          ],
          edges: [
            { type: 'ESTABLISHED', from: sg, to: panel, properties: {}, sources: quote },
            { type: 'SUCCEEDS', from: sg, to: before, properties: {}, sources: quote },
          ],
        });
        expect((await s.lineage(panel, 'up', 3)).map(route)).toEqual([[panel, sg]]);
        expect((await s.lineage(before, 'down', 3)).map(route)).toEqual([]);
        // The relationship is stored and read like any other.
        const around = await s.neighbourhood({ ids: [sg], depth: 1, limit: 10 });
        expect(around.edges.map((e) => `${e.type} ${e.to}`).sort()).toEqual([
          `ESTABLISHED ${panel}`,
          `SUCCEEDS ${before}`,
        ]);
      } finally {
        await s.close();
      }
    });

    it('down: the group that PRODUCED the report joins the direct citation; a walk back up takes no step', async () => {
      const s = await open();
      try {
        await s.upsert(graph());
        const down = await s.lineage(TUNIS, 'down', 6);
        const across = down.find((p) => route(p).join('>') === [TUNIS, RES, WGEC, REPORT_DOC].join('>'));
        expect(across?.hops.map((h) => [h.edge.type, h.forward])).toEqual([
          ['REFERENCES', false],
          ['MANDATES', true],
          ['PRODUCED', true],
        ]);
        expect(route(down[0]!)).toEqual([TUNIS, REPORT_DOC]);
        expect(hopKeys(down).filter((k) => k.startsWith('PRODUCED|')).length).toBe(1);
        // Nothing is upstream of the Agenda, and a one-hop walk has no relationship between its ends.
        expect(await s.lineage(TUNIS, 'up', 6)).toEqual([]);
        expect((await s.lineage(TUNIS, 'down', 1)).map(route)).toEqual([
          [TUNIS, REPORT_DOC],
          [TUNIS, RES],
        ]);
      } finally {
        await s.close();
      }
    });
  });
}
