// A person's post written around asides: a name after an opening phrase and its post with a comma typed
// before its space (rules/people-bare-apposition.ts (c): "In her letter of 3 May, Jane Roe ,President of the
// General Assembly, …"); a post with bracketed acronyms and a dash before an honorific and the name
// (rules/titled-people.ts POST_OF: "the Permanent Representative (PR) of Kenya – H.E. Mr. Jon Roe"). Names
// are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? '-'}`)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'In her letter of 3 May, Jane Roe ,President of the General Assembly, has appointed two co-facilitators.',
    ['person:jane-roe organization:general-assembly President'],
    [],
  ],
  [
    'On 4 June, Jane Roe, President of the General Assembly, opened the debate.',
    ['person:jane-roe organization:general-assembly President'],
    [],
  ],
  [
    'The Permanent Representative (PR) of Kenya – H.E. Mr. Jon Roe chaired the dialogue.',
    ['person:jon-roe organization:kenya Permanent Representative'],
    [],
  ],
  [
    'It opened with remarks from the Secretary-General (SG) of the International Telecommunication Union (ITU) Ms. Ana Sample followed by briefings.',
    ['person:ana-sample organization:itu Secretary-General'],
    [],
  ],
  // Negative: a list after the opening phrase is no post of its first name; another person after "and" holds no post.
  [
    'In the end, Jane Roe, Tom Sample and others left the room.',
    [],
    ['person:jane-roe organization:general-assembly President'],
  ],
  [
    'The Permanent Representative (PR) of Kenya and Ms. Ana Sample attended.',
    [],
    ['person:ana-sample organization:kenya Permanent Representative'],
  ],
];

describe('posts written around asides', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
