// A body's unnumbered meeting said by its verb (rules/meetings-body-met.ts): "The Governmental Advisory
// Committee (GAC) of ICANN met in Montreal, Canada, 22-24 June 2003." (a GAC communiqué). The body opens
// the sentence; a session named after the verb, a dated meeting already found, a State as subject or a body
// named in a clause give none. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetings = (text: string): string[] => meetingLines(extractText(text));

describe('a body met in a place on days', () => {
  const cases: [string, string[]][] = [
    [
      'The Governmental Advisory Committee (GAC) of the Internet Corporation for Assigned Names and Numbers (ICANN) met in Montreal, Canada, 22-24 June 2003.',
      ['meeting:icann-gac-meeting-2003-06-22 2003-06-22 organization:icann-gac'],
    ],
    [
      '1. The GAC met in Johannesburg, South Africa from 26 to 29 June 2017. 68 GAC Members attended.',
      ['meeting:icann-gac-meeting-2017-06-26 2017-06-26 organization:icann-gac'],
    ],
    // Negative: a session after the verb, a State as subject, a body inside a clause, a month without days.
    ['The GAC met in Geneva from 14 to 18 May 2018 for its twenty-first session.', []],
    ['Kenya met in Geneva on 3 May 2018 with the Chair.', []],
    ['Brazil, which chairs the GAC, met in Geneva on 3 May 2018.', []],
    ['The GAC met in Geneva in May 2018.', []],
  ];
  for (const [text, want] of cases)
    it(text.slice(0, 80), () => {
      expect(meetings(text).filter((l) => l.includes('icann-gac') || l.includes('kenya'))).toEqual(want);
    });

  it('a meeting found already on the same first day is that meeting', () => {
    const text =
      'Multistakeholder Advisory Group Meeting\n\nGeneva, 27-28 February 2008\n\nThe Multistakeholder Advisory Group (MAG) met in Geneva on 27-28 February 2008.';
    expect(meetings(text).filter((l) => l.includes('2008-02-27'))).toHaveLength(1);
  });
});
