// A web copy of a Human Rights Council resolution with a blank line after every line of the PDF: a list of
// resolutions broken there stays one passage (segment.ts, continuesNumbers); other lines stay apart.
// Invented lines in the copies' layout.

import { describe, expect, it } from 'vitest';
import { segment } from '../../../ingest/segment/segment.ts';

const passages = (lines: string[]) =>
  segment({ text: lines.join('\n\n') }).map((p) => p.text.replace(/\n+/g, ' | '));

describe('a list of resolutions over blank lines', () => {
  const CASES: [name: string, lines: string[], want: string[]][] = [
    [
      'a number after "and"',
      [
        'Recalling also General Assembly resolutions 98/167 of 18 December 2093 and',
        '99/166 of 18 December 2094 on sample rights,',
      ],
      [
        'Recalling also General Assembly resolutions 98/167 of 18 December 2093 and | 99/166 of 18 December 2094 on sample rights,',
      ],
    ],
    [
      'a number after "resolutions"',
      ['and recalling also General Assembly resolutions', '98/167 of 18 December 2093,'],
      ['and recalling also General Assembly resolutions | 98/167 of 18 December 2093,'],
    ],
    [
      'a month after its day, a year after its month',
      [
        'resolutions 12/16 of 2 October 2089 and 28/16 of 26',
        'March 2095 and 34/7 of 23 December',
        '2097 on sample privacy,',
      ],
      [
        'resolutions 12/16 of 2 October 2089 and 28/16 of 26 | March 2095 and 34/7 of 23 December | 2097 on sample privacy,',
      ],
    ],
    [
      '"resolutions" going on from the line before',
      ['on the Internet, and Council', 'resolutions 12/16 of 2 October 2089 on sample expression,'],
      ['on the Internet, and Council | resolutions 12/16 of 2 October 2089 on sample expression,'],
    ],
    // Not joined: a heading over a line opening with a number, a year after a bare day, a capital after "of 26".
    [
      'a finished line',
      ['Agenda item 3', '28/16 of 26 March 2095 says'],
      ['Agenda item 3', '28/16 of 26 March 2095 says'],
    ],
    [
      'a year after a day alone',
      ['It met on 26', '2095 was the year'],
      ['It met on 26', '2095 was the year'],
    ],
    ['no month after "of 26"', ['a total of 26', 'Members attended'], ['a total of 26', 'Members attended']],
  ];
  for (const [name, lines, want] of CASES) it(name, () => expect(passages(lines)).toEqual(want));
});
