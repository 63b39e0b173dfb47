// A press release's headline writes its verb in title case after the post
// (rules/titled-people.ts HEADLINE_WORD): "Secretary-General Appoints Jane Doe
// of Kenya as …" names no person "Appoints Jane Doe". Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText, personNames } from './helpers.ts';

const people = personNames;

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Secretary-General Appoints Jane Example of Kenya as Assistant Secretary-General for Policy Coordination',
    [],
    ['Appoints Jane Example'],
  ],
  ['Secretary-General Names Ana Example of Chile Special Envoy on Technology', [], ['Names Ana Example']],
  ['President of the General Assembly Welcomes Tom Example as Co-Facilitator', [], ['Welcomes Tom Example']],
  [
    'United Nations Secretary-General António Guterres today announced the appointment of a new envoy.',
    ['António Guterres'],
    [],
  ],
  ['ITU Secretary-General Houlin Zhao opened the meeting.', ['Houlin Zhao'], []],
];

describe('post + name in press-release headlines', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = people(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

// A post no longer held (rules/titled-people.ts FORMER): "Former Secretary-General Ban Ki-moon attended"
// names the person but is no AFFILIATED_WITH the office.
const held = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`);

const FORMER: [text: string, want: string[], not: string[]][] = [
  [
    'Former Secretary-General Ban Example attended as a guest of honour.',
    [],
    ['person:ban-example organization:secretary-general'],
  ],
  [
    'The outgoing ITU Secretary-General Tom Example thanked the staff.',
    [],
    ['person:tom-example organization:itu'],
  ],
  ['ITU Secretary-General Ana Example opened the meeting.', ['person:ana-example organization:itu'], []],
];

describe('a former post before the name', () => {
  it.each(FORMER)('%s', (text, want, not) => {
    const got = held(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
