// Who organised a gathering (rules/established.ts, rules/agents.ts): "The Forum was hosted by ITU and jointly
// organized by ITU, UNESCO, UNCTAD and UNDP" (the forum the page reports on, quoted where "The Forum" stands),
// and "organised by the … (UN CSTD) and the Government of the Republic of the Philippines" (the State, past
// the acronym in brackets). Names and dates are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to} «${e.sources[0]!.quote}»`);

const FORUM = 'WSIS Forum 2031 Outcome Document\n\nWSIS Forum 2031 was held from 16-20 May 2031 in Geneva. ';
const PANEL = 'A UN-organised Inter-Sessional Panel was held in Manila, December 13-15 2031. ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the forum the page reports on, each organiser',
    `${FORUM}The Forum was hosted by ITU and jointly organized by ITU, UNESCO, UNCTAD and UNDP.`,
    [
      'organization:itu meeting:wsis-forum-2031 «The Forum was hosted by ITU and jointly organized by ITU, UNESCO, UNCTAD and UNDP.»',
      'organization:undp meeting:wsis-forum-2031 «The Forum was hosted by ITU and jointly organized by ITU, UNESCO, UNCTAD and UNDP.»',
    ],
    [],
  ],
  [
    'a Government for its State, past an acronym in brackets',
    `${PANEL}The session has been organised by the United Nations Commission on Science and Technology for Development (UN CSTD) and the Government of the Republic of the Philippines.`,
    [
      'organization:cstd meeting:inter-sessional-panel-2031-12-13',
      'organization:philippines meeting:inter-sessional-panel-2031-12-13',
    ],
    [],
  ],
  // Not organisers: a forum named only as a body's host, a Government of no State.
  ['hosted only', `${FORUM}The Forum was hosted by ITU.`, [], ['organization:itu']],
  [
    'a Government of no known State',
    `${PANEL}The session has been organised by the Government of Examplestan.`,
    [],
    ['organization:'],
  ],
];

describe('who organised a gathering', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = established(text);
      for (const w of want)
        expect(got.some((g) => g.startsWith(w.replace(/ «.*$/, '')) && (!w.includes('«') || g === w))).toBe(
          true,
        );
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
