// "… chaired the meeting" or "… the session" is the meeting the passage reports on (rules/roles.ts); "chaired
// the session on AI governance" is one session of it on its topic: "The Vice-Chair of the MAG, Mr. X,
// chaired the session on AI governance" gave him CHAIRED the whole IGF 2023. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const HEAD =
  'Summary of IGF 2023\n\nThe 18th Internet Governance Forum was held in Kyoto from 8 to 12 October 2023.\n\n';

const CASES: [text: string, chaired: boolean][] = [
  ['The Vice-Chair of the MAG, Mr. Carl Muster, chaired the session on AI governance.', false],
  ['The Vice-Chair of the MAG, Mr. Carl Muster, chaired the meeting.', true],
  ['The Vice-Chair of the MAG, Mr. Carl Muster, chaired the remainder of the session.', true],
];

describe('chaired the session', () => {
  for (const [text, chaired] of CASES)
    it(text, () =>
      expect(hasEdge(extractText(HEAD + text), 'CHAIRED', 'person:carl-muster', 'meeting:igf-18')).toBe(
        chaired,
      ),
    );
});
