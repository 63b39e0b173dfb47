// The themes a working group's mandate names (rules/theme-mandates.ts): "The group is mandated to … study
// existing and potential threats …, as well as confidence-building measures and capacity-building" (a Web TV
// page on a session of an open-ended working group); "The Group's Mandate prioritises … regular institutional
// dialogue" (a ministry's press release). The group ADDRESSES each known theme of that sentence; a mandate
// with no group as its holder, or a theme outside the mandate's sentence, gives none. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const OEWG =
  'Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025';
const W = 'workinggroup:oewg-ict-2021-2025';

const addressed = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ADDRESSES' && e.from.startsWith('workinggroup:'))
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    '"The group is mandated to", the tasks between semicolons',
    `In 2099 the Assembly set up the ${OEWG}.\nThe group is mandated to develop norms of responsible State behaviour; to hold regular institutional dialogue; and to study existing and potential threats, as well as confidence-building measures and capacity-building.`,
    [
      `${W} theme:capacity-building`,
      `${W} theme:confidence-building-measures`,
      `${W} theme:existing-and-potential-threats-in-the-sphere-of-ict-security`,
      `${W} theme:norms-of-responsible-state-behaviour-in-the-use-of-icts`,
      `${W} theme:regular-institutional-dialogue`,
    ],
  ],
  [
    'the group named right before "is mandated to"',
    `The ${OEWG} is mandated to study how international law applies to the use of ICTs by States.`,
    [`${W} theme:international-law-in-the-use-of-icts`],
  ],
  [
    '"the Group\'s Mandate prioritises"',
    `The ${OEWG} met on 1 June.\nThe Group’s Mandate prioritises regular institutional dialogue among States.`,
    [`${W} theme:regular-institutional-dialogue`],
  ],
  // Negatives: no group holds the mandate; the theme is in another sentence; a theme before the verb.
  [
    'States are mandated, no group',
    `The ${OEWG} met.\nStates are mandated to build capacity-building programmes and confidence-building measures.`,
    [],
  ],
  [
    'the theme in the next sentence',
    `The ${OEWG} is mandated to report in 2099. It heard views on confidence-building measures.`,
    [],
  ],
  ['no group in the document', 'The group is mandated to study confidence-building measures.', []],
];

describe('the themes of a group’s mandate', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(addressed(text)).toEqual(want);
  });
});
