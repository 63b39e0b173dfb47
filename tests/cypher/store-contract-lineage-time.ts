// lineage(id, direction) goes forward in time (cypher/store/lineage-time.ts), part of the store contract
// (store-contract.ts): a later resolution that MANDATES the Assembly does not lead, through the Assembly, to an
// older resolution the Assembly PRODUCED; a process still running is mandated by a later text; a walk in both
// directions, which asks for everything connected, keeps every step.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import type { Path, Store } from '../../cypher/store/store.ts';
import { src } from './fixtures/atlas-graph.ts';

const DOC = 'document:sample-outcome';
const quote = [src(DOC, 'para 1', 'We request the General Assembly to continue the Sample Forum')];
const node = (id: string, type: GraphNode['type'], name: string, properties: GraphNode['properties']) => ({
  id,
  type,
  name,
  aliases: [],
  properties,
  sources: quote,
});

const AGENDA = 'resolution:sample-agenda';
const LATE = 'resolution:a-res-90-1';
const OLD = 'resolution:a-res-60-1';
const GA = 'organization:general-assembly';
const FORUM = 'process:sample-forum';

function graph(): Graph {
  const edge = (type: 'REFERENCES' | 'MANDATES' | 'PRODUCED', from: string, to: string) => ({
    type,
    from,
    to,
    properties: {},
    sources: quote,
  });
  return {
    nodes: [
      node(AGENDA, 'Resolution', 'Sample Agenda', { adoptedOn: '2005-11-18' }),
      node(LATE, 'Resolution', 'A/RES/90/1', { adoptedOn: '2035-12-17' }),
      node(OLD, 'Resolution', 'A/RES/60/1', { adoptedOn: '2005-12-20' }),
      node(GA, 'Organization', 'General Assembly', {}),
      node(FORUM, 'Process', 'Sample Forum', { startYear: 2006 }),
    ],
    edges: [
      edge('REFERENCES', LATE, AGENDA),
      edge('MANDATES', LATE, GA),
      edge('PRODUCED', GA, OLD),
      edge('PRODUCED', GA, LATE),
      edge('MANDATES', LATE, FORUM),
    ],
  };
}

const routes = (paths: readonly Path[]) => paths.map((p) => p.nodes.map((n) => n.id).join(' > ')).sort();

export function defineLineageTimeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}: lineage goes forward in time`, () => {
    it('down: no route back to an older text through an undated body; a running process is reached', async () => {
      const s = await open();
      try {
        await s.upsert(graph());
        const down = await s.lineage(AGENDA, 'down', 4);
        expect(routes(down)).toEqual([`${AGENDA} > ${LATE} > ${GA}`, `${AGENDA} > ${LATE} > ${FORUM}`]);
        // Negative: without the walk's time, the Assembly's older resolution is connected all the same.
        const both = await s.lineage(AGENDA, 'both', 4);
        expect(both.some((p) => p.nodes.some((n) => n.id === OLD))).toBe(true);
      } finally {
        await s.close();
      }
    });

    it('up: nothing later than the start is where it came from', async () => {
      const s = await open();
      try {
        await s.upsert(graph());
        // Up from the older resolution: the Assembly PRODUCED it; the later text that MANDATES the Assembly
        // came after it.
        expect(routes(await s.lineage(OLD, 'up', 4))).toEqual([`${OLD} > ${GA}`]);
        // Up from the later one: the Agenda it cites and the Assembly.
        expect(routes(await s.lineage(LATE, 'up', 4))).toEqual([`${LATE} > ${GA}`, `${LATE} > ${AGENDA}`]);
      } finally {
        await s.close();
      }
    });
  });
}
