// Co-facilitators named after the post as a label, the Process left to the sentence before the post or the
// document's title (rules/chair-process-label.ts; CHAIRED Person → Process). Paraphrased sentences in the
// style of consultation pages and process notes of the WSIS+20 review and the GDC; names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const toProcesses = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED' && e.to.startsWith('process:'))
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const BOTH = (process: string): string[] =>
  [
    `person:rita-sample process:${process} Co-Facilitator`,
    `person:jon-example process:${process} Co-Facilitator`,
  ].sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the Process named before the post in its sentence',
    'This was a consultation session for the WSIS+20 review process, featuring co-facilitators Ambassador Rita Sample and Ambassador Jon Example, along with Mr. Tom Sample.',
    BOTH('wsis+20'),
  ],
  [
    "the sentence names no Process: the document's title does",
    'Global Digital Compact – Informal Consultations\n\nThe meeting opened at 10 a.m.\n\nCo-facilitators Ambassador Rita Sample and Ambassador Jon Example welcomed member states and stakeholders, highlighting the roadmap.\n',
    BOTH('gdc'),
  ],
  [
    'a label in stars, then names with their posts between them',
    'WSIS+20 review: first preparatory meeting\n\nThe meeting took stock of inputs.\n\n*Co-facilitators* *H.E. Ms. Rita Sample*, Permanent Representative of Albania, and *H.E. Mr. Jon Example*, Permanent Representative of Kenya, opened it.\n',
    BOTH('wsis+20'),
  ],
  [
    'each name with its State',
    'Global Digital Compact – Informal Consultations\n\nCo-facilitators Ambassador Rita Sample of Sweden and Ambassador Jon Example of Zambia welcomed member states.\n',
    BOTH('gdc'),
  ],
  // Negatives: the Summit itself (which review, the words do not say); two Processes; a yearly Process;
  // no Process at all; the Process named after the names is chair-process.ts's; a lower-case word after the
  // label is no name.
  [
    'only the Summit, whose reviews the gazetteer knows',
    'Stocktaking session on the overall review of the World Summit on the Information Society (WSIS)\n\nCo-facilitators, Ambassador Rita Sample, Ambassador of Latvia and Ambassador Jon Example, Ambassador of Chile, will organize the session.\n',
    [],
  ],
  [
    'two Processes before the post',
    'The session on the Global Digital Compact and the WSIS+20 review featured co-facilitators Ambassador Rita Sample and Ambassador Jon Example.',
    [],
  ],
  [
    'a yearly Process',
    'At the Internet Governance Forum, co-facilitators Ambassador Rita Sample and Ambassador Jon Example held a town hall.',
    [],
  ],
  [
    'no Process anywhere',
    'Notes of the meeting\n\nCo-facilitators Ambassador Rita Sample and Ambassador Jon Example welcomed delegations.\n',
    [],
  ],
  [
    'the names then what they co-facilitate: chair-process.ts reads it',
    'At the WSIS+20 review, co-facilitators Ambassador Rita Sample and Ambassador Jon Example of the Ministerial Declaration of the high-level political forum spoke.',
    [],
  ],
  [
    'a word in lower case after the label',
    'The WSIS+20 review co-facilitators welcomed Ambassador Rita Sample and Ambassador Jon Example.',
    [],
  ],
];

describe('co-facilitators named after a label (chair-process-label)', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(toProcesses(text)).toEqual(want);
  });
});
