// "Hon." is "Honourable" before a name (rules/people.ts), the style of ministers and legislators in
// Commonwealth and West African texts ("the Minister of … of The Gambia, Hon. Ebrima Sillah", an ECOWAS page
// on a regional IGF). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const people = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => `${n.id} ${n.properties.honorific}`)
    .sort();

const CASES: [string, string[]][] = [
  [
    'The keynote was delivered by the Minister of Sample Affairs, Hon. Ama Sample.',
    ['person:ama-sample Honourable'],
  ],
  ['The Honourable Kofi Example opened the forum.', ['person:kofi-example Honourable']],
  ['The Honorable Kofi Example opened the forum.', ['person:kofi-example Honourable']],
  // Negative: a post after the style, a lower-case word, the style at a line's end, a country's name.
  ['The Hon Minister rounded off by encouraging the forum.', []],
  ['The Hon. Minister of Sample Affairs spoke.', []],
  ['The hon. member asked a question.', []],
  ['The speech of the Hon.\nAma Sample followed.', []],
  ['Honduras hosted the meeting.', []],
];

describe('"Hon." before a name', () => {
  for (const [text, want] of CASES) it(text, () => expect(people(text)).toEqual(want));
});
