// Documents that give one node different dates at the same precision are outvoted (precise.ts harmoniseDates,
// q94): a Human Rights Council resolution citing "28/16 of 24 March 2015" where three others give 26 March keeps
// 26 March; a more precise date still wins over a coarser one; a tie goes to the document issued last, then to the
// earlier value, in whatever order the documents come (q104). Invented nodes.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { harmoniseDates } from '../../../ingest/extract/precise.ts';

const node = (id: string, properties: Record<string, string>): GraphNode => ({
  id,
  type: 'Resolution',
  name: id,
  aliases: [],
  properties,
  sources: [],
});

const adopted = (dates: string[]) =>
  harmoniseDates(dates.map((d) => node('resolution:a-hrc-res-91-16', { adoptedOn: d }))).get(
    'resolution:a-hrc-res-91-16',
  )?.adoptedOn;

describe('dates outvoted across documents', () => {
  const CASES: [dates: string[], want: string][] = [
    [['2098-03-24', '2098-03-26', '2098-03-26', '2098-03-26'], '2098-03-26'],
    [['2098-03-26', '2098-03-24', '2098-03-26'], '2098-03-26'],
    // A tie between undated documents: the earlier value, in either order.
    [['2098-07-09', '2098-07-13'], '2098-07-09'],
    [['2098-07-13', '2098-07-09'], '2098-07-09'],
    // The more precise date wins over coarser ones, however many.
    [['2098', '2098', '2098-03-26'], '2098-03-26'],
    [['2098-03', '2098-03-26', '2098-03'], '2098-03-26'],
  ];
  it.each(CASES)('%j', (dates, want) => expect(adopted(dates)).toBe(want));

  // A meeting's end date given by two documents: [issue date of the one giving 9 July, of the one giving 13 July].
  const TIES: [issued: [string | undefined, string | undefined], want: string][] = [
    [['2098-06-15', '2098-07-07'], '2098-07-13'],
    [['2098-07-07', '2098-06-15'], '2098-07-09'],
    // A document with no date of issue is older than one with.
    [[undefined, '2098-07-07'], '2098-07-13'],
    [['2098-07-07', undefined], '2098-07-09'],
    // Issued the same day: the earlier value.
    [['2098-07-07', '2098-07-07'], '2098-07-09'],
  ];
  const doc = (id: string, date: string | undefined): GraphNode => ({
    ...node(id, date ? { date } : {}),
    type: 'Document',
  });
  const session = (end: string, document: string): GraphNode => ({
    ...node('meeting:hrc-91', { startDate: '2098-06-21', endDate: end }),
    type: 'Meeting',
    sources: [{ document, locator: 'line 1', quote: 'Ninety-first session' }],
  });
  it.each(TIES)('a tie goes to the document issued last: %j', ([early, late], want) => {
    const nodes = [
      doc('document:report', early),
      doc('document:draft', late),
      session('2098-07-09', 'document:report'),
      session('2098-07-13', 'document:draft'),
    ];
    // The same in either order of reading.
    expect(harmoniseDates(nodes).get('meeting:hrc-91')?.endDate).toBe(want);
    expect(harmoniseDates([...nodes].reverse()).get('meeting:hrc-91')?.endDate).toBe(want);
  });

  it('keeps each key and each node apart', () => {
    const best = harmoniseDates([
      node('meeting:a', { startDate: '2098-06-21', endDate: '2098-07-09' }),
      node('meeting:a', { startDate: '2098-06-21', endDate: '2098-07-13' }),
      node('meeting:a', { endDate: '2098-07-13' }),
      node('meeting:b', { endDate: '2098-07-09' }),
    ]);
    expect(best.get('meeting:a')).toEqual({ startDate: '2098-06-21', endDate: '2098-07-13' });
    expect(best.get('meeting:b')).toEqual({ endDate: '2098-07-09' });
  });
});
