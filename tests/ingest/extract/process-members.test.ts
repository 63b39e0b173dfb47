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

// A gathering whose topic follows its name and its holder (rules/process-members.ts processAfterName): the
// high-level meeting of an outcome document's preamble is part of the review it is on.
describe('a gathering "of <body> on <process>" is part of the process', () => {
  const partOf = (text: string) =>
    extractText(text)
      .edges.filter(
        (e) => e.type === 'PART_OF' && e.to.startsWith('process:') && e.from.startsWith('meeting:'),
      )
      .map((e) => e.to);
  it('the high-level plenary meeting of the General Assembly on the 20-year review of WSIS', () => {
    expect(
      partOf(
        'We, the Ministers participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025,',
      ),
    ).toEqual(['process:wsis+20']);
  });
  const negative = [
    // "on" is inside the holder's name, and no process follows it.
    'The ninth meeting of the Commission on Science and Technology for Development was held in Geneva on 3 May 2024.',
    // A yearly process is found by the meetings' own rules, not here.
    'The high-level meeting of the General Assembly on the Internet Governance Forum was held in New York on 3 May 2024.',
  ];
  for (const text of negative)
    it(`not: ${text}`, () => {
      expect(partOf(text)).toEqual([]);
    });
});
