// A post and its holder side by side (rules/post-apposition.ts): "Mr. X, the
// Multistakeholder Advisory Group Chair"; "the Secretary-General's Envoy on
// Technology, Mr. X" / "the position of Envoy on Technology has been held by
// Mr. X"; "Mr. X of Poland, the host country". Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const edges = (text: string) =>
  extractText(text).edges.map(
    (e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`,
  );

describe('posts beside their holders', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The ex-officio members include Mr. Tom Example, the Multistakeholder Advisory Group Chair.',
      ['CHAIRED person:tom-example organization:igf-mag'],
      [],
    ],
    [
      'The Panel also includes the Secretary-General’s Envoy on Technology, Ms. Rita Example.',
      ['AFFILIATED_WITH person:rita-example organization:tech-envoy Envoy on Technology'],
      [],
    ],
    [
      'Since July 2022, the position of Envoy on Technology has been held by Mr. Ana Sample.',
      ['AFFILIATED_WITH person:ana-sample organization:tech-envoy Envoy on Technology'],
      [],
    ],
    [
      'The members are Mr. Jon Sample of Poland, the host country, and others.',
      ['AFFILIATED_WITH person:jon-sample organization:poland'],
      [],
    ],
    // Not a post beside a holder: a body that is no office, a State that is part of a longer name.
    [
      'The Office of the Envoy on Technology thanked Mr. Jon Sample, the rapporteur.',
      [],
      ['AFFILIATED_WITH person:jon-sample organization:tech-envoy'],
    ],
    [
      'Mr. Jon Sample of Poland Telecom spoke, and Mr. Tom Example, the Commission on Science and Technology for Development secretariat, replied.',
      [],
      ['AFFILIATED_WITH person:jon-sample organization:poland', 'CHAIRED person:tom-example'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = edges(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
