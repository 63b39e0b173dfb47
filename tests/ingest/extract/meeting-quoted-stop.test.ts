import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

// A sentence that ends inside its closing quotation mark ends the meeting's window: the date in the next
// sentence is not the meeting's. And an article alone ("meeting on the "…"") is no topic of a named meeting.
const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? ''}`.trim());

describe('a quoted stop ends the meeting window', () => {
  const cases: [string, string[]][] = [
    [
      'The Committee recalls its advice from the Lisbon meeting on the "recommendations on country names." The Committee welcomed the decision of 2 June 2003.',
      [],
    ],
    [
      'The Committee recalls its advice from the Lisbon meeting on the “recommendations on country names.” Its next session opens on 2 June 2003.',
      [],
    ],
    // An article alone is no topic: the meeting keeps its name, not "… meeting on the".
    [
      'The Committee adopted advice at the Lisbon meeting on the "country names" held on 3 May 2012.',
      ['Lisbon meeting 2012-05-03'],
    ],
    // Positive: the date in the same sentence, or after a quoted title that does not end the sentence.
    [
      'The secretariat organized an expert meeting on data protection in Lisbon on 6 and 7 November 2023.',
      ['Expert meeting on data protection 2023-11-06'],
    ],
    [
      'The secretariat organized an expert workshop on "country names." in Lisbon on 6 November 2023.',
      ['Expert workshop 2023-11-06'],
    ],
  ];
  for (const [text, want] of cases)
    it(text.slice(0, 90), () => {
      expect(meetings(text)).toEqual(want);
    });
});
