// A standing group the gazetteer knows (the ITU Council's CWG-Internet) keeps
// one id whatever the spelling and whatever the year of the report: the
// working-groups rule gives years only to groups set up for a defined piece
// of work (rules/working-groups.ts). Its meetings are PART_OF it.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();

describe('standing groups from the gazetteer', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'Council Working Group on International Internet Related Public Policy issues (CWG-Internet) Tenth meeting – Geneva, 20-22 September 2017',
      ['workinggroup:cwg-internet'],
    ],
    [
      'The ITU Council Working Group on international Internet-related public policy issues (CWG-Internet) will hold a physical open consultation meeting on 28 September 2015.',
      ['workinggroup:cwg-internet'],
    ],
    ['The CWG-Internet was established by the ITU Council.', ['workinggroup:cwg-internet']],
    // A group set up for a piece of work still takes its years from the text.
    [
      'The Working Group on Enhanced Cooperation (2016-2018) held its fifth meeting in January 2018.',
      ['workinggroup:wgec-2016-2018'],
    ],
  ];
  for (const [text, want] of CASES) it(text.slice(0, 90), () => expect(groups(text)).toEqual(want));

  // A group that has ended carries the span general knowledge gives it (the Panel delivered its report
  // in 2019), not only the year it was set up.
  it.each([
    [
      'The Secretary-General constituted a High-level Panel on Digital Cooperation on 12 July 2018.',
      'workinggroup:hlpdc',
      { startYear: 2018, endYear: 2019 },
    ],
  ])('%s', (text, id, years) => {
    const wg = extractText(text).nodes.find((n) => n.type === 'WorkingGroup');
    expect(wg?.id).toBe(id);
    expect(wg?.properties).toMatchObject(years);
  });

  // "the first OEWG" is the group before the one the document is about (the OEWG 2021–2025's progress
  // report recalls "the first OEWG, established pursuant to General Assembly Resolution 73/27").
  it.each([
    ['the first OEWG, established pursuant to General Assembly Resolution 73/27,', false],
    ['the previous OEWG, established pursuant to General Assembly Resolution 73/27,', false],
    ['the OEWG, established pursuant to General Assembly Resolution 75/240,', true],
  ])('%s', (clause, mandated) => {
    const g = extractText(
      `Open-ended working group on security of and in the use of information and communications technologies 2021-2025\n\nStates recalled the contributions of ${clause} which concluded its work.`,
    );
    const resolution = clause.includes('73/27') ? 'resolution:a-res-73-27' : 'resolution:a-res-75-240';
    expect(hasEdge(g, 'MANDATES', resolution, 'workinggroup:oewg-ict-2021-2025')).toBe(mandated);
  });

  it('holds its numbered meetings', () => {
    const g = extractText(CASES[0]![0]);
    expect(hasNode(g, 'meeting:cwg-internet-10')).toBe(true);
    expect(hasEdge(g, 'PART_OF', 'meeting:cwg-internet-10', 'workinggroup:cwg-internet')).toBe(true);
  });
});
