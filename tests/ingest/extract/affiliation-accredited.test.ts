// "Permanent Representative of <State> to <body>" (rules/affiliation.ts): the post is the State's; the body
// after "to" is the one it is accredited to ("H.E. Mr. Burhan Gafoor, Ambassador and Permanent
// Representative of Singapore to the United Nations in New York", UNODA OEWG page). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`);

describe('a post accredited to a body', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'Mr. Jon Sample, Permanent Representative of Singapore to the United Nations, spoke.',
      ['person:jon-sample organization:singapore'],
      ['person:jon-sample organization:united-nations'],
    ],
    [
      'H.E. Ms. Ana Example, Ambassador and Permanent Representative of Kenya to the United Nations in New York, presided.',
      ['person:ana-example organization:kenya'],
      ['person:ana-example organization:united-nations'],
    ],
    // Without "to", the body after "of" as before.
    [
      'Mr. Jon Sample, Director of the Division on Technology and Logistics of UNCTAD, spoke.',
      ['person:jon-sample organization:unctad'],
      [],
    ],
    // A body's post accredited to another body: the first body.
    [
      'Ms. Ana Example, Liaison Officer of UNESCO to the International Telecommunication Union, spoke.',
      ['person:ana-example organization:unesco'],
      ['person:ana-example organization:itu'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});

// A process the gazetteer knows is no unknown body in a chain of posts (IGF 2017 opening page: "Mr X,
// Internet Governance Forum (IGF) Programme and Technology Manager"); a body it does not know still is.
describe('a known process in a chain of posts', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'Mr. Jon Sample, Internet Governance Forum (IGF) Programme and Technology Manager, moderated the session.',
      [],
      ['person:jon-sample organization:internet-governance-forum'],
    ],
    [
      'Mr. Jon Sample, Example Research Institute, moderated the session.',
      ['person:jon-sample organization:example-research-institute'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
      if (not.length)
        expect(extractText(text).nodes.some((n) => n.id === 'organization:internet-governance-forum')).toBe(
          false,
        );
    });
});
