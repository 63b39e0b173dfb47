// A body and a second post joined by "and" in one segment of an affiliation chain
// (rules/affiliation-post-conjunct.ts): "CEO, Shuttlers and eTrade for Women Advocate for Anglophone Africa" is
// a post in Shuttlers and an advocate's post, no body of the whole. Invented names; the negative cases are a
// body's name with "and" in it, two posts, a post noun last and a right conjunct that ends as a body does.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The closing remarks were given by Ms. Damilola Samplesusi, CEO, Shuttlers and eTrade for Women Advocate for Anglophone Africa.',
    ['AFFILIATED_WITH person:damilola-samplesusi organization:shuttlers CEO'],
    ['AFFILIATED_WITH person:damilola-samplesusi organization:shuttlers-and'],
  ],
  [
    'Mr. Jon Samplewood, Founder, Examplecorp and Digital Champion for Small Businesses, spoke next.',
    ['AFFILIATED_WITH person:jon-samplewood organization:examplecorp Founder'],
    ['AFFILIATED_WITH person:jon-samplewood organization:examplecorp-and'],
  ],
  // A post alone: a title, no body named "Advocate for …".
  [
    'Mr. Jon Samplewood, Advocate for Anglophone Africa, spoke.',
    [],
    ['AFFILIATED_WITH person:jon-samplewood organization:advocate'],
  ],
  // A body's own name with "and", two posts, a post noun last, a right conjunct ending as a body's name.
  [
    'Ms. Ana Samplez, Director, Science and Technology Advocacy Network, spoke.',
    ['AFFILIATED_WITH person:ana-samplez organization:science-and-technology-advocacy-network Director'],
    [],
  ],
  [
    'Mr. Jon Samplewood, Senior Adviser, Ministry of Science and Technology, spoke.',
    ['AFFILIATED_WITH person:jon-samplewood organization:ministry-of-science-and-technology Senior Adviser'],
    [],
  ],
  ['Ms. Ana Samplez, Director and Special Envoy for Digital Affairs, spoke.', [], ['AFFILIATED_WITH']],
  [
    'Mr. Jon Samplewood, Coordinator, Examplecorp and Partners Coordinator, spoke.',
    [],
    ['AFFILIATED_WITH person:jon-samplewood organization:examplecorp '],
  ],
  [
    'Ms. Ana Samplez, Founder, Examplecorp and Goodwill Ambassador for the Sample Fund, spoke.',
    [],
    ['AFFILIATED_WITH person:ana-samplez organization:examplecorp '],
  ],
];

describe('a body and a second post joined by "and"', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = personFacts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((f) => f.startsWith(n))).toBe(false);
  });
});
