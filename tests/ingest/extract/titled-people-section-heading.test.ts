// A report's title block run into one line puts a section heading right after the author's post:
// "Report of the Secretary-General Executive Summary This report …" (rules/titled-people.ts). No person
// is read from a section heading's words or a determiner; a name after the post still is. Synthetic text.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const CASES: [text: string, want: string[]][] = [
  [
    'Progress made in 2099 Report of the Secretary-General Executive Summary This report reviews progress.',
    [],
  ],
  ['Report of the Secretary-General Introduction The present report responds to the request.', []],
  ['Report of the Executive Director Summary This report reviews the year.', []],
  [
    'The meeting was opened by Secretary-General Jane Examplova, who welcomed the delegates.',
    ['Jane Examplova'],
  ],
];

describe('a section heading after a post', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(personNames(text)).toEqual(want);
  });
});
