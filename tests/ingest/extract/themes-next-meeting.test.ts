// Guiding questions agreed "for the next meeting" are themes of the meeting after the one reported on
// (themes.ts list items, current-meeting.ts nextMeeting).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const M1 = 'meeting:wgdg-2024-2025-1';
const M2 = 'meeting:wgdg-2024-2025-2';
const T = 'theme:principles-of-data-stewardship';
const text = (intro: string, second = true): string =>
  'Working Group on Data Governance (2024–2025)\n\nFirst Meeting of the Working Group on Data Governance\n\n' +
  "Chair's Summary\n\n1. The first meeting of the Working Group on Data Governance was held at the Palais des Nations in Geneva on 3 June 2024.\n\n" +
  `2. ${intro}, the Working Group agreed on the following questions:\n\n- a) What are the principles of data stewardship?\n\n` +
  (second
    ? '3. The Working Group agreed to hold its second meeting on 5 and 6 December 2024 in Geneva.\n'
    : '');

const cases: [string, string, boolean, string[], string[]][] = [
  [
    'topics for the next meeting go to the next meeting',
    'With regard to topics for the next meeting',
    true,
    [M2],
    [M1],
  ],
  [
    'questions for this meeting stay with it',
    'During the discussion of its methods of work',
    true,
    [M1],
    [M2],
  ],
  ['no dated next meeting: no meeting gets them', 'In preparation for the next meeting', false, [], [M1]],
];

describe('guiding questions for the next meeting', () => {
  for (const [name, intro, second, want, not] of cases)
    it(name, () => {
      const g = extractText(text(intro, second));
      for (const m of want) expect(hasEdge(g, 'ADDRESSES', m, T)).toBe(true);
      for (const m of not) expect(hasEdge(g, 'ADDRESSES', m, T)).toBe(false);
    });
});
