// The Brazilian Internet Steering Committee (CGI.br, Comitê Gestor da Internet no Brasil), the
// multistakeholder body that organised NETmundial (2014) and NETmundial+10 (2024), is one body under its names
// (seeds/gazetteer/organizations.json): the meetings' press releases write the English name with the
// acronym. Texts are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const orgs = (text: string): string[] => nodeIds(text, 'Organization');

const CGI = 'organization:cgi-br';
const CASES: [string, boolean][] = [
  ['The meeting was organised in partnership with the Brazilian Internet Steering Committee (CGI.br).', true],
  ['The Brazilian Internet Steering Committee has announced a second meeting.', true],
  ['The Comitê Gestor da Internet no Brasil published its annual survey.', true],
  // Negative: another steering committee, and another CGI.
  ['The Exampleton Internet Steering Committee met in Exampleton.', false],
  ['The CGIAR centres met in Rome.', false],
];

describe('the Brazilian Internet Steering Committee', () => {
  for (const [text, want] of CASES) it(text, () => expect(orgs(text).includes(CGI)).toBe(want));
});
