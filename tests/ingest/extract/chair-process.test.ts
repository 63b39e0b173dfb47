// Chairs and co-facilitators of a Process (rules/chair-process.ts; CHAIRED Person → Process, an extension of
// MODEL.md): the two co-facilitators the President of the General Assembly appoints for an intergovernmental
// process, NETmundial's chair. The Process is one the gazetteer knows, named right after the post; a post for
// anything else gives nothing. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const toProcesses = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED' && e.to.startsWith('process:'))
    .map((e) => `${e.from} ${e.to} ${e.properties.role}${e.properties.from ? ` ${e.properties.from}` : ''}`);

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'appointed … as co-facilitators of a review',
    'The President of the General Assembly appointed H.E. Ms. Rita Sample (Albania) and H.E. Mr. Jon Example (Kenya) as co-facilitators of the WSIS+20 review.',
    [
      'person:rita-sample process:wsis+20 Co-Facilitator',
      'person:jon-example process:wsis+20 Co-Facilitator',
    ],
  ],
  [
    'the co-facilitators of …, then the names',
    'The co-facilitators of the WSIS+20 review, H.E. Ms. Rita Sample and H.E. Mr. Jon Example, presented the zero draft.',
    [
      'person:rita-sample process:wsis+20 Co-Facilitator',
      'person:jon-example process:wsis+20 Co-Facilitator',
    ],
  ],
  [
    'names, posts between dashes, then "are Co-Facilitators of the intergovernmental process negotiating"',
    'The Permanent Representative of Rwanda – H.E. Mr. Jon Example and PR of Sweden – H.E. Ms. Rita Sample are Co-Facilitators of the intergovernmental process negotiating the GDC.',
    ['person:jon-example process:gdc Co-Facilitator', 'person:rita-sample process:gdc Co-Facilitator'],
  ],
  [
    'the Chairman of a Process, then the name',
    'In alignment with the spirit of the meeting, the Chairman of the NETmundial, Professor Rita Sample, has invited distinguished names.',
    ['person:rita-sample process:netmundial Chair'],
  ],
  [
    'a name, then its post of a Process',
    'Jon Example, Chairman of NETmundial, has stated in the closing ceremony: “This is a milestone.”',
    ['person:jon-example process:netmundial Chair'],
  ],
  [
    '"who co-chaired"',
    'Ms. Rita Sample and Mr. Jon Example, who co-chaired NETmundial, opened the meeting.',
    ['person:rita-sample process:netmundial Co-Chair', 'person:jon-example process:netmundial Co-Chair'],
  ],
  [
    'a letter\'s list, one pair a line, after "co-facilitators …, namely:" (an item for no known Process skipped)',
    'The President has reappointed the co-facilitators for the intergovernmental preparatory processes, namely:\n\n  • Ambassadors Ana Exemplo of Chile and Tom Sample of Ghana for negotiations to conclude the outcome document, A Pact for the Future\n  • Ambassadors Rita Sample of Sweden and Jon Example of Zambia for intergovernmental consultations on the Global Digital Compact\n',
    ['person:rita-sample process:gdc Co-Facilitator', 'person:jon-example process:gdc Co-Facilitator'],
  ],
  [
    'names "from" their States, an apposition of the pair, then "as Co-Facilitators for the … Review Process"',
    'On 23 April, the President nominated H.E. Mr. Jon Example from Kenya and H.E. Ms. Rita Sample from Albania, both ambassadors of their countries in New York, as Co-Facilitators for the WSIS+20 Review Process.',
    [
      'person:rita-sample process:wsis+20 Co-Facilitator',
      'person:jon-example process:wsis+20 Co-Facilitator',
    ],
  ],
  // Negatives: a negotiation that names no Process; "facilitator" of something else; a body of a Process;
  // an edition ("NETmundial+10" is its 2024 meeting); the President who appoints is no co-facilitator.
  [
    "co-facilitators of a resolution's negotiation",
    'The President appointed H.E. Ms. Rita Sample and H.E. Mr. Jon Example as co-facilitators of the negotiations on the draft resolution on information and communications technologies for development.',
    [],
  ],
  [
    'facilitator of Action Lines (UNESCO news)',
    'As facilitator of one third of all WSIS Action Lines, UNESCO contributed heavily to the WSIS implementation, said Mr. Jon Example.',
    [],
  ],
  ['facilitated a session', 'Ms. Rita Sample facilitated the session on the IGF.', []],
  ['a body named after a Process', 'Mr. Jon Example, Chair of the IGF Support Association, spoke.', []],
  ['an edition', 'Ms Rita Sample, Chair of NETmundial+10, opened the meeting.', []],
  [
    'the President who appoints',
    'Mr. Tom Sample, President of the General Assembly, appointed H.E. Ms. Rita Sample and H.E. Mr. Jon Example as co-facilitators of the WSIS+20 review.',
    [
      'person:rita-sample process:wsis+20 Co-Facilitator',
      'person:jon-example process:wsis+20 Co-Facilitator',
    ],
  ],
  [
    'co-facilitators of an ECOSOC declaration',
    'The President of ECOSOC has appointed H.E. Ambassador Jon Example, Permanent Representative of Austria, and H.E. Ambassador Rita Sample, Permanent Representative of Jamaica, to act as co-facilitators to lead consultations on the Ministerial Declaration of the high-level political forum (HLPF).',
    [],
  ],
  [
    'a lower-case clause between the names and "as" is no apposition of the pair',
    'Mr. Tom Sample met H.E. Ms. Rita Sample, who spoke of her work as co-facilitators of the WSIS+20 review had ended.',
    [],
  ],
  [
    'a Process run on into another capitalised word',
    'H.E. Ms. Rita Sample and H.E. Mr. Jon Example are co-facilitators of the WSIS+20 Review Board.',
    [],
  ],
];

describe('chairs and co-facilitators of a Process', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(toProcesses(text).sort()).toEqual([...want].sort());
  });
});
