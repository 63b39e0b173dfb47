// A body named after a Member State is part of it only when it is an organ of its government (part-of.ts):
// "the Kenya IGF Organizing Committee" (a national IGF initiative) or a country's civil-society network is
// not part of Kenya; "the Kenya Parliamentary Committee on ICT" is. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, body: string, partOfState: boolean][] = [
  [
    'Mr. Jon Sample, Chair of the Kenya IGF Organizing Committee, said that the Kenya IGF took place in Nairobi.',
    'organization:kenya-igf-organizing-committee',
    false,
  ],
  [
    'Ms. Ana Example, Chair of the Kenya ICT Action Network, spoke.',
    'organization:kenya-ict-action-network',
    false,
  ],
  [
    'Ms. Ana Example, Chair of the Kenya Youth Parliament, spoke.',
    'organization:kenya-youth-parliament',
    false,
  ],
  [
    'Mr. Jon Sample, Chair of the Kenya Parliamentary Committee on ICT, spoke.',
    'organization:kenya-parliamentary-committee-on-ict',
    true,
  ],
];

describe('part of a Member State', () => {
  for (const [text, body, partOfState] of CASES)
    it(`${body} ${partOfState ? 'is' : 'is not'} part of Kenya`, () => {
      const g = extractText(text);
      expect(g.nodes.some((n) => n.id === body)).toBe(true);
      expect(hasEdge(g, 'PART_OF', body, 'organization:kenya')).toBe(partOfState);
    });
  it('a body named after another known body is still part of it', () => {
    const g = extractText('Ms. Ana Example, Chair of the ITU Council, opened the session.');
    expect(hasEdge(g, 'PART_OF', 'organization:itu-council', 'organization:itu')).toBe(true);
  });
});
