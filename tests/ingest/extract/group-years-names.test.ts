// A group of governmental experts named by its years alone (rules/working-group-names.ts YEARS_GROUP): "the
// 2012/13 Group of Governmental Experts" (UNODA's page on information security) is the group of those years,
// its Chair elected "to Chair the Group". Years too far apart are no group's span; a name going on with "on
// <Topic>" is read as such. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'WorkingGroup').map((n) => `${n.id} ${n.name}`),
    ...g.edges.filter((e) => e.type === 'CHAIRED').map((e) => `CHAIRED ${e.from} ${e.to}`),
  ].sort();
};

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'two-digit end year',
    'Ms. Jane Example (Chile) was unanimously elected to Chair the Group. The report of the 2098/99 Group of Governmental Experts was issued in 2099.',
    [
      'CHAIRED person:jane-example workinggroup:gge-2098-2099',
      'workinggroup:gge-2098-2099 Group of Governmental Experts (2098–2099)',
    ],
  ],
  [
    'four-digit years with a dash',
    'The 2097-2099 Group of Governmental Experts met in Geneva.',
    ['workinggroup:gge-2097-2099 Group of Governmental Experts (2097–2099)'],
  ],
  // Negatives.
  ['years too far apart', 'The 2090/2099 Group of Governmental Experts met in Geneva.', []],
  ['a year alone', 'The 2099 Group of Governmental Experts met in Geneva.', []],
];

// A name going on with "on <Topic>" is that name (NAMED), not the bare group of the years.
it('the name goes on', () => {
  const got = facts(
    'The 2098/99 Group of Governmental Experts on Widget Safety met in Geneva on 3 May 2099.',
  );
  expect(got.some((f) => f.includes('Group of Governmental Experts on Widget Safety'))).toBe(true);
  expect(got.some((f) => f.startsWith('workinggroup:gge-'))).toBe(false);
});

describe('a group of governmental experts named by its years', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(facts(text)).toEqual(want);
  });
});
