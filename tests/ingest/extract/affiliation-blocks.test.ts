// A name with its title and body on the lines under it (lists of focal
// points, signature blocks), and the Permanent Mission a delegate serves in
// (rules/affiliation.ts). Table: the affiliations that must and must not be found.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const INTRO = 'I have designated the following focal points for each regional group:\n\n';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` (${e.properties.title})` : ''}`)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${INTRO}Mr. George Tebagana, Third Secretary\nPermanent Mission of the Republic of Uganda\nto the UN and other International Organizations, Geneva`,
    ['person:george-tebagana organization:uganda (Third Secretary)'],
    [],
  ],
  [
    `${INTRO}Dr. Sumit Seth, First Secretary\nPermanent Mission of India to the UN, Geneva`,
    ['person:sumit-seth organization:india (First Secretary)'],
    // The mission's seat is not a body.
    ['person:sumit-seth organization:geneva (First Secretary)'],
  ],
  [
    `${INTRO}Ms. Anne Example\nDirector, Division on Technology and Logistics, UNCTAD\nMs. Padma Example\nChief, Science and Technology Section, UNCTAD`,
    [
      'person:anne-example organization:unctad (Director, Division on Technology and Logistics)',
      'person:padma-example organization:unctad (Chief, Science and Technology Section)',
    ],
    // The next name ends the first person's block.
    ['person:anne-example organization:unctad (Chief, Science and Technology Section)'],
  ],
  // A State's Government is the State; a ministry named without its State, followed by it, is the
  // State's (the ministry stays in the title); one named with its State, or without one, is a body.
  [
    'Speakers:\n  • Carol Example, Under-Secretary, Ministry of Economic Affairs, Government of the Bahamas\n  • Ana Example, Director, Ministry of Communications, Brazil\n  • Jo Example, Director, Ministry of Communications of Brazil\n  • Kim Example, Director, Government of Atlantis Digital Agency\n  • Lee Example, Adviser, Department of Informatics, University of Aarhus',
    [
      'person:carol-example organization:bahamas (Under-Secretary, Ministry of Economic Affairs)',
      'person:ana-example organization:brazil (Director, Ministry of Communications)',
      'person:jo-example organization:ministry-of-communications-of-brazil (Director)',
      'person:lee-example organization:university-of-aarhus (Adviser, Department of Informatics)',
    ],
    [
      'person:carol-example organization:government-of-the-bahamas (Under-Secretary)',
      'person:carol-example organization:ministry-of-economic-affairs (Under-Secretary)',
      'person:ana-example organization:ministry-of-communications (Director)',
      'person:kim-example organization:atlantis (Director)',
    ],
  ],
  [
    'The session was opened by Mr. Victor Example, Chief Information Officer, Office of the President of Mexico.',
    ['person:victor-example organization:office-of-the-president-of-mexico (Chief Information Officer)'],
    [],
  ],
  // A list of people in one sentence; a known name with a comma in it is one body.
  [
    'Participants included Professor Richard Example, Dr. Ana Example, Assistant Director-General for Natural Sciences, United Nations Educational, Scientific and Cultural Organization (UNESCO), and Mr. Jan Example, Professor Emeritus for Communication Policy, University of Aarhus, Denmark.',
    [
      'person:ana-example organization:unesco (Assistant Director-General for Natural Sciences)',
      'person:jan-example organization:university-of-aarhus (Professor Emeritus for Communication Policy)',
    ],
    [
      'person:richard-example organization:dr',
      'person:ana-example organization:scientific-and-cultural-organization',
    ],
  ],
  // Two people joined by "and": each keeps their own post.
  [
    'Co-facilitators, Ambassador Janis Example, Ambassador of Latvia and Ambassador Lana Example, Ambassador of the United Arab Emirates, will lead the process.',
    [
      'person:janis-example organization:latvia (Ambassador)',
      'person:lana-example organization:united-arab-emirates (Ambassador)',
    ],
    ['person:janis-example organization:united-arab-emirates (Ambassador)'],
  ],
  // Running text on the next line is not a title or a body.
  [`${INTRO}Mr. Jan Example\nThe meeting then adjourned.`, [], []],
];

describe('affiliation blocks', () => {
  for (const [text, want, not] of CASES)
    it(text.replace(INTRO, ''), () => {
      const got = affiliations(text);
      if (want.length === 0 && not.length === 0) expect(got).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
