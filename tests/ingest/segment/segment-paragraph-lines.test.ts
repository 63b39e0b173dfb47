// A web copy that keeps each paragraph to one line, with no blank line between them (a press release copied from
// press.un.org), is cut into a passage per paragraph, each cited by its own line (segment/paragraph-lines.ts): the
// whole page had been one passage, "line 1", whatever line a quote stood on. Text wrapped by hand, and a long line
// that stops mid-sentence, still join. Invented lines in those layouts.

import { describe, expect, it } from 'vitest';
import { segment } from '../../../ingest/segment/segment.ts';

const LONG_A =
  'Following negotiations that went on late into the night, the Sample Commission concluded its ninth session, approving a set of agreed conclusions on the sample theme.';
const LONG_B =
  'The Executive Director of the Sample Office, in closing remarks, said that this year’s conclusions “are game-changing and bring forward a new agenda for the sample world and its people.”';
const SHORT = 'Jane Example (Kenya), Chair of the ninth session, called on delegations to go on.';

const passages = (lines: string[]) =>
  segment({ text: lines.join('\n') }).map(
    (p) => `${p.locator}: ${p.text.replace(/\n/g, ' | ').split(' ').slice(0, 5).join(' ')}`,
  );

describe('one paragraph to a line', () => {
  const CASES: [name: string, lines: string[], want: string[]][] = [
    [
      'three paragraphs, each a line',
      [LONG_A, LONG_B, SHORT],
      [
        'line 1: Following negotiations that went on',
        'line 2: The Executive Director of the',
        'line 3: Jane Example (Kenya), Chair of',
      ],
    ],
    // Negative: lines wrapped by hand (under 150 characters) are one paragraph.
    [
      'a paragraph wrapped by hand',
      [
        'The Sample Commission met in New York in March 2031. After negotiations late into the night, it concluded its',
        'ninth session, approving a set of agreed conclusions on the sample theme and its follow-up.',
        SHORT,
      ],
      ['line 1: The Sample Commission met in'],
    ],
    // Negative: a long line that stops mid-sentence goes on into the next.
    [
      'a long line cut mid-sentence',
      [`${LONG_A.slice(0, -1)} and on the role of the`, SHORT],
      ['line 1: Following negotiations that went on'],
    ],
  ];
  it.each(CASES)('%s', (_name, lines, want) => {
    expect(passages(lines)).toEqual(want);
  });
});
