// A copy that lower-cases the last words of an institution's name cuts it: no name is read from the
// capitalised part alone (rules/org-names.ts NAMED_HEAD). Sentences in the style of a meeting organiser's
// press release on its co-chairs; names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization' && n.properties.kind !== 'member-state')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[]][] = [
  ['She is a research scholar at the Exampleton Institute of technology (EIT-D).', []],
  ['He teaches at the Sample University of applied sciences.', []],
  // The name ends there, or goes on in capitals, or "of" opens a phrase of its own.
  ['She is a research scholar at the Exampleton Institute.', ['organization:exampleton-institute']],
  ['He studied at the University of Exampleton.', ['organization:university-of-exampleton']],
  ['The Exampleton Foundation of the north funded the study.', ['organization:exampleton-foundation']],
];

describe('an institution named with a lower-cased tail', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(orgs(text)).toEqual(want);
  });
});
