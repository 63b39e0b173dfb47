// Groups of the WSIS years the gazetteer knows (seeds/gazetteer/un-system.json): the Working Group on
// Internet Governance by its acronym alone ("Fourth Meeting of WGIG, 14-17 June 2005", wgig.org), the
// IGF's Advisory Group as the Secretary-General's 2006–2007 notes name it ("the Advisory Group for the
// Internet Governance Forum"), which is the MAG, and the United Nations Group on the Information Society
// (UNGIS, which ITU Plenipotentiary Resolution 140 recalls). Other groups of like names are not them.
// Sentences are invented around the real names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type !== 'Document').map((n) => n.id),
    ...g.edges.filter((e) => e.type === 'PART_OF').map((e) => `PART_OF ${e.from} ${e.to}`),
  ];
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Fourth Meeting of WGIG, 14-17 June 2005\n\nThe WGIG held its fourth meeting and finalized its Report.',
    ['workinggroup:wgig-2004-2005', 'PART_OF meeting:wgig-2004-2005-4 workinggroup:wgig-2004-2005'],
    [],
  ],
  [
    'The mandate of the Advisory Group for the Internet Governance Forum (IGF) was renewed today.',
    ['organization:igf-mag'],
    [],
  ],
  // The inter-agency group the Secretary-General set up after Tunis (ITU Plenipotentiary Resolution 140 recalls it).
  [
    'The Secretary-General established the United Nations Group on the Information Society (UNGIS) as the new inter-agency mechanism.',
    ['organization:ungis'],
    [],
  ],
  ['Eighth UNGIS Meeting held in Geneva.', ['organization:ungis'], []],
  // Names that hold the words of these.
  [
    'Mr. Jon Sample chaired the Commission on Science and Technology for Development Working Group on Internet Governance Forum (IGF) Improvements (2011-2012).',
    [],
    ['workinggroup:wgig-2004-2005'],
  ],
  ['The Advisory Group on Example Matters met in Geneva.', [], ['organization:igf-mag']],
  ['The United Nations Group of Experts on Example Matters met.', [], ['organization:ungis']],
];

describe('WSIS-era groups in the gazetteer', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 70), () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
