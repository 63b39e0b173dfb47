// An instrument's name wrapped over lines is one name (rules/references.ts DECLARATION): "the Vienna
// Programme of\nAction on Science and Technology for Development" (A/RES/50/101, a fixed-width copy) is the
// same instrument as on one line. A name cut by a blank line (two paragraphs) is not joined. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const names = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The General Assembly,\n\n     Reaffirming the continuing validity of the Lisbon Programme of\nAction on Widgets for Development, and recalling its resolutions\non widgets,',
    ['Lisbon Programme of Action on Widgets for Development'],
    ['Lisbon Programme'],
  ],
  [
    'The General Assembly,\n\n     Recalling the relevant paragraphs of the Oslo Action\nPlan and of the Bergen Declaration, and its resolutions\non widgets,',
    ['Oslo Action Plan', 'Bergen Declaration'],
    [],
  ],
  ['The Lisbon Programme of\n\nAction teams met in Geneva.', [], ['Lisbon Programme of Action']],
];

describe('instrument names wrapped over lines', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = names(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
