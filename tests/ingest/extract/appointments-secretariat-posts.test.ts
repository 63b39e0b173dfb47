// A Secretariat post names no body of its own (rules/appointments.ts): "has appointed X of Guyana as the next
// Under-Secretary-General for Management …" is a post in the United Nations; a post naming its body keeps it.
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim());

const SG = 'United Nations Secretary-General Jon Sample ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'an Under-Secretary-General',
    `${SG}has appointed Ana Example of Guyana as the next Under-Secretary-General for Management Strategy, Policy and Compliance.`,
    [
      'person:ana-example organization:guyana',
      'person:ana-example organization:united-nations Under-Secretary-General for Management Strategy, Policy and Compliance',
    ],
    [],
  ],
  [
    'an Assistant Secretary-General, and the predecessor in the same post',
    `${SG}today announced the appointment of Ana Example of Colombia as Assistant Secretary-General for Human Resources Management. She will succeed Lia Instance of Kenya to whom the Secretary-General is grateful.`,
    [
      'person:ana-example organization:united-nations Assistant Secretary-General for Human Resources Management',
      'person:lia-instance organization:united-nations Assistant Secretary-General for Human Resources Management',
    ],
    [],
  ],
  [
    'a post naming its body keeps it',
    `${SG}announced the appointment of Ana Example of Kenya as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD).`,
    [
      'person:ana-example organization:unctad Secretary-General of the United Nations Conference on Trade and Development (UNCTAD)',
    ],
    ['person:ana-example organization:united-nations'],
  ],
  // Not a Secretariat post.
  [
    'another post naming no body',
    `${SG}has appointed Ana Example of Guyana as the next Chief Economist for Statistics.`,
    [],
    ['person:ana-example organization:united-nations'],
  ],
];

describe('Secretariat posts in appointments', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
