// One gathering numbered by a Roman numeral in a heading and by an ordinal in the text, on the same day, is
// one meeting (ingest/resolve/meeting-numeral-merges.ts); another number, another day or other words stay apart.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { numeralNameMerges, romanValue } from '../../../ingest/resolve/meeting-numeral-merges.ts';

const meeting = (id: string, name: string, startDate: string, ordinal?: number): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate, ...(ordinal ? { ordinal } : {}) },
  sources: [{ document: 'document:d', locator: 'para 1', quote: name }],
});

describe('a meeting numbered in Roman and in words', () => {
  it.each([
    [
      'an ordinal word with an extra word',
      [
        meeting('a', 'Online Meeting IX', '2030-05-03'),
        meeting('b', 'Ninth Online planning Meeting', '2030-05-03'),
      ],
      [['meeting:a', 'meeting:b']],
    ],
    [
      'an ordinal figure',
      [meeting('a', 'Online Meeting XIV', '2030-05-03'), meeting('b', '14th online meeting', '2030-05-03')],
      [['meeting:a', 'meeting:b']],
    ],
    [
      'another number',
      [meeting('a', 'Online Meeting XIV', '2030-05-03'), meeting('b', '13th online meeting', '2030-05-03')],
      [],
    ],
    [
      'another day',
      [meeting('a', 'Online Meeting XIV', '2030-05-03'), meeting('b', '14th online meeting', '2030-05-04')],
      [],
    ],
    [
      'other words',
      [meeting('a', 'Online Meeting XIV', '2030-05-03'), meeting('b', '14th Board session', '2030-05-03')],
      [],
    ],
    [
      'two candidates',
      [
        meeting('a', 'Online Meeting IX', '2030-05-03'),
        meeting('b', 'Ninth online meeting', '2030-05-03'),
        meeting('c', '9th Online planning Meeting', '2030-05-03'),
      ],
      [],
    ],
    [
      'a series ordinal already set',
      [
        meeting('a', 'Online Meeting IX', '2030-05-03'),
        meeting('b', 'Ninth online meeting', '2030-05-03', 9),
      ],
      [],
    ],
  ])('%s', (_, nodes, want) => {
    expect(numeralNameMerges(nodes).map((m) => [m.kept, m.merged])).toEqual(want);
  });

  it.each([
    ['IX', 9],
    ['XIV', 14],
    ['XVI', 16],
    ['XL', 40],
    ['LXXXIX', 89],
  ])('%s is %i', (numeral, n) => expect(romanValue(numeral)).toBe(n));
});
