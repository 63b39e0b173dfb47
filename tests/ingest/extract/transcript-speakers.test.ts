// Turns of a verbatim transcript (rules/transcript-speakers.ts): ">> NAME:"
// names a person who took the floor at the meeting the page is of; roles and
// delegations in capitals name nobody. A page titled "IGF 2099 Second Open
// Consultations and MAG Meeting" is of the consultations, not of the IGF 2099
// annual meeting (rules/current-meeting.ts), and the gathering keeps the
// acronym in its name (rules/meetings-named.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const PAGE = (turns: string) =>
  `IGF 2027 Second Open Consultations and MAG Meeting Day 1 Morning\n\nThe following are the outputs of the captioning taken during the IGF 2027 Second Open Consultations and MAG Meeting from 12 to 14 June 2027 in Geneva, Switzerland.\n\n${turns}`;
const MEETING = 'meeting:igf-2027-second-open-consultations-and-mag-meeting-2027-06-12';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

describe('transcript turns', () => {
  const CASES: [turns: string, want: string[]][] = [
    [
      '>>JAN EXAMPLE: Good morning. Welcome, all.\n\n>> ANNA DAS SAMPLE:  Thank you.',
      [`person:anna-das-sample ${MEETING}`, `person:jan-example ${MEETING}`],
    ],
    // Roles, the floor and delegations are not people.
    ['>>CHAIR EXAMPLE: Good morning.\n\n>> MODERATOR: Welcome.\n\n>> UNITED STATES: Thank you.', []],
    // One word is not a full name.
    ['>> UNESCO: Thank you for the floor.', []],
    // Not at the start of a turn.
    ['The chair said >>JAN EXAMPLE: is next, in the chat.', []],
    // Title-case turns (IGF 2025 transcripts): a full name speaks; a role, an honorific and a surname,
    // a delegation or one word do not. The name keeps its own case.
    ['>> Jan McExample: Hello, everyone.', [`person:jan-mcexample ${MEETING}`]],
    [
      '>> Remote Moderator: Welcome.\n\n>> Ms Example: Thanks.\n\n>> United States: Thank you.\n\n>> Host: Hi.',
      [],
    ],
  ];
  for (const [turns, want] of CASES) it(turns.slice(0, 60), () => expect(spoke(PAGE(turns))).toEqual(want));

  it('without a meeting the page is of, nobody is placed', () => {
    expect(spoke('>>JAN EXAMPLE: Good morning.')).toEqual([]);
  });
});
