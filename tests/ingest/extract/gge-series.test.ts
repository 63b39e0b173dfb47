// The groups of governmental experts on ICTs in the context of international security (rules/gge-series.ts):
// one name for the groups of 2004–2005, 2009–2010, 2012–2013, 2014–2015 and 2016–2017, told apart by ordinal
// or years ("the fifth GGE", "the 2014-2015 (the fourth) GGE", "the 2015 Group of Governmental Experts on …",
// news pages and UN notes on the series). Texts are paraphrased.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();

const CASES: [string, string[]][] = [
  [
    'The fifth UN GGE – United Nations Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security – met in New York to discuss cyber norms.',
    ['workinggroup:gge-2016-2017'],
  ],
  [
    'On information security, the first GGE in 2004 produced no report, while the fourth GGE in 2015 agreed on norms.',
    ['workinggroup:gge-2004-2005', 'workinggroup:gge-2014-2015'],
  ],
  [
    'The 2014-2015 (the fourth) GGE ended with a consensus report on cyber norms.',
    ['workinggroup:gge-2014-2015'],
  ],
  [
    'The Assembly discussed a resolution creating a Group of Governmental Experts (GGE) for 2016-2017 on cyber issues.',
    ['workinggroup:gge-2016-2017'],
  ],
  [
    'The 2015 Group of Governmental Experts on Developments in the Field of\nInformation and Telecommunications in the Context of International Security examined threats from ICTs.',
    ['workinggroup:gge-2014-2015'],
  ],
  [
    'The report of the 2012/13 Group of Governmental Experts on ICTs was issued in June. The following Member States participated in the GGE: Chile and Ghana.',
    ['workinggroup:gge-2012-2013'],
  ],
  // Negative: a numbered session of the group is no group of the series.
  ['The first GGE session on cyber norms opened in Geneva.', []],
  // Negative: the first report of any group, not the first group's.
  ['The first GGE report on information security was issued in 2010.', []],
  // Negative: a group of another field, numbered the same way.
  ['The third Group of Governmental Experts on nuclear disarmament verification met in Geneva.', []],
  // Negative: a year before "Group" with no range, no GGE.
  ['In July 2015 Group members discussed ICTs at length.', []],
  // Negative: a span that is no group of the series.
  ['The 2010-2011 GGE on cyber matters met twice.', []],
];

describe('the ICT security GGEs by ordinal and years', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
  });

  it('a document on one group calls it "the GGE" too', () => {
    const g = extractText(
      'The report of the 2012/13 Group of Governmental Experts on ICTs was issued in June. The following Member States participated in the GGE: Chile and Ghana.',
    );
    expect(
      g.edges.some(
        (e) =>
          e.type === 'MEMBER_OF' && e.from === 'organization:chile' && e.to === 'workinggroup:gge-2012-2013',
      ),
    ).toBe(true);
  });
});
