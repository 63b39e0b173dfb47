// An annual process's meeting named with a month and year is that year's edition (rules/meetings-named-
// editions.ts): "Multistakeholder Advisory Group Renewed to Prepare Internet Governance Forum Meeting in
// Mexico, November 2016" is the 11th IGF, not a second meeting "Internet Governance Forum Meeting"; and a
// process named again by its first words is the one named before.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, id: string, found: boolean][] = [
  [
    'Multistakeholder Advisory Group Renewed to Prepare Internet Governance Forum Meeting in Mexico, November 2016\n\nThe Advisory Group will prepare the eleventh meeting of the Internet Governance Forum.\n',
    'meeting:igf-11',
    true,
  ],
  [
    'The Internet Governance Forum Meeting in Kyoto, October 2023 drew 9,000 participants.\n',
    'meeting:igf-18',
    true,
  ],
  // A national initiative's meeting is not the Forum's edition.
  [
    'The Kenya Internet Governance Forum Meeting in Nairobi, July 2019 was a success.\n',
    'meeting:igf-14',
    false,
  ],
  // Another gathering of the process is not its annual meeting.
  ['The IGF Open Consultations in Geneva, March 2018 were well attended.\n', 'meeting:igf-13', false],
];

describe("an annual process's meeting named by its year", () => {
  for (const [text, id, found] of CASES)
    it(text.slice(0, 70), () => expect(meetings(text).includes(id)).toBe(found));

  it('is one meeting, not a second one of its words', () =>
    expect(meetings(CASES[0]![0])).toEqual(['meeting:igf-11']));
});

// A process named before by its first words is the same summit (rules/meetings-named-editions.ts): "the
// second phase of the World Summit, to be held in Tunis from 16 to 18 November 2005" was a second meeting,
// "World Summit", beside the World Summit on the Information Society.
describe('a process named again by its first words', () => {
  const SUMMIT: [text: string, want: string[]][] = [
    [
      'The Group was set up after the World Summit on the Information Society.\n\nThe report will be submitted to the second phase of the World Summit, to be held in Tunis from 16 to 18 November 2005.',
      ['meeting:world-summit-on-the-information-society-2005-11-16'],
    ],
    // Not named before: the words as written.
    [
      'The report will be submitted to the World Summit, to be held in Tunis from 16 to 18 November 2005.',
      ['meeting:world-summit-2005-11-16'],
    ],
  ];
  for (const [text, want] of SUMMIT) it(text.slice(0, 70), () => expect(meetings(text)).toEqual(want));
});
