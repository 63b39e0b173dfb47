// A statement's heading in capitals (rules/people-capital-statements.ts), as the Group of 77 heads its
// statements in the Main Committees: the posts after the speaker's name give AFFILIATED_WITH the State
// they represent and CHAIRED the body they chair. Names are invented; the negative cases are a post
// naming no known body, a State as the chaired body, a body as the represented State, and mixed case
// words after the heading's "ON AGENDA ITEM".

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
    .map((e) => `${e.type} ${e.from} ${e.to} ${e.properties.title ?? e.properties.role ?? '-'}`);

const TAIL =
  ', ON AGENDA ITEM 16: INFORMATION AND COMMUNICATIONS TECHNOLOGIES FOR DEVELOPMENT, AT THE SECOND COMMITTEE (New York, 2 October 2031)\n\nMr. Chairman,\n\n1. I have the honour to speak.\n';
const HEAD = 'STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY H.E. MR. JON SAMPLETON, AMBASSADOR, ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'Permanent Representative of a State and Chair of the Group',
    `${HEAD}PERMANENT REPRESENTATIVE OF FIJI TO THE UNITED NATIONS AND CHAIR OF THE GROUP OF 77${TAIL}`,
    [
      'AFFILIATED_WITH person:jon-sampleton organization:fiji Permanent Representative',
      'CHAIRED person:jon-sampleton organization:g77 Chair',
    ],
    [],
  ],
  [
    'a Deputy Permanent Representative, "the" before the State, the Chair after a comma',
    `${HEAD}DEPUTY PERMANENT REPRESENTATIVE OF THE PLURINATIONAL STATE OF BOLIVIA TO THE UNITED NATIONS, CHAIR OF THE GROUP OF 77${TAIL}`,
    [
      'AFFILIATED_WITH person:jon-sampleton organization:bolivia-plurinational-state-of Deputy Permanent Representative',
      'CHAIRED person:jon-sampleton organization:g77 Chair',
    ],
    [],
  ],
  [
    'a State as the chaired body, a body as the represented State',
    `${HEAD}PERMANENT REPRESENTATIVE OF THE GROUP OF 77, CHAIR OF FIJI${TAIL}`,
    [],
    ['AFFILIATED_WITH person:jon-sampleton', 'CHAIRED person:jon-sampleton'],
  ],
  [
    "a member of a State's Permanent Mission, the State in its formal style: no post said",
    `STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MR. JON SAMPLETON, PERMANENT MISSION OF THE REPUBLIC OF YEMEN TO THE UNITED NATIONS${TAIL}`,
    ['AFFILIATED_WITH person:jon-sampleton organization:yemen -'],
    [],
  ],
  [
    "a State's delegation",
    `STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MR. JON SAMPLETON, DELEGATION OF THE SUDAN${TAIL}`,
    ['AFFILIATED_WITH person:jon-sampleton organization:sudan -'],
    [],
  ],
  [
    'a mission of a body, not a State, and words before the State that are no formal style',
    `STATEMENT BY MR. JON SAMPLETON, PERMANENT MISSION OF THE GROUP OF 77, DELEGATION OF THE EMBASSY OF FIJI${TAIL}`,
    [],
    ['AFFILIATED_WITH person:jon-sampleton'],
  ],
  [
    'a post naming no known body',
    `${HEAD}CHAIR OF THE SAMPLE COORDINATION BUREAU${TAIL}`,
    [],
    ['CHAIRED person:jon-sampleton'],
  ],
  [
    'the posts stop where the subject begins',
    `STATEMENT BY H.E. MR. JON SAMPLETON, AMBASSADOR, ON AGENDA ITEM 16: CHAIR OF THE GROUP OF 77 (New York, 2 October 2031)\n\nText.\n`,
    [],
    ['CHAIRED person:jon-sampleton'],
  ],
];

describe("a capitals statement heading's posts", () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
