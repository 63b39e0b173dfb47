// Lines of a web page's or PDF's copy that title nothing, and titles cut over lines (rules/title-furniture.ts,
// title-wrap.ts openTitleRest): a one-word category label opening a page ("Report" over an OHCHR page's
// headline), a body's name alone below the first line (a ministry's breadcrumb over an HRC statement), a line
// cut after an open word; a masthead title cut after "and" goes on over the
// blank lines of a PDF copy (A/HRC/38/35); a library record's "Adopted without vote, …" and agenda fields
// ("E/2006/100 13b …", the UN Digital Library). Texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  // A category label over the headline.
  [
    'Report\n\nReport on sample rights in the digital age (focus on encryption)\n\nIssued by\n\nUN High Commissioner for Human Rights\n\nThe report was published.',
    'Report on sample rights in the digital age (focus on encryption)',
  ],
  // A one-word heading further down is no label of the page: it stays what it was.
  ['Notes from the call\n\nDear colleagues,\n\n*Summary*\n\n1. The group adopted its agenda.', 'Summary'],
  // A breadcrumb body name below the first line is skipped for the page's heading.
  [
    'United Nations\n\nUnited Nations Human Rights Council\n\nInteractive Dialogue with the Special Rapporteur on Sample Rights\n\nThis statement is delivered on behalf of the Coalition.',
    'Interactive Dialogue with the Special Rapporteur on Sample Rights',
  ],
  // A site's navigation line over the headline.
  [
    'You are here\n\nSummary Report: Sample Forum Virtual Meeting 3 May 2030\n\nThe meeting took place on 3 May.',
    'Summary Report: Sample Forum Virtual Meeting 3 May 2030',
  ],
  [
    'Skip to main content\n\nSample Forum Opens Its Tenth Meeting\n\nThe Forum opened its tenth meeting today. Delegates spoke.',
    'Sample Forum Opens Its Tenth Meeting',
  ],
  // A web archive's banner over the page it keeps, and a site's motto over its headline.
  [
    'You are viewing an archived web page, collected at the request of the Sample Organization using Archive-It. The information on this web page may be out of date.\nLoading media information hide\n3.5.2031 - Sample Sector\n\nSample Board acts on progress report of its data study\n\nThe Board this week considered progress on the study.',
    'Sample Board acts on progress report of its data study',
  ],
  [
    'Building peace in the minds of men and women\n\nSample Council elects new Chairperson\n\nOn 3 May 2031, the Council elected its Chairperson.',
    'Sample Council elects new Chairperson',
  ],
  // The motto's words inside a headline of their own are a title.
  [
    'Building peace in the minds of men and women through data\n\nThe Council met on 3 May 2031. Members spoke.',
    'Building peace in the minds of men and women through data',
  ],
  // A language switcher under the headline (a press release page): the headline titles it.
  [
    'Skip to main content\n\nSample Countries Will Discuss the Information Society\n\nAvailable in EnglishEspañol\n3 April 2099|Press Release\n\nThe Conference will open today.',
    'Sample Countries Will Discuss the Information Society',
  ],
  [
    'Available in: English, Français\n\nSample Forum Opens Its Tenth Meeting\n\nThe Forum opened its tenth meeting today.',
    'Sample Forum Opens Its Tenth Meeting',
  ],
  // A browser tab's title, the site's name and its home page (q60).
  [
    'SAMPLEORG | Home\n\nConcept note on sample harbours\n\nThe panel will meet in Geneva.',
    'Concept note on sample harbours',
  ],
  // Negative: a bar inside a headline that is no home page stays a title.
  [
    'Sample Forum | Tenth Meeting Opens\n\nThe Forum opened its tenth meeting today. Delegates spoke.',
    'Sample Forum | Tenth Meeting Opens',
  ],
  // The same words in a headline of their own are a title.
  [
    'Work In Progress at the Sample Forum\n\nThe Forum opened its tenth meeting today. Delegates spoke.',
    'Work In Progress at the Sample Forum',
  ],
  // A page about a body is titled by its name on its first line.
  [
    'United Nations Commission on Science and Technology for Development\n\nThe Commission is a subsidiary body of the Council.',
    'United Nations Commission on Science and Technology for Development',
  ],
  // A line cut after an open word is a sentence's beginning, not a title.
  [
    'Sample Guidelines\n\nThe Guidelines aim at safeguarding sample rights online.\nUpdate (July, 2030)\nDozens of sample members have participated in',
    undefined,
  ],
  // A masthead title cut after "and" goes on after the blank lines.
  [
    'United Nations A/HRC/99/1\nGeneral Assembly Distr.: General\n\n1 May 2030\n\nHuman Rights Council\n\nReport of the Special Rapporteur on the promotion and\n\n\nprotection of sample rights\n\nNote by the Secretariat\n\nThe Secretariat has the honour to transmit the report.',
    'Report of the Special Rapporteur on the promotion and protection of sample rights',
  ],
  // A whole title line is not run on into the next one.
  [
    'United Nations A/HRC/99/2\nGeneral Assembly Distr.: General\n\n1 May 2030\n\nReport of the Special Rapporteur on sample rights\n\nprotection of the right was discussed in the report.',
    'Report of the Special Rapporteur on sample rights',
  ],
  // A library record's vote field and agenda field title nothing; its first line does.
  [
    'Sample cooperation on the information society\nDecides to carry on with its sample work; decides that the Commission shall assist.\nAction note2098-07-28\nVote summary\nAdopted without vote, 43rd plenary meeting\nRelated resourceE/2098/99\nAgenda information\nE/2098/100 13b Sample questions for development. SAMPLE QUESTIONS\nE/2098/100 6 Sample follow-up to conferences.',
    'Sample cooperation on the information society',
  ],
  [
    'Sample record of the Council\nDecides to act.\nVote summary\nAdopted by a recorded vote of 120 to 5, 40th plenary meeting\nAgenda information',
    'Sample record of the Council',
  ],
  // Negative: a headline that opens with "Adopted" but says what happened stays the title.
  [
    'Notice\n\nAdopted Texts Bring New Sample Rules for Members\n\nThe Council adopted its sample rules today.',
    'Adopted Texts Bring New Sample Rules for Members',
  ],
];

describe('title furniture and titles cut over lines', () => {
  for (const [text, want] of CASES)
    it(text.slice(0, 60).replace(/\n/g, ' '), () => expect(title(text)).toBe(want));
});
