// Names cut or padded by layout and honorifics (q100): French honorifics without a full stop ("H.E. Mme X"),
// a stacked "H.E. Mr" ending a line, the copy's "Mine" for "Mme" in a list that stacks "H.E. Mme"/"H.E. Mr"
// (rules/people-name-grammar.ts STACKED, rules/people.ts), a Nigerian chief's title after a post
// (rules/titled-people.ts), and a Member State's name wrapped over the line break between two passages
// (rules/gazetteer-wraps.ts). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const people = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => `${n.id} ${n.properties.honorific}`);

const PEOPLE: [string, string[]][] = [
  ['1990 and then H.E. Mme Ruth Sample (Venezuela)', ['person:ruth-sample Mme']],
  ['The session was opened by Mme Anne Sample, Director.', ['person:anne-sample Mme']],
  ['Mlle. Claire Sample took the floor.', ['person:claire-sample Mlle']],
  // The stacked honorific's stop dropped at a line's end.
  [
    'Ambassador of Trinidad and Tobago H.E. Mr\nColin Michael Sample (Caribbean) and the Ambassador of Fiji',
    ['person:colin-michael-sample Mr.'],
  ],
  // "Mine" after "H.E." in a list that stacks "H.E. Mr" / "H.E. Mme": the copy's "Mme".
  [
    '1992-93 H.E. Mr Musa Sample (Oman)\n\n1994-95 H.E. Mine Nina Sample (India)',
    ['person:musa-sample Mr.', 'person:nina-sample Mme'],
  ],
  // Negative: no such list, "Mine" is a first name.
  ['The statement of H.E. Mine Kaya Sample was welcomed.', ['person:mine-kaya-sample H.E.']],
  // Negative: "Mine" before one capitalised word only is a first name and a surname.
  [
    '1992-93 H.E. Mr Musa Sample (Oman)\n\n1994-95 H.E. Mine Sample (Turkey)',
    ['person:musa-sample Mr.', 'person:mine-sample H.E.'],
  ],
  // Negative: an unstacked "Mr" ending a line opens no name (British usage: the name on the same line).
  ['Present: Mr\nColin Sample', []],
  // Negative: "Mme" without a capitalised name after it on the line.
  ['see Mme\nAnne Sample', []],
  // A chief's title after a post is an honorific; a post's "Chief Executive" is not.
  [
    'It was submitted by former Nigerian President Chief Olusegun Sample to the Summit.',
    ['person:olusegun-sample Chief'],
  ],
  // (A post's words after "President" are read as a name, as before this rule.)
  [
    'It was opened by President Chief Executive Jane Sample.',
    ['person:chief-executive-jane-sample undefined'],
  ],
];

describe('French, stacked and mistyped honorifics', () => {
  it.each(PEOPLE)('%s', (text, want) => {
    expect(people(text).sort()).toEqual(want.sort());
  });
});

const states = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.id);

// Short lines read as headings are passages of their own: the name wraps from one into the next.
const STATES: [string, string[]][] = [
  [
    'For the current term, these include: the Ambassador of\nBenin and the Ambassador of Papua New\nGuinea H.E. Mr. Joshua Sample (Pacific).',
    ['organization:benin', 'organization:papua-new-guinea'],
  ],
  [
    'The Ambassador of Equatorial\nGuinea H.E. Mr. Ana Sample (Central Africa).',
    ['organization:equatorial-guinea'],
  ],
  [
    'We request the Chair of the Commission on Science and Technology for Development, through the Economic\nand Social Council, to establish a working group.',
    ['organization:cstd', 'organization:ecosoc'],
  ],
  // Negative: a blank line between the lines parts the names.
  ['Delegations of Papua New\n\nGuinea attended.', ['organization:guinea']],
  // Negative: two names one per line stay two.
  ['Members:\nSouth Africa\nSudan\n', ['organization:south-africa', 'organization:sudan']],
];

describe('a Member State wrapped over a line break between passages', () => {
  it.each(STATES)('%s', (text, want) => {
    expect(states(text).sort()).toEqual(want.sort());
  });
});
