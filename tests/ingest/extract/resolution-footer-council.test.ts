// The meeting a Human Rights Council text was adopted at (rules/resolution-footer-meeting.ts): a Council
// resolution ends with "27th meeting" / "5 July 2091" (no "plenary"), a Council decision opens with "At its
// 54th meeting, on 27 March 2091, the Human Rights Council decided to adopt the text below:". Either is the
// Council's meeting of the session the text's symbol names, not of a later session an operative paragraph
// names, and it PRODUCED the text. Invented texts in the style of the Council's.

import { describe, expect, it } from 'vitest';
import { meetingFacts } from './meeting-facts.ts';

const RES = `Human Rights Council Twentieth session\n\nAgenda item 3\n\nResolution adopted by the Human Rights Council\n\n20/8. Sample rights online\n\nThe Human Rights Council,\n\n1. Affirms that the same rights apply online;\n\n2. Decides to continue its consideration of the matter at its twenty-third session.\n\n`;
const DEC = `Human Rights Council Twenty-fifth session Agenda item 3\n\nDecision adopted by the Human Rights Council\n\n25/117. Panel on sample rights\n\n`;

const facts = (text: string) => meetingFacts(text, 'hrc.txt');

const R = 'meeting:human-rights-council-20-meeting-27';
const D = 'meeting:human-rights-council-25-meeting-54';
const CASES: [name: string, text: string, want: string[]][] = [
  [
    "a Council resolution's footer, after a later session named",
    `${RES}27th meeting\n5 July 2091\n\n[Adopted without a vote.]\n`,
    [
      `E ${R} PART_OF organization:human-rights-council`,
      `E ${R} PRODUCED resolution:a-hrc-res-20-8`,
      `N ${R} 2091-07-05`,
    ],
  ],
  [
    "a Council decision's opening line",
    `${DEC}At its 54th meeting, on 27 March 2091, the Human Rights Council decided to adopt the text below:\n\nThe Human Rights Council,\n\nDecides to hold a panel discussion.\n`,
    [
      `E ${D} PART_OF organization:human-rights-council`,
      `E ${D} PRODUCED resolution:a-hrc-dec-25-117`,
      `N ${D} 2091-03-27`,
    ],
  ],
  // Negative: a meeting line without its day; a meeting inside a sentence; a decision's line naming another
  // organ; a footer under a text that is no Council resolution.
  ['no day under the meeting line', `${RES}27th meeting\n\n[Adopted without a vote.]\n`, []],
  [
    'a meeting named in a sentence',
    `${RES}3. Recalls the discussion held at its 27th meeting, on 5 July 2091, on the matter.\n`,
    [],
  ],
  [
    'the opening line of another organ',
    `${DEC}At its 54th meeting, on 27 March 2091, the Economic and Social Council decided to adopt the text below:\n`,
    [],
  ],
  [
    'a footer under a report',
    `Human Rights Council Twentieth session\n\nReport of the Working Group on sample rights\n\n1. The Working Group met twice.\n\n27th meeting\n5 July 2091\n`,
    [],
  ],
];

describe("a Human Rights Council text's adopting meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      // Only the Council's numbered meetings: another organ's are other rules'.
      const got = facts(text).filter(
        (f) => f.includes('meeting:human-rights-council-') && f.includes('-meeting-'),
      );
      expect(got).toEqual(want);
    });
});
