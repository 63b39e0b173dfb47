// A blog's date badge over a post (rules/title-date-badge.ts): the weekday, then month, day and year run
// together ("Friday" / "Sep132024"); the badge dates the post and the line under it titles it. Invented posts
// in the grammar of an NGO newsletter on a summit's preparatory process.

import { describe, expect, it } from 'vitest';
import { badgeDate } from '../../../ingest/extract/rules/title-date-badge.ts';
import { extractText } from './helpers.ts';

const doc = (text: string) => {
  const n = extractText(text, 'post.txt').nodes.find(
    (x) => x.type === 'Document' && x.properties.file === 'post.txt',
  );
  return [n?.properties.title, n?.properties.date];
};

describe('a date badge over a post', () => {
  it.each([
    [
      'Friday\nSep132098\n\nSample Summit No 9: Reappointment of co-facilitators of the preparatory processes\n\nIn his letter of 10 September, the President has reappointed the co-facilitators.',
      ['Sample Summit No 9: Reappointment of co-facilitators of the preparatory processes', '2098-09-13'],
    ],
    [
      'Tuesday\nApr092098\n\nSample Summit No 2: Zero Draft of the Sample Compact and its first reading\n\nThe President has written to Permanent Representatives.',
      ['Sample Summit No 2: Zero Draft of the Sample Compact and its first reading', '2098-04-09'],
    ],
    // Negative: no weekday over the run-together date: no date (the headline is found by other rules).
    [
      'Newsletter\nSep132098\n\nSample Summit No 9: Reappointment of co-facilitators of the preparatory processes\n\nThe President has reappointed the co-facilitators.',
      ['Sample Summit No 9: Reappointment of co-facilitators of the preparatory processes', undefined],
    ],
  ] as const)('%j', (text, want) => {
    expect(doc(text)).toEqual(want);
  });
  it.each([
    ['Friday\nSep132098', '2098-09-13'],
    ['Sunday\nFeb292096', '2096-02-29'],
    ['Sunday\nFeb302096', undefined],
    ['Friday\nSeptember 13 2098', undefined],
    ['Sep132098', undefined],
    ['Friday\nSep132098\nMore', undefined],
  ] as const)('badgeDate(%j)', (text, want) => {
    expect(badgeDate(text)).toBe(want);
  });
});
