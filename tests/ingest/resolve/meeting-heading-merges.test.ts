// An event page's heading names a gathering by month with its name cut at a colon; the paragraph under it
// names and dates it in full: one gathering (ingest/resolve/meeting-heading-merges.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { headingNameMerges } from '../../../ingest/resolve/meeting-heading-merges.ts';
import { extractText } from '../extract/helpers.ts';

const meeting = (id: string, name: string, startDate: string, doc = 'd', ordinal?: number): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate, ...(ordinal ? { ordinal } : {}) },
  sources: [{ document: `document:${doc}`, locator: 'line 1', quote: name }],
});
const SHORT = 'Regional Summit of Legislators';
const FULL = 'First Regional Summit of Legislators on Sample Policy';

describe('a heading gathering merged into the one its paragraph names', () => {
  it.each([
    [
      'the month into the day of that month, same document',
      [meeting('h', SHORT, '2030-06'), meeting('f', FULL, '2030-06-13', 'd', 1)],
      [['meeting:f', 'meeting:h']],
    ],
    [
      'not from another document',
      [meeting('h', SHORT, '2030-06'), meeting('f', FULL, '2030-06-13', 'e')],
      [],
    ],
    ['not another month', [meeting('h', SHORT, '2030-06'), meeting('f', FULL, '2030-07-13')], []],
    [
      'not words out of order',
      [meeting('h', SHORT, '2030-06'), meeting('f', 'Summit of Regional Legislators', '2030-06-13')],
      [],
    ],
    [
      'not a name of two words',
      [meeting('h', 'Regional Summit', '2030-06'), meeting('f', FULL, '2030-06-13')],
      [],
    ],
    [
      'not when two gatherings of the month hold the name',
      [
        meeting('h', SHORT, '2030-06'),
        meeting('f', FULL, '2030-06-13'),
        meeting('g', 'Second Regional Summit of Legislators on Other Policy', '2030-06-20'),
      ],
      [],
    ],
  ])('%s', (_, nodes, want) => expect(headingNameMerges(nodes).map((m) => [m.kept, m.merged])).toEqual(want));

  it('gives one gathering for a page heading and its paragraph', () => {
    const g = extractText(
      'Sample Track 2030\n\nRegional Summit of Parliamentarians: Sample Policy and the Regional Agenda | June 2030 | Argentina\nThe Chamber hosts the First Regional Summit of Parliamentarians on Sample Policy and the Regional Agenda in Buenos Aires, Argentina, from 13 to 14 June 2030.\n',
    );
    expect(g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.name)).toEqual([
      'First Regional Summit of Parliamentarians on Sample Policy and the Regional Agenda',
    ]);
  });
});
