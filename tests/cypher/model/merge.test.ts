import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../cypher/model/graph.ts';
import { mergeEdge, mergeGraphs, mergeNode } from '../../../cypher/model/merge.ts';

const src = (document: string, locator = 'para 1', quote = 'q') => ({ document, locator, quote });
const person = (over: Partial<GraphNode>): GraphNode => ({
  id: 'person:peter-major',
  type: 'Person',
  name: 'Peter Major',
  aliases: [],
  properties: {},
  sources: [src('document:a')],
  ...over,
});
const chaired = (role: string, doc: string): GraphEdge => ({
  type: 'CHAIRED',
  from: 'person:peter-major',
  to: 'organization:cstd',
  properties: { role },
  sources: [src(doc)],
});

describe('merging facts across documents', () => {
  it('keeps one source per (document, locator, quote) and unions aliases without the name', () => {
    const m = mergeNode(
      person({ aliases: ['Mr. Major'] }),
      person({
        name: 'Dr. Peter Major',
        aliases: ['peter major', 'Mr. Major'],
        sources: [src('document:a'), src('document:b')],
      }),
    );
    expect(m.sources).toEqual([src('document:a'), src('document:b')]);
    expect(m.aliases).toEqual(['Mr. Major', 'Dr. Peter Major']);
  });

  it.each([
    ['Antonio Guterres', 'António Guterres', 'António Guterres', ['Antonio Guterres']],
    ['António Guterres', 'Antonio Guterres', 'António Guterres', ['Antonio Guterres']],
    ['Janis Karklins', 'Jānis Kārkliņš', 'Jānis Kārkliņš', ['Janis Karklins']],
    // Not the same letters once the accents go: the first name stays.
    ['Antonio Guterres', 'António Manuel Guterres', 'Antonio Guterres', ['António Manuel Guterres']],
    // Two spellings with as many accents: the first stays.
    ['Jose Muller', 'José Müller', 'José Müller', ['Jose Muller']],
    ['Côte d’Ivoire', "Côte d'Ivoire", 'Côte d’Ivoire', []],
  ])('the name written with its diacritics is kept, in either order: %s + %s', (a, b, name, aliases) => {
    const m = mergeNode(person({ name: a }), person({ name: b, sources: [src('document:b')] }));
    expect(m.name).toBe(name);
    expect(m.aliases).toEqual(aliases);
  });

  it('first value wins for ordinary properties', () => {
    const m = mergeNode(
      person({ properties: { honorific: 'Mr.' } }),
      person({ properties: { honorific: 'Dr.', email: 'x@y.org' } }),
    );
    expect(m.properties).toEqual({ honorific: 'Mr.', email: 'x@y.org' });
  });

  it.each([
    ['a day of the stored month', '2005-11', '2005-11-16', '2005-11-16'],
    ['a month of the stored year', '2005', '2005-11', '2005-11'],
    ['the stored day over its month', '2005-11-16', '2005-11', '2005-11-16'],
    ['another day: the first stays', '2005-11-16', '2005-11-18', '2005-11-16'],
    ['another month: the first stays', '2005-11', '2005-12-01', '2005-11'],
    ['not a date: the first stays', 'Tunis', 'Tunis-2005', 'Tunis'],
    ['a longer year is not a refinement', '200', '2005', '200'],
  ])('a date: %s', (_, first, second, kept) => {
    const meeting = (startDate: string) => ({
      ...person({}),
      id: 'meeting:wsis',
      type: 'Meeting' as const,
      name: 'World Summit',
      properties: { startDate },
    });
    expect(mergeNode(meeting(first), meeting(second)).properties.startDate).toBe(kept);
  });

  it('joins distinct roles instead of dropping the second (CHAIRED role joinWith "; ")', () => {
    const m = mergeEdge(chaired('Acting Chair', 'document:a'), chaired('Vice-Chair', 'document:b'));
    expect(m.properties.role).toBe('Acting Chair; Vice-Chair');
    expect(mergeEdge(m, chaired('Vice-Chair', 'document:c')).properties.role).toBe(
      'Acting Chair; Vice-Chair',
    );
  });

  it('merges a graph to one node per id and one relationship per (type, from, to)', () => {
    const g = mergeGraphs([
      { nodes: [person({})], edges: [chaired('Chair', 'document:a')] },
      { nodes: [person({ sources: [src('document:b')] })], edges: [chaired('Chair', 'document:b')] },
    ]);
    expect(g.nodes).toHaveLength(1);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]?.sources).toHaveLength(2);
  });
});
