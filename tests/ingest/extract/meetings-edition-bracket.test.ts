// An annual process's edition named by its place with its days in brackets (rules/meetings-edition-bracket.ts):
// "the IGF in <city> (<days and year>)" is that year's edition. Paraphrased sentences in the style of blog and
// news accounts of the WSIS+20 review; places are real cities, the rest invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const { startDate, endDate, city, country } = n.properties as Record<string, string | undefined>;
      return [n.id, startDate, endDate, city, country].filter(Boolean).join(' ');
    })
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'month first, the year after the days',
    'The consultations continued with discussions during the IGF in Lillestrøm (June 23 – 27, 2025) and online.',
    ['meeting:igf-20 2025-06-23 2025-06-27 Lillestrøm'],
  ],
  [
    'a city and its State, days first',
    'Delegates met again at the IGF in Riyadh, Saudi Arabia (15–19 December 2024).',
    ['meeting:igf-19 2024-12-15 2024-12-19 Riyadh Saudi Arabia'],
  ],
  // Negatives: no date in the brackets; a national initiative; a process that holds no yearly meetings;
  // words other than the date in the brackets.
  ['a State in the brackets', 'The IGF in Kyoto (Japan) drew many participants.', []],
  ['a national initiative', 'The Kenya IGF in Nairobi (3–4 July 2024) met.', []],
  ['not an annual process', 'The GDC in New York (22 September 2024) was adopted.', []],
  ['more than a date in the brackets', 'The IGF in Kyoto (hybrid, 8–12 October 2023) was large.', []],
];

describe("an annual process's edition named by place and bracketed days", () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
