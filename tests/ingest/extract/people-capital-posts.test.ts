// A masthead in capitals, the name then its post line (rules/people-capital-posts.ts), and a bare
// "the Bureau" read as the one bureau the document names (rules/bureau-anaphor.ts). Invented texts;
// the negative cases are post lines naming no known body, lower-case lines, and documents naming
// two bureaus or none.

import { describe, expect, it } from 'vitest';
import { postCase } from '../../../ingest/extract/rules/people-capital-posts.ts';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return g.edges
    .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
    .map((e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Message from the USG\n\nUNITED NATIONS\n\nMR. WANG SAMPLEMIN\n\nUNDER-SECRETARY-GENERAL FOR ECONOMIC AND SOCIAL AFFAIRS\n\nMESSAGE\n\nText.',
    [
      'AFFILIATED_WITH person:wang-samplemin organization:un-desa Under-Secretary-General for Economic and Social Affairs',
    ],
    [],
  ],
  [
    'Message\n\nMS. ANNA SAMPLOVA\n\nDIRECTOR-GENERAL OF UNESCO\n\nText.',
    ['AFFILIATED_WITH person:anna-samplova organization:unesco Director-General'],
    [],
  ],
  // A department the gazetteer does not know, a post naming no body, a Member State: nothing.
  [
    'Message\n\nMR. WANG SAMPLEMIN\n\nUNDER-SECRETARY-GENERAL FOR SAMPLE AFFAIRS\n\nText.',
    [],
    ['AFFILIATED_WITH person:wang-samplemin'],
  ],
  [
    'Message\n\nMR. WANG SAMPLEMIN\n\nEXECUTIVE DIRECTOR\n\nText.',
    [],
    ['AFFILIATED_WITH person:wang-samplemin'],
  ],
  [
    'Message\n\nMR. WANG SAMPLEMIN\n\nPRESIDENT OF KENYA\n\nText.',
    [],
    ['AFFILIATED_WITH person:wang-samplemin organization:kenya President'],
  ],
  // The line after the name is no post, or not in capitals.
  [
    'Message\n\nMR. WANG SAMPLEMIN\n\nECONOMIC AND SOCIAL AFFAIRS\n\nText.',
    [],
    ['AFFILIATED_WITH person:wang-samplemin'],
  ],
  [
    'Message\n\nMR. WANG SAMPLEMIN\n\nDirector-General of UNESCO said the text was final.\n\nText.',
    [],
    ['AFFILIATED_WITH person:wang-samplemin organization:unesco Director-General'],
  ],
  // "the Bureau" is the one bureau the document names.
  [
    'The Council met in Paris. The unanimous re-election of Ms. Dora Samplegordon of Ghana as Chairperson of the Bureau was welcomed. She congratulated the new IFAP Bureau Members.',
    ['CHAIRED person:dora-samplegordon organization:ifap-bureau'],
    [],
  ],
  // Two bureaus named, or none: "the Bureau" stays unread.
  [
    'The unanimous election of Ms. Dora Samplegordon of Ghana as Chairperson of the Bureau was welcomed. The IFAP Bureau and the ITU Telecommunication Development Bureau sent messages.',
    [],
    ['CHAIRED person:dora-samplegordon'],
  ],
  [
    'The unanimous election of Ms. Dora Samplegordon of Ghana as Chairperson of the Bureau was welcomed.',
    [],
    ['CHAIRED person:dora-samplegordon'],
  ],
];

describe('posts in capitals and the one bureau', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((f) => f.startsWith(n))).toBe(false);
  });

  it('writes a post in its usual case', () => {
    expect(postCase('UNDER-SECRETARY-GENERAL FOR ECONOMIC AND SOCIAL AFFAIRS')).toBe(
      'Under-Secretary-General for Economic and Social Affairs',
    );
    expect(postCase('DIRECTOR-GENERAL OF THE ORGANIZATION')).toBe('Director-General of the Organization');
  });
});
