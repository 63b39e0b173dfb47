// The IGF's intersessional work (q85): Best Practice Forums, Policy Networks, Dynamic Coalitions. A speaker's
// own words in a captioning turn ("I'm a MAG member", "I am actually consultant with the IGF Secretariat",
// "I'm with the Secretariat as consultant": rules/self-memberships.ts, self-affiliations.ts); a team page's
// label line over honorific names ("Consultant IGF Secretariat" / "• Mr A": rules/staff-list-labels.ts); the
// Policy Networks on AI and on Environment as known groups (seeds/gazetteer/un-system.json); "with X
// representing the IGF Secretariat" (rules/representing-body.ts). Names and texts
// are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'IGF 2022 Day 2 Policy Network Session\n\n';

const facts = (text: string, types: string[]): string[] =>
  extractText(text)
    .edges.filter((e) => types.includes(e.type))
    .map((e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`)
    .sort();

const TURNS: [name: string, text: string, want: string[]][] = [
  [
    'a body named before "member"',
    ">> ANA EXAMPLE: My name is Ana Example. I'm a MAG member but also one of the co-facilitators.",
    ['MEMBER_OF person:ana-example organization:igf-mag'],
  ],
  [
    '"a member of the" body',
    '>> ANA EXAMPLE: Good morning. I am also a member of the Multistakeholder Advisory Group.',
    ['MEMBER_OF person:ana-example organization:igf-mag'],
  ],
  [
    '"on the" body',
    '>> ANA EXAMPLE: Thank you. I am also on the MAG, and I will moderate.',
    ['MEMBER_OF person:ana-example organization:igf-mag'],
  ],
  ['not a former member', ">> ANA EXAMPLE: Thank you. I'm a former MAG member.", []],
  [
    'not words before "member" that are more than a body',
    ">> ANA EXAMPLE: Hello. I'm a proud and active MAG member.",
    [],
  ],
  ['not a Member State', '>> ANA EXAMPLE: Hello. I am a member of the Kenya delegation here.', []],
  [
    'not words reported from someone else',
    '>> ANA EXAMPLE: Hello. My colleague said: I am a member of the MAG.',
    [],
  ],
  ['not outside a turn', 'Ana Example wrote that I am a member of the MAG.', []],
  [
    'a consultant post after an adverb, with "with"',
    '>> BOB SAMPLE: Thank you. My name is Bob Sample. I am actually consultant with the IGF Secretariat.',
    ['AFFILIATED_WITH person:bob-sample organization:igf-secretariat Consultant'],
  ],
  [
    '"the Secretariat" after "I\'m with", the post after it',
    ">> BOB SAMPLE: Thank you. The network is supported by the IGF Secretariat and I'm with the Secretariat as consultant.",
    ['AFFILIATED_WITH person:bob-sample organization:igf-secretariat Consultant'],
  ],
  [
    'not a consultant with no body named',
    ">> BOB SAMPLE: Thank you. I'm a consultant with many clients.",
    [],
  ],
];

describe('what a speaker says of their own bodies', () => {
  for (const [name, text, want] of TURNS)
    it(name, () => {
      expect(facts(`${HEAD}${text}`, ['MEMBER_OF', 'AFFILIATED_WITH'])).toEqual(want);
    });
});

const PAGE = (list: string) => `BPF Example Topic\n\nBPF Coordinating team\n${list}\n\ncontact the BPF\n`;

const LISTS: [name: string, list: string, want: string[]][] = [
  [
    'a bulleted label of a staff post and a body, its people one level in',
    '  • Consultant IGF Secretariat\n    • Mr Bob Sample',
    ['AFFILIATED_WITH person:bob-sample organization:igf-secretariat Consultant'],
  ],
  [
    'a label of the body alone, two people',
    'IGF Secretariat\n  • Ms Ana Example\n  • Mr Bob Sample',
    [
      'AFFILIATED_WITH person:ana-example organization:igf-secretariat',
      'AFFILIATED_WITH person:bob-sample organization:igf-secretariat',
    ],
  ],
  [
    'not a label naming a group and the body people come from',
    '  • MAG BPF co-facilitators\n    • Ms Ana Example',
    [],
  ],
  ['not a label with no body', '  • Lead experts\n    • Ms Ana Example', []],
  ['not a Member State', 'Kenya\n  • Ms Ana Example', []],
  ['not people at the same level as a bulleted label', '  • IGF Secretariat\n  • Ms Ana Example', []],
  [
    'not a line holding more than a name',
    'IGF Secretariat\n  • Ms Ana Example, who will open the session',
    [],
  ],
];

describe('people listed under a label naming their body', () => {
  for (const [name, list, want] of LISTS)
    it(name, () => {
      expect(facts(PAGE(list), ['AFFILIATED_WITH', 'MEMBER_OF'])).toEqual(want);
    });
});

const GROUPS: [text: string, id: string][] = [
  ['The Policy Network on Artificial Intelligence (PNAI) published its report.', 'workinggroup:igf-pnai'],
  ['The IGF Policy Network on Environment held a session.', 'workinggroup:igf-pne'],
  ['The Policy Network on Environment and Digitalisation published its report.', 'workinggroup:igf-pne'],
];

describe('the Policy Networks on AI and on Environment are known groups', () => {
  for (const [text, id] of GROUPS)
    it(text, () => {
      expect(extractText(text).nodes.some((n) => n.id === id)).toBe(true);
    });
  it('not a policy network on another topic', () => {
    const ids = extractText('A Policy Network on Artificial Limbs was proposed.').nodes.map((n) => n.id);
    expect(ids.filter((x) => x.startsWith('workinggroup:igf-pn'))).toEqual([]);
  });
});

const REPORT = (s: string) =>
  `Summary Report\n\n1. The coordination meeting took place on 14 November 2018. ${s}\n`;

const REPRESENTING: [name: string, sentence: string, want: string[]][] = [
  [
    'a bare name after "with"',
    'The meeting was facilitated by the coalition, with Eleonora Example representing the IGF Secretariat.',
    ['AFFILIATED_WITH person:eleonora-example organization:igf-secretariat'],
  ],
  [
    'a name with an honorific, between commas',
    'Ms. Ana Example, representing the IGF Secretariat, opened the meeting.',
    ['AFFILIATED_WITH person:ana-example organization:igf-secretariat'],
  ],
  ['not a bare name without "with"', 'Then Eleonora Example representing the IGF Secretariat spoke.', []],
  ['not "representing" no body', 'Ms. Ana Example, representing a third of all users, spoke.', []],
  ['not a body that is no name', 'The coalitions, representing the IGF Secretariat, met.', []],
];

describe('a person representing a body', () => {
  for (const [name, sentence, want] of REPRESENTING)
    it(name, () => {
      expect(facts(REPORT(sentence), ['AFFILIATED_WITH'])).toEqual(want);
    });
});
