// The MAG renewal press releases (PI/1846, PI/1936) name the Group's chair as a capacity: "X, has been asked
// to continue as the Chairman of the Advisory Group" and "… as the Advisory Group Chairman". "the Advisory
// Group" is the advisory group named before (rules/gazetteer-mentions.ts); the body's title as a capacity, with
// no name after it, is the last person's before it (rules/chair-titles.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const MAG =
  'The membership of the Multistakeholder Advisory Group of the Internet Governance Forum has been renewed.\n\n';
const ADVISER = 'The Special Adviser for Internet Governance to the Secretary-General, Jan Example,';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    '"as the Chairman of the Advisory Group"',
    `${MAG}${ADVISER} has been asked to continue as the Chairman of the Advisory Group.`,
    ['person:jan-example organization:igf-mag Chair'],
    [],
  ],
  [
    '"as the Advisory Group Chairman"',
    `${MAG}${ADVISER} has been asked to continue as the Advisory Group Chairman.`,
    ['person:jan-example organization:igf-mag Chair'],
    [],
  ],
  // No advisory group named before: "the Advisory Group" is no body.
  [
    'no advisory group named before',
    `The Forum met in Geneva.\n\n${ADVISER} has been asked to continue as the Chairman of the Advisory Group.`,
    [],
    ['person:jan-example'],
  ],
  // Not a capacity: the title is spoken of, nobody holds it.
  [
    'the title spoken of, not held',
    `${MAG}${ADVISER} said that the Advisory Group Chairman would be selected in May.`,
    [],
    ['person:jan-example'],
  ],
  // "the Advisory Group on …" starts another name.
  [
    'a longer name',
    `${MAG}${ADVISER} has been asked to continue as the Chairman of the Advisory Group on Gender.`,
    [],
    ['person:jan-example organization:igf-mag'],
  ],
];

describe('the Advisory Group and its Chairman as a capacity', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = chairs(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
