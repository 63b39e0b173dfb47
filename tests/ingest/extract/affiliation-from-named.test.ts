// A name, "from", then a body the gazetteer does not know but whose form names it (rules/affiliation-from-named.ts):
// "Prof. Jon Example from the University of Sampleton briefed …" (an IGF initiatives' meeting summary). Names
// and bodies are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`);

describe('affiliation from a body named by its form', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'On behalf of the project, Prof. Jon Example from the University of Sampleton briefed the participants.',
      ['person:jon-example organization:university-of-sampleton'],
      [],
    ],
    [
      'The report was presented by Ms. Ana Sample from the Example Foundation, who answered questions.',
      ['person:ana-sample organization:example-foundation'],
      [],
    ],
    // Words between the name and "from": no affiliation.
    [
      'Prof. Jon Example received a letter from the University of Sampleton last week.',
      [],
      ['person:jon-example organization:university-of-sampleton'],
    ],
    // A State after "from" is not this rule's (people-from-states.ts).
    ['Ms. Ana Sample from Kenya opened the meeting.', [], ['person:ana-sample organization:university']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = affiliations(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
