// A body's roster in an appointment notice (rules/member-rosters.ts): "the
// complete, inaugural Panel is as follows:" and one member a line, or "the
// other ex-officio members are Mr. A from …, Ms. B …". Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const members = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MEMBER_OF')
    .map((e) => `${e.from} ${e.to}`);

const PANEL = 'The Secretary-General has established the IGF Leadership Panel to support the Forum.\n\n';

describe('rosters', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${PANEL}Serving a two-year term, the complete, inaugural Panel is as follows:\n\n· Mr. Jan Example, Estonia\n\n· H.E. Ms. Ana Sample, Austria\n\nThey will serve for two years.`,
      [
        'person:jan-example organization:igf-leadership-panel',
        'person:ana-sample organization:igf-leadership-panel',
      ],
      [],
    ],
    // The members named after "are", the body called back by its noun ("The Panel also consists of …"),
    // not the last group named (the Chair of the MAG is one of them).
    [
      `${PANEL}The Panel also consists of ex-officio members, including the Chair of the Multistakeholder Advisory Group.\n\nBesides the Envoy, the other ex-officio members are Mrs. Rita Example from Ethiopia and Mr. Tom Sample, the Multistakeholder Advisory Group Chair.`,
      [
        'person:rita-example organization:igf-leadership-panel',
        'person:tom-sample organization:igf-leadership-panel',
      ],
      ['person:tom-sample organization:igf-mag', 'person:rita-example organization:igf-mag'],
    ],
    [
      `${PANEL}The members of the IGF Leadership Panel are Mr. Jan Example from Estonia and Ms. Ana Sample from Austria.`,
      [
        'person:jan-example organization:igf-leadership-panel',
        'person:ana-sample organization:igf-leadership-panel',
      ],
      [],
    ],
    // "consists of … members:" then a list of descriptions: the people named in it, after a comma.
    [
      `${PANEL}The Panel also consists of five ex-officio members: representatives of the host countries; the Chair of the Multistakeholder Advisory Group, as well as the Envoy on Technology, Mr. Jan Example.`,
      ['person:jan-example organization:igf-leadership-panel'],
      [],
    ],
    [
      `${PANEL}The Panel consists of ten members: they were chosen by Mr. Jan Example in May.`,
      [],
      ['person:jan-example organization:igf-leadership-panel'],
    ],
    [
      `${PANEL}The Panel consists of ten members, and Mr. Jan Example will chair it.`,
      [],
      ['person:jan-example organization:igf-leadership-panel'],
    ],
    // Not a roster: no person right after the verb, or a list that is not of people.
    [
      `${PANEL}The members are invited to submit comments to Mr. Jan Example by May.`,
      [],
      ['person:jan-example organization:igf-leadership-panel'],
    ],
    [
      `${PANEL}The agenda is as follows:\n\n· Opening by Mr. Jan Example\n\n· Closing`,
      [],
      ['person:jan-example organization:igf-leadership-panel'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(PANEL.length, PANEL.length + 90), () => {
      const got = members(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});

// The quote shows the membership: it runs from the words announcing the list to the member's line ("· Mr. A,
// Estonia" alone names no body), and a member too far from them for one quote is left out.
describe('roster quotes', () => {
  const quoteOf = (text: string, person: string) =>
    extractText(text).edges.find((e) => e.type === 'MEMBER_OF' && e.from === person)?.sources[0]?.quote;
  const NAMES = [
    'Jan Alder',
    'Ana Birch',
    'Tom Cedar',
    'Eva Dogwood',
    'Max Elmwood',
    'Ida Fernhill',
    'Leo Gorse',
    'Uma Hazel',
  ];
  const LONG = `${PANEL}Hailing from all regions of the world and serving a two-year term during the next two cycles of the Forum, the complete Panel is as follows:\n\n${NAMES.map((n) => `· Mr. ${n}, United States of America\n\n`).join('')}They will serve for two years.`;
  const CASES: [name: string, text: string, person: string, want: string | undefined][] = [
    [
      'the first line: from the announcing sentence',
      LONG,
      'person:jan-alder',
      '^Hailing from all regions of the world and serving a two-year term during the next two cycles of the Forum, the complete Panel is as follows:\n\n· Mr. Jan Alder, United States of America',
    ],
    ['a later line: from the noun phrase', LONG, 'person:max-elmwood', '^the complete Panel is as follows:'],
    ['past one quote from the announcing words: left out', LONG, 'person:uma-hazel', undefined],
    [
      'the last of the ex-officio members, far into its sentence',
      `${PANEL}The Panel also consists of ex-officio members.\n\nBesides the Envoy, the other ex-officio members are Mrs. Rita Example from Ethiopia, host of this year's Forum; Mr. Ken Sample from Japan, where the next Forum will be held; Mr. Lech Example of Poland, the previous host country, and Mr. Tom Sample, the Multistakeholder Advisory Group Chair.`,
      'person:tom-sample',
      'the other ex-officio members are',
    ],
  ];
  for (const [name, text, person, want] of CASES)
    it(name, () => {
      const quote = quoteOf(text, person);
      if (want === undefined) expect(quote).toBeUndefined();
      // "^…": the quote starts with these words.
      else if (want.startsWith('^')) expect(quote?.startsWith(want.slice(1))).toBe(true);
      else expect(quote).toContain(want);
      if (quote) expect(quote.length).toBeLessThanOrEqual(300);
    });
});
