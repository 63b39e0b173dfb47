// A post written after one name is that name's, not the next name's (rules/post-of-name-before.ts): glued to
// the name where a web page lost the space ("Mr. X ZhaoSecretary-General of ITU & Co-Vice Chair of the
// Commission, H.E. Ms. Y", a Broadband Commission briefing page), or joined to a first post by "&" or "and".
// The post before a name alone ("the Chair of the Commission, Ms. Y") stays Y's. Texts are invented.

import { describe, expect, it } from 'vitest';
import { postOfNameBefore } from '../../../ingest/extract/rules/post-of-name-before.ts';
import { extractText } from './helpers.ts';

const CSTD = 'Commission on Science and Technology for Development';
const facts = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED' || e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.type} ${e.from} ${e.to}`)
    .sort();

const CASES: [string, string[], string[]][] = [
  [
    `Speakers included Mr. Jan SampleSecretary-General of ITU & Vice Chair of the ${CSTD}, Ms. Ana Example, Minister.`,
    ['CHAIRED person:jan-sample organization:cstd'],
    ['CHAIRED person:ana-example organization:cstd'],
  ],
  [
    `Speakers included Ms. Eva SampleDirector of the Example Bureau & Executive Director of the ${CSTD}, Dr. Tom Example.`,
    [],
    ['AFFILIATED_WITH person:tom-example organization:cstd'],
  ],
  // Negative: the post after a verb or at the sentence's start is the next name's.
  [
    `The Chair of the ${CSTD}, Ms. Ana Example, opened the session.`,
    ['CHAIRED person:ana-example organization:cstd'],
    [],
  ],
  [
    `Mr. Jan Sample thanked the Executive Director of the ${CSTD}, Dr. Tom Example.`,
    ['AFFILIATED_WITH person:tom-example organization:cstd'],
    [],
  ],
];

describe('a post after a name', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  it.each([
    ['', true],
    [' ', true],
    [', the ', true],
    ['Director of X & ', true],
    [', Minister of X and the ', true],
    [' and ', false],
    [' thanked the ', false],
    [', who thanked the ', false],
  ])('between %j', (between, want) => expect(postOfNameBefore(between)).toBe(want));
});
