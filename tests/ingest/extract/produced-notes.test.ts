// Who produced a text, as UN mastheads and summaries say it (rules/produced.ts): "The report has been prepared
// by the UNCTAD secretariat" (a report speaking of itself), a note's masthead "Note by the Secretary-General",
// and "[on the recommendation of the Commission … (E/2031/31)]" above an ECOSOC resolution (the commission's
// report holding it). Titles and symbols are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED')
    .map((e) => `${e.from} ${e.to}`);

const DOC = 'document:test-doc';
const MASTHEAD =
  'United Nations\nGeneral Assembly\nDistr.: General\nMay 2031\n\nContinuation of the example work\n\n';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the report, its subject, prepared by a secretariat',
    `${MASTHEAD}Summary\n\nThe report has been prepared by the UNCTAD secretariat based on information provided by entities.`,
    [`organization:unctad ${DOC}`],
    [],
  ],
  [
    'a note of the Secretary-General',
    `${MASTHEAD}Note of the Secretary-General\n\nSummary\n\nThe Assembly asked for it.`,
    [`organization:secretary-general ${DOC}`],
    [],
  ],
  [
    'a note by the Secretary-General',
    `${MASTHEAD}Note by the Secretary-General\n\nSummary\n\nThe Assembly asked for it.`,
    [`organization:secretary-general ${DOC}`],
    [],
  ],
  [
    "on the commission's recommendation, its report's symbol after it",
    'Resolution adopted by the Economic and Social Council on 7 June 2031\n\n[on the recommendation of the Commission on Science and Technology for Development (E/2031/31)]\n\n2031/3. Example title\n\nThe Economic and Social Council,',
    ['organization:cstd document:e-2031-31'],
    [],
  ],
  // Not the document's author: another report prepared by someone, a note taken of in a sentence, a
  // recommendation with no symbol after the body.
  [
    'another report prepared by a body',
    `${MASTHEAD}Summary\n\nThe report of the Working Group was prepared by the UNCTAD secretariat.`,
    [],
    [`organization:unctad ${DOC}`],
  ],
  [
    'a note taken of',
    `${MASTHEAD}Summary\n\n1. Takes note of the note by the Secretary-General transmitting the report.`,
    [],
    [`organization:secretary-general ${DOC}`],
  ],
  [
    'a recommendation with no symbol after the body',
    `${MASTHEAD}Summary\n\n1. The Assembly, on the recommendation of the General Committee, decided to include the item (A/31/250).`,
    [],
    ['organization:general-committee'],
  ],
];

describe('who produced a report or note', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = produced(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
