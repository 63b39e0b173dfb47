// A chair's post held for a session (rules/chair-session.ts, with "the Commission for its …" read as the
// Commission named before, rules/gazetteer-mentions.ts): "Mr. X was elected Chair of the Commission for
// its twenty-second session" and "The Commission elected Ms. Y Chair for its twenty-second session" (CSTD
// session reports) go to the session when the document dates it, else to the Commission; so does "the
// Chair of the 25th session, Mr. X". "for" followed by anything else still starts another body's name.
// Names of people are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const DATED =
  '1. The Commission on Science and Technology for Development held its twenty-second session in Geneva from 13 to 17 May 2019.\n\n';
const UNDATED = 'Commission on Science and Technology for Development\n\n1. The Commission met.\n\n';

const chaired = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'passive, dated session: the session',
    `${DATED}2. Mr. Jon Sample (Austria) was elected Chair of the Commission for its twenty-second session.`,
    ['person:jon-sample meeting:cstd-22 Chair'],
  ],
  [
    'active, dated session: the session',
    `${DATED}2. The Commission elected Ms. Ana Example Chair for its twenty-second session.`,
    ['person:ana-example meeting:cstd-22 Chair'],
  ],
  [
    'passive, undated session: the Commission',
    `${UNDATED}2. Mr. Jon Sample (Austria) was elected Chair of the Commission for its twenty-second session.`,
    ['person:jon-sample organization:cstd Chair'],
  ],
  [
    '"the Chair of the 25th session, Mr. X", undated: the Commission holding it',
    `${UNDATED}2. The Chair of the 25th session, Mr. Jon Sample (Austria), will continue to serve in the interim.`,
    ['person:jon-sample organization:cstd Chair'],
  ],
  [
    '"the Chair of the 22nd session, Mr. X", dated: the session',
    `${DATED}2. The Chair of the 22nd session, Mr. Jon Sample (Austria), opened the meeting.`,
    ['person:jon-sample meeting:cstd-22 Chair'],
  ],
  // "for" starting another name, or another session word: no anaphor, no post.
  [
    '"the Commission for Social Development" is another body',
    `${DATED}2. Mr. Jon Sample (Austria) was elected Chair of the Commission for Social Development.`,
    [],
  ],
  [
    '"the Commission for the next session" is not read as the Commission named before',
    `${DATED}2. Mr. Jon Sample (Austria) was elected Chair of the Commission for the next session.`,
    [],
  ],
  [
    'no Commission named before',
    '2. Mr. Jon Sample was elected Chair of the Commission for its first session.',
    [],
  ],
  // A session named after something other than "for": the Commission's post, as before.
  [
    'a session after other words stays the Commission',
    `${DATED}2. Mr. Jon Sample (Austria) was elected Chair of the Commission, which then closed its twenty-second session.`,
    ['person:jon-sample organization:cstd Chair'],
  ],
];

describe('a chair post held for a session', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(chaired(text)).toEqual(want);
    });
});
