// A speaker's own clause gives a deadline, not the meeting's date: "Before we conclude today's open
// consultation, I would like to remind all of you … that written contributions can still be provided
// through 31 December 2010" (closing remarks at the 2010 consultations on enhanced cooperation); so does
// "no later than" (rules/meeting-dates.ts OTHER_CLAUSE). Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const CASES: [sentence: string, date: string | undefined][] = [
  [
    'Before we conclude today’s open consultation, I would like to remind you that comments can be sent through 31 December 2096.',
    undefined,
  ],
  ['The open consultation accepted written comments no later than 31 December 2096.', undefined],
  ['The open consultation was held in New York on 14 December 2096.', '2096-12-14'],
  ['At the open consultation, held on 14 December 2096, I spoke first.', '2096-12-14'],
];

describe("a speaker's deadline dates no meeting", () => {
  it.each(CASES)('%s', (sentence, date) => {
    const g = extractText(`Closing remarks\n\n${sentence}`);
    const dates = g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.properties.startDate);
    if (date) expect(dates).toContain(date);
    else expect(dates).not.toContain('2096-12-31');
  });
});
