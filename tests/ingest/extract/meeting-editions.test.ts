// Editions of the IGF and meetings of a session (rules/meetings.ts): the forms
// that name an edition, the ones that only look like it, and meetings of a
// session that must not nest under each other.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  ['The 18th IGF was held in Kyoto in October 2023.', ['meeting:igf-18'], []],
  [
    'The main task of the Advisory Group is to prepare the eleventh meeting of the Internet Governance Forum, which is to take place in Mexico in November 2016.',
    ['meeting:igf-11'],
    [],
  ],
  // The sixth virtual meeting of the MAG, not the sixth IGF.
  [
    'The sixth IGF Virtual MAG Meeting of the 2016 IGF preparatory cycle took place on 30 August 2016.',
    [],
    ['meeting:igf-6'],
  ],
  // Each meeting belongs to the session, never to the meeting before it.
  [
    'The Commission on Science and Technology for Development held its twenty-first session in Geneva from 14 to 18 May 2018. The third meeting was held on 15 May 2018. The fourth meeting was held on 16 May 2018.',
    ['meeting:cstd-21', 'meeting:cstd-21-3', 'meeting:cstd-21-4'],
    ['meeting:cstd-21-3-4'],
  ],
];

describe('meeting editions and meetings of a session', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
