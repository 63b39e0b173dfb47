// roles(id), part of the store contract (store-contract.ts): a working group's
// chair whose CHAIRED relationship has no dates of its own is dated by the
// meetings of that group the same person chaired (cypher/store/role-chair-spans.ts),
// whichever end the roles are asked from. Meetings of another group, and the
// group's meetings someone else chaired, do not count; a chair who chaired none of
// the group's meetings is dated by the group's years.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import type { Store } from '../../cypher/store/store.ts';
import { atlasGraph, REPORT_DOC, src } from './fixtures/atlas-graph.ts';

const FONSECA = 'person:benedicto-fonseca-filho';
const MAJOR = 'person:peter-major';
const WGEC = 'workinggroup:wgec-2016-2018';
const WGEC_OLD = 'workinggroup:wgec-2013-2014';
const cite = [src(REPORT_DOC, 'para 6', 'chaired the meeting')];

const meeting = (id: string, startDate: string, endDate?: string): GraphNode => ({
  id,
  type: 'Meeting',
  name: id,
  aliases: [],
  properties: endDate ? { startDate, endDate } : { startDate },
  sources: cite,
});
const edge = (type: GraphEdge['type'], from: string, to: string, properties = {}): GraphEdge => ({
  type,
  from,
  to,
  properties,
  sources: cite,
});

/** The fixture with the Chair's own dates taken off, and more meetings around the group. */
function graph(): Graph {
  const g = atlasGraph();
  return {
    nodes: [
      ...g.nodes,
      meeting('meeting:wgec-2016-2018-2', '2017-01-26', '2017-01-27'),
      meeting('meeting:wgec-2016-2018-4', '2017-10-09'),
      meeting('meeting:wgec-2013-2014-1', '2013-05-30', '2013-05-31'),
    ],
    edges: [
      ...g.edges.map((e) =>
        e.type === 'CHAIRED' && e.to === WGEC ? { ...e, properties: { role: 'Chair' } } : e,
      ),
      edge('PART_OF', 'meeting:wgec-2016-2018-2', WGEC),
      edge('CHAIRED', FONSECA, 'meeting:wgec-2016-2018-2', { role: 'Chair' }),
      // The group's meeting someone else chaired; another group's meeting he chaired.
      edge('PART_OF', 'meeting:wgec-2016-2018-4', WGEC),
      edge('CHAIRED', MAJOR, 'meeting:wgec-2016-2018-4', { role: 'Acting Chair' }),
      edge('PART_OF', 'meeting:wgec-2013-2014-1', WGEC_OLD),
      edge('CHAIRED', FONSECA, 'meeting:wgec-2013-2014-1', { role: 'Chair' }),
    ],
  };
}

export function defineRolesContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}: roles dated by chaired meetings`, () => {
    it("a group's chair with no dates of their own: first to last of the group's meetings they chaired", async () => {
      const s = await open();
      try {
        await s.upsert(graph());
        const chair = (rows: Awaited<ReturnType<Store['roles']>>) =>
          rows
            .filter((r) => r.type === 'CHAIRED' && r.target.id === WGEC)
            .map((r) => [r.person.id, r.from ?? null, r.to ?? null, r.datedBy ?? null]);
        // First meeting 26–27 September 2016 (fixture), second 26–27 January 2017.
        expect(chair(await s.roles(FONSECA))).toEqual([
          [FONSECA, '2016-09-26', '2017-01-27', 'chaired-meetings'],
        ]);
        expect(chair(await s.roles(WGEC))).toEqual([
          [FONSECA, '2016-09-26', '2017-01-27', 'chaired-meetings'],
        ]);
        // A chair of a group with its years who chaired none of its meetings: the group's years.
        const old = graph();
        await s.upsert({
          ...old,
          edges: [...old.edges, edge('CHAIRED', MAJOR, WGEC_OLD, { role: 'Chair' })],
        });
        expect(
          (await s.roles(WGEC_OLD))
            .filter((r) => r.type === 'CHAIRED' && r.target.id === WGEC_OLD)
            .map((r) => [r.person.id, r.from ?? null, r.to ?? null, r.datedBy ?? null]),
        ).toEqual([[MAJOR, '2013', '2014', 'group-years']]);
        // The relationship's own dates win; the meetings are still dated by themselves.
        const own = graph();
        await s.upsert({
          ...own,
          edges: [...own.edges, edge('CHAIRED', MAJOR, WGEC, { role: 'Vice-Chair', from: '2017-10' })],
        });
        const major = (await s.roles(MAJOR)).map((r) => [
          r.target.id,
          r.from ?? null,
          r.to ?? null,
          r.datedBy,
        ]);
        expect(major).toContainEqual([WGEC, '2017-10', null, 'relationship']);
        expect(major).toContainEqual(['meeting:wgec-2016-2018-4', '2017-10-09', '2017-10-09', 'meeting']);
      } finally {
        await s.close();
      }
    });
  });
}
