// A chain of posts after a name (rules/affiliation-parts.ts): a capital word followed by common nouns only
// describes the person ("Internet pioneer"), no body; a post "at" a body (rules/affiliation-posts.ts
// postAt: "CEO at Examplenet") names the body it is held in. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Organization').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? '-'}`),
  ].sort();
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The session heard Mr. Jon Sample, Internet pioneer; and Ms. Ana Example, Digital rights advocate.',
    [],
    ['organization:internet-pioneer', 'organization:digital-rights-advocate'],
  ],
  [
    'The session heard Ms. Ana Example, CEO at Examplenet, and then the delegates.',
    ['organization:examplenet', 'person:ana-example organization:examplenet CEO'],
    [],
  ],
  [
    'The session heard Mr. Jon Sample, Senior Researcher at the Sample Policy Lab, on data.',
    ['organization:sample-policy-lab', 'person:jon-sample organization:sample-policy-lab Senior Researcher'],
    [],
  ],
  [
    'The session heard Ms. Ana Example, Professor at the International Telecommunication Union.',
    ['person:ana-example organization:itu Professor'],
    [],
  ],
  // A description after "and one of the …" is no part of the body's name.
  [
    'The opening heard Mr. Jon Sample, Chairman, CEO and President, SNRI and one of the founders of the Web.',
    ['organization:snri', 'person:jon-sample organization:snri CEO and President'],
    ['organization:snri-and-one-of-the-founders-of-the-web'],
  ],
  [
    'The opening heard Ms. Ana Example, Director, Sample Foundation and several of its partners, in turn.',
    ['organization:sample-foundation'],
    ['organization:sample-foundation-and-several-of-its-partners'],
  ],
  // Negative: a body written in capitals stays a body; "at" a State holds no post of it.
  [
    'The session heard Mr. Jon Sample, Sample Foundation, and others.',
    ['organization:sample-foundation'],
    [],
  ],
  [
    'The session heard Mr. Jon Sample, Director, Ministry of Posts and Telecommunications, on data.',
    ['organization:ministry-of-posts-and-telecommunications'],
    [],
  ],
  [
    'The session heard Ms. Ana Example, Professor at Kenya, on data.',
    [],
    ['person:ana-example organization:kenya Professor'],
  ],
];

describe('descriptions and posts "at" a body in a chain of posts', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
