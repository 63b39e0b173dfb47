// The Assembly's press releases name its officers by "Assembly" and the post: "Assembly Vice-President Jane
// Examplova (Kenya)" holds that post in the General Assembly (rules/titled-people.ts, assemblyPost), beside
// her State in brackets. Another assembly ("National Assembly", "World Health Assembly") or a text that does
// not name the General Assembly gives no such post. Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const HEAD =
  'General Assembly\n\nPlenary\n\nThe General Assembly this afternoon endorsed the outcome of the Summit.\n\n';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${HEAD}In opening remarks, Assembly Vice-President Jane Examplova ( Kenya), speaking on behalf of the President, welcomed the text.`,
    [
      'AFFILIATED_WITH person:jane-examplova organization:general-assembly Vice-President',
      'AFFILIATED_WITH person:jane-examplova organization:kenya',
    ],
    [],
  ],
  [
    `${HEAD}Assembly President Jon Sampleton said the text was a milestone.`,
    ['AFFILIATED_WITH person:jon-sampleton organization:general-assembly President'],
    [],
  ],
  // Negative: another assembly, another post, or no General Assembly named.
  [
    `${HEAD}National Assembly President Jon Sampleton said the text was a milestone.`,
    [],
    ['AFFILIATED_WITH person:jon-sampleton organization:general-assembly'],
  ],
  [
    `${HEAD}Assembly Director-General Jon Sampleton said the text was a milestone.`,
    [],
    ['AFFILIATED_WITH person:jon-sampleton organization:general-assembly'],
  ],
  [
    'The Parliament met today. Assembly President Jon Sampleton said the text was a milestone.',
    [],
    ['AFFILIATED_WITH person:jon-sampleton organization:general-assembly'],
  ],
];

describe("an officer named by the Assembly's post", () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = personFacts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});
