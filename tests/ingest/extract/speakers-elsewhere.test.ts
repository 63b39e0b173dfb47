// Speaking that is not speaking at the meeting a page reports on (rules/speech-elsewhere.ts, rules/chaired-
// gathering.ts): words said in a briefing to reporters, at a press conference, in an interview or in a statement
// issued ("Ambassador X … outlined … in a briefing to reporters 3 December", a WSIS news page), and the chair of a
// committee's meetings held within it ("The meetings of the Standing Committee on … were chaired by Mr. X", an
// ITU Council page). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';

const spoke = (text: string) =>
  extractText(`${HEAD}${text}`)
    .edges.filter((e) => e.type === 'SPOKE_AT' && e.to === M)
    .map((e) => `${e.from} ${e.properties.role ?? '-'}`)
    .sort();

const CASES: [text: string, want: string[]][] = [
  // Said elsewhere: a briefing to reporters, a press conference, an interview, a statement issued.
  [
    'Ambassador Jon Sample, the coordinator for data policy, outlined what he called "the three pillars" of the position in a briefing to reporters 3 June.',
    [],
  ],
  ['Ms. Ana Example stressed at a press conference that the data must stay open.', []],
  ['Mr. Jon Sample said in an interview with the Example Times that the text was weak.', []],
  ['Ms. Ana Example said in a statement issued after the meeting that the talks had failed.', []],
  ['Mr. Jon Sample said that the negotiations would go on, speaking to reporters after the session.', []],
  ['The opening remarks by Ms. Ana Example were repeated at a news conference.', []],
  // A committee's meetings within the meeting: chaired there, not presiding at the meeting itself.
  ['The meetings of the Drafting Committee were chaired by Mr. Jon Sample.', []],
  [
    'The sessions of the Standing Committee on Administration and Management were chaired by Ms. Ana Example.',
    [],
  ],
  // Said at the meeting: the same verbs without a place elsewhere, a briefing to the meeting, a chair of it.
  [
    'Ambassador Jon Sample outlined what he called "the three pillars" of the position in a briefing to the delegates.',
    ['person:jon-sample -'],
  ],
  ['Ms. Ana Example stressed that the data must stay open.', ['person:ana-example -']],
  ['The opening remarks by Ms. Ana Example set out the questions.', ['person:ana-example opening']],
  ['The meeting was chaired by Mr. Jon Sample.', ['person:jon-sample moderator']],
  ['The plenary meetings were chaired by Ms. Ana Example.', ['person:ana-example moderator']],
];

describe('speaking elsewhere than at the meeting', () => {
  for (const [text, want] of CASES) it(text.slice(0, 70), () => expect(spoke(text)).toEqual(want));
});
