// Numbered resolutions of organs other than the General Assembly and ECOSOC
// (rules/symbol-other-organs.ts OTHER_ORGAN): "The Human Rights Council, in its resolution
// 32/13" is A/HRC/RES/32/13, not A/RES/32/13, and not the Assembly's; another
// organ's "resolution 2005/69" is no Council resolution. Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const view = (text: string) => {
  const g = extractText(text);
  return {
    resolutions: g.nodes.filter((n) => n.type === 'Resolution').map((n) => n.name),
    produced: g.edges.filter((e) => e.type === 'PRODUCED').map((e) => `${e.from} ${e.to}`),
  };
};

const CASES: [text: string, want: string[], not: string[], notProduced: string[]][] = [
  [
    'The Human Rights Council, in its resolution 32/13 of 1 July 2016, affirmed that rights apply online.',
    ['A/HRC/RES/32/13'],
    ['A/RES/32/13'],
    [],
  ],
  [
    'The General Assembly took note of Human Rights Council resolution 38/7 on the Internet.',
    ['A/HRC/RES/38/7'],
    ['A/RES/38/7'],
    ['organization:general-assembly resolution:a-hrc-res-38-7'],
  ],
  [
    'The Commission on Human Rights, in its resolution 2005/69, requested a report.',
    [],
    ['E/RES/2005/69'],
    [],
  ],
  [
    'Recalling General Assembly resolution 70/125 and Economic and Social Council resolution 2006/46,',
    ['A/RES/70/125', 'E/RES/2006/46'],
    [],
    [],
  ],
  [
    'Recalling its resolutions 56/183 of 21 December 2001 and 57/238,',
    ['A/RES/56/183', 'A/RES/57/238'],
    [],
    [],
  ],
  // ESCAP numbers by session under the Council's symbol (an ESCAP page on the Information Superhighway).
  [
    'Through ESCAP Resolution 71/10, ESCAP requested the secretariat to establish a working group.',
    ['E/ESCAP/RES/71/10'],
    ['A/RES/71/10'],
    ['organization:general-assembly resolution:e-escap-res-71-10'],
  ],
  [
    'Member States acted as mandated in UNESCAP resolution 75/7 and in UN-ESCAP resolution 73/9.',
    ['E/ESCAP/RES/75/7', 'E/ESCAP/RES/73/9'],
    ['A/RES/75/7', 'A/RES/73/9'],
    [],
  ],
  // The Vienna commissions number by session: their resolutions are no Assembly's (A/RES/74/247, preamble).
  [
    'Recalling Commission on Crime Prevention and Criminal Justice resolution 22/8 of 26 April 2013, in which the Commission welcomed the efforts,',
    [],
    ['A/RES/22/8'],
    [],
  ],
  ['The report follows CND resolution 62/1 and CCPCJ resolution 26/4.', [], ['A/RES/62/1', 'A/RES/26/4'], []],
  // Negative: the Assembly's resolution next to the Commission's is still the Assembly's.
  [
    'Recalling Commission on Crime Prevention and Criminal Justice resolution 22/8 and General Assembly resolution 65/230,',
    ['A/RES/65/230'],
    ['A/RES/22/8'],
    [],
  ],
  // ESCAP named as a subject, the Assembly's resolution after it: still the Assembly's.
  [
    'ESCAP welcomed General Assembly resolution 70/125 on the review of the Summit.',
    ['A/RES/70/125'],
    ['E/ESCAP/RES/70/125'],
    [],
  ],
];

describe('resolutions numbered by other organs', () => {
  it.each(CASES)('%s', (text, want, not, notProduced) => {
    const got = view(text);
    for (const w of want) expect(got.resolutions).toContain(w);
    for (const n of not) expect(got.resolutions).not.toContain(n);
    for (const n of notProduced) expect(got.produced).not.toContain(n);
  });
});
