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
    [
      'a full-width line left on "for" over a capitalised line',
      [
        'At its ninth session, the Commission on Sample Questions and Technology for',
        'Development discussed the role of science.',
      ],
      [
        'At its ninth session, the Commission on Sample Questions and Technology for | Development discussed the role of science.',
      ],
    ],
    // Negative: headings over capitalised lines, a heading ending in a full word, a short title line wrapped
    // after "for", stay apart.
    [
      'a short title line left on "for"',
      ['Commission on Sample Questions for', 'Development'],
      ['Commission on Sample Questions for', 'Development'],
    ],
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

describe('a masthead heading block over a full line left open', () => {
  it('keeps its kind', () => {
    const ps = segment({
      text: 'Summary report prepared by the sample secretariat\nGE.11-\nThis paper summarizes the discussions; it does not necessarily reflect the views of the\n\nSample secretariat.',
    });
    expect(ps[0]!.kind).toBe('heading');
  });
});
