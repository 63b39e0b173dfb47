// Appointment notices (rules/appointments.ts) in the shapes of the Secretary-General's press releases and
// biographical notes: a surname capitalised inside, a force commander's rank before the name, a post served in
// a State ("Resident Coordinator in …"), a clause after the post, a confirmation "for a second term as …", and a
// predecessor "replacing X of Y". Names are invented; the sentence shapes are the UN's.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SG = 'United Nations Secretary-General Jon Sample ';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'a surname capitalised inside',
    `${SG}announced today the appointment of Ada Lyle-MacSample of Jamaica as Executive Director of the United Nations Institute for Training and Research (UNITAR). She will succeed Raj Example of India.`,
    [
      'person:ada-lyle-macsample organization:jamaica',
      'person:ada-lyle-macsample organization:unitar Executive Director of the United Nations Institute for Training and Research (UNITAR)',
      'person:raj-example organization:unitar Executive Director of the United Nations Institute for Training and Research (UNITAR)',
    ],
    [],
  ],
  [
    "a force commander's rank is no part of the name",
    `${SG}announced the appointment of Lieutenant General Omar Sample of Kenya as Force Commander of the United Nations Mission. He succeeds Major General Eli Example of Rwanda, to whom the Secretary-General is grateful.`,
    ['person:omar-sample organization:kenya', 'person:eli-example organization:rwanda'],
    ['person:lieutenant-general', 'person:major-general'],
  ],
  [
    'a post served in a State is a post of the United Nations, not of that State; the clause after it is dropped',
    `${SG}has appointed Lena Sample of Azerbaijan as the United Nations Resident Coordinator in Belarus, with the host Government’s approval.`,
    [
      'person:lena-sample organization:azerbaijan',
      'person:lena-sample organization:united-nations United Nations Resident Coordinator in Belarus',
    ],
    ['person:lena-sample organization:belarus'],
  ],
  [
    'a body "in" a State named in the post, then "established by …"',
    `${SG}announced today the appointment of Kim Example of Mexico as Head of the Independent Institution on Sample Matters in the Syrian Arab Republic, established by the General Assembly in June 2023 to do things.`,
    ['person:kim-example organization:mexico'],
    ['person:kim-example organization:syrian-arab-republic'],
  ],
  [
    'the date of the appointment after the post is no part of it',
    `${SG}appointed Ravi Sample of India as his Envoy on Technology in June 2098, and the Office welcomed him.`,
    [
      'person:ravi-sample organization:india',
      'person:ravi-sample organization:tech-envoy Envoy on Technology',
    ],
    ['person:ravi-sample organization:tech-envoy Envoy on Technology in June 2098'],
  ],
  [
    'a post on a month-like word stays whole; a day date after it is cut',
    `${SG}announced the appointment of Mia Example of Chile as his Envoy on Technology on 20 January 2098.`,
    [
      'person:mia-example organization:chile',
      'person:mia-example organization:tech-envoy Envoy on Technology',
    ],
    ['person:mia-example organization:tech-envoy Envoy on Technology on 20 January 2098'],
  ],
  [
    'a confirmation for a second term',
    'The General Assembly this morning confirmed Tan Sample of Thailand for a second four-year term as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD).',
    [
      'person:tan-sample organization:thailand',
      'person:tan-sample organization:unctad Secretary-General of the United Nations Conference on Trade and Development (UNCTAD)',
    ],
    [],
  ],
  [
    'a predecessor after "replacing"',
    `${SG}has appointed Rosa Example of Costa Rica as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD), replacing Max Sample of Kenya.`,
    [
      'person:max-sample organization:kenya',
      'person:max-sample organization:unctad Secretary-General of the United Nations Conference on Trade and Development (UNCTAD)',
    ],
    [],
  ],
  // Negative: a State the post is "of" (not "in") stays the post's body.
  [
    'a post of a State keeps that State',
    `${SG}has appointed Ana Example of Peru as Ambassador of Chile.`,
    ['person:ana-example organization:peru', 'person:ana-example organization:chile Ambassador of Chile'],
    [],
  ],
  [
    'a lower-case word is no name',
    `${SG}announced the appointment of former diplomat Ana Example as his Envoy on Technology.`,
    [],
    ['person:former'],
  ],
];

describe('appointments: posts, ranks and predecessors', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });

  it('keeps the rank as the honorific', () => {
    const g = extractText(
      `${SG}announced the appointment of Lieutenant General Omar Sample of Kenya as Force Commander of the United Nations Mission.`,
    );
    const person = g.nodes.find((n) => n.id === 'person:omar-sample');
    expect(person?.properties.honorific).toBe('Lieutenant General');
  });
});
