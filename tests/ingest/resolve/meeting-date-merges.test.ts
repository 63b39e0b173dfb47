// A gathering dated by month in one document and by day in another is one
// meeting (ingest/resolve/meeting-date-merges.ts); different dates stay apart.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { meetingDateMerges } from '../../../ingest/resolve/meeting-date-merges.ts';
import { docFromText } from '../extract/helpers.ts';

const meeting = (id: string, name: string, startDate: string, ordinal?: number): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate, ...(ordinal ? { ordinal } : {}) },
  sources: [{ document: 'document:d', locator: 'para 1', quote: name }],
});
const SUMMIT = 'World Summit on the Information Society';

describe('meetings merged by a date they share the start of', () => {
  it.each([
    [
      'a month into the day of that month',
      [meeting('s-2005-11', SUMMIT, '2005-11'), meeting('s-2005-11-16', SUMMIT, '2005-11-16')],
      [['meeting:s-2005-11-16', 'meeting:s-2005-11']],
    ],
    [
      'a year into a month of that year',
      [
        meeting('c-2017', 'Open consultations', '2017'),
        meeting('c-2017-09', 'Open consultations', '2017-09'),
      ],
      [['meeting:c-2017-09', 'meeting:c-2017']],
    ],
    [
      'a year into the day when its month is there too (all three into the day)',
      [
        meeting('s-2005', SUMMIT, '2005'),
        meeting('s-2005-11', SUMMIT, '2005-11'),
        meeting('s-2005-11-16', SUMMIT, '2005-11-16'),
      ],
      [
        ['meeting:s-2005-11-16', 'meeting:s-2005'],
        ['meeting:s-2005-11-16', 'meeting:s-2005-11'],
      ],
    ],
    [
      'a year with two months of that name is left alone',
      [
        meeting('c-2017', 'Open consultations', '2017'),
        meeting('c-2017-02', 'Open consultations', '2017-02'),
        meeting('c-2017-09-18', 'Open consultations', '2017-09-18'),
      ],
      [],
    ],
    [
      'the name compared without case or punctuation',
      [meeting('a', 'Open Consultations', '2017-09'), meeting('b', 'open consultations', '2017-09-18')],
      [['meeting:b', 'meeting:a']],
    ],
    [
      'two phases of one summit stay apart',
      [meeting('s-2003-12', SUMMIT, '2003-12'), meeting('s-2005-11-16', SUMMIT, '2005-11-16')],
      [],
    ],
    [
      'a month with two dated meetings of that name is left alone',
      [
        meeting('c-2017-09', 'Open consultations', '2017-09'),
        meeting('c1', 'Open consultations', '2017-09-18'),
        meeting('c2', 'Open consultations', '2017-09-20'),
      ],
      [],
    ],
    [
      'other names stay apart',
      [meeting('a', 'Open consultations', '2017-09'), meeting('b', 'MAG meeting', '2017-09-18')],
      [],
    ],
    [
      'numbered meetings are identified by their ordinal already',
      [meeting('w-3', 'Third meeting', '2014-02', 3), meeting('x', 'Third meeting', '2014-02-24')],
      [],
    ],
  ])('%s', (_, nodes, pairs) => {
    expect(meetingDateMerges(nodes).map((m) => [m.kept, m.merged])).toEqual(pairs);
  });
});

describe('in a batch', () => {
  it('one summit dated by month in one document and by days in another is one node, with the days', () => {
    const r = extractCorpusSerial([
      docFromText(
        'a.txt',
        'Recalling the second phase of the World Summit on the Information Society, held in Tunis in November 2005,',
      ),
      docFromText(
        'b.txt',
        'The World Summit on the Information Society was held in Tunis from 16 to 18 November 2005.',
      ),
    ]);
    const summits = new Map<string, GraphNode>();
    for (const g of r.perDocument.values())
      for (const n of g.nodes) if (n.type === 'Meeting' && n.name === SUMMIT) summits.set(n.id, n);
    expect([...summits.keys()]).toHaveLength(1);
    expect([...summits.values()][0]!.properties).toMatchObject({
      startDate: '2005-11-16',
      endDate: '2005-11-18',
    });
    expect(r.merges.some((m) => /meeting dated 2005-11 is/.test(m.reason))).toBe(true);
  });
});
