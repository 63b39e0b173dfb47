// A session named by its year holds no dates of another year (rules/meetings-emit.ts): "Substantive
// session of 2098 New York, 2–27 July 2099" keeps no date, since the text cannot say which year is
// mistyped; a session whose dates fall in its year keeps them. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting' && /substantive-session/.test(n.id))
    .map((n) => `${n.properties.startDate ?? '-'} ${n.properties.endDate ?? '-'}`);

const CASES: [text: string, not: string, want: string | undefined][] = [
  [
    'General Assembly Economic and Social Council Substantive session of 2098 New York, 2–27 July 2099 Item 13(b) of the provisional agenda.',
    '2099-07-02 2099-07-27',
    undefined,
  ],
  [
    'General Assembly Economic and Social Council Substantive session of 2099 New York, 2–27 July 2099 Item 13(b) of the provisional agenda.',
    '-',
    '2099-07-02 2099-07-27',
  ],
];

describe('a session named by its year', () => {
  it.each(CASES)('%s', (text, not, want) => {
    const got = dates(text);
    expect(got).not.toContain(not);
    if (want) expect(got).toContain(want);
  });
});
