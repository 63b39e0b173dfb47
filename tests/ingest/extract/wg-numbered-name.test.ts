// A working group's name cut before its number is no name (rules/working-group-names.ts): "the WG on
// Resolution 149 (WGDef)" is not a "Working Group on Resolution"; a name that ends in words still is.
// Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name);

const CASES: [text: string, want: string[]][] = [
  ['It is proposed to hold a first meeting of the WG on Resolution 149 (WGDef) on 12-13 June 2099.', []],
  ['The Working Group on Decision 12 met on 3 May 2099 in Geneva.', []],
  [
    'It is proposed to hold a first meeting of the Working Group on Data Governance on 12-13 June 2099.',
    ['Working Group on Data Governance (2099–2099)'],
  ],
];

describe('a working group named by a number', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
  });
});
