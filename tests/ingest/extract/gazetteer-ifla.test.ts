// The International Federation of Library Associations and Institutions (IFLA), a WSIS and IGF stakeholder,
// is one body under its name and acronym (seeds/gazetteer/organizations.json): event notices on the 2014 São
// Paulo meeting write the acronym alone. Texts are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const orgs = (text: string): string[] => nodeIds(text, 'Organization');

const IFLA = 'organization:ifla';
const CASES: [string, boolean][] = [
  ['IFLA will be represented at the meeting by its Deputy Secretary General.', true],
  ['The International Federation of Library Associations and Institutions submitted a contribution.', true],
  // Negative: another federation.
  ['The International Federation of Sample Associations submitted a contribution.', false],
];

describe('IFLA', () => {
  for (const [text, want] of CASES) it(text, () => expect(orgs(text).includes(IFLA)).toBe(want));
});
