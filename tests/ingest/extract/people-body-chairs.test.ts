// A person named by a body's chair post, no honorific (rules/people-body-chairs.ts): "CSTD 19 Chair Peter
// Major (Hungary)" (IISD on the Commission's nineteenth session) CHAIRED that session and represents Hungary;
// "CSTD Chair X" the Commission. A heading's words, a Member State's "Chair", an unnamed session's number
// give nothing. Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CSTD = 'organization:cstd';

const CASES: [text: string, edges: [string, string, string][], not: [string, string, string][]][] = [
  [
    'The 31st session of the Commission on Science and Technology for Development was held from 4 to 8 May 2031 in Geneva. The summary from CSTD 31 Chair Tom Example (Hungary) reflects the discussions.',
    [
      ['CHAIRED', 'person:tom-example', 'meeting:cstd-31'],
      ['AFFILIATED_WITH', 'person:tom-example', 'organization:hungary'],
    ],
    [['CHAIRED', 'person:tom-example', CSTD]],
  ],
  [
    'The Commission on Science and Technology for Development met in Geneva. CSTD Chair Ana Example opened the discussion.',
    [['CHAIRED', 'person:ana-example', CSTD]],
    [],
  ],
  // No 32nd session is named: no session is guessed, and the Commission is not said to be chaired.
  [
    'The Commission on Science and Technology for Development met in Geneva. CSTD 32 Chair Ana Example opened it.',
    [],
    [['CHAIRED', 'person:ana-example', CSTD]],
  ],
  // A document's name after the post is no person.
  [
    'The Commission on Science and Technology for Development met in Geneva. The CSTD Chair Summary Report was issued.',
    [],
    [['CHAIRED', 'person:summary-report', CSTD]],
  ],
];

describe("a person named by a body's chair post", () => {
  it.each(CASES)('%s', (text, edges, not) => {
    const g = extractText(text);
    for (const [type, from, to] of edges) expect(hasEdge(g, type, from, to)).toBe(true);
    for (const [type, from, to] of not) expect(hasEdge(g, type, from, to)).toBe(false);
  });
});
