// "… said that the Commission had held its nineteenth session" in a Second
// Committee summary record, where no Commission is named in full
// (rules/its-subject.ts): the session is not the General Assembly's of the
// masthead. A subject the document does name keeps its session. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RECORD = (sentence: string) =>
  `United Nations\nA/C.2/71/SR.20\nGeneral Assembly\nSeventy-first session\nOfficial Records\n\nSecond Committee\nSummary record of the 20th meeting\n\n1. ${sentence}`;

const sessions = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to}`);

const CASES: [sentence: string, want: string[], not: string[]][] = [
  [
    'Ms. Ana Example (Director, UNCTAD) said that the Commission had held its nineteenth session in May 2016.',
    [],
    ['meeting:general-assembly-19 organization:general-assembly'],
  ],
  [
    'Ms. Ana Example said that the Commission on Science and Technology for Development had held its nineteenth session in May 2016.',
    ['meeting:cstd-19 organization:cstd'],
    ['meeting:general-assembly-19 organization:general-assembly'],
  ],
  [
    // "the Commission" read as the body named before it: its session is the Commission's.
    'The Commission on Science and Technology for Development met in Geneva. Later, the Commission held its twentieth session in May 2017.',
    ['meeting:cstd-20 organization:cstd'],
    ['meeting:general-assembly-20 organization:general-assembly'],
  ],
];

describe('whose "its nineteenth session" is', () => {
  it.each(CASES)('%s', (sentence, want, not) => {
    const got = sessions(RECORD(sentence));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
