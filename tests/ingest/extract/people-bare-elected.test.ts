// A name without an honorific opening a sentence or a bullet, then its election to a post
// (rules/people-bare-apposition.ts, (d)): "• Peter Major was elected as chair of the 19th CSTD session."
// (an account of the CSTD's eighteenth session). A State or a body elected is no person; nor a name in the
// middle of a sentence. Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

describe('a bare name elected to a post', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'Highlights from CSTD 18th Session\n\n  • Ana Example was elected as chair of the 19th CSTD session.',
      ['person:ana-example', 'CHAIRED person:ana-example organization:cstd'],
      [],
    ],
    [
      'The session closed at noon. Rob Sample was unanimously elected Vice-Chair of the Commission on Science and Technology for Development.',
      ['person:rob-sample'],
      [],
    ],
    [
      'The session closed. Saudi Arabia was elected as Rapporteur of the Commission.',
      [],
      ['person:saudi-arabia'],
    ],
    ['The Bureau was elected as follows.', [], ['person:the-bureau']],
    ['the report. ana example was elected as chair of the Commission.', [], ['person:ana-example']],
    // Not the opening of a sentence: another rule's business, none here.
    [
      'In May the delegates noted that Ana Example was elected as chair of the group.',
      [],
      ['person:ana-example'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 60), () => {
      const got = personFacts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
