// A Human Rights Council masthead dates its session across two months on the line under it: "Thirty-fourth
// session" over "27 February–24 March 2017", and a copy may run the agenda line on ("18 June–6 July 2018 Agenda
// item 3", right-docs' copy of A/HRC/RES/38/7). The date line belongs to the session heading (meeting-window.ts
// DATE_LINE, q94); a session no document dates is left out of the graph. Mastheads invented in that layout.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const masthead = (dateLine: string) =>
  [
    'Human Rights Council Ninety-fourth session',
    '',
    dateLine,
    '',
    'Agenda item 3',
    '',
    'Resolution adopted by the Human Rights Council on 23 March 2097',
    '',
    '94/7. The right to sample privacy',
    '',
    'The Human Rights Council,',
    '',
    '1. Decides to remain seized of the matter.',
  ].join('\n');

const session = (dateLine: string) => {
  const m = extractText(masthead(dateLine), 'a-hrc-res-94-7.txt').nodes.find(
    (n) => n.id === 'meeting:human-rights-council-94',
  );
  return m ? `${m.properties.startDate}/${m.properties.endDate}` : '-';
};

describe("a session's date line under its masthead", () => {
  const CASES: [dateLine: string, want: string][] = [
    ['27 February–24 March 2097', '2097-02-27/2097-03-24'],
    ['18 June–6 July 2097 Agenda item 3', '2097-06-18/2097-07-06'],
    ['14–18 May 2097', '2097-05-14/2097-05-18'],
    // Negative: a line that is no date line (a sentence with a date) does not date the session.
    ['The Council met on 2 March 2097 in Geneva.', '-'],
    ['18 June–6 July 2097 and other dates', '-'],
  ];
  it.each(CASES)('%s', (dateLine, want) => expect(session(dateLine)).toBe(want));
});
