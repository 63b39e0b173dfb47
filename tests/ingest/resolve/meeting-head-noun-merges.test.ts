// "the X meeting" and "the X event" on the same days are one gathering (ingest/resolve/meeting-head-noun-
// merges.ts); other days, other names or other kinds of gathering stay apart. Names are invented.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { headNounMerges } from '../../../ingest/resolve/meeting-head-noun-merges.ts';

const meeting = (
  id: string,
  name: string,
  startDate: string,
  endDate?: string,
  ordinal?: number,
): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate, ...(endDate ? { endDate } : {}), ...(ordinal ? { ordinal } : {}) },
  sources: [{ document: 'document:d', locator: 'para 1', quote: name }],
});

describe('meetings whose names differ only in a generic head noun', () => {
  it.each([
    [
      'an event into the meeting of the same days',
      [
        meeting('e', 'Samplemundial+5 event', '2030-04-29', '2030-04-30'),
        meeting('m', 'Samplemundial+5 meeting', '2030-04-29', '2030-04-30'),
      ],
      [['meeting:m', 'meeting:e']],
    ],
    [
      'other end days stay apart',
      [
        meeting('e', 'Samplemundial+5 event', '2030-04-29', '2030-04-29'),
        meeting('m', 'Samplemundial+5 meeting', '2030-04-29', '2030-04-30'),
      ],
      [],
    ],
    [
      'other names stay apart',
      [meeting('e', 'Exampleton event', '2030-04-29'), meeting('m', 'Samplemundial+5 meeting', '2030-04-29')],
      [],
    ],
    [
      'another kind of gathering stays apart',
      [
        meeting('w', 'Samplemundial+5 workshop', '2030-04-29'),
        meeting('m', 'Samplemundial+5 meeting', '2030-04-29'),
      ],
      [],
    ],
    [
      'a plenary meeting into the meeting of the same name and days',
      [
        meeting('h', 'High-level meeting', '2030-12-16', '2030-12-17'),
        meeting('p', 'High-level plenary meeting', '2030-12-16', '2030-12-17'),
      ],
      [['meeting:h', 'meeting:p']],
    ],
    [
      'a plenary meeting of other days stays apart',
      [
        meeting('h', 'High-level meeting', '2030-12-16', '2030-12-17'),
        meeting('p', 'High-level plenary meeting', '2030-12-17'),
      ],
      [],
    ],
    [
      '"plenary" alone before the noun is no name',
      [meeting('h', 'Meeting', '2030-12-16'), meeting('p', 'Plenary meeting', '2030-12-16')],
      [],
    ],
    [
      'a head noun alone is no name',
      [meeting('e', 'Event', '2030-04-29'), meeting('m', 'Meeting', '2030-04-29')],
      [],
    ],
  ])('%s', (_what, nodes, want) => {
    expect(headNounMerges(nodes).map((m) => [m.kept, m.merged])).toEqual(want);
  });
});
