// A specialized agency's Assistant or Deputy Director-General beside a name (rules/people-agency-posts.ts):
// "Mr X, Assistant Director-General for Communication and Information, addressed the session", "the Assistant
// Director-General for CI, Mr. Y" (UNESCO's news of its councils) is AFFILIATED_WITH the one agency headed by a
// Director-General the text names. Names and sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim());

describe('an agency’s Assistant Director-General beside a name', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'Sample council opens\n\nThe council met at UNESCO Headquarters. Ms. Ana Sample, Assistant Director-General for Education, opened the session.',
      ['person:ana-sample organization:unesco Assistant Director-General for Education'],
      [],
    ],
    [
      'Sample council opens\n\nThe council met at UNESCO Headquarters. In his remarks, the Deputy Director-General for Social and Human Sciences, Mr. Jon Example, welcomed the delegates.',
      ['person:jon-example organization:unesco Deputy Director-General for Social and Human Sciences'],
      [],
    ],
    // Two agencies headed by a Director-General: whose post it is, the text does not say.
    [
      'Sample forum opens\n\nUNESCO and FAO met in Rome. Ms. Ana Sample, Assistant Director-General for Education, opened the session.',
      [],
      ['person:ana-sample organization:unesco Assistant Director-General for Education'],
    ],
    // No agency named; a post that does not touch the name.
    [
      'Sample forum opens\n\nMs. Ana Sample, Assistant Director-General for Education, opened the session.',
      [],
      ['person:ana-sample organization:unesco Assistant Director-General for Education'],
    ],
    [
      'Sample council opens\n\nThe council met at UNESCO Headquarters. Mr. Jon Example thanked the Assistant Director-General for Education for her support.',
      [],
      ['person:jon-example organization:unesco Assistant Director-General for Education'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 100), () => {
      const got = affiliations(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
