// Documents that give one node different dates at the same precision are outvoted (precise.ts harmoniseDates,
// q94): a Human Rights Council resolution citing "28/16 of 24 March 2015" where three others give 26 March keeps
// 26 March; a more precise date still wins over a coarser one; a tie keeps the first seen. Invented nodes.

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
    // A tie keeps the first seen.
    [['2098-07-09', '2098-07-13'], '2098-07-09'],
    // The more precise date wins over coarser ones, however many.
    [['2098', '2098', '2098-03-26'], '2098-03-26'],
    [['2098-03', '2098-03-26', '2098-03'], '2098-03-26'],
  ];
  it.each(CASES)('%j', (dates, want) => expect(adopted(dates)).toBe(want));

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
