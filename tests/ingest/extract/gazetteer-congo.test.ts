// The two Congos (seeds/gazetteer/member-states.json): a stakeholder's contact
// line in a compilation of questionnaire replies writes "Country: DEMOCRATIC
// REPUBLIC OF CONGO", without "the"; it is the Democratic Republic of the
// Congo, not the Republic of the Congo its last word would give. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const states = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization' && n.properties.kind === 'member-state')
    .map((n) => n.id);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Yes Country: DEMOCRATIC REPUBLIC OF CONGO Organization: Example Centre',
    ['organization:democratic-republic-of-the-congo'],
    ['organization:congo'],
  ],
  [
    'The Democratic Republic of Congo replied to the questionnaire.',
    ['organization:democratic-republic-of-the-congo'],
    ['organization:congo'],
  ],
  [
    'The Democratic Republic of the Congo replied.',
    ['organization:democratic-republic-of-the-congo'],
    ['organization:congo'],
  ],
  // Negative: the Republic of the Congo alone is Congo.
  [
    'The Republic of the Congo replied to the questionnaire.',
    ['organization:congo'],
    ['organization:democratic-republic-of-the-congo'],
  ],
];

describe('the two Congos', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = states(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
