// Two appointments in one sentence (rules/appointments.ts), as CCW press releases write a Meeting's decisions:
// "The Meeting appointed Ambassador X of <State> as Coordinator on … and Ambassador Y of <State> as Coordinator
// on …". The first post ends where the next appointee begins, and the next appointee is read too. Names are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The Meeting appointed Ambassador Jon Sample of Kenya as Coordinator on Explosive Remnants and Ambassador Rita Example of Norway as Coordinator on Mines.',
    ['person:jon-sample organization:kenya', 'person:rita-example organization:norway'],
    ['person:jon-sample organization:norway'],
  ],
  [
    'The Secretary-General has appointed Ms. Ana Exemplo of Chile as his Envoy on Technology and Ms. Rita Sample of Ghana as Chair of the Commission on Science and Technology for Development.',
    [
      'person:ana-exemplo organization:chile',
      'person:ana-exemplo organization:tech-envoy Envoy on Technology',
      'person:rita-sample organization:ghana',
    ],
    ['person:ana-exemplo organization:ghana', 'person:ana-exemplo organization:cstd'],
  ],
  // Negative: "and" with no appointment verb before it reads no appointee.
  [
    'Delegates thanked the Chair and Ambassador Rita Example of Norway as Coordinator on Mines for their work.',
    [],
    ['person:rita-example organization:norway Coordinator'],
  ],
];

describe('appointments: two appointees in one sentence', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = affiliations(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
  });
});
