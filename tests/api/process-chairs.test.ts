// roles(id) of a Process and of its co-facilitator, through the API on the embedded store: CHAIRED may
// reach a Process (an extension of MODEL.md, cypher/model/relationships.ts), as the co-facilitators the
// President of the General Assembly appoints for an intergovernmental process (the WSIS+20 review).

import { describe, expect, it } from 'vitest';
import type { Graph, Source } from '../../cypher/model/graph.ts';
import { DOC, fixtureGraph, ID } from './fixture-graph.ts';
import { servedFixture } from './served-fixture.ts';

const PROCESS = 'process:wsis-20-review';
const at = (quote: string): Source[] => [{ document: DOC, locator: 'para 3', quote }];

function graph(): Graph {
  const g = fixtureGraph();
  return {
    nodes: [
      ...g.nodes,
      {
        id: PROCESS,
        type: 'Process',
        name: 'WSIS+20 review',
        aliases: [],
        properties: {},
        sources: at('Working Group on Enhanced Cooperation'),
      },
    ],
    edges: [
      ...g.edges,
      {
        type: 'CHAIRED',
        from: ID.fonseca,
        to: PROCESS,
        properties: { role: 'Co-Facilitator', from: '2024-08' },
        sources: at('Ambassador Benedicto Fonseca Filho'),
      },
    ],
  };
}

const api = servedFixture({ graph: graph() });

describe('chairs and co-facilitators of a Process', () => {
  it('roles of the process and of the person show the CHAIRED relationship', async () => {
    const r = await api.gql(
      `{ p: roles(id: "${PROCESS}") { type role from holder { id } target { id } } h: roles(id: "${ID.fonseca}") { type role target { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.p).toEqual([
      {
        type: 'CHAIRED',
        role: 'Co-Facilitator',
        from: '2024-08',
        holder: { id: ID.fonseca },
        target: { id: PROCESS },
      },
    ]);
    expect(r.data.h).toEqual(
      expect.arrayContaining([
        { type: 'CHAIRED', role: 'Co-Facilitator', target: { id: PROCESS } },
        { type: 'CHAIRED', role: 'Chair', target: { id: ID.wgec } },
      ]),
    );
  });
});
