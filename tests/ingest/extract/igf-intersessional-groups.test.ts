// The IGF's intersessional groups the gazetteer knows (seeds/gazetteer/un-system.json: the Policy Networks on
// Meaningful Access and on Internet Fragmentation, the Best Practice Forum on Cybersecurity): each is one
// WorkingGroup however a page names it ("IGF Policy Network on Meaningful Access", "the PNMA" after its
// full name); a lower-case "policy network on access" or another network is none of them. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'The Policy Network on Meaningful Access (PNMA) met online. The PNMA agreed on its work plan.',
    ['workinggroup:igf-pnma'],
  ],
  ['The IGF Policy Network on Internet Fragmentation published its output.', ['workinggroup:igf-pnif']],
  [
    'The IGF Best Practice Forum on Cybersecurity held its first call.',
    ['workinggroup:igf-bpf-cybersecurity'],
  ],
  // Negative: not these names.
  ['A policy network on meaningful access was proposed by a member.', []],
  // The Policy Network on Environment is a known group since q85 (igf-intersessional.test.ts); a network on a
  // topic the IGF never had one on is none.
  ['The Policy Network on Quantum Computing published its report.', []],
];

describe('IGF intersessional groups', () => {
  for (const [text, want] of CASES) it(text.slice(0, 70), () => expect(groups(text)).toEqual(want));
});
