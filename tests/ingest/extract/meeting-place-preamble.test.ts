// A meeting's date and place are read in its own preambular paragraph (rules/meeting-window.ts with
// preamble-clauses.ts): a copy of an outcome document that runs the paragraphs on (no stop, a comma at each
// line's end) does not lend the next paragraph's venue to the meeting. Paraphrased preamble lines.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetingPlaces = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const { startDate, city, venue } = n.properties as Record<string, string | undefined>;
      return [startDate, city, venue].filter(Boolean).join(' ');
    })
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the next paragraph names another gathering at a venue',
    'We, the Ministers participating in the high-level plenary meeting of the General Assembly, held in New York on 16 and 17 December 2025,\nRecalling its resolution 70/125 of 16 December 2015,\nWelcoming the convening of the Summit of the Future on 22–23 September 2024 at the United Nations Headquarters in New York,\n',
    // The Summit of the Future is a gazetteer Meeting with its days (not this rule's venue).
    ['2024-09-22', '2025-12-16 New York'],
  ],
  [
    "the meeting's own paragraph keeps its venue",
    'We, the Ministers participating in the high-level plenary meeting of the General Assembly, held at the United Nations Headquarters in New York on 16 and 17 December 2025,\nRecalling its resolution 70/125 of 16 December 2015,\n',
    ['2025-12-16 New York United Nations Headquarters'],
  ],
  [
    'wrapped prose: a lower-case line after a comma is the same sentence',
    'The high-level plenary meeting of the General Assembly will be held,\nas decided, at the United Nations Headquarters in New York on 16 and 17 December 2025.',
    ['2025-12-16 New York United Nations Headquarters'],
  ],
];

describe("a meeting's place in its own preambular paragraph", () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(meetingPlaces(text)).toEqual(want);
  });
});
