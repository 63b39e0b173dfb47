// "Chair of the <body> in <Member State>" (rules/affiliation-claims.ts): the
// State says where the body is; the body is the one chaired, not the State.
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to}`);

describe('the chair of a body somewhere', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'In his opening remarks, Mr. Taro Example, Chair of the Steering Team of the National IGF in Japan for IGF 2023, welcomed the participants.',
      ['person:taro-example organization:steering-team-of-the-national-igf-in-japan'],
      ['person:taro-example organization:japan'],
    ],
    // A body the gazetteer knows is still the one chaired.
    [
      'Ms. Ana Example, Chair of the Commission on Science and Technology for Development, opened the session.',
      ['person:ana-example organization:cstd'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 100), () => {
      const got = chaired(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
