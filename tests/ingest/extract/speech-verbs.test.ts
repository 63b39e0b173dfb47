// The subject of a verb of speaking took the floor at the meeting the page reports on (rules/speech-verbs.ts,
// rules/speakers.ts): "In the welcome address, Ms X, the President of …, underscored …" (IGF 2017 opening
// ceremony page). Only the subject, with at most an apposition before the verb. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';

const spoke = (text: string) =>
  extractText(`${HEAD}${text}`)
    .edges.filter((e) => e.type === 'SPOKE_AT' && e.to === M)
    .map((e) => `${e.from} ${e.properties.role ?? '-'}`);

describe('speakers as subjects of a verb of speaking', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'In the welcome address, Ms. Ana Example, the President of the Example Foundation, underscored the need for cooperation.',
      ['person:ana-example opening'],
      [],
    ],
    [
      'Mr. Jon Sample, the Under-Secretary-General for Economic and Social Affairs, UN, briefly reminded participants of the mandate.',
      ['person:jon-sample -'],
      [],
    ],
    ['Mr. Jon Sample welcomed the participants to the meeting.', ['person:jon-sample opening'], []],
    ['The next speaker, Ms. Ana Example (Kenya), stressed the role of data.', ['person:ana-example -'], []],
    // Praise is spoken too: "In his opening remarks, the Assistant Director-General, Mr. X commended the outgoing Bureau".
    [
      'In his opening remarks, the Assistant Director-General, Mr. Jon Sample commended the outgoing Bureau.',
      ['person:jon-sample opening'],
      [],
    ],
    ['Ms. Ana Example congratulated the new Bureau on its election.', ['person:ana-example -'], []],
    // A participle saying for whom she spoke (a General Assembly plenary's press release, "In opening remarks,
    // Assembly Vice-President X (Kenya), speaking on behalf of …").
    [
      'In opening remarks, Vice-President Ms. Ana Example (Kenya), speaking on behalf of the President, hailed the text.',
      ['person:ana-example opening'],
      [],
    ],
    [
      'Mr. Jon Sample, speaking for the Group of Small States, regretted the delay.',
      ['person:jon-sample -'],
      [],
    ],
    // Speaking of a subject, not for anyone: no verb of speaking by itself.
    ['Mr. Jon Sample, speaking about his new book at a launch, was not present.', [], ['person:jon-sample']],
    ['The delegates thanked Ms. Ana Example, speaking on behalf of her team.', [], ['person:ana-example']],
    // Praised, not praising: the object of the verb.
    ['The Chair commended Ms. Ana Example for her work on the report.', [], ['person:ana-example']],
    // Not the subject: an object, a relative clause's antecedent, a name after the verb or far from it.
    ['The Chair thanked Ms. Ana Example, who stressed the role of data.', [], ['person:ana-example']],
    ['The report was presented to Mr. Jon Sample, Director, and noted by all.', [], ['person:jon-sample']],
    [
      'Ms. Ana Example attended the meeting for the first time and the delegates noted her presence.',
      [],
      ['person:ana-example'],
    ],
    ['Participants stressed that Mr. Jon Sample had chaired the group.', [], ['person:jon-sample']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
