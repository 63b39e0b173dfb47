import { describe, expect, it } from 'vitest';
import { findMentions } from '../../api/mentions.ts';
import type { GraphNode } from '../../cypher/model/graph.ts';

const src = [{ document: 'document:d', locator: 'para 1', quote: 'q' }];
const node = (
  id: string,
  type: GraphNode['type'],
  name: string,
  aliases: string[] = [],
  properties = {},
): GraphNode => ({
  id,
  type,
  name,
  aliases,
  properties,
  sources: src,
});

const wg16 = node(
  'workinggroup:wgec-2016-2018',
  'WorkingGroup',
  'Working Group on Enhanced Cooperation (2016–2018)',
  ['Working Group on Enhanced Cooperation'],
  { acronym: 'WGEC' },
);
const wg13 = node(
  'workinggroup:wgec-2013-2014',
  'WorkingGroup',
  'Working Group on Enhanced Cooperation (2013–2014)',
  [],
  {
    acronym: 'WGEC',
  },
);
const fonseca = node('person:benedicto-fonseca-filho', 'Person', 'Benedicto Fonseca Filho', [
  'Ambassador Fonseca',
]);
const res = node('resolution:a-res-70-125', 'Resolution', 'A/RES/70/125', ['resolution 70/125'], {
  symbol: 'A/RES/70/125',
});
const igf = node('process:igf', 'Process', 'Internet Governance Forum', [], { acronym: 'IGF' });

describe('findMentions', () => {
  const cases: { name: string; text: string; nodes: GraphNode[]; want: [string, string][] }[] = [
    {
      name: 'longest form wins and mentions do not overlap',
      text: 'The Working Group on Enhanced Cooperation (2016–2018) met. The Working Group on Enhanced Cooperation agreed.',
      nodes: [wg16],
      want: [
        [wg16.id, 'Working Group on Enhanced Cooperation (2016–2018)'],
        [wg16.id, 'Working Group on Enhanced Cooperation'],
      ],
    },
    {
      name: 'aliases and symbols are found, case-insensitively for long forms',
      text: 'In Resolution 70/125 the General Assembly ... see A/RES/70/125; Ambassador Fonseca spoke.',
      nodes: [res, fonseca],
      want: [
        [res.id, 'Resolution 70/125'],
        [res.id, 'A/RES/70/125'],
        [fonseca.id, 'Ambassador Fonseca'],
      ],
    },
    {
      name: 'an acronym shared by two nodes is ambiguous and skipped',
      text: 'The WGEC met twice.',
      nodes: [wg16, wg13],
      want: [],
    },
    {
      name: 'short forms match whole words with exact case only',
      text: 'IGF, the igf, IGFs and PIGF.',
      nodes: [igf],
      want: [[igf.id, 'IGF']],
    },
    { name: 'no nodes, no mentions', text: 'Benedicto Fonseca Filho', nodes: [], want: [] },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = findMentions(c.text, c.nodes);
      expect(got.map((m) => [m.entityId, m.text])).toEqual(c.want);
      for (const m of got) expect(c.text.slice(m.start, m.end)).toBe(m.text);
    });

  it('keeps offsets right after characters whose lower case is longer', () => {
    const text = 'İİİ Benedicto Fonseca Filho';
    const [m] = findMentions(text, [fonseca]);
    expect(m && text.slice(m.start, m.end)).toBe('Benedicto Fonseca Filho');
  });
});
