// The Broadband Commission for Sustainable Development (ITU and UNESCO, 2010; named "for Digital
// Development" until 2015) is one body under each of its names (seeds/gazetteer/organizations.json): its
// meetings' press releases and co-chairs' remarks write both. Texts are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const orgs = (text: string): string[] => nodeIds(text, 'Organization');

const BC = 'organization:broadband-commission';
const CASES: [string, boolean][] = [
  ['The Broadband Commission for Digital Development met in New York.', true],
  ['The Broadband Commission for Sustainable Development met in Geneva.', true],
  ['The UN Broadband Commission released its report.', true],
  ["The Broadband Commission's working group met.", true],
  // Negative: another body with broadband in its name.
  ['The Broadband Deployment Advisory Committee met in Washington.', false],
];

describe('the Broadband Commission', () => {
  for (const [text, want] of CASES) it(text, () => expect(orgs(text).includes(BC)).toBe(want));
});
