// Members named to an advisory body in an appointment notice (rules/appointment-posts.ts): "as a member of
// <body>" is MEMBER_OF that body (an Organization or a WorkingGroup), not an affiliation titled "a member of …";
// other posts keep their titled affiliation or chair role. Names are invented; the sentence shapes are the UN's.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SG =
  'United Nations Secretary-General Jon Sample announced today the appointment of Ana Example of Chile as ';

const edges = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.from === 'person:ana-example')
    .map((e) => `${e.type} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

const CASES: [name: string, post: string, want: string[], not: string[]][] = [
  [
    'a member of a body',
    'a member of the Internet Governance Forum Leadership Panel.',
    ['MEMBER_OF organization:igf-leadership-panel'],
    ['AFFILIATED_WITH organization:igf-leadership-panel'],
  ],
  [
    'a member of a working group',
    'a member of the High-level Advisory Body on Artificial Intelligence.',
    ['MEMBER_OF workinggroup:hlab-ai'],
    [],
  ],
  [
    'one of the members',
    'one of the members of the Multistakeholder Advisory Group.',
    ['MEMBER_OF organization:igf-mag'],
    ['AFFILIATED_WITH organization:igf-mag'],
  ],
  // Not a member's post: a titled affiliation or a chair, as before.
  [
    'a head of a body',
    'Director-General of the United Nations Educational, Scientific and Cultural Organization (UNESCO).',
    [
      'AFFILIATED_WITH organization:unesco Director-General of the United Nations Educational, Scientific and Cultural Organization (UNESCO)',
    ],
    ['MEMBER_OF'],
  ],
  [
    'a chair',
    'Chair of the Multistakeholder Advisory Group.',
    ['CHAIRED organization:igf-mag'],
    ['MEMBER_OF', 'AFFILIATED_WITH organization:igf-mag'],
  ],
  [
    'no working group for a post that is not a member’s',
    'Special Adviser to the High-level Advisory Body on Artificial Intelligence.',
    [],
    ['AFFILIATED_WITH workinggroup:hlab-ai', 'MEMBER_OF'],
  ],
];

describe('appointments: a member of an advisory body', () => {
  for (const [name, post, want, not] of CASES)
    it(name, () => {
      const got = edges(SG + post);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
