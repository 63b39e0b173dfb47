// Lines of a meeting's web page that title nothing (rules/title-labels.ts): a content manager's markup
// ("{tab General Information}"), a programme's "Meeting Room: …" label, a venue's postal address, a row of
// logos copied as two bodies' names set apart, and link labels ("Summary Report", "Draft terms of reference
// for …") listed under the page's prose, one alone at its foot, or any under prose saying its links follow
// ("The documents of the session are available here."). Texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  // Markup opening the page is no title; the notice's heading below is.
  [
    '{tab General Information}\n\nSample Open Consultations and MAG Meeting\n\nThe meeting will be held in Geneva. All are welcome to attend it.',
    'Sample Open Consultations and MAG Meeting',
  ],
  // A label and its value under the session's headline: the headline titles the page.
  [
    'Introducing the UN Sample Panel on Digital Questions: Mapping Digital Questions in the Asia Pacific Sample Region\n\nTime: 09:30 – 10:30\n\nMeeting Room: Hilltop Sample Room\n\n  • Mr. Jan Sample\n\nThe purpose of this session is to introduce the Panel. It will take questions.',
    'Introducing the UN Sample Panel on Digital Questions: Mapping Digital Questions in the Asia Pacific Sample Region',
  ],
  // A postal address is no title either.
  [
    'CH-1211 Geneva 20, Switzerland [Map]\n\nSample Retreat of the Advisory Group\n\nThe retreat will be held in Geneva. All members attend.',
    'Sample Retreat of the Advisory Group',
  ],
  // Logos side by side over the headline; the link labels under the prose are other documents.
  [
    'United Nations  International Telecommunication Union\n\n\n Consultation Meeting of Sample Facilitators on 24 February 2031\n\nITU organised a consultation meeting of the facilitators in Geneva. The meeting ran all day.\n\nSummary Report\n\nList of Registered Participants\n\nDraft terms of reference for facilitators\n\nDraft terms of reference for lead agencies',
    'Consultation Meeting of Sample Facilitators on 24 February 2031',
  ],
  // Negative: one body's name with one space is one name, the page's headline.
  [
    'United Nations Internet Governance Forum Secretariat\n\nThe Secretariat supports the Forum. It is based in Geneva.',
    'United Nations Internet Governance Forum Secretariat',
  ],
  // Negative: a report's title over its first section, after a page's preface, is still its title.
  [
    'Sample Report (2031)\nJuly 2031\n\nThe group adopted the Final Report on 11 July 2031. Its full text is online.\n\nDraft Final Report\nA. Overview\n\n1. The sessions of the group were held in New York.',
    'Draft Final Report',
  ],
  // Negative: a wrapped title of two heading lines under a run-on masthead line.
  [
    'Distr. RESTRICTED E/CN.16/2031/CRP.2 16 May 2031 ENGLISH ONLY Commission on Science and Technology for Development Tenth session Geneva, 21-25 May 2031. Item 3 of the provisional agenda. The note is issued for the session.\n\nNote by the secretariat on activities of sample entities in the\n\nimplementation of WSIS\n\n1. Introduction The Tunis Agenda asks the entities to report.',
    'Note by the secretariat on activities of sample entities in the implementation of WSIS',
  ],
  // One link label alone at the foot of the page, under its prose: the page's heading titles it.
  [
    'Sample Working Group\n\nThe Assembly set up the Sample Group in 2031. All States may take part.\n\nThe Group will meet in New York. It reports in 2032.\n\nNote Verbale by the sample office',
    'Sample Working Group',
  ],
  // Negative: a title over prose, after a preface of two paragraphs, is still the title.
  [
    'The Assembly set up the Sample Group in 2031. All States may take part.\n\nThe Group will meet in New York. It reports in 2032.\n\nNote by the Sample Office\n\nThe Office has the honour to transmit the report. It was adopted by consensus.',
    'Note by the Sample Office',
  ],
  // Lines right under prose saying its links follow are link labels, however few (q59).
  [
    'The third session of the Sample Council was held in Paris from 3 to 5 May 2031.\nThe Council guides the Sample Programme.\nThe documents of the session are available here.\nList of participants\nOpening address of the Sample Debate (4 May 2031)\nThe Council shall consider proposals on the Programme.',
    undefined,
  ],
  [
    'The third session of the Sample Council was held in Paris from 3 to 5 May 2031.\nThe reports of the session can be found below:\nProvisional agenda\nThe Council shall consider proposals on the Programme.',
    undefined,
  ],
  // The lead a passage of its own, under a paragraph kept to one line (segment/paragraph-lines.ts).
  [
    'The third session of the Sample Council was held at the Sample Organization Headquarters in Paris, France, from 3 to 5 May 2031, in Room XII of the Sample Building.\nThe documents of the session are available here.\nList of participants\nOpening address of the Sample Debate (4 May 2031)\nThe Council shall consider proposals on the Programme.',
    undefined,
  ],
  // Negative: a heading under prose that says nothing of links is still a title.
  [
    'The third session of the Sample Council was held in Paris from 3 to 5 May 2031.\nThe Council guides the Sample Programme.\nSample Council Opens Its Third Session\nThe Council shall consider proposals on the Programme.',
    'Sample Council Opens Its Third Session',
  ],
  // A byline under a session report's date: the headline above titles the page (q57).
  [
    'Progress made in the follow-up to the outcomes of the Sample Summit at the regional level\n\nMay 2031\n\nAuthor: Jan Sample\n\nDuring the session, the moderator explained the plan. Ms Ana Bell introduced the report.',
    'Progress made in the follow-up to the outcomes of the Sample Summit at the regional level',
  ],
  [
    'Sample Forum Opens Its Tenth Session\n\nWritten by: Ana Sample\n\nThe Forum opened in Geneva. Delegates met all day.',
    'Sample Forum Opens Its Tenth Session',
  ],
  // A photograph's caption and credit under a release's headline describe the picture (q61).
  [
    'Sample Office Opens a Data Centre in the Sample Region\n\n12 March 2031\n\nCaption: The Director (at podium) opens the centre.\n\nCredit: Sample Photo/Jan Roe\n\nThe Office opened its centre today. It serves ten States.',
    'Sample Office Opens a Data Centre in the Sample Region',
  ],
  [
    'Photo credit: Sample Photo/Jan Roe\n\nSample Office Opens a Data Centre in the Sample Region\n\nThe Office opened its centre today. It serves ten States.',
    'Sample Office Opens a Data Centre in the Sample Region',
  ],
  // Negative: a heading that only opens with the word is no byline ("Authors of the Sample Report" has no colon).
  [
    'Authors of the Sample Report on Digital Questions\n\nThe report was written in Geneva. It has six chapters.',
    'Authors of the Sample Report on Digital Questions',
  ],
];

describe('labels, markup, addresses, logos and link lists title nothing', () => {
  it.each(CASES)('%#', (text, want) => {
    expect(title(text)).toBe(want);
  });
});
