// A news distributor's copy of a release (rules/distributor-stamp.ts): the stamp's date, month first, dates
// the copy; a stamp-like line without "Distributed by", or an impossible month, dates nothing from it.
// Texts are invented in the copies' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dateOf = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .date;

const BODY =
  '\n\nData Forum Opens Its Doors to All Regions, Director Says\n\nThe Director opened the forum today.';
const CASES: [text: string, want: string | undefined][] = [
  [
    `SO - Sample Organization\n\n09/25/2031 | Press release | Distributed by Public on 09/25/2031 17:37${BODY}`,
    '2031-09-25',
  ],
  [`02/04/2032 | Press release | Distributed by Public on 02/04/2032 15:53${BODY}`, '2032-02-04'],
  // Negative: no distributor named, an impossible month.
  [`09/25/2031 | Press release | Sample Organization${BODY}`, undefined],
  [`25/09/2031 | Press release | Distributed by Public on 25/09/2031 17:37${BODY}`, undefined],
];

describe("a distributor's stamp dates its copy", () => {
  for (const [text, want] of CASES) it(text.slice(0, 50), () => expect(dateOf(text)).toBe(want));
});
