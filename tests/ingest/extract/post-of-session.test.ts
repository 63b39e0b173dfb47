// A post of a body before its holder's name, the name without an honorific (rules/post-apposition.ts
// POST_OF_BODY, people-bare-apposition.ts POST_NAME): "the president of the 79th UN General Assembly, Jane
// Sample, nominated …" (a blog on the WSIS+20 review writes the post in lower case, the session between post
// and body, the sentence opened by a date). Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => `P ${n.id}`),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `A ${e.from} ${e.to} ${e.properties?.title ?? ''}`.trim()),
  ];
};

const GA = 'organization:general-assembly';
const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'On April 23, 2030, the president of the 85th UN General Assembly, Jane Sample, nominated two co-facilitators.',
    ['P person:jane-sample', `A person:jane-sample ${GA} President`],
    [],
  ],
  [
    'The President of the eighty-fifth session of the General Assembly, Jane Sample, nominated two co-facilitators.',
    [`A person:jane-sample ${GA} President`],
    [],
  ],
  [
    'The president of the General Assembly, Jane Sample, opened the meeting.',
    [`A person:jane-sample ${GA} President`],
    [],
  ],
  // Another lower-case post is a role, not a title before a name; a post with no body after it gives no edge.
  [
    'The director of the General Assembly, Jane Sample, opened the meeting.',
    [],
    [`A person:jane-sample ${GA} Director`],
  ],
  [
    'The president of the sample club, Jane Sample, opened the meeting.',
    [],
    [`A person:jane-sample ${GA} President`],
  ],
  // A date that opens no sentence leads to nothing: the post must still open the clause.
  [
    'Delegations met the president of the General Assembly, Jane Sample, yesterday.',
    [],
    ['P person:jane-sample'],
  ],
];

describe('a post of a body, then its holder', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
