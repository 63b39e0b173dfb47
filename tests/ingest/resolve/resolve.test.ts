import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../cypher/model/graph.ts';
import { parseDecisions } from '../../../ingest/resolve/decisions.ts';
import { samePerson } from '../../../ingest/resolve/names.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';

describe('person names', () => {
  const cases: [string, string, boolean][] = [
    ['Ms. Shamika N. Sirimanne', 'Shamika Sirimanne', true],
    ['Benedicto Fonseca Filho', 'Ambassador Benedicto Fonseca', true],
    ['Wolfgang Kleinwächterk', 'Wolfgang Kleinwächter', true],
    ['Mario Campolargo', 'Mário Campolargo', true],
    ['Mario Cervantes', 'Mário Campolargo', false],
    ['Peter Major', 'Peter Maurer', false],
    ['Ana Cristina das Neves', 'Ana Gomes', false],
    ['Mr. Li Junhua', 'Mr. Junhua Li', true],
    ['Qu Dongyu', 'Dongyu Qu', true],
    ['Li Junhua', 'Junhua Wang', false],
    ['Li Junhua', 'Junhua Li Wang', false],
    ['Kim Hak-Su', 'Hak-Su Kim Lee', false],
  ];
  for (const [a, b, same] of cases) it(`${a} / ${b}`, () => expect(Boolean(samePerson(a, b))).toBe(same));
});

const src = (doc: string) => [{ document: doc, locator: 'line 1', quote: 'q' }];
const person = (id: string, name: string, doc: string): GraphNode => ({
  id,
  type: 'Person',
  name,
  aliases: [],
  properties: {},
  sources: src(doc),
});

describe('resolution across documents', () => {
  const graphs = new Map<string, Graph>([
    [
      'document:a',
      { nodes: [person('person:shamika-n-sirimanne', 'Shamika N. Sirimanne', 'document:a')], edges: [] },
    ],
    [
      'document:b',
      { nodes: [person('person:shamika-sirimanne', 'Shamika Sirimanne', 'document:b')], edges: [] },
    ],
  ]);
  it('merges and logs the reason', () => {
    const { perDocument, merges } = resolveCorpus(graphs, { merge: [], split: [] });
    expect(perDocument.get('document:b')!.nodes[0]!.id).toBe('person:shamika-n-sirimanne');
    expect(merges[0]?.reason).toMatch(/initials|honorifics/);
  });
  it('a split in the decisions file keeps them apart', () => {
    const d = parseDecisions(
      '{"split":[{"ids":["person:shamika-n-sirimanne","person:shamika-sirimanne"],"reason":"test"}]}',
      't',
    );
    const { perDocument, merges } = resolveCorpus(graphs, d);
    expect(perDocument.get('document:b')!.nodes[0]!.id).toBe('person:shamika-sirimanne');
    expect(merges).toHaveLength(0);
  });
  it('a merge in the decisions file is forced and logged', () => {
    const g = new Map<string, Graph>([
      ['document:a', { nodes: [person('person:x-one', 'X One', 'document:a')], edges: [] }],
      ['document:b', { nodes: [person('person:y-two', 'Y Two', 'document:b')], edges: [] }],
    ]);
    const { perDocument, merges } = resolveCorpus(
      g,
      parseDecisions('{"merge":[{"ids":["person:x-one","person:y-two"],"reason":"same"}]}', 't'),
    );
    expect(perDocument.get('document:b')!.nodes[0]!.id).toBe('person:x-one');
    expect(merges[0]?.reason).toContain('decisions file');
  });
  it('meets a two-word name written family name first, and only the same two words', () => {
    const g = new Map<string, Graph>([
      ['document:a', { nodes: [person('person:li-junhua', 'Li Junhua', 'document:a')], edges: [] }],
      [
        'document:b',
        {
          nodes: [
            person('person:junhua-li', 'Junhua Li', 'document:b'),
            person('person:li-wang', 'Li Wang', 'document:b'),
          ],
          edges: [],
        },
      ],
    ]);
    const { perDocument, merges } = resolveCorpus(g, { merge: [], split: [] });
    expect(perDocument.get('document:b')!.nodes.map((n) => n.id)).toEqual([
      'person:li-junhua',
      'person:li-wang',
    ]);
    expect(merges.map((m) => m.reason)).toEqual([expect.stringContaining('family name first')]);
  });
  it('rejects a malformed decisions file', () => {
    expect(() => parseDecisions('{"merge":[{"ids":["only-one"]}]}', 'decisions.json')).toThrow(
      /at least two ids/,
    );
    expect(() => parseDecisions('not json', 'decisions.json')).toThrow(/not JSON/);
  });
});
