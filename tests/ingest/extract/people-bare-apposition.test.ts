// People written without an honorific (rules/people-bare-apposition.ts, bare-name-guards.ts): a name
// beside its Member State and an election or a post, a post then the name, a name opening a sentence
// then its post, as UN News, ITU and UNCTAD pages write them. Invented sentences; the negative cases are
// places, bodies, events and titles written in the same places.

import { describe, expect, it } from 'vitest';
import { extractText, personFacts } from './helpers.ts';

const facts = personFacts;

const CASES: [text: string, want: string[], not: string[]][] = [
  // (a) The name, its Member State in brackets, an election or a post beside it.
  [
    'The Member States elected Joana Exampleva (USA) as the new ITU Secretary-General.',
    [
      'person:joana-exampleva',
      'AFFILIATED_WITH person:joana-exampleva organization:united-states-of-america',
    ],
    [],
  ],
  [
    'Then Tomasz Samplewicz (Lithuania) was elected as the new Deputy Secretary-General.',
    ['person:tomasz-samplewicz', 'AFFILIATED_WITH person:tomasz-samplewicz organization:lithuania'],
    [],
  ],
  [
    'The Secretary-General thanks Burak Samplur (Singapore), Chair of the Open-ended working group on security of and in the use of information and communications technologies 2021-2025, for his leadership.',
    ['person:burak-samplur', 'AFFILIATED_WITH person:burak-samplur organization:singapore'],
    [],
  ],
  [
    'Amina Example (Kenya) and Pedro Sample (Brazil) were elected Vice-Chairs of the Commission.',
    ['person:amina-example', 'person:pedro-sample'],
    [],
  ],
  // A first word that cannot open the name is dropped.
  ['The Council congratulates Ilse Exampler (Austria), its new President.', ['person:ilse-exampler'], []],
  // Places, bodies and a name with no election or post beside it.
  ['The Forum met in New Delhi (India), where the President opened the session.', [], ['person:new-delhi']],
  ['New Delhi (India) was elected as the venue of the next meeting.', [], ['person:new-delhi']],
  [
    'The workshop was held in Addis Ababa (Ethiopia), Chair of the session presiding.',
    [],
    ['person:addis-ababa'],
  ],
  ['Geneva (Switzerland) was elected as the host of the Forum.', [], ['person:geneva']],
  ['The Internet Society (ISOC), Chair of the coalition, spoke first.', [], ['person:internet-society']],
  ['Digital Rights Watch (Kenya) was elected to the Bureau.', [], ['person:digital-rights-watch']],
  ['Joana Exampleva (USA) said that the text was balanced.', [], ['person:joana-exampleva']],
  [
    'Visits to Kampala Central (Uganda), Chair of the host committee, took place.',
    [],
    ['person:kampala-central'],
  ],
  // (b) The post first, the name between commas or before its verb.
  // "Director General" without its hyphen (an APNIC blog on the APrIGF's steering group).
  [
    'APNIC Director General, Pat Samplesson, has been re-elected as chair of the steering group.',
    ['person:pat-samplesson', 'AFFILIATED_WITH person:pat-samplesson organization:apnic Director General'],
    [],
  ],
  ['Director General, Pat Samplesson, spoke first.', [], ['person:pat-samplesson']],
  [
    'We have the Deputy Director General of Sample Ministry and we have the 2019 MAG Chair, Lynn St. Amour.',
    [],
    ['person:lynn-st'],
  ],
  [
    'ITU Secretary-General, Houlin Samplezhao, then gave a welcoming speech.',
    [
      'person:houlin-samplezhao',
      'AFFILIATED_WITH person:houlin-samplezhao organization:itu Secretary-General',
    ],
    [],
  ],
  [
    'Chair of the Commission on Science and Technology for Development, Sabin Samplescu opened the meeting.',
    ['person:sabin-samplescu', 'CHAIRED person:sabin-samplescu organization:cstd'],
    [],
  ],
  [
    'The opening was chaired by the President of the Conference, Lena Examplova.',
    ['person:lena-examplova'],
    [],
  ],
  // "Chairman of the ITU Plenipotentiary Conference" is no chair of ITU (the body is all of it).
  [
    'Chairman of the ITU Plenipotentiary Conference 2030, Radu Samplescu opened the meeting.',
    ['person:radu-samplescu'],
    ['CHAIRED person:radu-samplescu organization:itu'],
  ],
  // A list's post then a body; a State, a body or a common noun after the post.
  ['Executive Director, Derechos Digitales, presented the report.', [], ['person:derechos-digitales']],
  ['The Chair of the Group, Costa Rica, said the draft was ready.', [], ['person:costa-rica']],
  ['The President of the Council, Member States then discussed the text.', [], ['person:member-states']],
  [
    'Director of the Office, Access Now opened the session; the access was now open.',
    [],
    ['person:access-now'],
  ],
  // (c) The name opens a sentence, then its post.
  [
    'The session opened. Karim Sampleh, Permanent Representative of Egypt, was elected its Chair.',
    [
      'person:karim-sampleh',
      'AFFILIATED_WITH person:karim-sampleh organization:egypt Permanent Representative',
    ],
    [],
  ],
  [
    'It met twice. Digital Cooperation, Chair of the day, was the theme; Data Governance, Chair of the track.',
    [],
    ['person:digital-cooperation', 'person:data-governance'],
  ],
  [
    'It was noted. Cloud Computing, Director of research, wrote on cloud services.',
    [],
    ['person:cloud-computing'],
  ],
  // A later bare use of the same full name is the same person, with its post.
  [
    'The States elected Joana Exampleva (USA) as Secretary-General.\n\nJoana Exampleva, as Director of the Telecommunication Development Bureau, will start in January.',
    ['AFFILIATED_WITH person:joana-exampleva organization:itu-telecommunication-development-bureau Director'],
    [
      'AFFILIATED_WITH person:joana-exampleva organization:itu-telecommunication-development-bureau as Director',
    ],
  ],
];

describe('people written without an honorific', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

// A later use inside a longer name is no person: the body named after her stays a body.
describe('a name inside a body named after the person', () => {
  it('keeps the foundation', () => {
    const g = extractText(
      'The Council elected Rosa Samplez (Chile) as its President. She is Co-Chair of The Alma & Rosa Samplez Foundation.',
    );
    expect(g.nodes.some((n) => n.id === 'person:rosa-samplez')).toBe(true);
    expect(g.nodes.some((n) => n.name === 'Alma & Rosa Samplez Foundation')).toBe(true);
  });
});

// Initials written together stay in the name; the salutation after a post ending its line is no body.
describe('names with initials written together', () => {
  it('keeps "M.O." inside the name', () => {
    const got = facts(
      'Your Excellency, Mr. Muhammadou M.O. Samplekah, Permanent Representative of the Gambia and Chair of this session,\nExcellencies,\nDistinguished delegates,\nLadies and gentlemen,',
    );
    expect(got).toContain('person:muhammadou-m-o-samplekah');
    expect(got).toContain(
      'AFFILIATED_WITH person:muhammadou-m-o-samplekah organization:gambia Permanent Representative',
    );
    expect(got).not.toContain('person:muhammadou-m');
    expect(got.some((f) => f.includes('distinguished-delegates'))).toBe(false);
  });
});

// "Chaired by <post> of <State> <Name>, the Working Group …": the group named before (chaired-by.ts).
describe('chaired by a titled person, the group after', () => {
  it('gives CHAIRED of the working group', () => {
    const got = facts(
      'The Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025 was established in 2020. Chaired by Permanent Representative of Singapore Burak Samplur, the Working Group held 11 substantive sessions.',
    );
    expect(got.some((f) => /^CHAIRED person:burak-samplur workinggroup:/.test(f))).toBe(true);
  });
});
