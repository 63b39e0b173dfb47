// The title of the document itself (rules/document.ts): one line of a
// heading block, never masthead furniture ("UNEDITED", a dateline
// "23/11/2005", "Department of Public Information • …"), a press release's
// headline in capitals, and never the title of a document listed under its
// symbol ("A/60/111" over "Letter dated …") or after such an entry (a Second
// Committee documentation page listing "A/60/323" over a report's title, then
// another report's title without a symbol).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  [
    'UNEDITED\nDraft Resolution for adoption by the Council\n\n1. The Commission recommends to the Council the adoption of the following draft resolution:',
    'Draft Resolution for adoption by the Council',
  ],
  [
    'GA/EF/9999\n\nSECOND COMMITTEE APPROVES DRAFT TEXT ASKING GENERAL ASSEMBLY TO TAKE NOTE OF REPORT ON EFFORTS TO BUILD A COMMON ICT STRATEGY\n\n01/11/2030\nGeneral Assembly GA/EF/9999\nDepartment of Public Information • News and Media Division • New York\n\nSecond Committee\n\nThe Committee approved a draft text today.',
    'SECOND COMMITTEE APPROVES DRAFT TEXT ASKING GENERAL ASSEMBLY TO TAKE NOTE OF REPORT ON EFFORTS TO BUILD A COMMON ICT STRATEGY',
  ],
  [
    'Second Committee\n\nSummaries of work and documentation\n\nReference: A/99/100\n\nA/99/111\nLetter dated 5 July 2030 from the Permanent Representative of Example to the United Nations addressed to the Secretary-General\n\nThe Committee considered the item.',
    'Summaries of work and documentation',
  ],
  // The next entry of the list, written without a symbol of its own, is listed too.
  [
    'Second Committee\n\nSummaries of work and documentation\n\nReference: A/99/100\n\nA/99/323\nReport of the Secretary-General on example matters\n\nReport of the Secretary-General of the Example Union on other matters\n\nThe Committee considered the item.',
    'Summaries of work and documentation',
  ],
  // The page's language links after each symbol ("A/99/111  [F]   [S]   [A]"), and a report not yet issued
  // listed under its symbol's stem ("A/99/=  (to be submitted after the meeting)"): entries still.
  [
    'Second Committee\n\nSummaries of work and documentation\n\nReference: A/99/100\n\nA/99/111  [F]   [S]   [A]   [C]   [R]\n\nLetter dated 5 July 2030 from the Permanent Representative of Example to the United Nations addressed to the Secretary-General\n\nThe Committee considered the item.',
    'Summaries of work and documentation',
  ],
  [
    'Second Committee\n\nSummaries of work and documentation\n\nReference: A/99/100\n\nA/99/=  (to be submitted after the meeting)\n\nReport of the Secretary-General of the Example Union on the Summit\n\nThe Committee considered the item.',
    'Summaries of work and documentation',
  ],
  // Negative: a symbol followed by words is no lone symbol; the title under it is the document's own.
  [
    'A/99/323 Distr.: General\n\nReport of the Secretary-General on example matters\n\nSummary',
    'Report of the Secretary-General on example matters',
  ],
  // A report's own title after a line of another kind is not listed ("Distr.: General" is no entry).
  [
    'A/99/100\nDistr.: General\n\nA/99/323\nNote by the Secretariat\n\nDistr.: General\n\nReport of the Secretary-General on example matters\n\nSummary',
    'Report of the Secretary-General on example matters',
  ],
  // Unchanged: a report's own title line under its masthead.
  [
    'E/2099/31\n\nCommission on Science and Technology for Development\n\nReport on the eighth session (23-27 May 2099)\n\nSummary',
    'Report on the eighth session (23-27 May 2099)',
  ],
  // A sentence about the text is no title: the first headline-like line is.
  ['This is an unofficial transcript\n\nThe Chair opened the meeting.', undefined],
  [
    'Example Forum Open Consultations Transcript\n\nThis is an unofficial transcript\n\nThe Chair opened the meeting.',
    'Example Forum Open Consultations Transcript',
  ],
  // Nor is a dateline that opens with its dates.
  [
    '26 September - 14 October 2030, PP-30, Example City, Exampleland\n\nThe Conference elected its officers.',
    undefined,
  ],
  // A line in capitals that is a masthead, not a headline (too short), gives no title.
  ['UNITED NATIONS\n\nThe meeting was held.', undefined],
  // A web copy's bracketed footnote mark goes with its brackets; a title whose holder's name follows on the
  // next line keeps no comma (document-title-subject.ts clean, q60).
  [
    'A/HRC/99/62\nDistr.: General\n28 February 2091\nHuman Rights Council\nNinety-ninth session\n\nReport of the Special Rapporteur on sample harbours[*]\n\nNote by the Secretariat\n\n1. The mandate began.',
    'Report of the Special Rapporteur on sample harbours',
  ],
  [
    'A/HRC/99/64\nDistr.: General\n8 March 2091\nHuman Rights Council\nNinety-ninth session\nReport of the Special Rapporteur on sample harbours,\nJon A. Sample\nNote by the Secretariat\n\n1. The mandate began.',
    'Report of the Special Rapporteur on sample harbours',
  ],
  // A masthead flattened onto one line: the title before its "Summary" heading, not a short line of the site's
  // furniture under it (title-flat-masthead.ts, q60).
  [
    'A/HRC/99/23 United Nations General Assembly Distr.: General 20 April 2091 Original: English Human Rights Council Ninety-ninth session Agenda item 3 Annual report of the Sample Office Report of the Special Rapporteur on sample harbours, Ms. Jane Example* Summary This report is submitted pursuant to resolution 97/36. * Late submission.\n\nSelect a paragraph',
    'Report of the Special Rapporteur on sample harbours, Ms. Jane Example',
  ],
  // Negative: a report cited in running prose before a summary of its own is no flat masthead's title.
  [
    'Sample Forum notes\n\nDistr.: General. The Forum read the Report of the Sample Board on harbours. Summary This year the Forum met twice.',
    'Sample Forum notes',
  ],
  // A "Summary Report" heading below the numbered paragraphs heads a section, not the page: its headline does.
  [
    'Example Network Virtual Meeting IV\n\n- Virtual Meeting IV: 3 May 2030 -\n\n  1. The fourth virtual meeting of the Example Network took place on 3 May 2030.\n  2. The meeting was hosted by Ms. Ana Example.\n\nSummary Report\n\n  1. Participants shared updates.',
    'Example Network Virtual Meeting IV',
  ],
  // Above the numbered paragraphs it is still the title.
  [
    'Summary report of the fourth Example Network meeting\n\n  1. The fourth meeting of the Example Network took place on 3 May 2030.\n  2. Participants shared updates.',
    'Summary report of the fourth Example Network meeting',
  ],
];

describe('document titles', () => {
  for (const [text, want] of CASES) it(text.slice(0, 80), () => expect(title(text)).toBe(want));
});

describe('a press headline in capitals', () => {
  it('gives no kind of document', () => {
    const g = extractText(CASES[1]![0], 'doc.txt');
    expect(
      g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'doc.txt')?.properties.docType,
    ).toBe(undefined);
  });
});
