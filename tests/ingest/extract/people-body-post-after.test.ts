// A bare name between commas with its post after the body it is held in (rules/people-body-post-after.ts):
// "Opening the high-level meeting, Jane Roe, General Assembly President, said …" (GA/11741's form). The
// words before the post must be one known body, all of them. Names and sentences are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'after an opening clause, then "said"',
    'Opening the high-level meeting, Jane Roe, General Assembly President, said that progress had been made.',
    ['person:jane-roe', 'AFFILIATED_WITH person:jane-roe organization:general-assembly President'],
  ],
  [
    'opening the sentence, a comma after the post',
    'John Doe, ITU Secretary-General, and the host opened the meeting.',
    ['person:john-doe', 'AFFILIATED_WITH person:john-doe organization:itu Secretary-General'],
  ],
  [
    'a chair post: CHAIRED the body',
    'In her remarks, Jane Roe, CSTD Chair, said the panel met twice.',
    ['person:jane-roe', 'CHAIRED person:jane-roe organization:cstd'],
  ],
  [
    'words before the post that are no known body',
    'Later, Jane Roe, Regional Forum President, said it was late.',
    [],
  ],
  ['a place, not a person', 'In Geneva, New York, General Assembly President, said nothing.', []],
  ['no comma or verb after the post', 'Jane Roe, General Assembly President and host of the event.', []],
];

describe('a bare name, then a body and its post', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(personFacts(text).sort()).toEqual([...want].sort());
    });
});
