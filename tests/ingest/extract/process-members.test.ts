import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const PROCESS = 'process:enhanced-cooperation-process';
const partOfProcess = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.to === PROCESS)
    .map((e) => e.from);

describe('groups and meetings on a topic a process covers are part of it', () => {
  it('a working group on enhanced cooperation', () => {
    const g = extractText(
      'The Working Group on Enhanced Cooperation (2016–2018) held its first meeting on 30 September 2016.',
    );
    const wg = g.nodes.find((n) => n.type === 'WorkingGroup');
    expect(wg).toBeDefined();
    expect(hasEdge(g, 'PART_OF', wg!.id, PROCESS)).toBe(true);
    // Its meetings are part of the group, not of the process.
    expect(
      partOfProcess(
        'The Working Group on Enhanced Cooperation (2016–2018) held its first meeting on 30 September 2016.',
      ),
    ).toEqual([wg!.id]);
  });
  const negative = [
    'The Working Group on Data Governance met on 3 May 2024.',
    'Delegates discussed enhanced cooperation at length.',
  ];
  for (const text of negative)
    it(`not: ${text}`, () => {
      expect(partOfProcess(text)).toEqual([]);
    });
});
