// A web page copied as plain text opens with its headline, a line of its own without a sentence's stop
// ("Multistakeholder Advisory Group Renewed to Prepare Internet Governance Forum Meeting in Mexico,
// November 2016", an IGF news page); a passage cut from the middle of a report, a first sentence, or a
// numbered instrument's line over its own title is none. What a title names is its head: "Explanation of
// Position on a … Resolution" is no resolution (rules/document-masthead.ts). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const documentOf = (text: string) =>
  extractText(text, 'page.txt').nodes.find((n) => n.type === 'Document' && n.properties.file === 'page.txt')!;

const BODY =
  '\n\nThe membership of the Example Advisory Group has been renewed.\n\nA total of 55 members were appointed.';

const TITLES: [name: string, text: string, title: string | undefined][] = [
  [
    'a headline over the text',
    `Example Advisory Group Renewed to Prepare Example Forum Meeting in Examplia, November 2098${BODY}`,
    'Example Advisory Group Renewed to Prepare Example Forum Meeting in Examplia, November 2098',
  ],
  [
    'an acronym among three title words with a date',
    `Eighth EXGIS Meeting — 14 & 15 May 2098${BODY}`,
    'Eighth EXGIS Meeting — 14 & 15 May 2098',
  ],
  [
    'a first sentence with its stop',
    `The Example Advisory Group met in Examplia on 5 May 2098.${BODY}`,
    undefined,
  ],
  [
    'a passage cut from a report: lower case, a second sentence inside',
    `outcomes in 2098 is available in document E/CN.16/2098/CRP.2. I. Key trends A. Substantial${BODY}`,
    undefined,
  ],
  [
    'a numbered instrument line over its title',
    'WXYZ RESOLUTION 48 (Rev. Examplecity, 2098)\n\nInternationalized example names\n\nThe World Example Assembly (Examplecity, 2098), considering the names.',
    'Internationalized example names',
  ],
];

const TYPES: [name: string, text: string, docType: string | undefined][] = [
  ['a report by its head', `Report of the Example Group on its first session${BODY}`, 'report'],
  [
    'a resolution named after the head',
    `Explanation of Position on a Second Committee Resolution on Example Technologies${BODY}`,
    undefined,
  ],
  [
    'outcomes after the head',
    `Stocktaking Session for the overall review of the outcomes of the Example Summit${BODY}`,
    undefined,
  ],
  [
    'a report in a later part',
    `Progress made on example matters — Report of the Secretary-General${BODY}`,
    'report',
  ],
  ['a note by its head', `Note by the Secretary-General on the Example Forum${BODY}`, 'note'],
  ['a concept note', `Concept note for the Example Forum Open Consultations${BODY}`, 'note'],
  // A keynote is a speech, no note.
  [
    'a keynote',
    `Keynote on the Example Summit, held at the Example Model Assembly, 28 March 2098${BODY}`,
    undefined,
  ],
];

describe('a web page headline titles the document', () => {
  it.each(TITLES)('%s', (_name, text, title) => {
    expect(documentOf(text).properties.title).toBe(title);
  });
});

describe('the kind a title names', () => {
  it.each(TYPES)('%s', (_name, text, docType) => {
    expect(documentOf(text).properties.docType).toBe(docType);
  });
});
