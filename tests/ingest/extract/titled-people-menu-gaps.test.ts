// A web page's menu bar sets its links apart by runs of spaces: "General Assembly Home  President  Journal
// Webcast" gives no person after the post (rules/titled-people.ts, LAYOUT_GAP); a name set one space apart
// after a post still is one. Synthetic text in the style of un.org committee pages and press releases.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const CASES: [text: string, want: string[]][] = [
  ['Economic & Financial\nUN Home    General Assembly Home  President  Journal  Webcast', []],
  ['Home  Secretary-General  Press Releases  Photos', []],
  ['Home\tPresident\tJournal Webcast', []],
  [
    'In opening remarks, Assembly Vice-President Jane Examplova (Kenya) spoke on behalf of the President.',
    ['Jane Examplova'],
  ],
  ['The session was opened by President Jon Sampleton, who welcomed the delegates.', ['Jon Sampleton']],
];

describe('menu gaps after a post', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(personNames(text)).toEqual(want);
  });
});
