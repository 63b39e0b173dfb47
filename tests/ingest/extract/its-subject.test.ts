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

// The body a sentence asks to act holds "its" session in the infinitive's clause. A session needs a
// date to be kept (meetings.ts), hence "in 2015".
const ASKED: [sentence: string, want: string[], not: string[]][] = [
  // The body asked to act is the subject of the infinitive "its" stands in, not the sentence's subject
  // (a stakeholder page on the CSTD's WSIS review).
  [
    'The Commission on Science and Technology for Development met in Geneva. The Economic and Social Council requested the Commission to submit, after its eighteenth session, the results of its review to the General Assembly in 2015.',
    ['meeting:cstd-18 organization:cstd'],
    ['meeting:ecosoc-18 organization:ecosoc'],
  ],
  [
    'The Commission on Science and Technology for Development met in Geneva. The Economic and Social Council invited the Commission to report at its eighteenth session in 2015.',
    ['meeting:cstd-18 organization:cstd'],
    ['meeting:ecosoc-18 organization:ecosoc'],
  ],
  // Negative: no body is asked to act; the sentence's subject holds its session.
  [
    'The Commission on Science and Technology for Development met in Geneva. The Economic and Social Council, having heard the Commission, decided to consider the matter at its eighteenth session in 2015.',
    ['meeting:ecosoc-18 organization:ecosoc'],
    ['meeting:cstd-18 organization:cstd'],
  ],
];

describe('"requested the Commission to …, after its eighteenth session"', () => {
  it.each(ASKED)('%s', (sentence, want, not) => {
    const got = sessions(sentence);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
