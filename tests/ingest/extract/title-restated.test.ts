// A page's heading restated by the longer line under it (rules/title-restated.ts): "Terms of Reference" over
// "Terms of Reference of the …" titles the page by the longer line, and the site's banner and tagline above
// ("Committed to connecting the world") title nothing. A report's title opened by its issue word ("Final
// REPORT OF THE … of the") and wrapped onto a name's line in capitals (title-wrap.ts openTitleRest).
// Invented pages in the forms of an ITU Council group's pages and meeting reports.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  [
    "Sample Union's anniversary\n\nConnecting every sample village\n\nTerms of Reference\n\nTerms of Reference of the Council Working Group on Sample Policy Issues\n\nThe terms of reference for the group are:\n\n1. study sample matters;",
    'Terms of Reference of the Council Working Group on Sample Policy Issues',
  ],
  [
    'Recognizing Sample Impacts\n\nUnless it acknowledges sample facts, the summit will undermine them.\n\nSA Resolution 12\n\n\nSA RESOLUTION 12 (Rev. Sampleton, 2030)\n\nThe role of the Union in sample matters\n\nThe Sample Assembly (Sampleton, 2030),',
    'SA RESOLUTION 12 (Rev. Sampleton, 2030)',
  ],
  // A heading and a sentence going on from its words is no restated title.
  [
    'Sample Portal\n\nSample Policy News\n\nTerms of Reference\n\nTerms of Reference were agreed by the group in May.\n\nThe group met twice.',
    'Sample Policy News',
  ],
  // A heading of one word restated is a category label, not the page's heading: the first headline stays.
  [
    'Sample Portal News\n\nSample Policy News\n\nNews\n\nNews of the Council Working Group on Sample Policy Issues\n\nThe group met twice.',
    'Sample Portal News',
  ],
  // A report's title with its issue word, over a name in capitals and its words in lower case.
  [
    'Council Working Group on Sample Policy Issues /\nThird meeting – Geneva, 3-4 May 2031\nDocument WG-Sample 3/9\n5 May 2031\nEnglish only\nFinal REPORT OF THE third meeting of the\nCOuncil working group on sample\npolicy issues (cwg-sample)\n\n1. Introduction\n\n1.1. The Chairman welcomed the participants.',
    'Final REPORT OF THE third meeting of the COuncil working group on sample policy issues (cwg-sample)',
  ],
  // A line after a whole title is no more of it.
  [
    'Final Report of the Sample Group\nGeneva Office\n\n1. The group met.',
    'Final Report of the Sample Group',
  ],
];

describe('a heading restated, a report title wrapped onto a name', () => {
  for (const [text, want] of CASES)
    it(text.slice(0, 70).replace(/\n/g, ' '), () => expect(title(text)).toBe(want));
});
