// Speakers listed under a label on a meeting page (rules/speaker-lists.ts),
// and the posts written beside them (rules/affiliation.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const PAGE = (body: string) =>
  `Twenty-seventh session of the Commission on Science and Technology for Development\n\n15-19 April 2024, Geneva\n\n${body}`;
const M = 'meeting:cstd-27';

const facts = (text: string) =>
  extractText(text).edges.map(
    (e) => `${e.type} ${e.from} ${e.to}${e.properties.role ? ` ${e.properties.role}` : ''}`,
  );

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    PAGE('Speakers:\nMs. Rebeca Example, Secretary-General, UNCTAD\nMr. Peter Example, Chair, CSTD'),
    [
      `SPOKE_AT person:rebeca-example ${M}`,
      `SPOKE_AT person:peter-example ${M}`,
      'AFFILIATED_WITH person:rebeca-example organization:unctad',
      'CHAIRED person:peter-example organization:cstd Chair',
    ],
    // "Secretary-General" beside a name is her post at UNCTAD, not the UN Secretary-General.
    ['AFFILIATED_WITH person:rebeca-example organization:secretary-general'],
  ],
  [
    PAGE(
      'Moderator: Ms. Shamika Example, Director, UNCTAD\n\nKeynote: Professor Jane Example, University of Oxford',
    ),
    [`SPOKE_AT person:shamika-example ${M} moderator`, `SPOKE_AT person:jane-example ${M} keynote`],
    [],
  ],
  // Other labels, and people in running text, are not speakers.
  [
    PAGE('Organizers: Ms. Ana Example, UNCTAD\n\nThe report was drafted with Mr. Jun Example, ITU.'),
    [],
    [`SPOKE_AT person:ana-example ${M}`, `SPOKE_AT person:jun-example ${M}`],
  ],
];

describe('speakers listed under a label', () => {
  it('the page heading and its date line give the meeting', () =>
    expect(extractText(PAGE('')).nodes.find((n) => n.id === M)?.properties.startDate).toBe('2024-04-15'));
  for (const [text, want, not] of CASES)
    it(text.split('\n\n').slice(2).join(' | '), () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
