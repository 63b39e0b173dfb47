// A speech's list of addressees, one per line ending in a comma ("Ambassador X, Chair of the Commission,\nMs. Y,
// Secretary-General of ITU,\nMinisters and Vice-Ministers, Ambassadors,", as UNCTAD opening statements to the
// CSTD write them): each post is the name's on its own line, never the next line's; a salutation line is no
// post; and a post's first word written after a name without a comma ("Mr. X Programme Officer") is no part
// of the name. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'CHAIRED' || e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.type} ${e.from} ${e.to} ${e.properties.title ?? e.properties.role ?? ''}`.trim()),
  ].sort();
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'His Excellency, Ambassador Jan Example, Chair of the Commission on Science and Technology for Development,\nMs. Ana Sample, Secretary-General of the International Telecommunication Union,\nMs. Eva Sample, Director of the Division on Technology and Logistics of UNCTAD,\nMinisters and Vice-Ministers, Ambassadors, Delegates and Representatives of different organizations,\nDear Friends,',
    [
      'CHAIRED person:jan-example organization:cstd Chair',
      'AFFILIATED_WITH person:ana-sample organization:itu Secretary-General',
      'AFFILIATED_WITH person:eva-sample organization:unctad Director',
    ],
    [
      'CHAIRED person:ana-sample organization:cstd Chair',
      'AFFILIATED_WITH person:eva-sample organization:itu Secretary-General',
      'AFFILIATED_WITH person:eva-sample organization:delegates-and-representatives-of-different-organizations Ministers and Vice-Ministers, Ambassadors',
    ],
  ],
  // With no name before the title, the name after it still holds it (rules/chair-titles.ts, post-apposition.ts).
  [
    'Mr. Jan Example thanked the Acting Chair of the CSTD, Ms. Ana Example, for her work.',
    ['CHAIRED person:ana-example organization:cstd Acting Chair'],
    ['CHAIRED person:jan-example organization:cstd Acting Chair'],
  ],
  [
    'On Monday the Secretary-General of the International Telecommunication Union, Ms. Ana Sample, opened the event.',
    ['AFFILIATED_WITH person:ana-sample organization:itu Secretary-General'],
    [],
  ],
  // A post's first word after a name, with no comma, in a speakers' list.
  [
    'Mr. Jan Example Programme Officer International Telecommunication Union (ITU) Moderator\nMs. Ana Maria Sample Economic Affairs Officer UNCTAD',
    ['person:jan-example', 'person:ana-maria-sample'],
    ['person:jan-example-programme', 'person:ana-maria-sample-economic-affairs'],
  ],
  // Two posts joined by "and": the State is the second post's (rules/affiliation.ts).
  [
    'His Excellency, Mr. Jan Example, President of the United Nations Economic and Social Council and Permanent Representative of Canada to the UN in New York,\nMs. Ana Sample, Secretary-General of the International Telecommunication Union,',
    ['AFFILIATED_WITH person:jan-example organization:canada Permanent Representative'],
    ['AFFILIATED_WITH person:jan-example organization:canada President'],
  ],
  // A name of two or three capitalised words stays whole.
  ['Mr. Jan Peter Example spoke on behalf of the Group.', ['person:jan-peter-example'], ['person:jan-peter']],
];

describe('lists of addressees and posts beside names', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
