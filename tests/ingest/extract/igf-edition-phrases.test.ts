// IGF editions named in the words of IGF notices (rules/meetings.ts IGF_TITLE, meetings-next-edition.ts,
// meetings-lists.ts): "The Twentieth Annual Meeting of the Internet Governance Forum (IGF) was hosted …" is
// the 20th IGF with its dates and city; "the next meeting of the Internet Governance Forum, which is to be held
// in <city> from <dates>" is the edition of that year; an edition inside another gathering's name ("the
// Youth Session at the IGF 2094, took place on …") takes no date of that gathering; a list of past editions
// that gives one year twice (a slip) gives neither item.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

/** Each IGF edition as "id startDate endDate city country". */
const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.id.startsWith('meeting:igf-'))
    .map((n) =>
      ['startDate', 'endDate', 'city', 'country'].reduce((s, k) => `${s} ${n.properties[k] ?? '-'}`, n.id),
    )
    .sort();

describe('IGF editions by their notices’ words', () => {
  // [text, meetings]
  const CASES: [string, string[]][] = [
    [
      'The Twentieth Annual Meeting of the Internet Governance Forum (IGF) was hosted in Oslo from 2 to 5 June 2025.',
      ['meeting:igf-20 2025-06-02 2025-06-05 Oslo -'],
    ],
    // The day it closed is its last, not its first (meeting-dates.ts CLOSING_DAY): only the year is known.
    [
      'The 18th Annual Meeting of the Internet Governance Forum closed on 12 October 2023.',
      ['meeting:igf-18 2023 - - -'],
    ],
    // Negative: another body's annual meeting.
    ['The Twentieth Annual Meeting of the Association of Net Users was held on 2 June 2025.', []],
    [
      'The main task of the Group is to prepare the next meeting of the Internet Governance Forum, which is to be held in Vilnius, Lithuania, from 14 to 17 September 2010.',
      ['meeting:igf-5 2010-09-14 2010-09-17 Vilnius Lithuania'],
    ],
    // Negative: no "which is to be held", no edition.
    [
      'The Group assists the preparations for the annual meeting of the Internet Governance Forum, and was renewed on 5 May 2010.',
      [],
    ],
    // The date is the planning call's, the edition only its year.
    [
      'The third planning call for the Youth Session at the IGF 2094, took place on 12 March 2094.',
      ['meeting:igf-89 2094 - - -'],
    ],
    // Positive control: the edition itself took place on the day.
    ['The IGF 2094 took place on 12 March 2094.', ['meeting:igf-89 2094-03-12 - - -']],
    // The forum's numbered meeting is its edition; a body named after it owns the meeting (a MAG summary).
    [
      'The second meeting of the Internet Governance Forum took place from 12 to 15 November 2007.',
      ['meeting:igf-2 2007-11-12 2007-11-15 - -'],
    ],
    [
      'The second meeting of the Internet Governance Forum Multistakeholder Advisory Group was held in Geneva on 12 and 13 May 2016.',
      ['meeting:igf-mag-meeting-2 2016-05-12 2016-05-13 Geneva -'],
    ],
    // A year given twice in a list of past editions: neither item is numbered by it.
    [
      "The Internet Governance Forum is an outcome of the Summit. The Forum's past three meetings took place in Athens, Greece, in November 2006; Rio de Janeiro, Brazil, in November 2008; and Hyderabad, India, in December 2008.",
      ['meeting:igf-1 2006-11 - Athens Greece'],
    ],
  ];
  for (const [text, want] of CASES) it(text.slice(0, 90), () => expect(meetings(text)).toEqual(want));
});
