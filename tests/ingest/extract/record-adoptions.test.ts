// What a plenary meeting adopted, from its verbatim record (rules/record-adoptions.ts): "Draft resolution I
// was adopted (resolution 74/132).", "The draft resolution was adopted by 170 votes to 2, with 3 abstentions
// (resolution 74/16)." The meeting the masthead names PRODUCED the numbered text. Only a draft's adoption
// with its number in brackets, only in a record. Names and numbers are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const MASTHEAD = (symbol: string) =>
  `${symbol}\nGeneral Assembly Official Records\nSeventy-fourth session\n\n52nd plenary meeting\nThursday, 19 December 2019, 10 a.m.\nNew York\n\nPresident: Mr. Sampleton-Bande (Nigeria)\n\nThe meeting was called to order at 10.05 a.m.\n\nThe President: The Assembly will now take action on the draft resolutions.\n\n`;
const PV = MASTHEAD('A/74/PV.52');
const M = 'meeting:general-assembly-74-meeting-52';

const produced = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to}`);

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a draft adopted without a vote',
    `${PV}Draft resolution I was adopted (resolution 74/132).\n`,
    [`${M} resolution:a-res-74-132`],
  ],
  [
    'a draft adopted by a recorded vote',
    `${PV}The draft resolution was adopted by 170 votes to 2, with 3 abstentions (resolution 74/16).\n`,
    [`${M} resolution:a-res-74-16`],
  ],
  [
    'a draft with its symbol',
    `${PV}Draft resolution A/74/L.41 was adopted (resolution 74/198).\n`,
    [`${M} resolution:a-res-74-198`],
  ],
  // Negative: a resolution adopted at another time, a draft adopted without its number, not a record.
  [
    'a recalled resolution',
    `${PV}The President: I recall that resolution 74/10 was adopted (resolution 74/10) last year.\n`,
    [],
  ],
  ['a draft adopted, no number given', `${PV}Draft resolution II was adopted.\n`, []],
  [
    "a committee report's account",
    `${MASTHEAD('A/74/400')}Draft resolution I was adopted (resolution 74/132).\n`,
    [],
  ],
];

describe('what a plenary meeting adopted, from its record', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(produced(text)).toEqual(want);
    });
});

// The presiding officer under a record's masthead ("President: Mr. X . . . . (Nigeria)") says who presided, not
// what the record is (rules/title-labels.ts PRESIDING); a headline about a president still titles its page.
describe("a record's presiding officer line", () => {
  const title = (text: string) =>
    extractText(text, 'rec.txt').nodes.find((n) => n.type === 'Document' && n.properties.file === 'rec.txt')
      ?.properties.title;
  it('is no title', () => {
    expect(
      title(
        'A/74/PV.52\nGeneral Assembly\nSeventy-fourth session\n52nd plenary meeting\nThursday, 19 December 2019, 10 a.m.\nNew York\n\nPresident: Mr. Sampleton-Bande . . . . . . . . . (Nigeria)\n\nThe meeting was called to order at 10.05 a.m.\n',
      ) ?? '',
    ).not.toMatch(/President/);
  });
  it('a headline about a president is one', () => {
    expect(
      title('President Sampleton-Bande Opens the Forum on Data\n\nThe Forum met in Geneva today.\n'),
    ).toBe('President Sampleton-Bande Opens the Forum on Data');
  });
});
