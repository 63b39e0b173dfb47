// A gathering named by an acronym and by the words it stands for (ingest/resolve/meeting-acronym-merges.ts), a
// space after "+" dropped: one meeting when the dates agree. Other words, other dates and names that only share
// initials stay apart. Names are invented.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { meetingAcronymMerges, sameByAcronym } from '../../../ingest/resolve/meeting-acronym-merges.ts';

const meeting = (id: string, name: string, startDate: string, ordinal?: number): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate, ...(ordinal ? { ordinal } : {}) },
  sources: [{ document: 'document:d', locator: 'para 1', quote: name }],
});

const pairs = (nodes: GraphNode[]): string[][] => meetingAcronymMerges(nodes).map((m) => [m.kept, m.merged]);

describe('a meeting named by an acronym and by its words', () => {
  it.each([
    [
      'a month of the day-dated full name, "+ 20" as "+20"',
      [
        meeting('a', 'WSSS+20 Forum High-level Event', '2031-07'),
        meeting('f', 'World Summit on the Sample Society+ 20 Forum High-level Event', '2031-07-07'),
      ],
      [['meeting:f', 'meeting:a']],
    ],
    [
      'the acronym dated more precisely',
      [
        meeting('a', 'WSSS+20 Forum High-level Event', '2031-07-07'),
        meeting('f', 'World Summit on the Sample Society+20 Forum High-level Event', '2031'),
      ],
      [['meeting:a', 'meeting:f']],
    ],
    [
      'the same day: the acronym kept',
      [
        meeting('a', 'SGF Open Consultation', '2031-03-02'),
        meeting('f', 'Sample Governance Forum Open Consultation', '2031-03-02'),
      ],
      [['meeting:a', 'meeting:f']],
    ],
    [
      'negative: other days',
      [
        meeting('a', 'SGF Open Consultation', '2031-03-02'),
        meeting('f', 'Sample Governance Forum Open Consultation', '2031-03-05'),
      ],
      [],
    ],
    [
      'negative: another number after the "+"',
      [
        meeting('a', 'WSSS+10 Forum High-level Event', '2031-07'),
        meeting('f', 'World Summit on the Sample Society+ 20 Forum High-level Event', '2031-07-07'),
      ],
      [],
    ],
    [
      'negative: other words after the acronym',
      [
        meeting('a', 'SGF Open Consultation', '2031-03'),
        meeting('f', 'Sample Governance Forum Closed Consultation', '2031-03-02'),
      ],
      [],
    ],
    [
      'negative: numbered meetings',
      [
        meeting('a', 'SGF Open Consultation', '2031-03', 2),
        meeting('f', 'Sample Governance Forum Open Consultation', '2031-03-02', 2),
      ],
      [],
    ],
  ])('%s', (_, nodes, want) => {
    expect(pairs(nodes)).toEqual(want);
  });

  it.each([
    ['WSSS+20 Forum', 'World Summit on the Sample Society+20 Forum', true],
    ['SGF Forum', 'Sample Governance Forum Forum', true],
    ['SGF', 'Sample Green Fund', true],
    ['SGF', 'Sample green Fund', false],
    ['SGF meeting', 'Sample Governance Forum event', false],
    ['SGF', 'Sample Governance', false],
  ])('%s / %s: %s', (a, b, want) => {
    expect(sameByAcronym(a.split(' '), b.split(' '))).toBe(want);
  });
});
