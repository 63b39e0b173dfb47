// A contributor's contact line in a compilation of questionnaire replies names
// them without an honorific, their e-mail address a few words on
// (rules/people-email-names.ts): two or three capitalised words are a person
// only when the address spells them. A contact line in the opening of a text
// does not sign it (people-known.ts: the address closing it does). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const people = (text: string) => {
  const g = extractText(text, 'replies.txt');
  return {
    people: g.nodes
      .filter((n) => n.type === 'Person')
      .map((n) => `${n.name} ${n.properties.email ?? ''}`.trim()),
    produced: g.edges.filter((e) => e.type === 'PRODUCED' && e.from.startsWith('person:')).map((e) => e.from),
  };
};

const REPLY = 'Broadband availability and local content matter most to developing countries.';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'name, post and State before the address',
    `Please enter your contact details: Jane Roe, Example Caucus member, Ruritania jane.roe@example.org ${REPLY}`,
    ['Jane Roe jane.roe@example.org'],
    [],
  ],
  [
    'initial and surname',
    `Contact: Jane Roe, Ruritania jroe@example.org ${REPLY}`,
    ['Jane Roe jroe@example.org'],
    [],
  ],
  [
    'run together',
    `Contact: Amara Okafor amaraokafor@example.org ${REPLY}`,
    ['Amara Okafor amaraokafor@example.org'],
    [],
  ],
  // Negative: the address spells someone else; the capitalised words are an organisation.
  ['address of another', `Contact: Jane Roe, Ruritania info@example.org ${REPLY}`, [], ['Jane Roe']],
  [
    'organisation before its address',
    `Organization: Example Network Centre, Ruritania info@example.org ${REPLY}`,
    [],
    ['Example Network Centre'],
  ],
  // Negative: the name stands too far before the address.
  [
    'name far before the address',
    `Jane Roe wrote this reply. ${REPLY} ${REPLY} The secretariat can be reached at jane.roe@example.org`,
    [],
    ['Jane Roe jane.roe@example.org'],
  ],
];

describe('a contributor named before their e-mail address', () => {
  it.each(CASES)('%s', (_n, text, want, not) => {
    const got = people(text).people;
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
  it('a contact line in the opening does not sign the text', () => {
    const text = `Please enter your contact details: Jane Roe, Ruritania jane.roe@example.org ${REPLY} ${REPLY} ${REPLY}`;
    expect(people(text).produced).toEqual([]);
  });
});
