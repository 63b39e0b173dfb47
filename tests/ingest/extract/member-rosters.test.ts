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
