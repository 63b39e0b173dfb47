// A press release's date of issue on a line of its own under its press symbol ("GA/10451", "ECOSOC/6218",
// "PI/1880") or with the words "Press Release": a lone whole date among the opening lines dates the document
// (rules/document-dated-symbol.ts, read by rules/document.ts). A date inside a sentence, a range of days or a
// month alone is no date of issue. Texts are invented.

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
  // Negative: the date is not a line of its own, or not one whole day.
  [
    'a date inside a sentence',
    'XY/9999\n\nGroup Renewed\n\nThe group was renewed on 12 July 2098.',
    undefined,
  ],
  ['a range of days', 'XY/9999\n\nGroup Renewed\n\n12-14 July 2098\n\nThe group was renewed.', undefined],
  ['a month alone', 'XY/9999\n\nGroup Renewed\n\nJuly 2098\n\nThe group was renewed.', undefined],
];

describe('press release dates', () => {
  for (const [name, text, date] of CASES) it(name, () => expect(dateOf(text)).toBe(date));
});
