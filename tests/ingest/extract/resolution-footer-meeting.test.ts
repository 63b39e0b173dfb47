// The plenary meeting an Assembly resolution's text ends with (rules/resolution-footer-meeting.ts): "49th
// plenary meeting" / "19 December 2023" under the last operative paragraph (every A/RES/… text) is the
// Assembly's meeting of the session the symbol names, dated by the line under it, and it PRODUCED the
// resolution. Not a plenary meeting named in a sentence, nor another organ's resolution. Invented texts.

import { describe, expect, it } from 'vitest';
import { meetingFacts } from './meeting-facts.ts';

const head = (symbol: string, organ: string) =>
  `United Nations\n${symbol}\n${organ}\n\nResolution adopted by the ${organ} on 19 December 2091\n\n${symbol.replace(/^.*RES\//, '').replace(/^A\/|^E\//, '')}. Sample technologies for development\n\nThe ${organ},\n\n1. Decides to include the item in the provisional agenda of its next session.\n\n`;
const GA = head('A/RES/146/132', 'General Assembly');

const facts = (text: string) => meetingFacts(text, 'res.txt');

const M = 'meeting:general-assembly-146-meeting-49';
const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the footer of an Assembly resolution',
    `${GA}49th plenary meeting\n19 December 2091\n`,
    [
      `E ${M} PART_OF organization:general-assembly`,
      `E ${M} PRODUCED resolution:a-res-146-132`,
      `N ${M} 2091-12-19`,
    ],
  ],
  [
    'the footer with its meeting in words',
    `${GA}Forty-ninth plenary meeting\n19 December 2091\n`,
    [
      `E ${M} PART_OF organization:general-assembly`,
      `E ${M} PRODUCED resolution:a-res-146-132`,
      `N ${M} 2091-12-19`,
    ],
  ],
  // Negative: no day under the meeting line; more words on the day's line; a plenary meeting in a sentence.
  ['no day under the meeting line', `${GA}49th plenary meeting\n\nAnnex\n`, []],
  [
    'a day inside a sentence under it',
    `${GA}49th plenary meeting\n19 December 2091 was a busy day for the Assembly.\n`,
    [],
  ],
  [
    'a plenary meeting named in a sentence',
    `${GA}2. Recalls that it adopted the text at its 49th plenary meeting\n19 December 2091 being the day.\n`,
    [],
  ],
  // Another organ's resolution numbers its plenary meetings by its own sessions.
  [
    "the Council's resolution",
    `${head('E/RES/2091/46', 'Economic and Social Council')}41st plenary meeting\n28 July 2091\n`,
    [],
  ],
];

describe("an Assembly resolution's footer meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(facts(text).filter((f) => !f.includes('plenary-meeting-'))).toEqual(want);
    });
});
