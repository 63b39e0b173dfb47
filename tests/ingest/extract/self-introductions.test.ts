// What a speaker says of themself in a transcript turn (rules/self-introductions.ts): "I'm the chair of
// <body>" is the turn's speaker's chair; "I'm <Full Name>." under a role-and-surname label names them.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'IGF 2019 Second Open Consultations\n\n';

const facts = (text: string): string[] =>
  extractText(`${HEAD}${text}`)
    .edges.filter((e) => e.type === 'CHAIRED' || e.type === 'SPOKE_AT')
    .map((e) => `${e.type} ${e.from} ${e.to}${e.properties.role ? ` ${e.properties.role}` : ''}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "the labelled speaker's chair",
    '>> ANA EXAMPLE: Good morning. I am the vice-chair of the Multistakeholder Advisory Group, and we can start.',
    [
      'CHAIRED person:ana-example organization:igf-mag Vice-Chair',
      'SPOKE_AT person:ana-example meeting:igf-14',
    ],
  ],
  [
    'a role-and-surname label: the full name said in the turn, then the chair',
    ">>CHAIR EXAMPLE: Good morning. I'm Ana Example. I'm the chair of the Internet Governance Forum Multistakeholder Advisory Group.",
    ['CHAIRED person:ana-example organization:igf-mag Chair', 'SPOKE_AT person:ana-example meeting:igf-14'],
  ],
  [
    'not a name that does not end with the label surname',
    ">>CHAIR EXAMPLE: Good morning. I'm Very Glad. I'm the chair of the Multistakeholder Advisory Group.",
    [],
  ],
  [
    'not words reported from someone else',
    '>> ANA EXAMPLE: Good morning. The delegate told us: I am the chair of the Multistakeholder Advisory Group.',
    ['SPOKE_AT person:ana-example meeting:igf-14'],
  ],
  [
    'not a turn whose label names nobody',
    ">> MODERATOR: Good morning. I'm the chair of the Multistakeholder Advisory Group.",
    [],
  ],
  [
    'not outside a transcript turn',
    "Ms. Ana Example wrote: I'm the chair of the Multistakeholder Advisory Group.",
    [],
  ],
];

describe('self-introductions in transcript turns', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(facts(text)).toEqual(want);
    });
});
