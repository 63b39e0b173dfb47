// A body in brackets after a name (rules/affiliation-bracket.ts): alone, or after the post held in it
// ("Mr Wim Degezelle (BPF Cybersecurity consultant, IGF Secretariat)", the author list of the IGF 2024
// Best Practice Forum on Cybersecurity report), and "consultant to <body>" in a comma chain
// (rules/affiliation.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

describe('a post and a body after a name', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    ['Dr. Jane Doe (UNESCO) spoke.', ['person:jane-doe organization:unesco'], []],
    // "General Assembly of the United Nations" is the Assembly's full name (gazetteer alias, q57).
    [
      'Mr Jon Sample (President of the General Assembly of the United Nations) made remarks.',
      ['person:jon-sample organization:general-assembly President'],
      [],
    ],
    // Negative: another organ "of the United Nations" is not the Assembly.
    [
      'Mr Jon Sample (President of the Sample Assembly of the United Nations) made remarks.',
      [],
      ['person:jon-sample organization:general-assembly President'],
    ],
    [
      'Author: Mr Jan Example (BPF Cybersecurity consultant, IGF Secretariat)',
      ['person:jan-example organization:igf-secretariat BPF Cybersecurity consultant'],
      [],
    ],
    [
      'The report was presented by Mx Robin Sample (consultant to the IGF Secretariat).',
      ['person:robin-sample organization:igf-secretariat consultant'],
      [],
    ],
    [
      'Mr. Jan Example (Director of the IGF Secretariat) spoke.',
      ['person:jan-example organization:igf-secretariat Director'],
      [],
    ],
    [
      'Mr. Jan Example, consultant to the IGF Secretariat, presented the draft.',
      ['person:jan-example organization:igf-secretariat consultant'],
      [],
    ],
    [
      'Ms. Ana Example, Senior Adviser at UNCTAD, spoke.',
      ['person:ana-example organization:unctad Senior Adviser'],
      [],
    ],
    // Not a post held in the body: a former one, a membership, a chair, an accreditation, a State, no post word.
    ['Mr. Jan Example (former Director, UNCTAD) spoke.', [], ['person:jan-example organization:unctad']],
    ['Ms Ana Sample (BPF co-facilitator, former MAG member) wrote it.', [], ['person:ana-sample']],
    ['Mr. Jan Example (Chair, CSTD) spoke.', [], ['person:jan-example organization:cstd']],
    [
      'Mr. Jan Example (Ambassador to the United Nations) spoke.',
      [],
      ['person:jan-example organization:united-nations'],
    ],
    [
      'Mr. Jan Example, Ambassador to the United Nations, spoke.',
      [],
      ['person:jan-example organization:united-nations'],
    ],
    ['Mr. Jan Example (Minister, Brazil) spoke.', [], ['person:jan-example organization:brazil Minister']],
    ['Mr. Jan Example (speaking for UNCTAD) spoke.', [], ['person:jan-example organization:unctad']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 80), () => {
      const got = affiliations(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
