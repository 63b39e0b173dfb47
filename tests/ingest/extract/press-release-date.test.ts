// A press release's date of issue on a line of its own (rules/press-date.ts): under a press symbol alone on its
// line ("GA/10451", "ECOSOC/6218", "PI/1880") or with the words "Press Release" among the opening lines. The
// same lone date line without that masthead is left to the other rules (a meeting summary's date line is the
// meeting's). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dateOf = (text: string): unknown =>
  extractText(text).nodes.find((n) => n.type === 'Document')?.properties.date;

const BODY = 'Notes on the Group\n12 July 2098\nThe group met and agreed on its work.';

const CASES: [name: string, text: string, date: string | undefined][] = [
  ['a symbol line', `XY/9999\n\n${BODY}`, '2098-07-12'],
  ['a two-part symbol line', `XY/ZZ/9999\n${BODY}`, '2098-07-12'],
  [
    '"Press Release" under the date',
    '10 May 2098\nPress Release\n\nGroup Renewed\n\nThe group was renewed.',
    '2098-05-10',
  ],
  // Negative: no press masthead; a symbol inside a sentence is no masthead.
  ['no masthead', BODY, undefined],
  ['a symbol in a sentence', `See XY/9999 for more.\n\n${BODY}`, undefined],
];

describe('press release dates', () => {
  for (const [name, text, date] of CASES) it(name, () => expect(dateOf(text)).toBe(date));
});
