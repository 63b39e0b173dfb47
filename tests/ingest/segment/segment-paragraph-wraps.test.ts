// A numbered paragraph hard-wrapped at the PDF's line ends: a line left on a joining word ("of", "the", "and" …)
// goes on into the next, even when that next line, title-cased, would read alone as a heading (segment.ts; a web
// copy of A/RES/70/125 ¶65 had been cut in three at "… request the Chair of the" | "Commission on Sample …").
// Invented lines in that layout.

import { describe, expect, it } from 'vitest';
import { segment } from '../../../ingest/segment/segment.ts';

// After a first numbered paragraph, under a heading, as in the copies (a lone number is no paragraph yet).
const passages = (lines: string[]) =>
  segment({ text: ['Sample outcome document', '1. We met.', ...lines].join('\n') })
    .slice(2)
    .map((p) => `${p.locator}: ${p.text.replace(/\n/g, ' | ')}`);

describe('a numbered paragraph wrapped over title-cased lines', () => {
  const CASES: [name: string, lines: string[], want: string[]][] = [
    [
      'a line left on "of the" over a body\'s name',
      [
        '2. We note the divergent views on the matter. We accordingly request the Chair of the',
        'Commission on Sample Questions and Technology for Development, through the Economic',
        'and Social Council, to establish a working group.',
      ],
      [
        'para 2: 2. We note the divergent views on the matter. We accordingly request the Chair of the | Commission on Sample Questions and Technology for Development, through the Economic | and Social Council, to establish a working group.',
      ],
    ],
    [
      'a line left on "and" over the rest of a name',
      [
        '2. The group shall report to the Commission on Sample Questions and',
        'Technology for Development at its next session.',
      ],
      [
        'para 2: 2. The group shall report to the Commission on Sample Questions and | Technology for Development at its next session.',
      ],
    ],
    // Negative: a paragraph that ends on a full word, then a heading.
    [
      'a heading after a finished paragraph',
      ['2. The group met twice in the year.', 'Follow-up and Review of the Outcomes'],
      ['para 2: 2. The group met twice in the year.', 'line 4: Follow-up and Review of the Outcomes'],
    ],
  ];
  it.each(CASES)('%s', (_name, lines, want) => expect(passages(lines)).toEqual(want));
});
