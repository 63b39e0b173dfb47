// A bulleted speaker list "• <Name>, <Post>, <Body>" (rules/people-bullet-posts.ts), as an IGF session
// page lists its speakers without honorifics; "<Body> & <Body>" in the chain (rules/affiliation-two-
// bodies.ts); "IGF MAG" is the MAG (gazetteer alias). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const PAGE = (lines: string) => `Session at a glance\n\nSpeakers\n\n${lines}\n\nSession report\n`;

const CASES: [text: string, type: string, from: string, to: string, expected: boolean][] = [
  [PAGE('  • Jon Sample, Chair, IGF MAG'), 'CHAIRED', 'person:jon-sample', 'organization:igf-mag', true],
  [
    PAGE('  • Jon Sample, Head, IGF Secretariat'),
    'AFFILIATED_WITH',
    'person:jon-sample',
    'organization:igf-secretariat',
    true,
  ],
  [
    PAGE('  • Jane Example, Senior Advisor, Geneva Example Platform & DiploFoundation'),
    'AFFILIATED_WITH',
    'person:jane-example',
    'organization:diplofoundation',
    true,
  ],
  // An ampersand inside a name the gazetteer does not know whole leaves the name one body.
  [
    PAGE('  • Jane Example, Director, Bill & Melinda Example Foundation'),
    'AFFILIATED_WITH',
    'person:jane-example',
    'organization:bill-and-melinda-example-foundation',
    true,
  ],
];

// Lines that name nobody: topics, a place, a body, no post after the first comma, no bullet.
const NOBODY: [text: string, id: string][] = [
  [PAGE('  • Access Equity, Inclusion, Rights'), 'person:access-equity'],
  [PAGE('  • New Delhi, Head, Example Office'), 'person:new-delhi'],
  [PAGE('  • Jon Sample, Kenya, Example Office'), 'person:jon-sample'],
  [PAGE('Jon Sample, Head, Example Office, Kenya'), 'person:jon-sample'],
  [PAGE('  • Jon Sample, Chair'), 'person:jon-sample'],
];

describe('a bulleted speaker list', () => {
  for (const [text, type, from, to, expected] of CASES)
    it(`${from} ${type} ${to}`, () => expect(hasEdge(extractText(text), type, from, to)).toBe(expected));
  for (const [text, id] of NOBODY)
    it(`no ${id} in ${JSON.stringify(text.slice(30, 70))}`, () =>
      expect(hasNode(extractText(text), id)).toBe(false));
  it('makes no joint body of "A & B"', () =>
    expect(
      hasNode(
        extractText(PAGE('  • Jane Example, Senior Advisor, Geneva Example Platform & DiploFoundation')),
        'organization:geneva-example-platform-and-diplofoundation',
      ),
    ).toBe(false));
});
