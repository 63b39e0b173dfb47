// IGF Parliamentary Track and IGF Leadership Panel pages (q71): a group named after "a"/"an" is a kind of
// group, not the one of set years the gazetteer knows (rules/indefinite-groups.ts), unless the words before
// set it up; an image's alternative text ("… Banner") titles no page (rules/title-furniture.ts); a speakers'
// bullet "• X, MP, <State>" names a member of parliament (rules/people-bullet-posts.ts, affiliation-parts.ts
// TITLE_WORDS); the Inter-Parliamentary Union is a known body (seeds/gazetteer/organizations.json). Names
// and texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const WGIG = 'workinggroup:wgig-2004-2005';

const GROUPS: [text: string, wgig: boolean][] = [
  // A parliament's own group: a kind of group.
  ['Years ago our parliament had a Working Group on Internet Governance, and I led it.', false],
  ['She chaired an informal Working Group on Internet Governance in the Senate.', false],
  // The known group, named as such, by its acronym, or set up.
  ['The Working Group on Internet Governance met in Geneva.', true],
  ['The report of the WGIG was presented in 2005.', true],
  ['The Secretary-General was asked to set up a Working Group on Internet Governance.', true],
  ['The Summit decided to establish a Working Group on Internet Governance.', true],
  ['The Summit decided to establish a new Working Group on Internet Governance.', true],
  ['The Summit announced the establishment of a Working Group on Internet Governance.', true],
];

const PAGE = (lines: string) => `Session page\n\nSpeakers\n\n${lines}\n\nSession report\n`;

const EDGES: [text: string, type: string, from: string, to: string, want: boolean][] = [
  [PAGE('  • Jana Sample, MP, Nepal'), 'AFFILIATED_WITH', 'person:jana-sample', 'organization:nepal', true],
  [
    PAGE('  • Jon Example, Senator, Argentina'),
    'AFFILIATED_WITH',
    'person:jon-example',
    'organization:argentina',
    true,
  ],
  [
    'My name is Jon Example. I work with the Inter-Parliamentary Union, the IPU, on the track.',
    'AFFILIATED_WITH',
    'person:jon-example',
    'organization:mp',
    false,
  ],
];

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

describe('a group of set years after "a"', () => {
  for (const [text, want] of GROUPS)
    it(`${want ? '' : 'no '}WGIG in ${JSON.stringify(text.slice(0, 60))}`, () =>
      expect(hasNode(extractText(text), WGIG)).toBe(want));
});

describe('members of parliament in a speakers list', () => {
  for (const [text, type, from, to, want] of EDGES)
    it(`${from} ${type} ${to}: ${want}`, () => expect(hasEdge(extractText(text), type, from, to)).toBe(want));
  it('makes no body "MP"', () =>
    expect(hasNode(extractText(PAGE('  • Jana Sample, MP, Nepal')), 'organization:mp')).toBe(false));
  it('keeps a post that is no seat in parliament a body when it is one', () =>
    expect(
      hasEdge(
        extractText(PAGE('  • Jana Sample, Member, European Parliament')),
        'AFFILIATED_WITH',
        'person:jana-sample',
        'organization:european-parliament',
      ),
    ).toBe(true));
});

describe('the Inter-Parliamentary Union', () => {
  for (const text of [
    'The track is run with the Inter-Parliamentary Union.',
    'The track is run with the Inter‑Parliamentary Union.',
    'The Secretariat, together with the Interparliamentary Union, developed the track.',
    'The IPU co-organised the roundtable.',
  ])
    it(JSON.stringify(text), () => expect(hasNode(extractText(text), 'organization:ipu')).toBe(true));
});

describe("an image's alternative text", () => {
  const CASES: [text: string, want: string | undefined][] = [
    [
      'Sample intro paragraph of the page, which tells of the track and its sessions at regional forums.\n\nParagraph\nSample Summit Banner\n\nSample roundtable took place with members of parliaments.',
      undefined,
    ],
    [
      'Sample Forum Logo\n\nSample Forum Opens Its Tenth Meeting\n\nThe Forum opened its meeting.',
      'Sample Forum Opens Its Tenth Meeting',
    ],
    [
      'Parliamentary Track at the Sample Forum\n\nThe track held sessions.',
      'Parliamentary Track at the Sample Forum',
    ],
  ];
  for (const [text, want] of CASES) it(`title ${JSON.stringify(want)}`, () => expect(title(text)).toBe(want));
});

// A gathering's name goes on over who gathers to its topic (rules/meeting-name-grammar.ts WHO).
describe('a summit of parliamentarians', () => {
  const meetings = (text: string) =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Meeting')
      .map((n) => n.name);
  const CASES: [text: string, want: string][] = [
    [
      'The Sample Chamber hosts the First Regional Summit of Parliamentarians on Artificial Intelligence in Sample City from 13 to 14 June 2030.',
      'First Regional Summit of Parliamentarians on Artificial Intelligence',
    ],
    [
      'A Meeting of Experts on Data Governance was held in Geneva on 3 May 2030.',
      'Meeting of Experts on Data Governance',
    ],
    // Not a body of people that is no gatherers' kind: the name stops at the noun.
    ['The Regional Summit of Sampleland was held in Sample City on 3 May 2030.', 'Regional Summit'],
  ];
  for (const [text, want] of CASES) it(want, () => expect(meetings(text)).toContain(want));
});

// Where the speaker of a transcript turn works (rules/self-affiliations.ts).
describe('a speaker saying where they work', () => {
  const HEAD = 'IGF 2030 - Day 2 - Closing remarks\n\n';
  const affiliated = (text: string) =>
    extractText(`${HEAD}${text}`)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to}`);
  const CASES: [text: string, want: string[]][] = [
    [
      '>> JON EXAMPLE:  Good afternoon.  My name is Jon Example.  I work with the Inter-Parliamentary Union, the IPU, and we are here.',
      ['person:jon-example organization:ipu'],
    ],
    [
      '>> ANA SAMPLE:  Thank you.  I work for the Internet Society in Geneva.',
      ['person:ana-sample organization:isoc'],
    ],
    [
      ">> ANA SAMPLE:  Thank you.  I'm from the IGF Secretariat.",
      ['person:ana-sample organization:igf-secretariat'],
    ],
    // Where they come from is no body they work for; nor words they report; nor people they work with.
    [">> ANA SAMPLE:  Thank you.  I'm from Kenya and I sit in its parliament.", []],
    ['>> ANA SAMPLE:  Thank you.  The delegate said: I work for the Internet Society.', []],
    ['>> ANA SAMPLE:  Thank you.  I work with young people in schools.', []],
    // No turn, no speaker.
    ['Thank you.  I work for the Internet Society.', []],
  ];
  for (const [text, want] of CASES)
    it(JSON.stringify(text.slice(14, 80)), () => expect(affiliated(text)).toEqual(want));
});

// A body named after a sovereign in a speakers' chain (rules/affiliation-parts.ts ROYAL_NAMED).
describe('a body named after a sovereign', () => {
  const bullet = (line: string) => `Session page\n\nSpeakers\n\n  • ${line}\n\nSession report\n`;
  const CASES: [line: string, to: string, want: boolean][] = [
    [
      'Ana Sample, Assistant Professor of Law, King Sample University',
      'organization:king-sample-university',
      true,
    ],
    ['Ana Sample, Researcher, Queen Example Foundation', 'organization:queen-example-foundation', true],
    // A royal post is still a post: no body "King of Sampleland".
    ['Ana Sample, Adviser, King of Sampleland', 'organization:king-of-sampleland', false],
  ];
  for (const [line, to, want] of CASES)
    it(line, () =>
      expect(hasEdge(extractText(bullet(line)), 'AFFILIATED_WITH', 'person:ana-sample', to)).toBe(want),
    );
});

// A post the speaker says they hold in a body (rules/self-affiliations.ts SELF_POST).
describe('a speaker saying which post they hold', () => {
  const HEAD = 'IGF 2030 - Day 4 - Open Microphone\n\n';
  const titled = (text: string) =>
    extractText(`${HEAD}${text}`)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim());
  const CASES: [text: string, want: string[]][] = [
    [
      ">> JON EXAMPLE: Good afternoon. So my name is Jon Example, and I'm head of the IGF Secretariat.",
      ['person:jon-example organization:igf-secretariat Head'],
    ],
    [
      '>> ANA SAMPLE: I am the executive director of the Internet Society, and I thank you.',
      ['person:ana-sample organization:isoc Executive Director'],
    ],
    // The turn goes on in the paragraphs under its label, up to the next label.
    [
      ">> JON EXAMPLE: Good afternoon, ladies and gentlemen.\n\nSo my name is Jon Example, and I'm head of the IGF Secretariat.\n\n>> ANA SAMPLE: Thank you.",
      ['person:jon-example organization:igf-secretariat Head'],
    ],
    // Not under a label that names nobody.
    [">> HOST: Please welcome the panel.\n\nI'm head of the IGF Secretariat.", []],
    // A post in a State, and a post of someone else, are no claim of the speaker's.
    [">> ANA SAMPLE: I'm head of Kenya's delegation.", []],
    ['>> ANA SAMPLE: She told me: I am the director of the Internet Society.', []],
  ];
  for (const [text, want] of CASES)
    it(JSON.stringify(text.slice(14, 80)), () => expect(titled(text)).toEqual(want));
});

// A State's post keeps its portfolio (rules/affiliation-state-posts.ts).
describe("a State's post", () => {
  const title = (text: string, to: string) =>
    extractText(text).edges.find(
      (e) => e.type === 'AFFILIATED_WITH' && e.from === 'person:jon-example' && e.to === to,
    )?.properties.title;
  const CASES: [text: string, to: string, want: string][] = [
    [
      'Mr. Jon Example, Minister of Communication and Information Technology of the Government of the Kingdom of Saudi Arabia, opened the Forum.',
      'organization:saudi-arabia',
      'Minister of Communication and Information Technology',
    ],
    [
      'Mr. Jon Example, Minister of Foreign Affairs of Kenya, spoke.',
      'organization:kenya',
      'Minister of Foreign Affairs',
    ],
    ['Mr. Jon Example, Ambassador of Kenya, spoke.', 'organization:kenya', 'Ambassador'],
    [
      'Mr. Jon Example, Permanent Representative of Kenya to the United Nations, spoke.',
      'organization:kenya',
      'Permanent Representative',
    ],
  ];
  for (const [text, to, want] of CASES) it(want, () => expect(title(text, to)).toBe(want));
});

// The posts before a State are the State's, not the next body's (rules/affiliation-claims.ts).
describe('a post before a State', () => {
  const edges = (line: string) =>
    extractText(`Session page\n\nSpeakers\n\n  • ${line}\n\nSession report\n`)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.to} ${e.properties.title ?? ''}`.trim())
      .sort();
  it('MP of Nepal, then a committee', () =>
    expect(edges('Jana Sample, MP, Nepal, Sample Human Rights Committee')).toEqual([
      'organization:nepal MP',
      'organization:sample-human-rights-committee',
    ]));
});
