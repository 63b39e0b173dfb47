// The second agent of "opened by A and B" spoke too (rules/speakers-coordinated.ts): a UN DESA page on an IGF
// annual meeting, "The event was opened by Secretary-General A and Chancellor B". Names are invented.

import { describe, expect, it } from 'vitest';
import { coordinatedAgentVerb } from '../../../ingest/extract/rules/speakers-coordinated.ts';
import { extractText } from './helpers.ts';

const MEETING = 'The 30th annual meeting of the IGF was held in Exampleton from 3 to 6 May 2030. ';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.properties.role ?? ''}`);

describe('the second agent of "opened by A and B"', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${MEETING}The event was opened by Secretary-General Jon Example and Chancellor Ana Sample.`,
      ['person:jon-example opening', 'person:ana-sample opening'],
      [],
    ],
    [
      `${MEETING}The session was moderated by Ms. Ana Sample and Mr. Jon Example.`,
      ['person:ana-sample moderator', 'person:jon-example moderator'],
      [],
    ],
    // Another verb with its own agent: only that verb's.
    [
      `${MEETING}The session was hosted by Ms. Ana Sample from the Secretariat and Mr. Jon Example spoke later.`,
      [],
      ['person:jon-example opening', 'person:jon-example moderator'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(MEETING.length), () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });

  const BEFORE: [before: string, want: string | undefined][] = [
    ['The event was opened by Secretary-General Jon Example and Chancellor ', 'opened'],
    ['The panel was moderated by Ms. Ana Sample and ', 'moderated'],
    ['The event was opened by the host and ', undefined],
    ['The meeting was hosted by Ms. Ana Sample from the Secretariat and ', undefined],
    ['Ms. Ana Sample and ', undefined],
  ];
  for (const [before, want] of BEFORE) it(before, () => expect(coordinatedAgentVerb(before)).toBe(want));
});
