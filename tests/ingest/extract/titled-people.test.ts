// People named by their post instead of an honorific (rules/titled-people.ts),
// with the body the post is in. Table of press-release sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
      .map((e) => `${e.type} ${e.from} ${e.to}`),
  ];
};

const CASES: [text: string, want: string[], not: string[]][] = [
  // A host country's head of government named by the post (a UN DESA page on an IGF annual meeting).
  [
    'The forum was opened by Secretary-General Jon Example and Chancellor Ana Sample.',
    ['person:jon-example', 'person:ana-sample'],
    [],
  ],
  ['Federal Chancellor Ana Sample welcomed the participants.', ['person:ana-sample'], []],
  // No name after the post: no person.
  ['The Chancellor Opened the Meeting.', [], ['person:opened-the-meeting']],
  [
    'The United Nations Secretary-General António Guterres on 12 July 2018 constituted a High-level Panel on Digital Cooperation.',
    ['person:antonio-guterres', 'AFFILIATED_WITH person:antonio-guterres organization:secretary-general'],
    [],
  ],
  [
    'UNCTAD Secretary-General Rebeca Grynspan opened the session.',
    ['AFFILIATED_WITH person:rebeca-grynspan organization:unctad'],
    ['AFFILIATED_WITH person:rebeca-grynspan organization:secretary-general'],
  ],
  [
    'The panel will be co-chaired by Melinda Gates, Co-Chair of the Bill & Melinda Gates Foundation, and Jack Ma, Executive Chairman of Alibaba Group.',
    [
      'CHAIRED person:melinda-gates organization:bill-and-melinda-gates-foundation',
      'AFFILIATED_WITH person:jack-ma organization:alibaba-group',
    ],
    ['AFFILIATED_WITH person:melinda-gates organization:jack-ma'],
  ],
  // The post of a country or body, then the name.
  [
    'In their letter, Permanent Representative of Sweden Anna Karin Example and Permanent Representative of Zambia Chola Example inform delegations.',
    [
      'AFFILIATED_WITH person:anna-karin-example organization:sweden',
      'AFFILIATED_WITH person:chola-example organization:zambia',
    ],
    [],
  ],
  [
    'The President of the General Assembly Dennis Example opened the debate.',
    ['AFFILIATED_WITH person:dennis-example organization:general-assembly'],
    [],
  ],
  // A regional commission's head is its Executive Secretary (IISD and ECLAC news).
  [
    'ESCAP Executive Secretary Jane Example noted that the region is diverse.',
    ['AFFILIATED_WITH person:jane-example organization:escap'],
    [],
  ],
  [
    'Remarks were made by Ana Example, Executive Secretary of ECLAC, and by the delegates.',
    ['AFFILIATED_WITH person:ana-example organization:eclac'],
    [],
  ],
  ['The Executive Secretary Office of ESCAP issued a note.', [], ['person:office-of-escap']],
  // A place before a post is no person; a post before one word is no name.
  ['The session was held in New York, President of the Assembly speaking first.', [], ['person:new-york']],
  ['President Lula opened the summit.', [], ['person:lula']],
  // A post before a body's name is not a person.
  ['The Director-General International Labour Office delegation spoke.', [], []],
];

describe('people named by their post', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = facts(text);
      if (want.length === 0 && not.length === 0)
        expect(got.filter((f) => f.startsWith('person:'))).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
