// A named gathering's name starts on the last line it runs onto that opens with a capital or a digit
// (rules/meetings-named.ts lineOpening): a masthead's "Open Consultation Process\n1st Physical Meeting" names
// the "1st Physical Meeting" (a line of its own); a paragraph wrapped at its width, the name going on after
// the break on the same line ("an Inter-sessional Panel\nMeeting in Lisbon"), keeps its words. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? ''}`);

describe('a named meeting across lines', () => {
  const cases: [string, string[]][] = [
    [
      'Sample High-Level Event: Open Consultation Process\n1st Physical Meeting\nGeneva\n7-8 October 2013\nMain Outcomes by Chairman',
      ['1st Physical Meeting 2013-10-07'],
    ],
    // A name on one line of its own is read whole; a line break after a lower-case word is no new line.
    [
      'Sample High-Level Event: Open Consultation Process\nRegional Expert Meeting\nGeneva\n7-8 October 2013\nMain Outcomes',
      ['Regional Expert Meeting 2013-10-07'],
    ],
  ];
  for (const [text, want] of cases)
    it(text.replace(/\n/g, ' ').slice(0, 80), () => {
      expect(meetings(text)).toEqual(want);
    });
});
