// A surname alone resolves to the person of that surname only when the
// honorifics agree (rules/people-surnames.ts otherGender): summary records name
// delegates by surname, and "Ms. Sample (Chile) … moderated" after "Mr. Peter
// Sample (Hungary)" gave Peter Sample her role. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD =
  'Summary Report MAG Virtual Meeting 8 November 2016\n\n1. Mr. Peter Sample (Hungary) opened the meeting.\n\n2. ';

const roles = (text: string) =>
  extractText(HEAD + text)
    .edges.filter((e) => e.type === 'SPOKE_AT' && e.from === 'person:peter-sample')
    .map((e) => String(e.properties.role));

const CASES: [text: string, want: RegExp, not: RegExp | undefined][] = [
  ['Ms. Sample (Chile) moderated the second session.', /opening/, /moderator/],
  ['Mrs. Sample moderated the second session.', /opening/, /moderator/],
  ['Mr. Sample moderated the second session.', /moderator/, undefined],
];

describe('a surname alone and the honorific', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = roles(text).join('; ');
    expect(got).toMatch(want);
    if (not) expect(got).not.toMatch(not);
  });
});
