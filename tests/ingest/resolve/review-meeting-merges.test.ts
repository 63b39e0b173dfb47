// A meeting of a numbered review named by its gathering noun and dated by its days, and the review's meeting
// named in full and dated by its year, are one gathering (ingest/resolve/review-meeting-merges.ts); the full
// name keeps the id. Two such meetings that year, names that differ, or another review: apart. Invented names.

import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../cypher/model/graph.ts';
import { reviewMeetingMerges } from '../../../ingest/resolve/review-meeting-merges.ts';

const meeting = (id: string, name: string, startDate: string): GraphNode => ({
  id: `meeting:${id}`,
  type: 'Meeting',
  name,
  aliases: [],
  properties: { startDate },
  sources: [{ document: 'document:d', locator: 'para 1', quote: name }],
});
const partOf = (id: string, review = 'process:samplesummit+20'): GraphEdge => ({
  type: 'PART_OF',
  from: `meeting:${id}`,
  to: review,
  properties: {},
  sources: [{ document: 'document:d', locator: 'para 1', quote: id }],
});
const FULL = meeting('full', 'High-level meeting on the overall review of the Sample Summit', '2030');
const DAYS = meeting('days', 'High-level plenary meeting', '2030-12-16');

describe('one high-level meeting of a review', () => {
  it.each([
    [
      'named in full and by its noun',
      [FULL, DAYS],
      [partOf('full'), partOf('days')],
      [['meeting:full', 'meeting:days']],
    ],
    [
      'two dated meetings of that name that year',
      [FULL, DAYS, meeting('days2', 'High-level meeting', '2030-09-22')],
      [partOf('full'), partOf('days'), partOf('days2')],
      [],
    ],
    [
      'another name',
      [FULL, meeting('days', 'Stakeholder consultation', '2030-12-16')],
      [partOf('full'), partOf('days')],
      [],
    ],
    [
      'not part of the same review',
      [FULL, DAYS],
      [partOf('full'), partOf('days', 'process:samplesummit+10')],
      [],
    ],
    ['no review at all', [FULL, DAYS], [], []],
  ])('%s', (_name, nodes, edges, want) => {
    expect(reviewMeetingMerges(nodes, [{ nodes, edges }]).map((m) => [m.kept, m.merged])).toEqual(want);
  });
});
