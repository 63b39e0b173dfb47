// A statement's headline ends with its own dateline, "(New York, 22 October 2099)": the day is the statement's,
// not the start of the session the headline names (rules/meeting-dates.ts, STATEMENT_HEADLINE). A session
// dated in a sentence or a heading keeps its date. Synthetic text in the style of group statements in the
// Second Committee.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

// [text, a meeting line wanted, or undefined; a date no meeting may take]
const CASES: [text: string, want: string | undefined, notDate: string | undefined][] = [
  [
    'STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MR. JON SAMPLETON, ON AGENDA ITEM 16, AT THE SECOND COMMITTEE OF THE 98TH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY (New York, 22 October 2099)\n\nMr. Chairman,',
    undefined,
    '2099-10-22',
  ],
  [
    'Remarks by the Chair at the twenty-first session of the Commission on Science and Technology for Development (Geneva, 15 May 2098)',
    undefined,
    '2098-05-15',
  ],
  // Not a statement's headline: the date after the session is its own.
  [
    'The twenty-first session of the Commission on Science and Technology for Development was held in Geneva from 14 to 18 May 2098.',
    'meeting:cstd-21 2098-05-14 organization:cstd',
    undefined,
  ],
  [
    'Commission on Science and Technology for Development, twenty-first session (Geneva, 14-18 May 2098)',
    'meeting:cstd-21 2098-05-14 organization:cstd',
    undefined,
  ],
];

describe("a statement's dateline", () => {
  it.each(CASES)('%s', (text, want, notDate) => {
    const lines = meetingLines(extractText(text));
    if (want) expect(lines).toContain(want);
    if (notDate) expect(lines.join('\n')).not.toContain(notDate);
  });
});
