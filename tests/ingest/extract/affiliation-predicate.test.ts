// A chain of posts after a name ends where the sentence's verb starts (rules/affiliation-predicate.ts):
// "Mr. X, the Chair of the Leadership Panel will be the first speaker" (an IGF closing-session transcript)
// gave an organisation "Leadership Panel will be the first speaker". A short name the document's parent
// makes known is that body (rules/affiliation-chaired-words.ts). Names and bodies are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const CASES: [text: string, person: string, body: string, chaired: boolean][] = [
  // The verb right after the body: the body's name stops before it.
  [
    'Mr. Jon Sample, the Chair of the Example Research Foundation will be the first speaker.',
    'person:jon-sample',
    'organization:example-research-foundation',
    true,
  ],
  [
    'Ms. Jane Example, Chair of the Sample Policy Institute has asked for the floor.',
    'person:jane-example',
    'organization:sample-policy-institute',
    true,
  ],
  // A short name of a known body, its parent named before: that body.
  [
    'Welcome to the closing session of the IGF. Mr. Jon Sample, the Chair of the Leadership Panel will be the first speaker.',
    'person:jon-sample',
    'organization:igf-leadership-panel',
    true,
  ],
  // The whole clause is never a body.
  [
    'Mr. Jon Sample, the Chair of the Example Research Foundation will be the first speaker.',
    'person:jon-sample',
    'organization:example-research-foundation-will-be-the-first-speaker',
    false,
  ],
  // A capitalised word is part of a name, not a verb.
  [
    'Ms. Jane Example, Chair of the May Sample Foundation, opened the meeting.',
    'person:jane-example',
    'organization:may-sample-foundation',
    true,
  ],
];

describe('a post before the verb', () => {
  for (const [text, person, body, chaired] of CASES)
    it(`${person} ${body} ${chaired}`, () => {
      const g = extractText(text);
      expect(hasEdge(g, 'CHAIRED', person, body)).toBe(chaired);
      if (!chaired) expect(hasNode(g, body)).toBe(false);
    });
});
