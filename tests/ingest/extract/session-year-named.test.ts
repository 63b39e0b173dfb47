// A session the Economic and Social Council names by its year (rules/meetings-year-sessions.ts): "Economic
// and Social Council 2098 session", dated only by the dates written beside it (since 2014 the Council's
// session runs July to July: "2098 session 27 July 2097–26 July 2098"). Found, it stops the session named
// before it: the General Assembly's session in the same flattened masthead does not take the Council's dates
// (a web copy of the Secretary-General's WSIS report, A/72/64–E/2017/12). Invented mastheads.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const ASSEMBLY =
  'General Assembly Ninety-ninth session Item 17 of the preliminary list Information and communication technologies for development';

describe('a session named by its year', () => {
  it('is the Council’s, dated by the range beside it, and the Assembly’s session takes no date of it', () => {
    const lines = meetingLines(
      extractText(
        `${ASSEMBLY}\n\nEconomic and Social Council 2098 session\n\n27 July 2097–26 July 2098\n\nItem 18 (b) of the provisional agenda`,
      ),
    );
    expect(lines).toContain('meeting:ecosoc-session-2098 2097-07-27 organization:ecosoc');
    expect(lines.filter((l) => l.startsWith('meeting:general-assembly-99'))).toEqual([]);
  });
  it('a range run together by the copy ("201422") dates neither session', () => {
    const lines = meetingLines(
      extractText(
        `${ASSEMBLY} Economic and Social Council 2098 session 27 July 209726 July 2098 Item 18 (b) of the provisional agenda`,
      ),
    );
    expect(lines).toEqual([]);
  });
  it.each([
    ['a year with no body before it', 'In the 2098 session, 27 July 2097–26 July 2098, the delegates met.'],
    [
      'a body named further off',
      'The Economic and Social Council decided that its next 2098 session, 27 July 2097–26 July 2098, would meet.',
    ],
  ])('not a year-named session: %s', (_n, text) => {
    expect(meetingLines(extractText(text)).filter((l) => l.includes('session-2098'))).toEqual([]);
  });
});
