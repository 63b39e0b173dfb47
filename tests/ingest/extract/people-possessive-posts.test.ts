// A Member State's post as a possessive before its holder (rules/people-possessive-posts.ts), the name
// alone on a signature or contact line (rules/people-post-lines.ts), and a State in brackets after a
// post-first name (titled-people.ts, affiliation-bracket.ts). Invented sentences; the negative cases
// are places, bodies, headings and titles written in the same places.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const facts = personFacts;

const CASES: [text: string, want: string[], not: string[]][] = [
  // The possessive post, an honorific, a person another rule read.
  [
    '"We must connect everyone," said Kenya\'s President, H.E. Jomo Samplekamu, who opened the meeting.',
    ['AFFILIATED_WITH person:jomo-samplekamu organization:kenya President'],
    [],
  ],
  // A bare name after the possessive post and its portfolio.
  [
    'In her closing address, Ghana’s Minister for ICT and Innovation, Ama Samplewa, who chaired the conference, thanked delegates.',
    [
      'person:ama-samplewa',
      'AFFILIATED_WITH person:ama-samplewa organization:ghana Minister for ICT and Innovation',
    ],
    [],
  ],
  [
    "Brazil's Permanent Representative, Pedro Samplinho, said the text was balanced.",
    ['AFFILIATED_WITH person:pedro-samplinho organization:brazil Permanent Representative'],
    [],
  ],
  [
    'The Philippines’ Foreign Minister, Rosa Samplevilla, spoke next.',
    ['AFFILIATED_WITH person:rosa-samplevilla organization:philippines Foreign Minister'],
    [],
  ],
  // No Member State before the possessive: a body, a region, a city.
  ["The Committee's Chair, Lena Examplova, opened the session.", [], ['person:lena-examplova']],
  ["Africa's President, Jomo Sample, spoke.", [], ['AFFILIATED_WITH person:jomo-sample']],
  ["Geneva's Minister, Ana Sample, spoke.", [], ['person:ana-sample']],
  // What follows the post is a place, a body, an event or a common word: no Person.
  ["Kenya's President, New Delhi, said nothing.", [], ['person:new-delhi']],
  ["Kenya's Minister, Digital Cooperation, was named.", [], ['person:digital-cooperation']],
  ["France's Ambassador, Internet Society, attended.", [], ['person:internet-society']],
  ["Kenya's President, Roadmap Week, was launched.", [], ['person:roadmap-week']],
  ["Kenya's President, Nairobi Kenya, spoke.", [], ['person:nairobi-kenya']],
  ["Kenya's President, Then Jomo, spoke.", [], ['person:then-jomo']],
  // The post alone, no comma before the name: not this rule's form.
  ["Kenya's President has opened the meeting.", [], ['AFFILIATED_WITH']],
  // A mission post with no comma before the name (the press's form), perhaps the UN seat after it.
  [
    'Kenya’s Permanent Representative to the United Nations in New York Erastus Ekitela Samplaale has been picked to co-facilitate a panel.',
    [
      'person:erastus-ekitela-samplaale',
      'AFFILIATED_WITH person:erastus-ekitela-samplaale organization:kenya Permanent Representative to the United Nations in New York',
    ],
    [],
  ],
  [
    "Ghana's Ambassador Ama Samplewa said the text was balanced.",
    ['AFFILIATED_WITH person:ama-samplewa organization:ghana Ambassador'],
    [],
  ],
  // No comma, and a place, a body, too many words or no State before the post: nothing.
  [
    "Kenya's Permanent Representative to the United Nations in New York Regional Initiatives said so.",
    [],
    ['person:'],
  ],
  [
    "Kenya's Permanent Representative to the United Nations in New York Erastus Ekitela Samplaale Junior Tembo said so.",
    [],
    ['person:'],
  ],
  ["The Committee's Permanent Representative Lena Examplova said so.", [], ['person:']],
  ["Kenya's Ambassador Extraordinary and Plenipotentiary spoke.", [], ['person:']],
  // A signature block opening its passage, the post on the next line.
  [
    'Explanation of Position\n\nJohn Samplewood\nU.S. Adviser for the Second Committee\nNew York, New York\n\nThank you, Mr. Chair.',
    ['person:john-samplewood'],
    ['person:new-york'],
  ],
  ['Statement\n\nMaria Examplez\nSenior Legal Adviser\n\nThank you.', ['person:maria-examplez'], []],
  // A heading, a place or a body above a post line is no signature.
  ['Remarks\n\nNew York\nDirector of the Office\n\nThank you.', [], ['person:new-york']],
  [
    'Remarks\n\nRegional Initiatives\nCoordinator of the network\n\nText.',
    [],
    ['person:regional-initiatives'],
  ],
  ['Remarks\n\nInternet Society\nPresident of the board\n\nText.', [], ['person:internet-society']],
  // A name line in the middle of a block, or no post on the next line: nothing.
  [
    'Remarks\n\nThe text reads\nJohn Samplewood\nAdviser for the Committee\n\nText.',
    [],
    ['person:john-samplewood'],
  ],
  ['Remarks\n\nJohn Samplewood\nGeneva, Switzerland\n\nText.', [], ['person:john-samplewood']],
  // A form's label line, the name on the next line, perhaps its post after a comma.
  [
    'Annual meeting Information\n11-12 September 2024, Praia\nName of Coordinator\nAna Samplenes\n\nText.',
    ['person:ana-samplenes'],
    [],
  ],
  [
    'Annual meeting Information\nName of Coordinator\nLiliane Samplewoga, African IGF MAG Chair\nPrimary Email address',
    ['person:liliane-samplewoga'],
    ['person:african-igf'],
  ],
  // Under the label, a body, a place or an event: no Person.
  ['Name of Coordinator\nInternet Society\n\nText.', [], ['person:internet-society']],
  ['Name of Coordinator\nAddis Ababa\n\nText.', [], ['person:addis-ababa']],
  ['Name of Coordinator\nDigital Rights Week\n\nText.', [], ['person:digital-rights-week']],
  ['Name of Event\nAna Samplenes\n\nText.', [], ['person:ana-samplenes']],
  // A post-first name, its Member State in brackets (a space inside): AFFILIATED_WITH the State.
  [
    'In opening remarks, Assembly Vice-President Judit Samplemuka ( Kenya), speaking on behalf of the President, said so.',
    ['person:judit-samplemuka', 'AFFILIATED_WITH person:judit-samplemuka organization:kenya'],
    [],
  ],
  // A former holder keeps no affiliation.
  [
    'Former President Jana Samplerova (Slovakia) attended.',
    [],
    ['AFFILIATED_WITH person:jana-samplerova organization:slovakia'],
  ],
];

describe('people and their posts beside the name', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((f) => f.startsWith(n))).toBe(false);
  });
});
