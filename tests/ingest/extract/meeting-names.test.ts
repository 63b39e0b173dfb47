// Meetings named in running text (rules/meetings.ts, meetings-named.ts): the
// forms that name an IGF edition and the ones that only look like it, meetings
// of a session that must not nest under each other, and gatherings whose name
// must stop before the verb or must not be taken from a body's name.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  ['The 18th IGF was held in Kyoto in October 2023.', ['meeting:igf-18'], []],
  [
    'The main task of the Advisory Group is to prepare the eleventh meeting of the Internet Governance Forum, which is to take place in Mexico in November 2016.',
    ['meeting:igf-11'],
    [],
  ],
  // The sixth virtual meeting of the MAG, not the sixth IGF.
  [
    'The sixth IGF Virtual MAG Meeting of the 2016 IGF preparatory cycle took place on 30 August 2016.',
    [],
    ['meeting:igf-6'],
  ],
  // Each meeting belongs to the session, never to the meeting before it.
  [
    'The Commission on Science and Technology for Development held its twenty-first session in Geneva from 14 to 18 May 2018. The third meeting was held on 15 May 2018. The fourth meeting was held on 16 May 2018.',
    ['meeting:cstd-21', 'meeting:cstd-21-3', 'meeting:cstd-21-4'],
    ['meeting:cstd-21-3-4'],
  ],
  // "Conference" inside a body's name is not a gathering.
  [
    'The 14th session of the Commission on Science and Technology for Development of the UN Conference on Trade and Development (UNCTAD) convened from 23-27 May 2011, in Geneva.',
    ['meeting:cstd-14'],
    ['meeting:un-conference-on-trade-and-development-2011-05-23'],
  ],
  // The name of a gathering stops at its verb.
  [
    'The high-level event on WSIS+20 took place on 3 May 2024 in Geneva.',
    ['meeting:high-level-event-on-wsis+20-2024-05-03'],
    ['meeting:high-level-event-on-wsis+20-took-place-2024-05-03'],
  ],
  // Not from inside a hyphenated word.
  [
    'The Panel will hold its in-person meeting on 20 September 2018 in New York.',
    [],
    ['meeting:person-meeting-2018-09-20', 'meeting:-person-meeting-2018-09-20'],
  ],
  // A summit named like a process is still a gathering.
  [
    'The second phase of the World Summit on the Information Society took place in Tunis in November 2005.',
    ['meeting:world-summit-on-the-information-society-2005-11'],
    [],
  ],
  // A yearly edition with its host city between, or written as one word; numbered from the IGF's first year.
  ['The 18th IGF was held in Kyoto. IGF 2023 was a success.', ['meeting:igf-18'], ['meeting:igf-2023']],
  // A yearly edition with its host city between, or written as one word.
  [
    'The IGF Kyoto 2023 meeting was a success. The host country Co-Chair of IGF2023 summarized it. IGF 2024 met in Riyadh.',
    ['meeting:igf-18', 'meeting:igf-19'],
    ['meeting:igf-kyoto-2023', 'meeting:igf-2023', 'meeting:igf-2024'],
  ],
];

describe('meetings named in running text', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});

describe('past editions listed with their places', () => {
  const TEXT =
    "The Internet Governance Forum is an outcome of the World Summit on the Information Society. The Forum's past three meetings took place in Athens, Greece, in November 2006; Rio de Janeiro, Brazil, in November 2007; and Hyderabad, India, in December 2008.";
  const g = extractText(TEXT);
  const node = (id: string) => g.nodes.find((n) => n.id === id);
  it('each edition by its year, with city, country and month', () => {
    expect(node('meeting:igf-1')?.properties).toMatchObject({
      startDate: '2006-11',
      city: 'Athens',
      country: 'Greece',
    });
    expect(node('meeting:igf-2')?.properties).toMatchObject({ startDate: '2007-11', city: 'Rio de Janeiro' });
    expect(node('meeting:igf-3')?.properties).toMatchObject({
      startDate: '2008-12',
      city: 'Hyderabad',
      country: 'India',
    });
  });
  it('a place and a date are not a name of the meeting', () =>
    expect(node('meeting:igf-1')?.aliases.some((a) => a.includes('Athens'))).toBe(false));
  it('an edition quotes the head of the list with its item: the item alone does not say what it is', () => {
    const q = node('meeting:igf-2')?.sources[0]?.quote;
    expect(q).toBe(
      "The Forum's past three meetings took place in Athens, Greece, in November 2006; Rio de Janeiro, Brazil, in November 2007;",
    );
  });
  // An item whose quote cannot reach the list's head ("and Hyderabad, India, in December 2008.") does not
  // say whose edition it is: no node, PART_OF or SUCCEEDS cites it; named elsewhere, the edition stays.
  const LONG = TEXT.replace('Athens, Greece,', `Athens, Greece${', Attica'.repeat(20)},`);
  const NAMED = `${LONG} The IGF 2008 was a success.`;
  const NODES: [text: string, id: string, quote: string | undefined][] = [
    [TEXT, 'meeting:igf-3', TEXT.slice(TEXT.indexOf("The Forum's"))],
    [LONG, 'meeting:igf-2', LONG.slice(LONG.indexOf("The Forum's"), LONG.indexOf(' and Hyderabad'))],
    [LONG, 'meeting:igf-3', undefined],
    [NAMED, 'meeting:igf-3', 'The IGF 2008 was a success.'],
  ];
  for (const [text, id, quote] of NODES)
    it(`${quote ? '' : 'no '}${id}${text === LONG ? ' (long list)' : text === NAMED ? ' (long list, named)' : ''}`, () => {
      const n = extractText(text).nodes.find((x) => x.id === id);
      expect(n?.sources.map((x) => x.quote)).toEqual(quote ? [quote] : undefined);
    });
  const EDGES: [text: string, edge: string, shown: boolean][] = [
    [TEXT, 'PART_OF meeting:igf-3 process:igf', true],
    [TEXT, 'SUCCEEDS meeting:igf-3 meeting:igf-2', true],
    [LONG, 'PART_OF meeting:igf-2 process:igf', true],
    [LONG, 'PART_OF meeting:igf-3 process:igf', false],
    [LONG, 'SUCCEEDS meeting:igf-3 meeting:igf-2', false],
  ];
  for (const [text, edge, shown] of EDGES)
    it(`${shown ? '' : 'no '}${edge}${text === LONG ? ' (long list)' : ''}`, () => {
      const got = extractText(text).edges.map((e) => `${e.type} ${e.from} ${e.to}`);
      expect(got.includes(edge)).toBe(shown);
    });
  it('without an annual process, a list of places is no editions', () => {
    const h = extractText(
      'Past workshops took place in Athens, Greece, in November 2006; Rome, Italy, in May 2007.',
    );
    expect(h.nodes.some((n) => n.type === 'Meeting')).toBe(false);
  });
});
