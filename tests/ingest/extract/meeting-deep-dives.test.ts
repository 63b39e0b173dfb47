// A process's numbered thematic sessions (rules/meetings-named.ts, meeting-name-grammar.ts): "The second
// thematic deep dive on X was held on …" is a dated gathering with its ordinal; "A or B" gives two names of one
// gathering; a bare "the first meeting" stays the ordinal rule's. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} | ${n.properties.startDate ?? '-'} | ${n.properties.ordinal ?? '-'}`)
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'The second thematic deep dive on Data Governance was held on 3 May 2022 at the Example Chamber.',
    ['Second thematic deep dive on Data Governance | 2022-05-03 | 2'],
  ],
  [
    'The fifth thematic deep dive or informal consultation on Data Governance was held on 9 June 2022.',
    ['Fifth thematic deep dive or informal consultation on Data Governance | 2022-06-09 | 5'],
  ],
  [
    'A deep dive on Connectivity took place on 4 April 2022 in Geneva.',
    ['Deep dive on Connectivity | 2022-04-04 | -'],
  ],
  // Negative: a back-reference to an ordinal gathering with no topic, and a deep dive with no date.
  ['As agreed at the first meeting, the parties reported on 3 May 2022.', []],
  ['The second thematic deep dive will look at the questions raised.', []],
  ['Delegates attended workshops or seminars on many subjects.', []],
];

describe('deep dives and gatherings named twice', () => {
  for (const [text, want] of CASES) it(text.slice(0, 90), () => expect(meetings(text)).toEqual(want));
});
