// Chair titles written without "of" (rules/chair-titles.ts): the body as an
// attribute before the title ("CWG-Internet Chairman Mr. X", "MAG Chair
// Ms. Y"), or in a group's own report a bare title before a name ("thanked
// Vice-Chairman, Mr. Z, for accepting to chair the meeting").

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const GROUP =
  'Council Working Group on International Internet Related Public Policy issues (CWG-Internet) Tenth meeting – Geneva, 20-22 September 2017\n\n';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${GROUP}1.1. He informed the meeting that CWG-Internet Chairman Mr. Jan Example was not able to join.`,
    ['person:jan-example workinggroup:cwg-internet Chair'],
    [],
  ],
  [
    `${GROUP}1.1. The Deputy Director thanked Vice-Chairman, Mr. Karl Sample from Rwanda, for accepting to chair the meeting.`,
    ['person:karl-sample workinggroup:cwg-internet Vice-Chair'],
    [],
  ],
  [
    'The MAG Chair Ms. Anna Example opened the meeting of the Multistakeholder Advisory Group.',
    ['person:anna-example organization:igf-mag Chair'],
    [],
  ],
  // A plural title lists its holders (ITU CWG-Internet reports), up to a name that is not joined on.
  [
    `${GROUP}1.2. He also thanked Vice-Chairmen Mr. Karl Sample from Russian Federation, Mr. Jan Example from Rwanda and Mr. Piet Sample from India, for chairing the meetings.`,
    [
      'person:jan-example workinggroup:cwg-internet Vice-Chair',
      'person:karl-sample workinggroup:cwg-internet Vice-Chair',
      'person:piet-sample workinggroup:cwg-internet Vice-Chair',
    ],
    [],
  ],
  [
    `${GROUP}1.2. He thanked Vice-Chairmen Mr. Karl Sample and the Deputy Director, Mr. Jan Example, for their support.`,
    ['person:karl-sample workinggroup:cwg-internet Vice-Chair'],
    ['person:jan-example'],
  ],
  // No group: a bare title names no body.
  ['The Chair, Mr. Jan Example, opened the meeting.', [], ['person:jan-example']],
  // A Member State before the title is a delegation, not a body chaired.
  ['Brazil Chair Mr. Jan Example spoke.', [], ['person:jan-example organization:brazil Chair']],
  // The title of someone else, with a name later in the sentence.
  [
    `${GROUP}1.2. The Chairman thanked the Deputy Director, Mr. Karl Sample, for his support.`,
    [],
    ['person:karl-sample workinggroup:cwg-internet Chair'],
  ],
];

describe('chair titles without "of"', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(-90), () => {
      const got = chairs(text);
      if (want.length === 0 && not.length === 0) expect(got).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
    });
});

describe('"the Chair, Mr. X" in a group’s report', () => {
  // Which chair is meant (the group's, the Commission's, the session's) the words do not say.
  it('gives no role', () =>
    expect(chairs(`${GROUP}1.3. The Chair, Mr. Jan Example, opened the meeting.`)).toEqual([]));
});
