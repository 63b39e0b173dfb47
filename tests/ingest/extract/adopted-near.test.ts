// A resolution's adoption said beside its number (rules/adopted-near.ts): ", adopted on <date>" after it,
// "adopted on <date> by Resolution …", "On <date>, at its Nth plenary meeting, the General Assembly adopted
// resolution …", and "at the Nth plenary meeting of the General Assembly" (PRODUCED). Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, id: string, adoptedOn: string | undefined, producedByGa: boolean][] = [
  [
    'Through its resolution 98/247, adopted on 27 December 2098, the General Assembly took note of it.',
    'resolution:a-res-98-247',
    '2098-12-27',
    true,
  ],
  [
    'The Treaty was adopted on 24 December 2099 by Resolution 99/243 at the 55th plenary meeting of the General Assembly of the United Nations.',
    'resolution:a-res-99-243',
    '2099-12-24',
    true,
  ],
  [
    'On 26 May 2099, at its 71st plenary meeting, the General Assembly adopted resolution 99/282, entitled "Sample".',
    'resolution:a-res-99-282',
    '2099-05-26',
    true,
  ],
  // Negative: a date in another clause dates nothing; no body at a plenary meeting, no PRODUCED.
  [
    'Recalling resolution 98/17, the Council met on 3 May 2099 and adopted a report.',
    'resolution:a-res-98-17',
    undefined,
    false,
  ],
];

describe('adoption beside the number', () => {
  it.each(CASES)('%s', (text, id, adoptedOn, ga) => {
    const g = extractText(text);
    const r = g.nodes.find((n) => n.id === id)!;
    expect(r.properties.adoptedOn).toBe(adoptedOn);
    expect(hasEdge(g, 'PRODUCED', 'organization:general-assembly', id)).toBe(ga);
  });
});
