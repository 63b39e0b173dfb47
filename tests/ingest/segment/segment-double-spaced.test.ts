// A copy with a blank line after every line of the PDF (a document-sharing site's copy of a CSTD session report):
// a short line opening in lower case after one left mid-sentence goes on with it, though alone it would read
// as a heading (segment.ts, lowerHeading). Invented lines in the copies' layout.

import { describe, expect, it } from 'vitest';
import { segment } from '../../../ingest/segment/segment.ts';

const passages = (lines: string[]) =>
  segment({ text: lines.join('\n\n') }).map((p) => p.text.replace(/\n+/g, ' | '));

describe('short lines over blank lines', () => {
  const CASES: [name: string, lines: string[], want: string[]][] = [
    [
      'a lower-case line after a text line left open',
      [
        'At its ninth session the Commission on Sample Questions reviewed the progress made in the implementation of',
        'the outcomes. In addition, it',
        'considered two priority themes, “Sample cities” and “Foresight for',
        'sample development” and organized panels.',
      ],
      [
        'At its ninth session the Commission on Sample Questions reviewed the progress made in the implementation of | the outcomes. In addition, it | considered two priority themes, “Sample cities” and “Foresight for | sample development” and organized panels.',
      ],
    ],
    [
      'after a heading left on "of the"',
      ['Development discussed the role of science within the context of the', 'sample agenda and met.'],
      ['Development discussed the role of science within the context of the | sample agenda and met.'],
    ],
    // Negative: headings over capitalised lines, a heading ending in a full word, stay apart.
    [
      'capitalised lines stay headings',
      ['Summary', 'At its ninth session', 'Economic and Social Council'],
      ['Summary', 'At its ninth session', 'Economic and Social Council'],
    ],
    [
      'a finished heading over a lower-case line',
      ['Sample Report', 'www.example.org'],
      ['Sample Report', 'www.example.org'],
    ],
  ];
  for (const [name, lines, want] of CASES) it(name, () => expect(passages(lines)).toEqual(want));
});
