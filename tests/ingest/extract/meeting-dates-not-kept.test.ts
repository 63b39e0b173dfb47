// A date the meeting did not keep is not its date (rules/meeting-dates.ts
// NOT_KEPT): "The fourth meeting, originally planned for 22 January 2018, was
// postponed" dated the meeting 22 January 2018. The date it was moved to
// counts; with none in reach the meeting stays undated (and is left out unless
// another text dates it). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const WG =
  'Working Group on Enhanced Cooperation (2016-2018)\n\n1. The Working Group held its third meeting from 29 November to 1 December 2017 in Geneva.\n\n2. ';

const dates = (text: string) =>
  Object.fromEntries(
    extractText(WG + text)
      .nodes.filter((n) => n.type === 'Meeting')
      .map((n) => [n.id, n.properties.startDate]),
  );

const M4 = 'meeting:wgec-2016-2018-4';
const CASES: [text: string, want: string | undefined][] = [
  ['The fourth meeting, originally planned for 22 January 2018, was postponed.', undefined],
  [
    'The fourth meeting, originally scheduled for 22 January 2018, took place on 25 January 2018.',
    '2018-01-25',
  ],
  ['The fourth meeting, postponed from 22 January 2018, was held on 26 January 2018.', '2018-01-26'],
  ['The fourth meeting took place on 25 January 2018.', '2018-01-25'],
];

describe('a date the meeting did not keep', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(dates(text)[M4]).toBe(want);
  });
});
