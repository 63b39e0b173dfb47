// Lettered groupings taken up by a meeting by their letters ("recommendations in groups A and C"), and a
// later list restating the same groupings in shorter words (themes.ts, theme-groups.ts).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';
const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const GROUPS =
  '1. The replies to the questionnaire were grouped as follows:\n\n' +
  'A. Replies related to cross-border data flows (Questions 1 and 2)\n\n' +
  'B. Replies related to open government data (Questions 3 and 4)\n\n' +
  'C. Replies to the role of the private sector (Question 5)\n\n';
const A = 'theme:cross-border-data-flows';
const B = 'theme:open-government-data';
const C = 'theme:role-of-the-private-sector';

const addresses = (text: string): string[] =>
  extractText(`${HEAD}${text}`)
    .edges.filter((e) => e.type === 'ADDRESSES' && e.from === M && e.to !== 'theme:open-data')
    .map((e) => e.to)
    .sort();

const positive: [string, string[]][] = [
  [`${GROUPS}2. The meeting held a first discussion of draft recommendations in groups A and C.`, [A, C]],
  [`${GROUPS}2. Participants discussed the draft recommendations in group A, B and part of C.`, [A, B, C]],
  [`${GROUPS}2. Agreement was reached on the recommendations in group B.`, [B]],
  [`${GROUPS}2. The Chair invited comments on groupings A, B and C.`, [A, B, C]],
];

const negative: string[] = [
  // No lettered groupings set out in the document: a letter names nothing.
  '2. The meeting held a first discussion of draft recommendations in groups A and C.',
  // Letters without the word "group" can be anything (annexes, options, paragraphs).
  `${GROUPS}2. The meeting revisited the draft recommendations in A and C.`,
  // "Group of 77" is a body, not a grouping.
  `${GROUPS}2. The representative of the Group of 77 and China made a statement.`,
];

describe('a meeting takes up lettered groupings by their letters', () => {
  for (const [text, want] of positive)
    it(text.split('\n').pop()!, () => {
      expect(addresses(text)).toEqual([...want].sort());
    });
  for (const text of negative)
    it(`not: ${text.split('\n').pop()}`, () => {
      expect(addresses(text)).toEqual([]);
    });
});

describe('a later lettered list restating the groupings', () => {
  const restated = `${GROUPS}2. The report will be structured as follows:\n\nA. Cross-border data flows\n\nB. Open government data\n\nC. Private sector\n\n3. The meeting discussed the recommendations in group C.`;
  it('is the same themes: the odd item is the first list’s theme under another name', () => {
    const g = extractText(`${HEAD}${restated}`);
    expect(hasNode(g, C)).toBe(true);
    expect(hasNode(g, 'theme:private-sector')).toBe(false);
    expect(g.nodes.find((n) => n.id === C)?.aliases).toContain('Private sector');
    expect(hasEdge(g, 'ADDRESSES', M, C)).toBe(true);
  });
  it('but a different list is not merged into the first one', () => {
    const other = `${GROUPS}2. The options were:\n\nA. Satellite imagery\n\nB. Mobile phone records\n\nC. Private sector\n\n3. The meeting discussed group C.`;
    const g = extractText(`${HEAD}${other}`);
    expect(hasNode(g, 'theme:private-sector')).toBe(true);
    // Two lists with the same letters: "group C" is ambiguous and links nothing.
    expect(hasEdge(g, 'ADDRESSES', M, C)).toBe(false);
    expect(hasEdge(g, 'ADDRESSES', M, 'theme:private-sector')).toBe(false);
  });
});

// A table of contents lists the sections with their pages: its lettered lines are no themes, and a theme's name
// never keeps the leader and the page number (themes.ts TOC_ENTRY, q57).
describe('a table of contents names no lettered themes', () => {
  const themes = (text: string): string[] =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Theme')
      .map((n) => n.id)
      .sort();
  it.each([
    'Contents\n\nPage\n\nI. Key trends ... 3\n\nA. Sample harbours and fisheries ... 3\n\nB. The changing sample web ... 4\n\nC. Rapid sample services ... 5\n\nIntroduction\n\n1. The review continued.',
    'Contents\n\nA. Sample harbours and fisheries . . . . . . 3\n\nB. The changing sample web . . . . . 4\n\nC. Rapid sample services …… 12\n\n1. The review continued.',
  ])('TOC: %#', (text) => {
    expect(themes(text).filter((t) => /harbours|changing-sample|rapid-sample/.test(t))).toEqual([]);
  });
  // A copy that lost the leaders: each line ends in a page number, the pages going up (theme-toc-runs.ts, q60).
  it('a table of contents without leaders names no themes', () => {
    const text =
      'Contents\n\nPage\n\nA. Sample harbours and fisheries 2091-2093 4\n\nB. The changing sample web \u2018Ports, Nets\nand Boats\u2019 18\n\nC. Rapid sample services 21\n\n1. The review continued.';
    expect(themes(text).filter((t) => /harbours|changing-sample|rapid-sample/.test(t))).toEqual([]);
  });
  it('negative: groupings where only some lines end in a number are themes', () => {
    expect(
      themes(
        '1. The replies were grouped as follows:\n\nA. Sample harbours and fisheries\n\nB. The changing sample web\n\nC. Sample goal 9\n\n2. The meeting ended.',
      ).filter((t) => /harbours|changing-sample|sample-goal/.test(t)).length,
    ).toBe(3);
  });
  it('negative: lettered groupings without page numbers are themes', () => {
    expect(
      themes(
        '1. The replies were grouped as follows:\n\nA. Sample harbours and fisheries\n\nB. The changing sample web\n\nC. Rapid sample services\n\n2. The meeting ended.',
      ).filter((t) => /harbours|changing-sample|rapid-sample/.test(t)).length,
    ).toBe(3);
  });
});
