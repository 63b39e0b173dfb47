// A later given name and the surname ("Ekitela Lokaale") beside the full name ("Erastus Ekitela Lokaale"):
// one person when both are affiliated with one body and no two States (ingest/resolve/middle-name-merges.ts).
// Invented names; the negative cases are another full name that fits too, conflicting or missing
// affiliations, a surname alone, and a split in the decisions file.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../../cypher/model/graph.ts';
import type { Decisions } from '../../../ingest/resolve/decisions.ts';
import { middleNameFits } from '../../../ingest/resolve/middle-name-merges.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';
import { person } from './one-person-per-document.ts';

const state = (name: string, doc: string): GraphNode => ({
  id: `organization:${name.toLowerCase()}`,
  type: 'Organization',
  name,
  aliases: [],
  properties: { kind: 'member-state' },
  sources: [{ document: doc, locator: 'line 1', quote: name }],
});
const body = (name: string, doc: string): GraphNode => ({
  ...state(name, doc),
  properties: { kind: 'un-body' },
});
const affiliated = (who: GraphNode, org: GraphNode, doc: string): GraphEdge => ({
  type: 'AFFILIATED_WITH',
  from: who.id,
  to: org.id,
  properties: {},
  sources: [{ document: doc, locator: 'line 1', quote: `${who.name}, ${org.name}` }],
});

/** One document per [name, affiliations]: the id each document's person ends up with, and the merges. */
function resolvedWith(people: [string, string[]][], decisions: Decisions = { merge: [], split: [] }) {
  const graphs = new Map<string, Graph>(
    people.map(([name, orgs], i) => {
      const doc = `document:d${i}`;
      const p = person(name, doc);
      const bodies = orgs.map((o) => (o.startsWith('the ') ? body(o.slice(4), doc) : state(o, doc)));
      return [doc, { nodes: [p, ...bodies], edges: bodies.map((b) => affiliated(p, b, doc)) }];
    }),
  );
  const { perDocument, merges } = resolveCorpus(graphs, decisions);
  const ids = people.map(
    (_, i) => perDocument.get(`document:d${i}`)!.nodes.find((n) => n.type === 'Person')!.id,
  );
  return { ids, merges };
}

describe('a later given name and the surname in the full name', () => {
  const cases: [string[], string[], boolean][] = [
    [['ekitela', 'samplaale'], ['erastus', 'ekitela', 'samplaale'], true],
    [['maria', 'examplez'], ['ana', 'maria', 'luisa', 'examplez'], true],
    // The first given name (the usual comparison's), another surname, a surname alone, no middle name.
    [['erastus', 'samplaale'], ['erastus', 'ekitela', 'samplaale'], false],
    [['ekitela', 'samplaale'], ['erastus', 'ekitela', 'samplaalo'], false],
    [['samplaale'], ['erastus', 'ekitela', 'samplaale'], false],
    [['ekitela', 'samplaale'], ['erastus', 'samplaale'], false],
    [['jomo', 'samplaale'], ['erastus', 'ekitela', 'samplaale'], false],
  ];
  for (const [short, full, fits] of cases)
    it(`${short.join(' ')} / ${full.join(' ')}`, () => expect(middleNameFits(short, full)).toBe(fits));
});

describe('resolution across documents', () => {
  it('merges the middle and the first given name into the full name, logging why', () => {
    const { ids, merges } = resolvedWith([
      ['Erastus Ekitela Samplaale', ['Kenya']],
      ['Ekitela Samplaale', ['Kenya']],
      ['Erastus Samplaale', ['Kenya']],
    ]);
    expect(new Set(ids)).toEqual(new Set(['person:erastus-ekitela-samplaale']));
    expect(merges.find((m) => m.merged === 'person:ekitela-samplaale')?.reason).toMatch(
      /later given name.*"ekitela" in "erastus ekitela samplaale".*organization:kenya/,
    );
  });
  it('a body in common other than a State will do', () => {
    const { ids } = resolvedWith([
      ['Ana Maria Examplez', ['the Secretariat']],
      ['Maria Examplez', ['the Secretariat']],
    ]);
    expect(ids[0]).toBe(ids[1]);
  });
  const apart: [string, [string, string[]][]][] = [
    [
      'no affiliation on one side',
      [
        ['Erastus Ekitela Samplaale', ['Kenya']],
        ['Ekitela Samplaale', []],
      ],
    ],
    [
      'two different States',
      [
        ['Erastus Ekitela Samplaale', ['Kenya']],
        ['Ekitela Samplaale', ['Uganda']],
      ],
    ],
    [
      'a State each besides the body in common',
      [
        ['Erastus Ekitela Samplaale', ['Kenya', 'the Secretariat']],
        ['Ekitela Samplaale', ['Uganda', 'the Secretariat']],
      ],
    ],
    [
      'two full names the short one may stand for',
      [
        ['Erastus Ekitela Samplaale', ['Kenya']],
        ['Jomo Ekitela Samplaale', ['Kenya']],
        ['Ekitela Samplaale', ['Kenya']],
      ],
    ],
  ];
  for (const [what, people] of apart)
    it(`keeps them apart: ${what}`, () => {
      const { ids } = resolvedWith(people);
      expect(ids[ids.length - 1]).toBe(
        `person:${people[people.length - 1]![0].toLowerCase().replace(/[^a-z]+/g, '-')}`,
      );
    });
  it('a split in the decisions file wins', () => {
    const { ids } = resolvedWith(
      [
        ['Erastus Ekitela Samplaale', ['Kenya']],
        ['Ekitela Samplaale', ['Kenya']],
      ],
      { merge: [], split: [{ ids: ['person:erastus-ekitela-samplaale', 'person:ekitela-samplaale'] }] },
    );
    expect(ids[0]).not.toBe(ids[1]);
  });
});
