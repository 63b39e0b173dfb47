// The Spokesperson's noon briefing announces appointments in the progressive (rules/appointments.ts): "the
// Secretary-General is appointing X of India as his Envoy on Technology", "is also appointing Y of Pakistan as
// his Assistant Secretary-General for … in the Department of Economic and Social Affairs", "Y … succeeds Z of
// Trinidad and Tobago" (same post). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim());

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'an envoy',
    'Today, the Secretary-General is appointing Ravi Example Sample of India as his Envoy on Technology.',
    [
      'person:ravi-example-sample organization:india',
      'person:ravi-example-sample organization:tech-envoy Envoy on Technology',
    ],
    [],
  ],
  [
    'a Secretariat post in a department, and the predecessor',
    'The Secretary-General is also appointing Ana Example of Pakistan as his Assistant Secretary-General for Economic Development in the Department of Economic and Social Affairs.  Ms. Example succeeds Lia Instance of Kenya, to whom the Secretary-General is grateful.',
    [
      'person:ana-example organization:pakistan',
      'person:ana-example organization:un-desa Assistant Secretary-General for Economic Development in the Department of Economic and Social Affairs',
      'person:lia-instance organization:un-desa Assistant Secretary-General for Economic Development in the Department of Economic and Social Affairs',
    ],
    [],
  ],
  // Not a person: no Member State after the words, or a body's name.
  [
    'a body, not a person',
    'The Secretary-General is appointing Senior Officials of India as members of the network.',
    [],
    ['person:'],
  ],
  [
    'no Member State after the name',
    'The Secretary-General is appointing Ravi Example of the secretariat as his Envoy on Technology.',
    [],
    ['person:ravi-example'],
  ],
];

describe('appointments announced in the progressive', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
