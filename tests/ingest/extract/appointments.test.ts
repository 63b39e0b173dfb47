// Appointment notices as the Secretary-General's press releases write them
// (rules/appointments.ts): "the appointment of <Name> of <State> as <post>",
// "<Name> of <State> … will succeed <Name> of <State>". Names and posts below
// are invented; the sentence shapes are the UN's.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

describe('appointments: <Name> of <Member State> as <post>', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Secretary-General today announced the appointment of Ana Maria Exemplo of Chile as his Envoy on Technology.',
      [
        'person:ana-maria-exemplo organization:chile',
        'person:ana-maria-exemplo organization:tech-envoy Envoy on Technology',
      ],
      [],
    ],
    [
      'The General Assembly confirmed Jon Sample of Kenya as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD) for a further four years.',
      ['person:jon-sample organization:kenya', 'person:jon-sample organization:unctad'],
      // The longer "Secretary-General of the United Nations" is not the post's body.
      ['person:jon-sample organization:secretary-general'],
    ],
    [
      'The Secretary-General has appointed Rita Example of Guyana as the next Director-General of UNESCO. She will succeed Tom Sample of New Zealand, to whom the Secretary-General is grateful.',
      [
        'person:rita-example organization:guyana',
        'person:tom-sample organization:new-zealand',
        'person:tom-sample organization:unesco',
      ],
      [],
    ],
    // Not a person: no Member State after the name, or a body's words.
    [
      'The Council noted the appointment of Senior Officials of Chile as observers.',
      [],
      ['person:senior-officials'],
    ],
    ['The Secretary-General appointed Maria Example as his adviser.', [], ['person:maria-example']],
    // An honorific before the name (a mission or the press relaying the notice), a State's long form.
    [
      'The Secretary-General has appointed Ms. Rita Example of the Republic of Ghana as his Envoy on Technology.',
      ['person:rita-example organization:ghana', 'person:rita-example organization:tech-envoy'],
      [],
    ],
    [
      'The Secretary-General appointed Mr. Tom Sample of the Kingdom of Morocco as Director-General of UNESCO.',
      ['person:tom-sample organization:morocco', 'person:tom-sample organization:unesco'],
      [],
    ],
    // The long form the gazetteer knows is that State, not the one its words end with.
    [
      'The Secretary-General appointed Ms. Ana Example of the Republic of Korea as Director-General of UNESCO.',
      ['person:ana-example organization:republic-of-korea'],
      [],
    ],
    // "Republic of" with no State after it anchors no name.
    [
      'The Secretary-General appointed Mr. Tom Sample of the Republic of Letters as his adviser.',
      [],
      ['person:tom-sample'],
    ],
    ['The Assembly confirmed the Office of Chile as host.', [], ['person:office']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = affiliations(text);
      for (const w of want) expect(got.some((g) => g.startsWith(w))).toBe(true);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});

// "She will succeed X of Y" alone does not say which post X held: the predecessor's quote starts at the post
// when both fit in one quote, and without it (a post too far back) the quote is the clause, as before.
describe("a predecessor's quote shows the post", () => {
  const FILLER =
    ' The appointee has served the Organization in several roles, most recently in field operations';
  const CASES: [text: string, quoteHasPost: boolean][] = [
    [
      'The Secretary-General has appointed Rita Example of Guyana as the next Director-General of UNESCO. She will succeed Tom Sample of New Zealand, to whom the Secretary-General is grateful.',
      true,
    ],
    [
      `The Secretary-General has appointed Rita Example of Guyana as the next Director-General of UNESCO.${FILLER.repeat(3)}. She will succeed Tom Sample of New Zealand.`,
      false,
    ],
  ];
  for (const [text, shown] of CASES)
    it(`${shown ? '' : 'not '}shown: ${text.slice(0, 60)}`, () => {
      const e = extractText(text).edges.find(
        (x) =>
          x.type === 'AFFILIATED_WITH' && x.from === 'person:tom-sample' && x.to === 'organization:unesco',
      );
      const quote = e?.sources[0]?.quote ?? '';
      expect(quote).toContain('She will succeed Tom Sample of New Zealand');
      expect(quote.includes('Director-General of UNESCO')).toBe(shown);
    });
});

// A chair's post of the body named after it is CHAIRED, not an affiliation titled "Chair of …"; the chair of
// a part of the body ("Chair of the Board of …") stays a titled affiliation.
describe('appointments: a chair post', () => {
  const edges = (text: string) =>
    extractText(text).edges.map(
      (e) =>
        `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}${e.properties.role ? ` ${e.properties.role}` : ''}`,
    );
  it.each([
    // A part the gazetteer knows as a body of its own is chaired itself (the chair rules).
    [
      'The Secretary-General announced the appointment of Jon Sample of Kenya as Chair of the Executive Board of UNESCO.',
      ['CHAIRED person:jon-sample organization:unesco-executive-board Chair'],
      [
        'CHAIRED person:jon-sample organization:unesco ',
        'AFFILIATED_WITH person:jon-sample organization:unesco',
      ],
    ],
    [
      'The Secretary-General has appointed Ms. Ana Exemplo of the Republic of South Africa as the new Chair of the Internet Governance Forum’s Multistakeholder Advisory Group.',
      ['CHAIRED person:ana-exemplo organization:igf-mag Chair'],
      ['AFFILIATED_WITH person:ana-exemplo organization:igf-mag'],
    ],
    [
      'The Secretary-General announced the appointment of Jon Sample of Kenya as Vice-Chair of the Commission on Science and Technology for Development.',
      ['CHAIRED person:jon-sample organization:cstd Vice-Chair'],
      ['AFFILIATED_WITH person:jon-sample organization:cstd'],
    ],
    [
      'The Secretary-General announced the appointment of Jon Sample of Kenya as Chair of the audit panel of UNESCO.',
      ['AFFILIATED_WITH person:jon-sample organization:unesco Chair of the audit panel of UNESCO'],
      ['CHAIRED person:jon-sample organization:unesco Chair'],
    ],
  ])('%s', (text, want, not) => {
    const got = edges(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
  });
});

// The appointee SUCCEEDS the predecessor in the post (an extension pair), quoted with both names.
describe('appointments: the appointee succeeds the predecessor', () => {
  const successions = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'SUCCEEDS')
      .map((e) => `${e.from} ${e.to}`);
  const CASES: [name: string, text: string, want: string[]][] = [
    [
      '"She will succeed"',
      'The Secretary-General has appointed Rita Example of Guyana as the next Director-General of UNESCO. She will succeed Tom Sample of New Zealand, to whom the Secretary-General is grateful.',
      ['person:rita-example person:tom-sample'],
    ],
    [
      '", replacing"',
      'The Secretary-General has appointed Rita Example of Guyana as Secretary-General of UNCTAD, replacing Tom Sample of Kenya.',
      ['person:rita-example person:tom-sample'],
    ],
    // No appointment to a post before it: who succeeds is not said.
    [
      'a predecessor alone',
      'She will succeed Tom Sample of New Zealand, to whom the Secretary-General is grateful.',
      [],
    ],
    [
      '"succeed" without a person',
      'The countries that will succeed in this century are not the biggest.',
      [],
    ],
  ];
  it.each(CASES)('%s', (_, text, want) => {
    expect(successions(text)).toEqual(want);
  });

  it('quotes both names', () => {
    const g = extractText(
      'The Secretary-General has appointed Rita Example of Guyana as Director-General of UNESCO. She will succeed Tom Sample of New Zealand.',
    );
    const quote = g.edges.find((e) => e.type === 'SUCCEEDS')?.sources[0]?.quote ?? '';
    expect(quote).toContain('Rita Example');
    expect(quote).toContain('Tom Sample of New Zealand');
  });
});
