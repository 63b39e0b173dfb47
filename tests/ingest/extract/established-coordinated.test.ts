// Bodies listed together before an active verb of setting up each set the gathering up
// (rules/established-coordinated.ts): "ITU, UNESCO and UNDP organised a consultation meeting of …, in Geneva,
// on 24 February 2006" (ITU's page of that meeting). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => e.from)
    .sort();

const CASES: [string, string[]][] = [
  [
    'In line with the Tunis Agenda, ITU, UNESCO and UNDP organised a consultation meeting of sample facilitators in Geneva, on 24 February 2031.',
    ['organization:itu', 'organization:undp', 'organization:unesco'],
  ],
  [
    'UNESCO and ITU organized a workshop on sample media in Paris on 3 May 2031.',
    ['organization:itu', 'organization:unesco'],
  ],
  [
    'UNCTAD, ITU, and UNDP convened a workshop on sample data in Geneva on 3 May 2031.',
    ['organization:itu', 'organization:unctad', 'organization:undp'],
  ],
  // Negative: a body before a comma with no "and" in the list is no subject.
  ['With ITU, UNDP organised a workshop on sample media in Paris on 3 May 2031.', ['organization:undp']],
  // Negative: a body the gazetteer does not know ends the list.
  [
    'The Sample Foundation and UNDP organised a workshop on sample media in Paris on 3 May 2031.',
    ['organization:undp'],
  ],
];

describe('bodies named together organise a gathering', () => {
  it.each(CASES)('%s', (text, want) => {
    expect([...new Set(established(text))]).toEqual(want);
  });
});
