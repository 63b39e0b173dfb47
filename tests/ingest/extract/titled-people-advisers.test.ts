// An adviser named before their post, as a delegation's statement is headed: "Statement by Jane Examplova, Senior
// Advisor, U.S. Delegation for UN General Assembly Second Committee …" (rules/titled-people.ts POST_AFTER). The
// person is read; initials the gazetteer does not know ("U.S.") name no body (rules/affiliation-parts.ts). A
// body the adviser serves is read after the post. Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Statement by Jane Examplova, Senior Advisor, U.S. Delegation for UN General Assembly Second Committee Resolution on ICTs for Development',
    ['person:jane-examplova'],
    ['AFFILIATED_WITH person:jane-examplova organization:u-s'],
  ],
  [
    'The panel was moderated by Jon Sampleton, Special Adviser, United Nations Conference on Trade and Development.',
    ['person:jon-sampleton', 'AFFILIATED_WITH person:jon-sampleton organization:unctad Special Adviser'],
    [],
  ],
  // Negative: a post word after a body's name, or after lower-case words, makes no person.
  ['The report was prepared by the Secretariat, Legal Adviser to the Commission.', [], ['person:']],
  ['Statement by the Delegation, Senior Advisor to the Group.', [], ['person:']],
];

describe("an adviser's post after the name", () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = personFacts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});
