// A chain of posts after a name ends where a second clause of the sentence starts: "The panel was chaired by
// H.E. Mr X, President of the Human Rights Council and moderated by Mr Y, Associate Professor at Z" (a report
// of a Human Rights Council panel) gave X the post Y holds (rules/affiliation.ts, q60). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const aff = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

describe('a second clause ends the chain of posts', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The panel was chaired by H.E. Mr Jon Sample, President of the Human Rights Council and moderated by Ms Jane Example, Senior Lecturer at Sampletown University.',
      [
        'person:jon-sample organization:human-rights-council',
        'person:jane-example organization:sampletown-university',
      ],
      ['person:jon-sample organization:sampletown-university'],
    ],
    [
      'The meeting was opened by Mr. Jon Sample, Director of the Sample Policy Institute and was followed by Ms. Jane Example, Chief of the Example Data Office.',
      [
        'person:jon-sample organization:sample-policy-institute',
        'person:jane-example organization:example-data-office',
      ],
      ['person:jon-sample organization:example-data-office'],
    ],
    // Negative: two posts of one person joined by "and" stay that person's.
    [
      'Ms. Jane Example, Director of the Sample Policy Institute and Head of the Example Data Office, spoke first.',
      [
        'person:jane-example organization:example-data-office',
        'person:jane-example organization:sample-policy-institute',
      ],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = aff(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  it('keeps the post in the first clause', () => {
    const g = extractText(CASES[0]![0]);
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:jon-sample', 'organization:human-rights-council')).toBe(
      true,
    );
  });
});
