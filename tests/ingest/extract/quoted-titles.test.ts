// A body named inside a quoted agenda-item title does not act in the sentence
// (rules/quoted.ts): "At its fifty-sixth session, … the item entitled “Report
// of the Economic and Social Council”, the General Assembly decided …" is the
// Assembly's session, and the Council produced no document cited after it.

import { describe, expect, it } from 'vitest';
import { insideQuotes } from '../../../ingest/extract/rules/quoted.ts';
import { extractText, hasEdge, hasNode } from './helpers.ts';

describe('insideQuotes', () => {
  const CASES: [text: string, word: string, inside: boolean][] = [
    ['the item entitled “Report of the Council”, the Assembly', 'Council', true],
    ['the item entitled “Report of the Council”, the Assembly', 'Assembly', false],
    ['the item entitled "Report of the Council", the Assembly', 'Council', true],
    ['the item entitled "Report of the Council", the Assembly', 'Assembly', false],
    ['no quotes at all: the Council', 'Council', false],
  ];
  for (const [text, word, inside] of CASES)
    it(`${word} in ${text}`, () => expect(insideQuotes(text, 0, text.indexOf(word))).toBe(inside));
});

describe('sessions and reports named inside a quoted title', () => {
  const CASES: [text: string, want: [string, string, string][], not: [string, string, string][]][] = [
    [
      'At its fifty-sixth session, in 2002, in the course of its consideration of the item entitled “Report of the Economic and Social Council”, the General Assembly decided to convene a meeting (see A/57/280).',
      [['PART_OF', 'meeting:general-assembly-56', 'organization:general-assembly']],
      [
        ['PART_OF', 'meeting:ecosoc-56', 'organization:ecosoc'],
        ['PRODUCED', 'organization:ecosoc', 'document:a-57-280'],
      ],
    ],
    // Unquoted, the report of the Council is its document and the session is the one the sentence names.
    [
      'The Assembly took note of the Report of the Economic and Social Council (A/57/3).',
      [['PRODUCED', 'organization:ecosoc', 'document:a-57-3']],
      [],
    ],
    [
      'At its twenty-first session, in 2018, the Commission on Science and Technology for Development adopted a resolution.',
      [['PART_OF', 'meeting:cstd-21', 'organization:cstd']],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const g = extractText(text);
      for (const [t, f, to] of want) expect(hasEdge(g, t, f, to), `${t} ${f} ${to}`).toBe(true);
      for (const [t, f, to] of not) expect(hasEdge(g, t, f, to), `${t} ${f} ${to}`).toBe(false);
    });
  it('creates no session of the body in the quoted title', () => {
    expect(hasNode(extractText(CASES[0]![0]), 'meeting:ecosoc-56')).toBe(false);
  });
});
