// A contact or signature line ("Office for Disarmament Affairs, Ms. Katherine Prizeman" under a UNODA page)
// names whom to write to, not what the document is: it never titles the document (document-headline.ts).
// Names are invented.

import { describe, expect, it } from 'vitest';
import { headlineLike } from '../../../ingest/extract/rules/document-headline.ts';
import { extractText } from './helpers.ts';

const LINES: [line: string, title: boolean][] = [
  ['Office for Disarmament Affairs, Ms. Ana Example', false],
  ['Department for General Assembly and Conference Management, Mr. Jon Sample', false],
  ['Permanent Mission of Exampleland, H.E. Mr. Ivo Specimen', false],
  ['Secretariat of the Internet Governance Forum, Dr. Lia Instance', false],
  // Titles: a post or statement before the name, or no name at all.
  ['Statement by the President, H.E. Mr. Ivo Specimen', true],
  ['Opening remarks of the Chair, Ms. Ana Example', true],
  ['Open-ended Working Group on Security and Use of ICTs', true],
  ['Summary of the Intersessional Panel, Geneva', true],
];

describe('a contact line is not headline-like', () => {
  for (const [line, title] of LINES) it(line, () => expect(headlineLike(line)).toBe(title));
});

const titleOf = (text: string): unknown =>
  extractText(text, 'page.txt').nodes.find((n) => n.type === 'Document')?.properties.title;

describe('the document title', () => {
  it('is not the contact line under a page', () => {
    const text =
      'Open-ended working group on security of and in the use of information and communications technologies\n\nThe Chair of the OEWG is H.E. Mr. Jon Sample, Permanent Representative of Exampleland.\n\nOffice for Disarmament Affairs, Ms. Ana Example\n\nDepartment for General Assembly and Conference Management, Mr. Ivo Specimen\n';
    expect(String(titleOf(text) ?? '')).not.toMatch(
      /Office for Disarmament Affairs|Department for General Assembly/,
    );
  });
  it('is still a heading line of words', () => {
    const text =
      'Internet Governance Forum Support Association Annual Meeting\n\nThe meeting was held in Geneva.\n\nOffice for Disarmament Affairs, Ms. Ana Example\n';
    expect(titleOf(text)).toBe('Internet Governance Forum Support Association Annual Meeting');
  });
});
