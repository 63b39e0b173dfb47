// Walk half of the read contract (store-contract-reads.ts): neighbourhood,
// paths, lineage, roles and timeline on the store that file loads with the
// fixture graph. Called inside its describe, so both halves share one store.

import { expect, it } from 'vitest';
import { edgeKey } from '../../cypher/model/graph.ts';
import type { Store } from '../../cypher/store/store.ts';
import { NOTICE_DOC, REPORT_DOC, RES_DOC } from './fixtures/atlas-graph.ts';

const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

export function defineWalkReads(store: () => Store): void {
  it('neighbourhood: depth, relationship types, labels and limit', async () => {
    const s = store();
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
    const s = store();
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
    expect(await s.paths('person:benedicto-fonseca-filho', 'resolution:tunis-agenda', undefined, 2)).toEqual(
      [],
    );
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
      const s = store();
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
    const s = store();
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
    // The group REPORTS_TO the session: downstream of the group, not where the session came from.
    const sessionUp = await s.lineage('meeting:cstd-21', 'up', 6);
    expect(sessionUp.flatMap((p) => ids(p.nodes))).not.toContain('workinggroup:wgec-2016-2018');
    const both = await s.lineage('meeting:cstd-21', 'both', 6);
    expect(both.flatMap((p) => ids(p.nodes))).toContain('workinggroup:wgec-2016-2018');
    const short = await s.lineage('resolution:tunis-agenda', 'down', 1);
    expect(short.flatMap((p) => ids(p.nodes))).toEqual([
      'resolution:tunis-agenda',
      'resolution:a-res-70-125',
    ]);
  });

  it('roles: from the person and from the body, with dates and sources', async () => {
    const s = store();
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
    const s = store();
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
}
