// A body's post, then its holder between commas (rules/post-apposition.ts): "the President of the General
// Assembly, Mr. Philemon Yang, underscored …" (UN News on the WSIS+20 co-facilitators). A State's post is
// a post too; chair-type posts are the chair rules'. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? '-'}`);

describe('a post of a body before its holder', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'During the briefing, the President of the General Assembly, Mr. Jon Sample, underscored the need.',
      ['person:jon-sample organization:general-assembly President'],
      [],
    ],
    [
      'The Permanent Representative of Kenya, Ms. Ana Example, opened the meeting.',
      ['person:ana-example organization:kenya Permanent Representative'],
      [],
    ],
    [
      'The President of Kenya, Ms. Ana Example, opened the meeting.',
      ['person:ana-example organization:kenya President'],
      [],
    ],
    // No post before the body (a delegation, a report): nothing.
    [
      'The delegation of Kenya, Ms. Ana Example, opened the meeting.',
      [],
      ['person:ana-example organization:kenya'],
    ],
    [
      'The report of the General Assembly, Mr. Jon Sample noted, was late.',
      [],
      ['person:jon-sample organization:general-assembly'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
