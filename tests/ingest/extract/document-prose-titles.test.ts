// Titles of pages copied as plain text (rules/document.ts, rules/press-headline.ts, document-masthead.ts):
// a mailing list's copy of press release PI/1620 was titled by a wrapped line of its body, "The
// Secretary-General was requested to establish a working group", and page 2 of the WGIG report by "This
// report has been produced by the Working Group on Internet". A headline in capitals wrapped over two lines
// is joined; wrapped prose titles nothing. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string): string | undefined => {
  const d = extractText(text).nodes.find((n) => n.type === 'Document');
  return d?.properties.title as string | undefined;
};

const RELEASE = [
  '11/11/2031',
  'Press Release',
  'PI/9999',
  'EXAMPLE BODY ESTABLISHES WORKING GROUP ON DATA',
  'GOVERNANCE',
  'NEW YORK, 11 November (Working Group on Data Governance) --',
  'Secretary-General Jon Sample announced today the establishment',
  'of the Working Group on Data Governance.',
  '',
  'The Secretary-General was requested to establish a working group',
  'on data governance by the first phase of the Example Summit on',
  'Data held in Geneva in December 2030. The',
  'task of this Working Group is to organize an open dialogue.',
].join('\n');

const PAGE_TWO = [
  '- 2 -',
  'EX/PC-3/DOC/5-E',
  'I.',
  'Introduction',
  '1.',
  'This report has been produced by the Working Group on Data',
  'Governance (WGDG), which was set up by the Secretary-General of the United',
  'Nations in accordance with the mandate given to him. The WGDG comprised',
  '40 members from Governments, private sector and civil society.',
].join('\n');

const CASES: [name: string, text: string, want: string | undefined][] = [
  [
    'a press headline in capitals over two lines',
    RELEASE,
    'EXAMPLE BODY ESTABLISHES WORKING GROUP ON DATA GOVERNANCE',
  ],
  [
    'the same under a dateline run on in one block',
    RELEASE.replace('\n\n', '\n'),
    'EXAMPLE BODY ESTABLISHES WORKING GROUP ON DATA GOVERNANCE',
  ],
  ['wrapped prose under a page number', PAGE_TWO, undefined],
  // A headline of words stays.
  [
    'a web page headline',
    'Example Advisory Group Renewed to Prepare Example Forum Meeting in Mexico\n\n1. The group met in Geneva on 3 May 2031. It was renewed by the Secretary-General.',
    'Example Advisory Group Renewed to Prepare Example Forum Meeting in Mexico',
  ],
  [
    'a one-line capitals headline',
    'EX/10451\n\nEXAMPLE ASSEMBLY ENDORSES OUTCOME OF EXAMPLE SUMMIT\n\n27 March 2031\n\nThe Assembly met.',
    'EXAMPLE ASSEMBLY ENDORSES OUTCOME OF EXAMPLE SUMMIT',
  ],
];

describe('titles of pages copied as text', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(title(text)).toBe(want));
});
