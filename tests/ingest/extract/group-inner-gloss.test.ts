// An acronym in brackets inside a group's name glosses a name within it, and the group's name goes on after
// it (rules/working-group-names.ts INNER_GLOSS): "the Working Group on Internet Governance Forum (IGF)
// Improvements (2011-2012)" is no "Working Group on Internet Governance Forum". The group's own acronym in
// brackets is its gloss and keeps the group. Groups of other names listed together do not succeed one another
// (rules/working-groups.ts succession). Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name)
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'She served on the Working Group on Data Transfers (2004-2006) and on the Working Group on Domain Name System (DNS) Reform (2012-2013).',
    ['Working Group on Data Transfers (2004–2006)'],
  ],
  [
    'The Working Group on Open Standards (WGOS) Chair opened the meeting in March 2019.',
    ['Working Group on Open Standards (2019–2019)'],
  ],
  [
    'The Working Group on Enhanced Cooperation (2016-2018) met in Geneva.',
    ['Working Group on Enhanced Cooperation (2016–2018)'],
  ],
];

describe('a bracketed acronym inside a group name', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
  });
});

describe('succession only between groups of one name', () => {
  const succeeds = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'SUCCEEDS' && e.from.startsWith('workinggroup:'))
      .map((e) => `${e.from} ${e.to}`);

  it('two groups of other names listed in one career are not a succession', () => {
    expect(
      succeeds(
        'He served on the Working Group on Data Transfers (2004-2006) and on the Working Group on Spam Filters (2011-2012).',
      ),
    ).toEqual([]);
  });

  it('a later group of the same name follows on from the earlier one', () => {
    expect(
      succeeds(
        'The Working Group on Enhanced Cooperation (2016-2018) built on the work of the first Working Group on Enhanced Cooperation (2013-2014).',
      ),
    ).toEqual(['workinggroup:wgec-2016-2018 workinggroup:wgec-2013-2014']);
  });
});
