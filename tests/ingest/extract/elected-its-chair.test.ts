// Chairs and groups a press release writes loosely (Russian MFA, 2 June 2021): the group's name with its
// acronym inside ("the Open-Ended Working Group (OEWG) on ICTs in the Context of International Security
// 2021-2025", rules/gazetteer-mentions.ts), and "<bare name>, <post>, was elected its Chair"
// (rules/roles.ts), where "its" is the working group named last. Also the IGF's Dynamic Coalitions
// Coordination Group from the gazetteer. Names of people are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const OEWG =
  'The Organisational Session of the Open-Ended Working Group (OEWG) on ICTs in the Context of International Security 2021-2025 was held on June 1.';

describe('elected its Chair', () => {
  const CASES: [text: string, edge: [string, string] | undefined, not: string[]][] = [
    [
      `${OEWG}\n\nAna Example, Permanent Representative of Singapore to the UN in New York, was elected its Chair.`,
      ['person:ana-example', 'workinggroup:oewg-ict-2021-2025'],
      [],
    ],
    [
      `${OEWG}\n\nAmbassador Jon Sample was elected its Vice-Chair.`,
      ['person:jon-sample', 'workinggroup:oewg-ict-2021-2025'],
      [],
    ],
    // No working group named before (no CHAIRED); the words before the verb are no name (no person).
    ['Ana Example, Permanent Representative of Singapore, was elected its Chair.', undefined, []],
    [
      `${OEWG}\n\nThe representative of Singapore, a diplomat, was elected its Chair.`,
      undefined,
      ['person:the-'],
    ],
  ];
  for (const [text, edge, not] of CASES)
    it(text.slice(-90), () => {
      const g = extractText(text);
      if (edge) expect(hasEdge(g, 'CHAIRED', edge[0], edge[1])).toBe(true);
      else expect(g.edges.some((e) => e.type === 'CHAIRED')).toBe(false);
      for (const n of not) expect(g.nodes.some((x) => x.id.startsWith(n))).toBe(false);
    });
});

describe('a name with its acronym inside', () => {
  it('is the gazetteer entry', () => {
    expect(hasNode(extractText(OEWG), 'workinggroup:oewg-ict-2021-2025')).toBe(true);
  });
  it('is nothing when the words around the acronym name no entry', () => {
    const g = extractText('The Working Group (WGX) on Example Matters met in Geneva.');
    expect(g.nodes.some((n) => n.id.includes('oewg'))).toBe(false);
  });
});

describe('IGF bodies', () => {
  it('knows the Dynamic Coalitions Coordination Group', () => {
    const g = extractText(
      'Summary\n\nThe idea of establishing a Dynamic Coalitions Coordination Group (DCCG) emerged at the 10th IGF.',
    );
    expect(hasNode(g, 'workinggroup:igf-dccg')).toBe(true);
  });
});
