// Name and post patterns met in real UN texts the seeds do not have: British
// honorifics without a full stop ("Dr Jane Example", rules/people.ts) and two
// posts joined by "and" after a name ("Director of X and Head of Y",
// rules/affiliation.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

describe('honorifics without a full stop', () => {
  const CASES: [text: string, want: [id: string, honorific: string][], not: string[]][] = [
    [
      'Dr Jane Example, Director of DiploFoundation, will speak.',
      [['person:jane-example', 'Dr.']],
      ['person:dr-jane-example'],
    ],
    ['Ms Anna Sample moderated the session.', [['person:anna-sample', 'Ms.']], []],
    [
      'Mr. Jan Example and Mr Karl Sample attended.',
      [
        ['person:jan-example', 'Mr.'],
        ['person:karl-sample', 'Mr.'],
      ],
      [],
    ],
    // Not before a name: a word, an acronym, or a line break.
    ['The Dr Who episode was shown. MS Office was used.', [], ['person:who-episode']],
    ['Prepared by Dr\nJane Example', [], ['person:jane-example']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const people = extractText(text).nodes.filter((n) => n.type === 'Person');
      for (const [id, h] of want) expect(people.find((p) => p.id === id)?.properties.honorific).toBe(h);
      for (const id of not) expect(people.map((p) => p.id)).not.toContain(id);
      if (want.length === 0) expect(people.map((p) => p.id)).toEqual([]);
    });
});

describe('two posts joined by "and"', () => {
  const affiliations = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim());
  const CASES: [text: string, want: string[]][] = [
    [
      'Dr. Jane Example, Director of DiploFoundation and Head of the Geneva Internet Platform, will speak.',
      ['person:jane-example organization:diplofoundation Director'],
    ],
    // "and" inside one body's name is not a second post.
    [
      'Mr. Jan Example, Director, Division on Technology and Logistics, UNCTAD, opened the session.',
      ['person:jan-example organization:unctad Director, Division on Technology and Logistics'],
    ],
  ];
  for (const [text, want] of CASES)
    it(text, () => {
      const got = affiliations(text);
      for (const w of want) expect(got).toContain(w);
    });
});

describe('names in a heading written in capitals', () => {
  const people = (text: string) =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Person')
      .map((n) => `${n.id} ${n.name} ${n.properties.honorific}`);
  const CASES: [text: string, want: string[]][] = [
    [
      'STATEMENT ON BEHALF OF THE GROUP OF 77 BY MR. JAN AL-EXAMPLE, PERMANENT MISSION OF EXAMPLE (New York, 1 October 2099)',
      ['person:jan-al-example Jan Al-Example Mr.'],
    ],
    ['REMARKS BY MS. ANNA DAS SAMPLE (PORTUGAL)', ['person:anna-das-sample Anna das Sample Ms.']],
    // One word after the honorific is an address, not a name.
    ['MR. PRESIDENT, DISTINGUISHED DELEGATES,', []],
    // A name running on into the sentence has no end mark: not read.
    ['MR. JAN EXAMPLE SPOKE ON BEHALF OF THE GROUP AND THANKED THE CHAIR', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(people(text)).toEqual(want));
});

describe('a name after "and" in a chain of posts', () => {
  const affiliations = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to}`);
  const orgs = (text: string) =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Organization')
      .map((n) => n.id);
  const TEXT =
    'We expect two speakers, Houlin Example, the Secretary-General of the International Telecommunication Union, and Michael Sample, who is the Director-General.';
  it('is the next item, not a body', () => {
    expect(affiliations(TEXT)).toEqual(['person:houlin-example organization:itu']);
    expect(orgs(TEXT)).not.toContain('organization:michael-sample');
  });
  it('a body after "and" still counts', () => {
    expect(
      affiliations('Mr. Jan Example, Professor, University of Geneva, and Example Corporation, spoke.'),
    ).toEqual(['person:jan-example organization:example-corporation']);
  });
});

describe('"from <State>" and "represented <body>" right after a name', () => {
  const affiliations = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to}`)
      .sort();
  const CASES: [text: string, want: string[]][] = [
    [
      'The Director thanked Vice-Chairman, Mr. Charles Example from Rwanda, for accepting to chair the meeting.',
      ['person:charles-example organization:rwanda'],
    ],
    [
      'Ms. Lynn Example moderated the meeting and Mr. Jan Example represented the IGF Secretariat.',
      ['person:jan-example organization:igf-secretariat'],
    ],
    // Words no gazetteer knows, or a stakeholder group, are not a body the person belongs to.
    ['Mr. Karl Example from the private sector spoke. Ms. Eve Example from Example Town spoke.', []],
    // Passive: the body represented by the person is not read here.
    ['The host country was represented by Mr. Jan Example from the ministry.', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(affiliations(text)).toEqual(want));
});
