// A Member State that "reported to" a body made a national report; it is no
// subsidiary body reporting to it (rules/reports-to.ts). A body's own reporting
// line still counts. Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reports = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} ${e.to}`);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The Commission noted that Kenya had reported to the Human Rights Council on its national digital strategy.',
    [],
    ['organization:kenya organization:human-rights-council'],
  ],
  [
    'The Commission on Science and Technology for Development reports to the Economic and Social Council.',
    ['organization:cstd organization:ecosoc'],
    [],
  ],
  [
    'The Secretary-General reported that three papers had been prepared.',
    [],
    ['organization:secretary-general'],
  ],
];

describe('who reports to whom', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = reports(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});
