// The outcome documents of the two São Paulo multistakeholder meetings, the NETmundial Multistakeholder
// Statement (24 April 2014, also "the Multistakeholder Statement of São Paulo") and the NETmundial+10
// Multistakeholder Statement (30 April 2024), are instruments the gazetteer knows
// (seeds/gazetteer/processes-instruments.json); the "+10" keeps them apart. Texts are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const resolutions = (text: string): string[] => nodeIds(text, 'Resolution');

const CASES: [text: string, want: string[]][] = [
  [
    'Its concluding document, the NETmundial Multistakeholder Statement, set out principles.',
    ['resolution:netmundial-statement'],
  ],
  [
    'The meeting gave its text the name "Multistakeholder Statement of Sao Paulo".',
    ['resolution:netmundial-statement'],
  ],
  [
    'The outcomes are shared in the NETmundial+10 Multistakeholder Statement and its guidelines.',
    ['resolution:netmundial-10-statement'],
  ],
  // Negative: another meeting's statement.
  ['The Exampleton Multistakeholder Statement was published in May.', []],
];

describe('the NETmundial statements', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(resolutions(text)).toEqual(want);
  });
});
