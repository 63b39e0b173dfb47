// The passive subject is what was set up (rules/established.ts): "The Working Group on Internet
// Governance (WGIG) was established by the Secretary-General … in accordance with the mandate given to him
// during the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12
// December 2003" (WGIG report, 2005) gave the Secretary-General ESTABLISHED the Summit's meeting; and the
// group, once found, took the Summit's date as its own.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    // The group's years aside (what the text dates it by is another rule's).
    .map((e) => `${e.from} ${e.to.replace(/-\d{4}-\d{4}$/, '')} ${e.properties.date ?? '-'}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the group before the verb, a meeting in a later clause',
    'The Working Group on Internet Governance (WGIG) was established by the Secretary-General of the United Nations in accordance with the mandate given to him during the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003.',
    ['organization:secretary-general workinggroup:wgig -'],
  ],
  [
    "the group's own date",
    'The Working Group on Internet Governance was established by the Secretary-General on 11 November 2004.',
    ['organization:secretary-general workinggroup:wgig 2004-11-11'],
  ],
  [
    'a meeting before the verb',
    'The WSIS+10 High Level Event, co-organised by ITU and UNESCO, was held from 10 to 13 June 2014 in Geneva.',
    [
      'organization:itu meeting:wsis+10-high-level-event-2014-06-10 -',
      'organization:unesco meeting:wsis+10-high-level-event-2014-06-10 -',
    ],
  ],
];

describe('what a passive verb says was set up', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(established(text)).toEqual(want));
});
