// "The report was prepared by X" after a sentence citing a report by its symbol is that report's author
// (rules/produced-antecedent.ts), as a news item on an ECOSOC meeting writes it; in a report's own summary,
// and with "This report" / "The present report", the document itself. Names and texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(text, 'news-item.txt')
    .edges.filter((e) => e.type === 'PRODUCED')
    .map((e) => `${e.from} ${e.to}`);

const NEWS = 'ECOSOC holds its session\n\n25 July 2012\n\n';
const CITES =
  'Mr. Jan Example of UNCTAD introduced the Secretary-General’s report on progress made in the implementation of the outcomes of the World Summit on the Information Society (document A/67/66-E/2012/49).';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the report cited in the paragraph before',
    `${NEWS}${CITES}\n\nThe report was prepared by UNCTAD in collaboration with other entities.`,
    ['organization:unctad document:a-67-66-e-2012-49'],
    ['organization:unctad document:news-item'],
  ],
  [
    'the report cited in the sentence before',
    `${NEWS}${CITES} The report was prepared by UNCTAD with ITU.`,
    ['organization:unctad document:a-67-66-e-2012-49'],
    ['organization:unctad document:news-item'],
  ],
  // The document itself.
  [
    '"This report" after a cited one',
    `${NEWS}${CITES}\n\nThis report was prepared by UNCTAD.`,
    ['organization:unctad document:news-item'],
    ['organization:unctad document:a-67-66-e-2012-49'],
  ],
  [
    'no report cited before',
    `${NEWS}The report was prepared by UNCTAD based on information from entities in the United Nations system.`,
    ['organization:unctad document:news-item'],
    [],
  ],
  [
    'a symbol cited before, but not as a report',
    `${NEWS}The Council recalled its resolution (document E/2012/L.12).\n\nThe report was prepared by UNCTAD.`,
    ['organization:unctad document:news-item'],
    ['organization:unctad document:e-2012-l-12'],
  ],
];

describe('the report a "The report was prepared by" sentence speaks of', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = produced(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
