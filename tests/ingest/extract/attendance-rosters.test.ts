// Attendance and rosters in meeting reports and appointment notices (IGF MAG summaries, ITU Council reports,
// a CSTD panel's "Organization of work", IGF Leadership Panel notices): who represented whom, who was a
// member, who chaired. Sentences are paraphrased in the genre's style; names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const PANEL = 'The Secretary-General has established the IGF Leadership Panel to support the Forum.\n\n';
const NAMES = ['Jan Alder', 'Ana Birch', 'Tom Cedar', 'Eva Dogwood', 'Max Elmwood', 'Ida Fernhill'];
const STATES = ['Estonia', 'Austria', 'Denmark', 'Mexico', 'Philippines and the USA', 'Nigeria'];
const roster = (names: readonly string[], hon: string) =>
  names.map((n, i) => `${hon}${n} from ${STATES[i % STATES.length]}`).join(', ');

// rules/member-rosters.ts: a roster sentence past one quote is quoted in pieces that follow each other.
describe('long roster sentences', () => {
  const LONG = `${PANEL}The members of the Leadership Panel are ${roster([...NAMES, ...NAMES.map((n) => `${n}son`)], 'Mr. ')}, Ms. Uma Gorse from the Republic of Korea, and Mr. Leo Hazel from China.`;
  const member = (text: string, who: string) =>
    extractText(text).edges.find(
      (e) => e.type === 'MEMBER_OF' && e.from === who && e.to === 'organization:igf-leadership-panel',
    );
  const CASES: [name: string, text: string, who: string, pieces: number | undefined][] = [
    ['the first member: one quote', LONG, 'person:jan-alder', 1],
    ['the last member, past 300 characters: two pieces', LONG, 'person:leo-hazel', 2],
    [
      'too far for three pieces: left out',
      `${PANEL}The members of the Leadership Panel are ${roster(
        ['', 'son', 'ley', 'ton', 'by'].flatMap((x) => NAMES.map((n) => `${n}${x}`)),
        'Mr. ',
      )}, and Mr. Leo Hazel from China.`,
      'person:leo-hazel',
      undefined,
    ],
    [
      'a name no comma brings within reach: left out',
      `${PANEL}The members of the Leadership Panel are Mr. Jan Alder from Estonia and ${'a very long description of his many posts '.repeat(8)}and Mr. Leo Hazel.`,
      'person:leo-hazel',
      undefined,
    ],
  ];
  for (const [name, text, who, pieces] of CASES)
    it(name, () => {
      const e = member(text, who);
      if (pieces === undefined) return expect(e).toBeUndefined();
      expect(e?.sources.length).toBe(pieces);
      const quotes = e!.sources.map((s) => s.quote);
      for (const q of quotes) expect(q.length).toBeLessThanOrEqual(300);
      expect(quotes[0]).toContain('members of the Leadership Panel are');
      // The pieces, one after the other, are the sentence word for word.
      expect(text.replace(/\s+/g, ' ')).toContain(quotes.join(' '));
    });
});

describe('a roster with the body noun in lower case', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${PANEL}Other members of the panel are Jan Alder from Estonia, Ana Birch from Austria and Tom Cedar from Denmark.`,
      ['person:jan-alder', 'person:ana-birch', 'person:tom-cedar'],
      [],
    ],
    [`${PANEL}The members of the panel are Mr. Jan Alder from Estonia.`, ['person:jan-alder'], []],
    [`${PANEL}The members of the panel are invited to write to Mr. Jan Alder.`, [], ['person:jan-alder']],
    // A lower-case noun no body of the text ends in refers to none.
    [
      'The Secretary-General met the press.\n\nThe members of the panel are Mr. Jan Alder from Estonia.',
      [],
      ['person:jan-alder'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const g = extractText(text);
      for (const w of want)
        expect(hasEdge(g, 'MEMBER_OF', w, 'organization:igf-leadership-panel')).toBe(true);
      for (const n of not) expect(g.edges.some((e) => e.type === 'MEMBER_OF' && e.from === n)).toBe(false);
    });
});

// rules/affiliation-after.ts: a known body's full name runs on through " and".
describe('represented a body whose name holds "and"', () => {
  const HEAD = 'Summary Report\n\n1. The MAG meeting took place on 3 May 2020. ';
  const CASES: [text: string, want: [string, string][], not: [string, string][]][] = [
    [
      'Mr. Jan Alder represented the United Nations Department of Economic and Social Affairs (UN DESA).',
      [['person:jan-alder', 'organization:un-desa']],
      [],
    ],
    [
      'Ms. Ana Birch represented the United Nations Department of Economic and Social Affairs.',
      [['person:ana-birch', 'organization:un-desa']],
      [],
    ],
    [
      'Mr. Jan Alder represented the IGF Secretariat and Ms. Ana Birch represented Estonia.',
      [
        ['person:jan-alder', 'organization:igf-secretariat'],
        ['person:ana-birch', 'organization:estonia'],
      ],
      [['person:jan-alder', 'organization:estonia']],
    ],
    [
      'Mr. Jan Alder from Estonia and Ms. Ana Birch spoke.',
      [['person:jan-alder', 'organization:estonia']],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const g = extractText(HEAD + text);
      for (const [a, b] of want) expect(hasEdge(g, 'AFFILIATED_WITH', a, b)).toBe(true);
      for (const [a, b] of not) expect(hasEdge(g, 'AFFILIATED_WITH', a, b)).toBe(false);
    });
});

// rules/people.ts: initials before the surname, after an honorific.
describe('names written with initials', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    ['The Plenary meetings were chaired by Mr. R.N. Example, Chairman, India.', ['person:r-n-example'], []],
    ['Chairman: Dr E. Sample (Italy)', ['person:e-sample'], []],
    ['Ms. A. B. Sample represented the IGF Secretariat.', ['person:a-b-sample'], []],
    ['The samples held E. Coli and B. Subtilis.', [], ['person:e-coli', 'person:b-subtilis']],
    ['The report of Dr. E. was read.', [], ['person:e']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const g = extractText(`Report\n\n1. ${text}\n`);
      for (const w of want) expect(hasNode(g, w)).toBe(true);
      for (const n of not) expect(hasNode(g, n)).toBe(false);
    });
});

// rules/affiliation.ts: a second officer joined by "with" ends the first one's post.
describe('two officers joined by "with"', () => {
  it('keeps the State whole', () => {
    const g = extractText(
      'Report\n\n1. The Plenary meetings were chaired by Mr. Jan Alder, Chairman, India with Mr. Tom Cedar, Vice Chairman, Mexico.\n',
    );
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:jan-alder', 'organization:india')).toBe(true);
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:tom-cedar', 'organization:mexico')).toBe(true);
    expect(g.nodes.some((n) => /with/i.test(n.name) && n.type === 'Organization')).toBe(false);
  });
});

// rules/collective-nouns.ts: "United Nations entities" is a class of bodies, not the United Nations.
describe('attendance by classes of bodies', () => {
  const HEAD =
    'Commission on Science and Technology for Development\nTwenty-first session\nGeneva, 14–18 May 2018\n\n1. ';
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The session was attended by representatives of United Nations entities and other international organizations.',
      [],
      ['organization:united-nations'],
    ],
    [
      'The session was attended by representatives of United Nations entities, UNESCO and ITU.',
      ['organization:unesco', 'organization:itu'],
      ['organization:united-nations'],
    ],
    ['The representative of UNESCO said that access mattered.', ['organization:unesco'], []],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const g = extractText(HEAD + text);
      const spoke = g.edges.filter((e) => e.type === 'SPOKE_AT').map((e) => e.from);
      for (const w of want) expect(spoke).toContain(w);
      for (const n of not) expect(spoke).not.toContain(n);
    });
});

// rules/represented-by.ts: a known body, "was represented by", then the people, with or without an honorific.
describe('a body represented by people', () => {
  const HEAD = 'Summary Report\n\n1. The meeting took place on 3 May 2020. ';
  const CASES: [text: string, want: [string, string][], not: string[]][] = [
    [
      'UNESCO was represented by Ana Birch, Director of a division.',
      [['person:ana-birch', 'organization:unesco']],
      [],
    ],
    [
      'The United Nations Department of Economic and Social Affairs was represented by Eva Dogwood and Max Elmwood.',
      [
        ['person:eva-dogwood', 'organization:un-desa'],
        ['person:max-elmwood', 'organization:un-desa'],
      ],
      [],
    ],
    ['Brazil was represented by Mr. Jan Alder.', [['person:jan-alder', 'organization:brazil']], []],
    [
      'IFLA will be represented by Tom Cedar, its Deputy Secretary General.',
      [['person:tom-cedar', 'organization:ifla']],
      [],
    ],
    // No body named before the verb, a post, a State, a body's name, lower-case words: no one.
    ['The Host Country was represented by Leo Gorse.', [], ['person:leo-gorse']],
    ['ITU was represented by Director-General Uma Hazel.', [], ['person:director-general-uma-hazel']],
    ['Africa was represented by Kenya and Nigeria.', [], ['person:kenya', 'person:kenya-and-nigeria']],
    ['UNESCO was represented by Sampleton University.', [], ['person:sampleton-university']],
    ['UNESCO was represented by its Director.', [], ['person:its-director']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const g = extractText(HEAD + text);
      for (const [a, b] of want) expect(hasEdge(g, 'AFFILIATED_WITH', a, b)).toBe(true);
      for (const n of not) expect(hasNode(g, n)).toBe(false);
      // Beside a post, the name is titled-people.ts's; only bare words are this rule's.
      if (want.length === 0 && !text.includes('Director-General'))
        expect(g.nodes.filter((n) => n.type === 'Person')).toEqual([]);
    });
});

// rules/attended-by.ts: names with their Member State in brackets after "was attended by".
describe('attended by people of States', () => {
  const HEAD =
    'Expert meeting on data\nGeneva, 3–4 May 2020\n\n1. The meeting was held in Geneva on 3 and 4 May 2020.\n\n2. ';
  const CASES: [text: string, want: [string, string][], not: string[]][] = [
    [
      'The meeting was attended by Ida Fernhill (Estonia), Leo Gorse (Chile) and Ms. Uma Hazel (Kenya).',
      [
        ['person:ida-fernhill', 'organization:estonia'],
        ['person:leo-gorse', 'organization:chile'],
        ['person:uma-hazel', 'organization:kenya'],
      ],
      [],
    ],
    ['The meeting was attended by members of the Commission.', [], []],
    [
      'It was attended by Tom Cedar (Geneva) and Eva Dogwood.',
      [],
      ['person:tom-cedar', 'person:eva-dogwood'],
    ],
    ['It was attended by Eva Dogwood and Max Elmwood.', [], ['person:eva-dogwood', 'person:max-elmwood']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const g = extractText(HEAD + text);
      for (const [a, b] of want) {
        expect(hasEdge(g, 'AFFILIATED_WITH', a, b)).toBe(true);
        expect(g.edges.some((e) => e.type === 'PARTICIPATED_IN' && e.from === a)).toBe(true);
      }
      for (const n of not) expect(hasNode(g, n)).toBe(false);
    });
});
