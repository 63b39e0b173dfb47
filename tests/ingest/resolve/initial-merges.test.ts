import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../cypher/model/graph.ts';
import { nameParts, sameByInitials } from '../../../ingest/resolve/initial-merges.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';
import { person, resolved } from './one-person-per-document.ts';

describe('a name written with initials and the same name in full', () => {
  const cases: [string, string, boolean][] = [
    ['V. Minkin', 'Vadim Minkin', true],
    ['Mr. V. Minkin', 'Mr. Vadim Minkin', true],
    ['V.V. Minkin', 'Vadim Minkin', true],
    ['J.-P. Roe', 'Jean-Pierre Roe', true],
    ['J. P. Roe', 'Jean Pierre Roe', true],
    ['S. Sirimanne', 'Shamika N. Sirimanne', true],
    ['H.E. Mr. B. Fonseca Filho', 'Benedicto Fonseca Filho', true],
    ['Dr. A. Zoë Östergaard', 'Anna Zoë Östergaard', true],
    ['V Minkin', 'Vadim Minkin', true],
    // Negative: another initial, another surname, a full name on both sides, no initials at all.
    ['W. Minkin', 'Vadim Minkin', false],
    ['V. Minkin', 'Vadim Minkina', false],
    ['V. P. Minkin', 'Vadim Sergeyevich Minkin', false],
    ['Vadim Minkin', 'Vadim Minkin', false],
    ['Mr. Minkin', 'Vadim Minkin', false],
    ['V. Minkin', 'V. Minkin', false],
    ['V. Minkin', 'Minkin', false],
    ['B. Fonseca Filho', 'Benedicto Filho', false],
  ];
  for (const [a, b, same] of cases) it(`${a} / ${b}`, () => expect(Boolean(sameByInitials(a, b))).toBe(same));

  it('keeps a two-letter surname a word, not initials', () => {
    expect(nameParts('J. Li')).toEqual({ initials: ['j'], words: ['li'] });
    expect(nameParts('Mr. Li Junhua')).toEqual({ initials: [], words: ['li', 'junhua'] });
  });
});

describe('resolution across documents', () => {
  it('merges "V. Minkin" into "Vadim Minkin", logging why', () => {
    const { ids, merges } = resolved(['V. Minkin', 'Vadim Minkin']);
    expect(ids).toEqual(['person:vadim-minkin', 'person:vadim-minkin']);
    expect(merges.find((m) => m.merged === 'person:v-minkin')?.reason).toMatch(
      /initials.*"v\." = "vadim".*"V\. Minkin" = "Vadim Minkin"/,
    );
  });
  it('keeps initials apart when two full names of the batch fit them', () => {
    const { ids } = resolved(['J. Smith', 'John Smith', 'Jane Smith']);
    expect(new Set(ids).size).toBe(3);
  });
  it('merges when the other full names do not fit the initial', () => {
    const { ids } = resolved(['J. Smith', 'John Smith', 'Mary Smith']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });
  it('a split in the decisions file wins', () => {
    const graphs = new Map<string, Graph>([
      ['document:a', { nodes: [person('V. Minkin', 'document:a')], edges: [] }],
      ['document:b', { nodes: [person('Vadim Minkin', 'document:b')], edges: [] }],
    ]);
    const { merges } = resolveCorpus(graphs, {
      merge: [],
      split: [{ ids: ['person:v-minkin', 'person:vadim-minkin'] }],
    });
    expect(merges).toHaveLength(0);
  });
});
