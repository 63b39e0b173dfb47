// A "Panel Members" roster under a "Co-chairs" label (rules/officer-lists.ts): a panel has two co-chairs, now and
// then three; a web copy that lost the roster's "Members" label leaves every name under "Co-chairs", and then the
// list says only who is a member. Lines paraphrase a panel's page; the people are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED' || e.type === 'MEMBER_OF')
    .map((e) => `${e.type} ${e.from} ${e.to}`);

const HEAD =
  'The High-level Panel on Digital Cooperation was convened by the Secretary-General.\nPanel Members\nCo-chairs\n';
const A = 'Ana Example (USA), Co-Chair of the Example Foundation\n';
const B = 'Ben Sample (Japan), Minister of Sample Affairs, Japan\n';
const C = 'Carla Model (Norway), Professor, Model University\n';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'two co-chairs, then the "Members" label',
    `${HEAD}${A}${B}Members\n${C}`,
    [
      'CHAIRED person:ana-example workinggroup:hlpdc',
      'CHAIRED person:ben-sample workinggroup:hlpdc',
      'MEMBER_OF person:carla-model workinggroup:hlpdc',
    ],
    ['CHAIRED person:carla-model workinggroup:hlpdc'],
  ],
  [
    'the "Members" label lost: three names under "Co-chairs" are members',
    `${HEAD}${A}${B}${C}`,
    [
      'MEMBER_OF person:ana-example workinggroup:hlpdc',
      'MEMBER_OF person:ben-sample workinggroup:hlpdc',
      'MEMBER_OF person:carla-model workinggroup:hlpdc',
    ],
    [
      'CHAIRED person:ana-example workinggroup:hlpdc',
      'CHAIRED person:ben-sample workinggroup:hlpdc',
      'CHAIRED person:carla-model workinggroup:hlpdc',
    ],
  ],
];

describe('a panel roster under "Co-chairs"', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
