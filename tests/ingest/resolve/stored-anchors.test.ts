// A run's names resolve against the entities stored from documents outside the
// run (ingest/resolve/stored-anchors.ts): a stored entity keeps its id and name,
// two stored entities are never joined, and an entity only the run's own
// documents support is the run's to resolve as if it were not stored.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../cypher/model/graph.ts';
import type { NodeLabel } from '../../../cypher/model/labels.ts';
import type { StoredName } from '../../../cypher/store/store.ts';
import { type Decisions, parseDecisions } from '../../../ingest/resolve/decisions.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';
import { anchorsFor } from '../../../ingest/resolve/stored-anchors.ts';

const RUN = 'document:today';
const node = (type: NodeLabel, id: string, name: string, doc = RUN): GraphNode => ({
  id,
  type,
  name,
  aliases: [],
  properties: {},
  sources: [{ document: doc, locator: 'para 1', quote: name }],
});
const stored = (type: StoredName['type'], id: string, name: string, documents = ['document:last-week']) =>
  ({ id, type, name, aliases: [], documents }) satisfies StoredName;
const NONE: Decisions = { merge: [], split: [] };

/** The run's one document holding `nodes`, resolved against `names`: its nodes by id. */
function resolved(nodes: GraphNode[], names: StoredName[], decisions = NONE) {
  const graphs = new Map<string, Graph>([[RUN, { nodes, edges: [] }]]);
  const { perDocument, merges } = resolveCorpus(graphs, decisions, names);
  return { nodes: perDocument.get(RUN)!.nodes, merges };
}

describe('a run resolved against stored entities', () => {
  it.each<[string, GraphNode, StoredName, string]>([
    [
      'the stored name, shorter, is kept',
      node('Person', 'person:ana-cristina-amoroso-das-neves', 'Ana Cristina Amoroso das Neves'),
      stored('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves'),
      'person:ana-cristina-das-neves',
    ],
    [
      'a short given name joins the stored full one',
      node('Person', 'person:vint-cerf', 'Vint Cerf'),
      stored('Person', 'person:vinton-g-cerf', 'Vinton G. Cerf'),
      'person:vinton-g-cerf',
    ],
    [
      'an organisation within one typing error',
      node('Organization', 'organization:internet-society-foundaton', 'Internet Society Foundaton'),
      stored('Organization', 'organization:internet-society-foundation', 'Internet Society Foundation'),
      'organization:internet-society-foundation',
    ],
    [
      'a theme by the same words',
      node('Theme', 'theme:capacity-building', 'Capacity Building'),
      stored('Theme', 'theme:capacity-building-2', 'capacity building'),
      'theme:capacity-building-2',
    ],
  ])('%s', (_, mention, name, want) => {
    const { nodes, merges } = resolved([mention], [name]);
    expect(nodes.map((n) => n.id)).toEqual([want]);
    expect(nodes[0]!.name).toBe(name.name);
    expect(nodes[0]!.aliases).toContain(mention.name);
    // The run's own sources, nothing of the stored entity's: the store merges them on write.
    expect(nodes[0]!.sources).toEqual(mention.sources);
    expect(merges).toEqual([expect.objectContaining({ kept: want, merged: mention.id })]);
  });

  it.each<[string, GraphNode, StoredName]>([
    [
      'another given name',
      node('Person', 'person:maria-das-neves', 'Maria das Neves'),
      stored('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves'),
    ],
    [
      'another type',
      node('Organization', 'organization:peter-major', 'Peter Major'),
      stored('Person', 'person:peter-major-2', 'Peter Major'),
    ],
    [
      'a label resolved by symbol or date, not by name',
      node('WorkingGroup', 'workinggroup:wgec-2016-2018', 'Working Group on Enhanced Cooperation'),
      {
        ...stored('Person', 'x', 'y'),
        id: 'workinggroup:wgec',
        type: 'WorkingGroup' as const,
        name: 'Working Group on Enhanced Cooperation',
      },
    ],
  ])('left apart: %s', (_, mention, name) => {
    const { nodes, merges } = resolved([mention], [name]);
    expect(nodes.map((n) => n.id)).toEqual([mention.id]);
    expect(merges).toEqual([]);
  });

  it("an entity only the run documents support is the run's own: the fuller name is kept, as in a clean run", () => {
    const names = [stored('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves', [RUN])];
    const { nodes } = resolved(
      [
        node('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves'),
        node('Person', 'person:ana-cristina-amoroso-das-neves', 'Ana Cristina Amoroso das Neves'),
      ],
      names,
    );
    expect(nodes.map((n) => n.id)).toEqual(['person:ana-cristina-amoroso-das-neves']);
  });

  it('a stored id the run also names keeps its id when the run has a fuller name beside it', () => {
    const { nodes } = resolved(
      [
        node('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves'),
        node('Person', 'person:ana-cristina-amoroso-das-neves', 'Ana Cristina Amoroso das Neves'),
      ],
      [stored('Person', 'person:ana-cristina-das-neves', 'Ana Cristina das Neves')],
    );
    expect(nodes.map((n) => n.id)).toEqual(['person:ana-cristina-das-neves']);
    expect(nodes[0]!.aliases).toContain('Ana Cristina Amoroso das Neves');
  });

  it('two stored entities are never joined, even through a name of the run that fits both', () => {
    const STORED = ['person:ana-cristina-das-neves', 'person:ana-das-neves'];
    const { nodes, merges } = resolved(
      [node('Person', 'person:ana-cristina-amoroso-das-neves', 'Ana Cristina Amoroso das Neves')],
      [
        stored('Person', STORED[0]!, 'Ana Cristina das Neves'),
        stored('Person', STORED[1]!, 'Ana das Neves', ['document:older']),
      ],
    );
    expect(nodes).toHaveLength(1);
    // Joined to one of them (the first compared), once: no merge joins the two stored ids to each other.
    expect(STORED).toContain(nodes[0]!.id);
    expect(merges).toEqual([
      expect.objectContaining({ kept: nodes[0]!.id, merged: 'person:ana-cristina-amoroso-das-neves' }),
    ]);
  });

  it('a split in the decisions file keeps a run entity apart from a stored one', () => {
    const d = parseDecisions(
      '{"split":[{"ids":["person:vint-cerf","person:vinton-g-cerf"],"reason":"two people"}]}',
      'decisions.json',
    );
    const { nodes } = resolved(
      [node('Person', 'person:vint-cerf', 'Vint Cerf')],
      [stored('Person', 'person:vinton-g-cerf', 'Vinton G. Cerf')],
      d,
    );
    expect(nodes.map((n) => n.id)).toEqual(['person:vint-cerf']);
  });

  it('stored entities no run name matches add nothing to the run', () => {
    const { nodes, merges } = resolved(
      [node('Person', 'person:peter-major', 'Peter Major')],
      Array.from({ length: 500 }, (_, i) => stored('Person', `person:someone-${i}`, `Someone Number${i}`)),
    );
    expect(nodes.map((n) => n.id)).toEqual(['person:peter-major']);
    expect(merges).toEqual([]);
  });
});

describe('a gathering named without an ordinal, resolved against stored ones by name and date', () => {
  const WSIS = 'World Summit on the Information Society';
  const meeting = (id: string, startDate: string): GraphNode => ({
    ...node('Meeting', id, WSIS),
    properties: { startDate },
  });
  const storedMeeting = (id: string, startDate: string, documents?: string[]) => ({
    ...stored('Meeting', id, WSIS, documents),
    startDate,
  });
  it.each([
    [
      'a month joins the stored day of that month',
      meeting('meeting:wsis-2005-11', '2005-11'),
      'meeting:wsis-2005-11-16',
      '2005-11-16',
    ],
    [
      'a day joins the stored month it falls in',
      meeting('meeting:wsis-2005-11-16', '2005-11-16'),
      'meeting:wsis-2005-11',
      '2005-11',
    ],
  ])('%s', (_, mention, storedId, storedDate) => {
    const { nodes, merges } = resolved([mention], [storedMeeting(storedId, storedDate)]);
    expect(nodes.map((n) => n.id)).toEqual([storedId]);
    expect(merges).toEqual([expect.objectContaining({ kept: storedId, merged: mention.id })]);
  });
  it('left apart: another month, or two stored days of that month', () => {
    expect(
      resolved(
        [meeting('meeting:wsis-2003-12', '2003-12')],
        [storedMeeting('meeting:wsis-2005-11-16', '2005-11-16')],
      ).nodes.map((n) => n.id),
    ).toEqual(['meeting:wsis-2003-12']);
    expect(
      resolved(
        [meeting('meeting:wsis-2005-11', '2005-11')],
        [
          storedMeeting('meeting:wsis-2005-11-16', '2005-11-16'),
          storedMeeting('meeting:wsis-2005-11-18', '2005-11-18'),
        ],
      ).nodes.map((n) => n.id),
    ).toEqual(['meeting:wsis-2005-11']);
  });
});

describe('anchorsFor', () => {
  it('keeps the entities a document outside the batch supports, and the batch ids among them', () => {
    const a = anchorsFor(
      [
        stored('Person', 'person:a', 'A A', ['document:x']),
        stored('Person', 'person:b', 'B B', [RUN]),
        stored('Person', 'person:c', 'C C', [RUN, 'document:x']),
        { ...stored('Person', 'x', 'y'), id: 'resolution:d', type: 'Resolution' as const, name: 'D' },
        { ...stored('Meeting', 'meeting:e-2005-11', 'E'), startDate: '2005-11' },
      ],
      new Set([RUN]),
      new Set(['person:c']),
    );
    expect([...a.fixed].sort()).toEqual(['meeting:e-2005-11', 'person:a', 'person:c']);
    expect(a.nodes.map((n) => n.id)).toEqual(['person:a', 'meeting:e-2005-11']);
    expect(a.nodes[1]!.properties).toEqual({ startDate: '2005-11' });
  });
});
