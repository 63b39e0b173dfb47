// A chair's body named longer than the gazetteer's name (rules/chair-body-goes-on.ts): "Vice-Chair of United
// Nations Forum on Sample Trees" chairs that forum, never the United Nations its name opens with; the
// Council's functional commissions and the Forum on Forests are in the gazetteer (an ECOSOC roundtable's
// list of statements). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const CASES: [string, string[]][] = [
  // An unknown body whose name opens with a known one: no chair of the United Nations.
  [
    '• Mr. Jan Sample, First Counselor, and Vice-Chair of United Nations Sample Board at its 19th session',
    [],
  ],
  ['The Chair of the United Nations Sample Panel, Ms. Ana Sample, opened the meeting.', []],
  // The whole name where the chain gives it: that body is chaired.
  [
    'Ms. Ana Sample, Chair of the United Nations Sample Council, spoke.',
    ['person:ana-sample organization:united-nations-sample-council Chair'],
  ],
  // Bodies the gazetteer knows now.
  [
    '• Mr. Jan Sample, Permanent Representative of Kenya and Vice-Chair of United Nations Forum on Forests at its 19th session',
    ['person:jan-sample organization:unff Vice-Chair'],
  ],
  [
    '• Ms. Ana Sample, Chair of the Commission on Crime Prevention and Criminal Justice at its 32nd session',
    ['person:ana-sample organization:ccpcj Chair'],
  ],
  // Negative: a known body with no more name after it keeps its chair.
  [
    'Ms. Ana Sample, Chair of the Commission on Science and Technology for Development, spoke.',
    ['person:ana-sample organization:cstd Chair'],
  ],
  [
    'Mr. Jan Sample, Vice-Chair of the Economic and Social Council at its session, spoke.',
    ['person:jan-sample organization:ecosoc Vice-Chair'],
  ],
];

describe('a chair of a body named longer than the gazetteer knows', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(chaired(text).sort()).toEqual([...new Set(want)].sort());
  });
});
